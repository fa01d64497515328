"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.1245

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 1.801,
    "bound_action": 0.825,
    "bounded": 2.755,
    "clauses": 1.411,
    "comparative": -2.2509,
    "count": 1.4084,
    "cue": 0.2286,
    "deadline": 1.5302,
    "discount_amount": -1.0498,
    "dose": 1.8347,
    "first_action": -0.0941,
    "first_generic": -0.0192,
    "first_shorthand": -0.0262,
    "first_stance": -1.0953,
    "first_writing": 0.3053,
    "frequency": 0.4983,
    "has_action": 0.0253,
    "heads_action": 2.776,
    "heads_generic": 0.3557,
    "heads_mental": -0.8001,
    "heads_soft": -0.7186,
    "heads_stance": -2.4303,
    "heads_writing": 5.449,
    "optional": -1.2514,
    "record": 1.312,
    "script": 0.1198,
    "sentences": -3.0649,
    "single": 0.8776,
    "softened": -1.7972,
    "span": -0.3983,
    "time": 1.6081,
    "unbounded": -1.1795,
    "unfocused": -0.3503,
}
