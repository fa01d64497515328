"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.8802

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.884,
    "bound_action": 1.4415,
    "bound_only": -1.1195,
    "bounded": 1.3888,
    "comparative": -3.4924,
    "count": 1.9634,
    "cue": 0.9246,
    "deadline": 1.0162,
    "discount_amount": -1.1738,
    "discount_goal": 0.0754,
    "discount_period": 0.6812,
    "dose": 2.2274,
    "first_action": -0.2667,
    "first_attention": -0.7663,
    "first_generic": -0.3044,
    "first_mental": 0.266,
    "first_outcome": -0.1602,
    "first_shorthand": -0.7735,
    "first_soft": 0.0608,
    "first_stance": -0.1835,
    "first_state": -0.0386,
    "first_writing": -0.323,
    "frequency": 0.2356,
    "has_action": -2.0669,
    "heads_action": 2.0311,
    "heads_attention": -0.7618,
    "heads_generic": 0.6673,
    "heads_mental": -1.8682,
    "heads_outcome": -0.677,
    "heads_shorthand": 1.7666,
    "heads_soft": -1.8825,
    "heads_stance": -2.631,
    "heads_state": -2.0535,
    "heads_writing": 6.7811,
    "optional": -1.9361,
    "record": 1.2621,
    "script": 0.2239,
    "single": 1.3851,
    "softened": -1.7762,
    "time": 2.149,
    "unbounded": -0.6373,
    "unfocused": -1.351,
}
