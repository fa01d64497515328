"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.4265

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.3598,
    "bound_action": 0.5257,
    "bound_only": -1.1866,
    "bounded": 3.0574,
    "comparative": -3.7468,
    "count": 1.8557,
    "cue": 0.3154,
    "deadline": 1.7917,
    "discount_amount": -1.4518,
    "dose": 1.362,
    "first_generic": -0.1869,
    "first_mental": 0.5996,
    "first_shorthand": -0.4372,
    "first_stance": -1.9686,
    "frequency": 0.7374,
    "has_action": -0.7157,
    "heads_action": 1.8133,
    "heads_mental": -1.6534,
    "heads_soft": -1.4526,
    "heads_stance": -1.1079,
    "heads_state": -0.6867,
    "heads_writing": 4.042,
    "optional": -1.2272,
    "record": 1.5307,
    "script": -0.0659,
    "single": 1.26,
    "softened": -2.4284,
    "span": -0.1592,
    "time": 1.681,
    "unbounded": -0.454,
    "unfocused": -2.073,
}
