"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.6741

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.5481,
    "bound_action": 0.9608,
    "bound_only": -1.3283,
    "bounded": 2.4556,
    "comparative": -3.5981,
    "count": 1.7149,
    "cue": 0.6701,
    "deadline": 1.1269,
    "discount_amount": -1.3327,
    "discount_research": -0.2094,
    "dose": 1.9474,
    "first_action": 0.0618,
    "first_generic": -0.0669,
    "first_mental": 0.5328,
    "first_shorthand": -0.4332,
    "first_stance": -0.9857,
    "first_state": -0.1403,
    "first_writing": -0.0624,
    "frequency": 0.3604,
    "has_action": -1.4724,
    "heads_action": 2.0757,
    "heads_attention": -0.5033,
    "heads_mental": -1.8856,
    "heads_shorthand": 1.5325,
    "heads_soft": -0.9985,
    "heads_stance": -2.4471,
    "heads_state": -1.6499,
    "heads_writing": 6.2416,
    "optional": -1.4024,
    "record": 1.42,
    "single": 1.3181,
    "softened": -1.7631,
    "span": -0.1578,
    "time": 2.0464,
    "unbounded": -0.5637,
    "unfocused": -1.4037,
}
