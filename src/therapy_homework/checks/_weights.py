"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.515

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.2254,
    "bound_action": 1.0832,
    "bound_only": -1.3441,
    "bounded": 1.3366,
    "comparative": -3.3564,
    "count": 1.9244,
    "cue": 1.0793,
    "deadline": 1.2763,
    "discount_amount": -1.0415,
    "discount_goal": -0.2714,
    "discount_outcome": -0.1456,
    "discount_period": 0.4571,
    "dose": 2.3497,
    "first_action": -0.1763,
    "first_attention": -0.6931,
    "first_generic": -0.5786,
    "first_mental": 0.2272,
    "first_outcome": -0.89,
    "first_shorthand": -0.4826,
    "first_state": -0.3612,
    "first_writing": -0.2852,
    "frequency": 0.1042,
    "has_action": -1.6908,
    "heads_action": 1.8752,
    "heads_attention": -0.5138,
    "heads_generic": 0.7851,
    "heads_mental": -1.9911,
    "heads_shorthand": 1.3596,
    "heads_soft": -1.816,
    "heads_stance": -3.5614,
    "heads_state": -1.7297,
    "heads_writing": 6.5779,
    "optional": -2.2423,
    "record": 1.1899,
    "script": 0.1874,
    "single": 1.4014,
    "softened": -1.6071,
    "span": 0.0171,
    "time": 2.0376,
    "unbounded": -0.7334,
    "unfocused": -1.126,
}
