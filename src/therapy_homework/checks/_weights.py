"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.5873

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.5859,
    "bound_action": 1.2396,
    "bound_only": -1.3413,
    "bounded": 1.3461,
    "comparative": -3.579,
    "count": 2.0556,
    "cue": 1.0751,
    "deadline": 1.2088,
    "discount_amount": -1.1708,
    "discount_outcome": -0.1732,
    "discount_period": 0.2433,
    "dose": 2.3344,
    "first_action": -0.2972,
    "first_attention": -0.8022,
    "first_generic": -0.6095,
    "first_mental": 0.0943,
    "first_outcome": -0.6138,
    "first_shorthand": -0.6689,
    "first_stance": -0.1298,
    "first_state": -0.479,
    "first_writing": -0.5428,
    "frequency": 0.0953,
    "has_action": -2.0076,
    "heads_action": 2.051,
    "heads_generic": 0.7796,
    "heads_mental": -1.9633,
    "heads_outcome": -0.7292,
    "heads_shorthand": 1.6574,
    "heads_soft": -2.0305,
    "heads_stance": -3.3892,
    "heads_state": -1.8478,
    "heads_writing": 7.0166,
    "optional": -2.1954,
    "record": 1.2078,
    "script": 0.1573,
    "single": 1.4299,
    "softened": -1.792,
    "span": 0.068,
    "time": 2.1807,
    "unbounded": -0.7634,
    "unfocused": -1.3768,
}
