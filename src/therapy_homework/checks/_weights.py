"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.8734

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.3469,
    "bound_action": 1.1227,
    "bound_only": -1.0952,
    "bounded": 1.5278,
    "comparative": -3.6756,
    "count": 2.0057,
    "cue": 0.991,
    "deadline": 1.1662,
    "discount_amount": -1.1281,
    "discount_outcome": -0.0842,
    "discount_period": 0.5454,
    "discount_research": -0.0226,
    "dose": 2.0079,
    "first_action": -0.0978,
    "first_attention": -0.1955,
    "first_generic": -0.1352,
    "first_mental": 0.2759,
    "first_reading": 0.2456,
    "first_shorthand": -0.587,
    "first_stance": -0.3835,
    "first_writing": -0.1558,
    "frequency": 0.28,
    "has_action": -1.7885,
    "heads_action": 2.0892,
    "heads_attention": -0.6618,
    "heads_generic": 0.3808,
    "heads_mental": -2.0169,
    "heads_shorthand": 1.6298,
    "heads_soft": -1.7389,
    "heads_stance": -2.8336,
    "heads_state": -2.3438,
    "heads_writing": 6.8591,
    "optional": -1.8404,
    "record": 1.2566,
    "script": 0.1459,
    "single": 1.3286,
    "softened": -1.7663,
    "span": 0.0525,
    "time": 2.0584,
    "unbounded": -0.6314,
    "unfocused": -1.4522,
}
