"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.3592

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.2285,
    "bound_action": 0.723,
    "bound_only": -0.9283,
    "bounded": 2.9643,
    "comparative": -3.7813,
    "count": 1.7994,
    "cue": 0.167,
    "deadline": 1.7355,
    "discount_amount": -1.4716,
    "dose": 1.4001,
    "first_generic": -0.2392,
    "first_mental": 0.1935,
    "first_shorthand": -0.442,
    "first_stance": -1.96,
    "frequency": 0.6717,
    "has_action": -0.5897,
    "heads_action": 1.8246,
    "heads_mental": -0.6872,
    "heads_soft": -1.0602,
    "heads_stance": -1.0177,
    "heads_state": -0.849,
    "heads_writing": 4.006,
    "optional": -1.2769,
    "record": 1.5147,
    "script": -0.148,
    "single": 1.2572,
    "softened": -2.2564,
    "span": -0.2388,
    "time": 1.6577,
    "unbounded": -0.4999,
    "unfocused": -1.9641,
}
