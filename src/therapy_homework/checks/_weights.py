"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.0143

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.0112,
    "bound_action": 1.4253,
    "bound_only": -1.1008,
    "bounded": 1.415,
    "comparative": -3.8088,
    "count": 2.0718,
    "cue": 0.9119,
    "deadline": 1.0228,
    "discount_amount": -1.1333,
    "discount_goal": 0.488,
    "discount_outcome": -0.1216,
    "discount_period": 0.3448,
    "dose": 2.252,
    "first_action": -0.2566,
    "first_attention": -0.5298,
    "first_generic": -0.1647,
    "first_mental": 0.1353,
    "first_outcome": -0.1075,
    "first_reading": 0.046,
    "first_shorthand": -0.8877,
    "first_stance": -0.157,
    "first_writing": -0.3021,
    "frequency": 0.261,
    "has_action": -2.1973,
    "heads_action": 2.1131,
    "heads_attention": -0.399,
    "heads_generic": 0.5729,
    "heads_mental": -1.7952,
    "heads_outcome": -0.5094,
    "heads_shorthand": 1.8578,
    "heads_soft": -1.787,
    "heads_stance": -2.4492,
    "heads_state": -2.0472,
    "heads_writing": 6.9642,
    "optional": -1.7318,
    "record": 1.3158,
    "script": 0.1881,
    "single": 1.3613,
    "softened": -1.9472,
    "span": 0.0868,
    "time": 2.1214,
    "unbounded": -0.6518,
    "unfocused": -1.4851,
}
