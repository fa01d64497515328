"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.8684

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.9878,
    "bound_action": 1.3281,
    "bound_only": -1.1764,
    "bounded": 1.4737,
    "comparative": -3.4674,
    "count": 1.9678,
    "cue": 0.9296,
    "deadline": 1.0139,
    "discount_amount": -1.1682,
    "discount_goal": 0.0827,
    "discount_period": 0.6585,
    "dose": 2.2231,
    "first_action": -0.2524,
    "first_attention": -0.7921,
    "first_generic": -0.3869,
    "first_mental": 0.2878,
    "first_outcome": -0.2243,
    "first_shorthand": -0.8017,
    "first_soft": 0.0407,
    "first_stance": -0.2268,
    "first_state": -0.0714,
    "first_writing": -0.349,
    "frequency": 0.1783,
    "has_action": -2.1561,
    "heads_action": 2.0567,
    "heads_attention": -0.6682,
    "heads_generic": 0.7293,
    "heads_mental": -1.8836,
    "heads_outcome": -0.6441,
    "heads_shorthand": 1.7805,
    "heads_soft": -1.8409,
    "heads_stance": -2.5495,
    "heads_state": -1.9689,
    "heads_writing": 6.8413,
    "optional": -1.9085,
    "record": 1.2573,
    "script": 0.2195,
    "single": 1.4304,
    "softened": -1.8605,
    "time": 2.1514,
    "unbounded": -0.6269,
    "unfocused": -1.3495,
}
