"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.3642

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.3003,
    "bound_action": 1.0955,
    "bound_only": -1.067,
    "bounded": 1.8804,
    "comparative": -3.6742,
    "count": 1.9384,
    "cue": 1.0042,
    "deadline": 1.1984,
    "discount_amount": -1.2653,
    "discount_research": -0.0501,
    "dose": 2.1317,
    "first_action": 0.118,
    "first_mental": 0.4489,
    "first_shorthand": -0.5828,
    "first_stance": -0.4737,
    "first_state": -0.1061,
    "first_writing": -0.1424,
    "frequency": 0.2507,
    "has_action": -1.5129,
    "heads_action": 1.8998,
    "heads_attention": -0.6461,
    "heads_mental": -2.1827,
    "heads_shorthand": 1.729,
    "heads_soft": -1.3008,
    "heads_stance": -2.8371,
    "heads_state": -2.1216,
    "heads_writing": 6.4768,
    "optional": -1.4768,
    "record": 1.38,
    "script": 0.0324,
    "single": 1.6682,
    "softened": -1.7331,
    "span": -0.0466,
    "time": 2.018,
    "unbounded": -0.2815,
    "unfocused": -1.5999,
}
