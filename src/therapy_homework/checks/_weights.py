"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.9526

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.0363,
    "bound_action": 1.4999,
    "bound_only": -1.0956,
    "bounded": 1.3457,
    "comparative": -3.7167,
    "count": 2.047,
    "cue": 0.9,
    "deadline": 1.0352,
    "discount_amount": -1.1814,
    "discount_goal": 0.0948,
    "discount_period": 0.4427,
    "dose": 2.2397,
    "first_action": -0.2956,
    "first_attention": -0.6235,
    "first_generic": -0.251,
    "first_mental": 0.2022,
    "first_outcome": -0.1087,
    "first_shorthand": -0.7951,
    "first_soft": 0.0058,
    "first_stance": -0.0717,
    "first_writing": -0.3614,
    "frequency": 0.2879,
    "has_action": -2.1485,
    "heads_action": 2.051,
    "heads_attention": -0.7169,
    "heads_generic": 0.6404,
    "heads_mental": -1.8089,
    "heads_outcome": -0.5708,
    "heads_shorthand": 1.6406,
    "heads_soft": -1.6647,
    "heads_stance": -2.6436,
    "heads_state": -1.9576,
    "heads_writing": 6.7689,
    "optional": -1.7965,
    "record": 1.2917,
    "script": 0.2054,
    "single": 1.4079,
    "softened": -1.8855,
    "span": 0.09,
    "time": 2.1294,
    "unbounded": -0.7169,
    "unfocused": -1.4737,
}
