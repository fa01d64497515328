"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.8003

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.5878,
    "bound_action": 0.7301,
    "bound_only": -0.8397,
    "bounded": 2.9542,
    "comparative": -3.3668,
    "count": 1.5924,
    "cue": 0.5945,
    "deadline": 1.6398,
    "discount_amount": -1.5421,
    "discount_goal": 0.0661,
    "dose": 1.9379,
    "first_action": 0.2131,
    "first_generic": -0.12,
    "first_mental": 0.8784,
    "first_reading": 0.07,
    "first_shorthand": -0.0068,
    "first_stance": -1.5283,
    "frequency": 0.4428,
    "has_action": -1.1645,
    "heads_action": 2.0094,
    "heads_mental": -2.1589,
    "heads_soft": -0.8383,
    "heads_stance": -1.8948,
    "heads_state": -0.6647,
    "heads_writing": 5.2191,
    "optional": -1.1344,
    "record": 1.4805,
    "script": -0.0796,
    "single": 1.3981,
    "softened": -2.1802,
    "span": -0.1153,
    "time": 1.9782,
    "unbounded": -0.3275,
    "unfocused": -2.0155,
}
