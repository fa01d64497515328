"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.8805

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.9057,
    "bound_action": 1.4445,
    "bound_only": -1.1172,
    "bounded": 1.3917,
    "comparative": -3.4967,
    "count": 1.9613,
    "cue": 0.9218,
    "deadline": 1.0146,
    "discount_amount": -1.1778,
    "discount_goal": 0.073,
    "discount_period": 0.6793,
    "dose": 2.2211,
    "first_action": -0.2783,
    "first_attention": -0.7711,
    "first_generic": -0.3031,
    "first_mental": 0.2665,
    "first_outcome": -0.1651,
    "first_shorthand": -0.7708,
    "first_soft": 0.0487,
    "first_stance": -0.188,
    "first_state": -0.0434,
    "first_writing": -0.3186,
    "frequency": 0.2349,
    "has_action": -2.0981,
    "heads_action": 2.0824,
    "heads_attention": -0.7367,
    "heads_generic": 0.6673,
    "heads_mental": -1.8702,
    "heads_outcome": -0.6653,
    "heads_shorthand": 1.7735,
    "heads_soft": -1.8791,
    "heads_stance": -2.6222,
    "heads_state": -2.0436,
    "heads_writing": 6.7993,
    "optional": -1.9437,
    "record": 1.2602,
    "script": 0.224,
    "single": 1.3843,
    "softened": -1.7774,
    "time": 2.1496,
    "unbounded": -0.6389,
    "unfocused": -1.3512,
}
