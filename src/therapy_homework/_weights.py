"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.8344

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.0968,
    "bound_action": 0.3208,
    "bound_only": -1.322,
    "bounded": 3.1798,
    "comparative": -3.6612,
    "count": 1.8053,
    "cue": 0.352,
    "deadline": 1.6492,
    "discount_amount": -1.4399,
    "dose": 1.7671,
    "first_generic": -0.0598,
    "first_shorthand": -0.3284,
    "first_stance": -2.2159,
    "frequency": 0.5468,
    "has_action": -0.9896,
    "heads_action": 1.6437,
    "heads_mental": -0.9698,
    "heads_soft": -1.3619,
    "heads_stance": -0.9165,
    "heads_state": -0.5507,
    "heads_writing": 4.3457,
    "optional": -1.4508,
    "record": 1.4731,
    "script": -0.0565,
    "single": 1.2205,
    "softened": -2.3912,
    "span": -0.1828,
    "time": 1.6628,
    "unbounded": -0.6185,
    "unfocused": -1.9682,
}
