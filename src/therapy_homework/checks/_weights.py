"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.0028

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.8255,
    "bound_action": 1.3993,
    "bound_only": -0.9547,
    "bounded": 1.314,
    "comparative": -3.6625,
    "count": 2.1876,
    "cue": 0.9323,
    "deadline": 1.0104,
    "discount_amount": -1.0943,
    "discount_goal": 0.1278,
    "discount_outcome": -0.1301,
    "discount_period": 0.44,
    "dose": 2.1943,
    "first_action": -0.2023,
    "first_attention": -0.216,
    "first_generic": -0.0979,
    "first_mental": 0.2049,
    "first_reading": 0.0456,
    "first_shorthand": -0.7201,
    "first_stance": -0.4384,
    "first_writing": -0.3578,
    "frequency": 0.328,
    "has_action": -1.9923,
    "heads_action": 2.0594,
    "heads_attention": -1.0827,
    "heads_generic": 0.5219,
    "heads_mental": -1.8237,
    "heads_shorthand": 1.3118,
    "heads_soft": -1.9677,
    "heads_stance": -2.4039,
    "heads_state": -2.2274,
    "heads_writing": 6.8466,
    "optional": -1.858,
    "record": 1.3183,
    "script": 0.1984,
    "single": 1.3678,
    "softened": -1.949,
    "span": 0.0469,
    "time": 2.2015,
    "unbounded": -0.6885,
    "unfocused": -1.4741,
}
