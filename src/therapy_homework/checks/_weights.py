"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.9555

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.5543,
    "bound_action": 1.3386,
    "bound_only": -0.9713,
    "bounded": 1.3673,
    "comparative": -3.8347,
    "count": 2.1001,
    "cue": 0.9402,
    "deadline": 1.0357,
    "discount_amount": -1.0608,
    "discount_goal": 0.0787,
    "discount_outcome": -0.1375,
    "discount_period": 0.4829,
    "dose": 2.1328,
    "first_action": -0.1579,
    "first_attention": -0.2039,
    "first_generic": -0.1266,
    "first_mental": 0.2083,
    "first_reading": 0.1745,
    "first_shorthand": -0.656,
    "first_stance": -0.2913,
    "first_writing": -0.3069,
    "frequency": 0.3249,
    "has_action": -1.8713,
    "heads_action": 2.0667,
    "heads_attention": -0.8178,
    "heads_generic": 0.562,
    "heads_mental": -1.8791,
    "heads_shorthand": 1.3922,
    "heads_soft": -1.5914,
    "heads_stance": -2.6221,
    "heads_state": -2.2219,
    "heads_writing": 6.9687,
    "optional": -1.8416,
    "record": 1.2705,
    "script": 0.091,
    "single": 1.3137,
    "softened": -1.9774,
    "span": 0.0432,
    "time": 2.1725,
    "unbounded": -0.6748,
    "unfocused": -1.3962,
}
