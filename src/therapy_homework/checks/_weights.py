"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.5842

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.5664,
    "bound_action": 1.2987,
    "bound_only": -1.1799,
    "bounded": 1.1804,
    "comparative": -3.5797,
    "count": 2.1318,
    "cue": 1.036,
    "deadline": 1.041,
    "discount_amount": -1.1944,
    "discount_period": 0.3963,
    "dose": 2.2448,
    "first_action": -0.3197,
    "first_attention": -0.86,
    "first_generic": -0.56,
    "first_mental": 0.2016,
    "first_outcome": -0.2419,
    "first_shorthand": -0.6354,
    "first_soft": 0.1171,
    "first_stance": -0.31,
    "first_state": -0.2274,
    "first_writing": -0.4723,
    "frequency": 0.157,
    "has_action": -1.9085,
    "heads_action": 2.1745,
    "heads_attention": -0.2818,
    "heads_generic": 0.513,
    "heads_mental": -2.0932,
    "heads_outcome": -1.6477,
    "heads_shorthand": 1.6616,
    "heads_soft": -2.2196,
    "heads_stance": -2.6099,
    "heads_state": -1.763,
    "heads_writing": 6.976,
    "optional": -1.9906,
    "record": 1.2414,
    "script": 0.2105,
    "single": 1.5031,
    "softened": -1.9045,
    "span": 0.0157,
    "time": 2.253,
    "unbounded": -0.7576,
    "unfocused": -1.3573,
}
