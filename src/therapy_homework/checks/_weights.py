"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.5163

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.2421,
    "bound_action": 1.0932,
    "bound_only": -1.3367,
    "bounded": 1.3294,
    "comparative": -3.3623,
    "count": 1.9165,
    "cue": 1.0864,
    "deadline": 1.2676,
    "discount_amount": -1.0495,
    "discount_goal": -0.072,
    "discount_outcome": -0.1558,
    "discount_period": 0.4431,
    "dose": 2.3438,
    "first_action": -0.1913,
    "first_attention": -0.6998,
    "first_generic": -0.5822,
    "first_mental": 0.2114,
    "first_outcome": -0.8963,
    "first_shorthand": -0.4708,
    "first_state": -0.3756,
    "first_writing": -0.2963,
    "frequency": 0.0978,
    "has_action": -1.696,
    "heads_action": 1.8806,
    "heads_attention": -0.4753,
    "heads_generic": 0.7873,
    "heads_mental": -1.9651,
    "heads_shorthand": 1.3437,
    "heads_soft": -1.9004,
    "heads_stance": -3.5758,
    "heads_state": -1.7285,
    "heads_writing": 6.5595,
    "optional": -2.2675,
    "record": 1.1909,
    "script": 0.1993,
    "single": 1.3911,
    "softened": -1.6072,
    "span": 0.0287,
    "time": 2.039,
    "unbounded": -0.7366,
    "unfocused": -1.0531,
}
