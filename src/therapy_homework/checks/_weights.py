"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.8161

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.9321,
    "bound_action": 0.4972,
    "bound_only": -1.2396,
    "bounded": 3.029,
    "comparative": -3.6781,
    "count": 1.8365,
    "cue": 0.3136,
    "deadline": 1.6782,
    "discount_amount": -1.5123,
    "dose": 1.6642,
    "first_generic": -0.1526,
    "first_shorthand": -0.428,
    "first_stance": -2.192,
    "first_state": -0.1098,
    "frequency": 0.5064,
    "has_action": -0.8525,
    "heads_action": 1.7267,
    "heads_mental": -0.9174,
    "heads_soft": -1.4529,
    "heads_stance": -1.0266,
    "heads_state": -0.6909,
    "heads_writing": 4.3704,
    "optional": -1.3407,
    "record": 1.5391,
    "script": -0.1237,
    "single": 1.208,
    "softened": -2.3644,
    "span": -0.2495,
    "time": 1.6807,
    "unbounded": -0.6172,
    "unfocused": -1.9542,
}
