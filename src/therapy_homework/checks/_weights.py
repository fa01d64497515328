"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.7478

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.8811,
    "bound_action": 1.4053,
    "bound_only": -1.1365,
    "bounded": 1.2627,
    "comparative": -3.6019,
    "count": 2.0647,
    "cue": 1.0088,
    "deadline": 1.0522,
    "discount_amount": -1.2426,
    "discount_period": 0.4937,
    "dose": 2.3018,
    "first_action": -0.2713,
    "first_attention": -0.8584,
    "first_generic": -0.4831,
    "first_mental": 0.2944,
    "first_outcome": -0.3194,
    "first_shorthand": -0.8705,
    "first_soft": 0.0758,
    "first_stance": -0.2364,
    "first_state": -0.2731,
    "first_writing": -0.3855,
    "frequency": 0.1653,
    "has_action": -2.1483,
    "heads_action": 2.1112,
    "heads_attention": -0.4165,
    "heads_generic": 0.7231,
    "heads_mental": -2.0377,
    "heads_outcome": -1.1338,
    "heads_shorthand": 1.986,
    "heads_soft": -2.056,
    "heads_stance": -2.651,
    "heads_state": -1.7808,
    "heads_writing": 6.9557,
    "optional": -1.9581,
    "record": 1.2905,
    "script": 0.2148,
    "single": 1.457,
    "softened": -1.9301,
    "time": 2.2463,
    "unbounded": -0.6859,
    "unfocused": -1.3971,
}
