"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.515

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.2252,
    "bound_action": 1.0834,
    "bound_only": -1.3437,
    "bounded": 1.3363,
    "comparative": -3.3564,
    "count": 1.9244,
    "cue": 1.0793,
    "deadline": 1.2763,
    "discount_amount": -1.0417,
    "discount_goal": -0.2714,
    "discount_outcome": -0.1456,
    "discount_period": 0.4571,
    "dose": 2.3497,
    "first_action": -0.1763,
    "first_attention": -0.6932,
    "first_generic": -0.5786,
    "first_mental": 0.2273,
    "first_outcome": -0.8901,
    "first_shorthand": -0.4826,
    "first_state": -0.3612,
    "first_writing": -0.2852,
    "frequency": 0.1043,
    "has_action": -1.6905,
    "heads_action": 1.8753,
    "heads_attention": -0.5137,
    "heads_generic": 0.785,
    "heads_mental": -1.9913,
    "heads_shorthand": 1.3597,
    "heads_soft": -1.8161,
    "heads_stance": -3.5615,
    "heads_state": -1.7297,
    "heads_writing": 6.578,
    "optional": -2.2422,
    "record": 1.1899,
    "script": 0.1874,
    "single": 1.4014,
    "softened": -1.6072,
    "span": 0.0171,
    "time": 2.0376,
    "unbounded": -0.7334,
    "unfocused": -1.1259,
}
