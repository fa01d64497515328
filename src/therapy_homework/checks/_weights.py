"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.5982

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.5843,
    "bound_action": 1.3008,
    "bound_only": -1.1382,
    "bounded": 1.1794,
    "comparative": -3.5782,
    "count": 2.1295,
    "cue": 1.0425,
    "deadline": 1.0265,
    "discount_amount": -1.199,
    "discount_period": 0.4084,
    "dose": 2.2869,
    "first_action": -0.3262,
    "first_attention": -0.9544,
    "first_generic": -0.5241,
    "first_mental": 0.2083,
    "first_outcome": -0.3147,
    "first_shorthand": -0.6484,
    "first_soft": 0.0926,
    "first_stance": -0.3578,
    "first_state": -0.2613,
    "first_writing": -0.4844,
    "frequency": 0.1486,
    "has_action": -1.8962,
    "heads_action": 2.1559,
    "heads_attention": -0.352,
    "heads_generic": 0.5054,
    "heads_mental": -2.1056,
    "heads_outcome": -1.418,
    "heads_shorthand": 1.6727,
    "heads_soft": -2.2058,
    "heads_stance": -2.523,
    "heads_state": -1.7938,
    "heads_writing": 6.9724,
    "optional": -1.9836,
    "record": 1.235,
    "script": 0.2343,
    "single": 1.502,
    "softened": -1.9108,
    "span": 0.0051,
    "time": 2.2477,
    "unbounded": -0.7559,
    "unfocused": -1.3422,
}
