"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.3766

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.3578,
    "bound_action": 1.0324,
    "bound_only": -1.1298,
    "bounded": 1.9825,
    "comparative": -3.7486,
    "count": 1.9102,
    "cue": 0.9607,
    "deadline": 1.1612,
    "discount_amount": -1.2693,
    "discount_research": -0.0479,
    "dose": 1.9591,
    "first_action": 0.0303,
    "first_mental": 0.42,
    "first_shorthand": -0.537,
    "first_stance": -0.8374,
    "first_state": -0.2205,
    "first_writing": -0.3932,
    "frequency": 0.3511,
    "has_action": -1.4872,
    "heads_action": 1.9488,
    "heads_attention": -0.7881,
    "heads_mental": -2.1672,
    "heads_shorthand": 1.4438,
    "heads_soft": -1.4048,
    "heads_stance": -2.7279,
    "heads_state": -1.6625,
    "heads_writing": 6.5724,
    "optional": -1.6617,
    "record": 1.4651,
    "single": 1.5936,
    "softened": -1.8242,
    "span": -0.0339,
    "time": 2.0812,
    "unbounded": -0.421,
    "unfocused": -1.6729,
}
