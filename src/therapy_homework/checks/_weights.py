"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.7908

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.7627,
    "bound_action": 0.8651,
    "bound_only": -0.8968,
    "bounded": 2.9613,
    "comparative": -3.3489,
    "count": 1.5554,
    "cue": 0.5645,
    "deadline": 1.6082,
    "discount_amount": -1.5705,
    "discount_goal": 0.0547,
    "dose": 1.9816,
    "first_action": 0.1523,
    "first_generic": -0.1036,
    "first_mental": 0.8071,
    "first_reading": 0.0818,
    "first_shorthand": -0.07,
    "first_stance": -1.5974,
    "frequency": 0.4667,
    "has_action": -1.452,
    "heads_action": 2.1262,
    "heads_mental": -1.8063,
    "heads_soft": -0.8556,
    "heads_stance": -1.5814,
    "heads_state": -0.5524,
    "heads_writing": 5.4449,
    "optional": -1.2907,
    "record": 1.4425,
    "script": -0.1116,
    "single": 1.4252,
    "softened": -2.0908,
    "span": -0.126,
    "time": 1.9768,
    "unbounded": -0.3237,
    "unfocused": -1.9806,
}
