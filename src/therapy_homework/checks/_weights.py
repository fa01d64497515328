"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.6269

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.5538,
    "bound_action": 1.2528,
    "bound_only": -1.2633,
    "bounded": 1.3433,
    "comparative": -3.5149,
    "count": 2.0547,
    "cue": 1.0195,
    "deadline": 1.1051,
    "discount_amount": -1.1883,
    "discount_goal": -0.0065,
    "discount_outcome": -0.1924,
    "discount_period": 0.431,
    "dose": 2.2593,
    "first_action": -0.2599,
    "first_attention": -0.7263,
    "first_generic": -0.5813,
    "first_mental": 0.1194,
    "first_outcome": -0.3334,
    "first_shorthand": -0.5962,
    "first_soft": 0.0444,
    "first_stance": -0.2154,
    "first_state": -0.4449,
    "first_writing": -0.4231,
    "frequency": 0.1205,
    "has_action": -1.9687,
    "heads_action": 2.1121,
    "heads_generic": 0.803,
    "heads_mental": -1.941,
    "heads_outcome": -1.5309,
    "heads_shorthand": 1.5435,
    "heads_soft": -2.0193,
    "heads_stance": -3.2175,
    "heads_state": -1.8703,
    "heads_writing": 6.9663,
    "optional": -2.0564,
    "record": 1.1877,
    "script": 0.2434,
    "single": 1.5181,
    "softened": -1.8323,
    "span": 0.0514,
    "time": 2.2074,
    "unbounded": -0.7365,
    "unfocused": -1.4298,
}
