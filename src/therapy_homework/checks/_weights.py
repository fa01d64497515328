"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.5961

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.1869,
    "bound_action": 1.1616,
    "bound_only": -0.6648,
    "bounded": 2.5435,
    "comparative": -3.2794,
    "count": 1.6423,
    "cue": 0.6636,
    "deadline": 1.5191,
    "discount_amount": -1.5386,
    "discount_goal": 0.0978,
    "dose": 1.6997,
    "first_action": 0.0977,
    "first_attention": -0.2521,
    "first_mental": 0.732,
    "first_shorthand": -0.0551,
    "first_stance": -1.1265,
    "frequency": 0.4398,
    "has_action": -1.2956,
    "heads_action": 2.2887,
    "heads_mental": -1.9138,
    "heads_soft": -1.1171,
    "heads_stance": -2.2824,
    "heads_state": -1.0975,
    "heads_writing": 6.1452,
    "optional": -1.586,
    "record": 1.4477,
    "script": -0.1375,
    "single": 1.4834,
    "softened": -2.1897,
    "span": -0.0231,
    "time": 2.1305,
    "unbounded": -0.2934,
    "unfocused": -1.711,
}
