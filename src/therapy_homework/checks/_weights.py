"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.3631

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.3048,
    "bound_action": 0.5673,
    "bound_only": -0.9268,
    "bounded": 3.1033,
    "comparative": -3.7789,
    "count": 1.7892,
    "cue": 0.2289,
    "deadline": 1.6719,
    "discount_amount": -1.5464,
    "dose": 1.4958,
    "first_mental": 0.1684,
    "first_shorthand": -0.307,
    "first_stance": -1.7157,
    "frequency": 0.6423,
    "has_action": -0.6621,
    "heads_action": 1.7362,
    "heads_mental": -0.7507,
    "heads_soft": -0.8614,
    "heads_stance": -1.3781,
    "heads_state": -0.5941,
    "heads_writing": 3.9586,
    "optional": -1.2815,
    "record": 1.5119,
    "script": -0.1646,
    "single": 1.3899,
    "softened": -2.2712,
    "span": -0.2778,
    "time": 1.6248,
    "unbounded": -0.4425,
    "unfocused": -1.9682,
}
