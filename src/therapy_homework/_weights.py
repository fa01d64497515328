"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -6.0497

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.7,
    "bound_action": 0.6387,
    "bounded": 3.3143,
    "comparative": -2.8275,
    "count": 1.5716,
    "deadline": 1.6302,
    "discount_amount": -1.6283,
    "dose": 1.8674,
    "first_shorthand": -0.329,
    "first_stance": -0.8557,
    "frequency": 0.3817,
    "heads_action": 2.6114,
    "heads_generic": 0.3076,
    "heads_mental": -0.7486,
    "heads_soft": -0.5412,
    "heads_stance": -2.7384,
    "heads_state": -0.0181,
    "heads_writing": 5.424,
    "optional": -1.2691,
    "record": 1.4191,
    "single": 1.178,
    "softened": -1.8985,
    "span": -0.4946,
    "time": 1.636,
    "unbounded": -1.3003,
    "unfocused": -1.4441,
}
