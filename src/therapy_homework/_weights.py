"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.9141

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.5042,
    "bound_action": 0.542,
    "bounded": 3.2129,
    "comparative": -2.6876,
    "count": 1.5877,
    "cue": 0.0434,
    "deadline": 1.7595,
    "discount_amount": -1.4659,
    "dose": 2.0461,
    "first_action": -0.0011,
    "first_shorthand": -0.1937,
    "first_stance": -0.9588,
    "frequency": 0.5875,
    "has_action": 0.0972,
    "heads_action": 2.9668,
    "heads_generic": 0.5691,
    "heads_mental": -0.4798,
    "heads_soft": -0.5271,
    "heads_stance": -2.4724,
    "heads_writing": 5.995,
    "optional": -0.5234,
    "record": 1.5014,
    "sentences": -2.0037,
    "single": 1.3007,
    "softened": -1.6838,
    "span": -0.3903,
    "time": 1.7466,
    "unbounded": -1.2138,
    "unfocused": -1.2972,
}
