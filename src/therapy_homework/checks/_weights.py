"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.9458

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.0927,
    "bound_action": 1.4695,
    "bound_only": -1.1325,
    "bounded": 1.4039,
    "comparative": -3.7767,
    "count": 2.0383,
    "cue": 0.9014,
    "deadline": 1.0527,
    "discount_amount": -1.1807,
    "discount_goal": 0.1099,
    "discount_period": 0.4574,
    "dose": 2.2479,
    "first_action": -0.3009,
    "first_attention": -0.6498,
    "first_generic": -0.2657,
    "first_mental": 0.2122,
    "first_outcome": -0.1224,
    "first_shorthand": -0.8407,
    "first_soft": 0.0017,
    "first_stance": -0.1087,
    "first_state": -0.0625,
    "first_writing": -0.3449,
    "frequency": 0.292,
    "has_action": -2.2577,
    "heads_action": 2.1213,
    "heads_attention": -0.6357,
    "heads_generic": 0.6046,
    "heads_mental": -1.8686,
    "heads_outcome": -0.5616,
    "heads_shorthand": 1.8554,
    "heads_soft": -1.6748,
    "heads_stance": -2.5799,
    "heads_state": -1.9841,
    "heads_writing": 6.8143,
    "optional": -1.7544,
    "record": 1.2848,
    "script": 0.208,
    "single": 1.4044,
    "softened": -1.8801,
    "span": 0.0899,
    "time": 2.1196,
    "unbounded": -0.7025,
    "unfocused": -1.4531,
}
