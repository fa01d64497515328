"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.558

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.5907,
    "bound_action": 1.2558,
    "bound_only": -1.3244,
    "bounded": 1.3329,
    "comparative": -3.5103,
    "count": 2.0413,
    "cue": 1.0056,
    "deadline": 1.0929,
    "discount_amount": -1.1923,
    "discount_goal": -0.0061,
    "discount_outcome": -0.1967,
    "discount_period": 0.3894,
    "dose": 2.2564,
    "first_action": -0.2492,
    "first_attention": -0.7206,
    "first_generic": -0.5036,
    "first_mental": 0.1316,
    "first_outcome": -0.3285,
    "first_shorthand": -0.5746,
    "first_soft": 0.0537,
    "first_stance": -0.2008,
    "first_state": -0.4314,
    "first_writing": -0.4167,
    "frequency": 0.1095,
    "has_action": -2.0653,
    "heads_action": 2.0946,
    "heads_generic": 0.7866,
    "heads_mental": -1.8871,
    "heads_outcome": -1.5301,
    "heads_shorthand": 1.5342,
    "heads_soft": -2.0122,
    "heads_stance": -3.2003,
    "heads_state": -1.8578,
    "heads_writing": 6.9594,
    "optional": -2.0574,
    "record": 1.1922,
    "script": 0.2624,
    "single": 1.5523,
    "softened": -1.8344,
    "span": 0.0512,
    "time": 2.2127,
    "unbounded": -0.7452,
    "unfocused": -1.4242,
}
