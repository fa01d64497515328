"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.3665

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.4194,
    "bound_action": 1.0661,
    "bound_only": -1.1071,
    "bounded": 1.9519,
    "comparative": -3.7313,
    "count": 1.9247,
    "cue": 0.956,
    "deadline": 1.1419,
    "discount_amount": -1.2646,
    "dose": 1.9766,
    "first_action": 0.0362,
    "first_mental": 0.4053,
    "first_shorthand": -0.49,
    "first_stance": -0.8256,
    "first_state": -0.2513,
    "first_writing": -0.4359,
    "frequency": 0.3479,
    "has_action": -1.4816,
    "heads_action": 1.868,
    "heads_attention": -0.9949,
    "heads_mental": -2.1123,
    "heads_shorthand": 1.0023,
    "heads_soft": -1.4216,
    "heads_stance": -2.7552,
    "heads_state": -1.6164,
    "heads_writing": 6.5004,
    "optional": -1.7042,
    "record": 1.4831,
    "single": 1.6232,
    "softened": -1.8353,
    "span": -0.0403,
    "time": 2.0784,
    "unbounded": -0.427,
    "unfocused": -1.6593,
}
