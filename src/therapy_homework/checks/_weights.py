"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.8777

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.42,
    "bound_action": 1.1468,
    "bound_only": -1.1177,
    "bounded": 1.5109,
    "comparative": -3.7109,
    "count": 2.0213,
    "cue": 0.9558,
    "deadline": 1.1521,
    "discount_amount": -1.0556,
    "discount_outcome": -0.1613,
    "discount_period": 0.5214,
    "dose": 2.0662,
    "first_action": -0.1261,
    "first_attention": -0.2243,
    "first_generic": -0.1994,
    "first_mental": 0.2574,
    "first_reading": 0.2099,
    "first_shorthand": -0.6308,
    "first_stance": -0.2908,
    "first_writing": -0.2122,
    "frequency": 0.2622,
    "has_action": -1.8068,
    "heads_action": 2.064,
    "heads_attention": -0.7259,
    "heads_generic": 0.3997,
    "heads_mental": -1.9955,
    "heads_shorthand": 1.5578,
    "heads_soft": -1.7428,
    "heads_stance": -2.8355,
    "heads_state": -2.3576,
    "heads_writing": 6.8658,
    "optional": -1.8755,
    "record": 1.299,
    "script": 0.1433,
    "single": 1.3261,
    "softened": -1.7821,
    "span": 0.069,
    "time": 2.1059,
    "unbounded": -0.6358,
    "unfocused": -1.4592,
}
