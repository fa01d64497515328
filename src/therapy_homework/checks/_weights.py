"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.587

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.5845,
    "bound_action": 1.239,
    "bound_only": -1.3406,
    "bounded": 1.3455,
    "comparative": -3.5791,
    "count": 2.0556,
    "cue": 1.0756,
    "deadline": 1.2091,
    "discount_amount": -1.1694,
    "discount_outcome": -0.1738,
    "discount_period": 0.2429,
    "dose": 2.334,
    "first_action": -0.2965,
    "first_attention": -0.8018,
    "first_generic": -0.6106,
    "first_mental": 0.0959,
    "first_outcome": -0.6136,
    "first_shorthand": -0.6681,
    "first_stance": -0.1294,
    "first_state": -0.4787,
    "first_writing": -0.5424,
    "frequency": 0.0957,
    "has_action": -2.0067,
    "heads_action": 2.0521,
    "heads_generic": 0.779,
    "heads_mental": -1.9654,
    "heads_outcome": -0.7301,
    "heads_shorthand": 1.6578,
    "heads_soft": -2.0317,
    "heads_stance": -3.3907,
    "heads_state": -1.8492,
    "heads_writing": 7.0163,
    "optional": -2.1959,
    "record": 1.2076,
    "script": 0.1568,
    "single": 1.4298,
    "softened": -1.7917,
    "span": 0.0678,
    "time": 2.1806,
    "unbounded": -0.7622,
    "unfocused": -1.3763,
}
