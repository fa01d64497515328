"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.0141

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.0329,
    "bound_action": 1.4261,
    "bound_only": -1.0987,
    "bounded": 1.4147,
    "comparative": -3.7938,
    "count": 2.0774,
    "cue": 0.9058,
    "deadline": 1.0237,
    "discount_amount": -1.1262,
    "discount_goal": 0.468,
    "discount_outcome": -0.1126,
    "discount_period": 0.3676,
    "dose": 2.2555,
    "first_action": -0.2694,
    "first_attention": -0.545,
    "first_generic": -0.1728,
    "first_mental": 0.1276,
    "first_outcome": -0.1227,
    "first_reading": 0.0295,
    "first_shorthand": -0.899,
    "first_stance": -0.1485,
    "first_writing": -0.3155,
    "frequency": 0.2689,
    "has_action": -2.1959,
    "heads_action": 2.0753,
    "heads_attention": -0.3828,
    "heads_generic": 0.6045,
    "heads_mental": -1.7602,
    "heads_outcome": -0.4549,
    "heads_shorthand": 1.8522,
    "heads_soft": -1.7257,
    "heads_stance": -2.4487,
    "heads_state": -2.0835,
    "heads_writing": 6.9529,
    "optional": -1.702,
    "record": 1.3003,
    "script": 0.1943,
    "single": 1.3659,
    "softened": -1.9459,
    "span": 0.0611,
    "time": 2.1236,
    "unbounded": -0.6458,
    "unfocused": -1.4733,
}
