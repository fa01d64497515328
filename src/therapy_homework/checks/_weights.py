"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.8779

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.2971,
    "bound_action": 1.1208,
    "bound_only": -1.0731,
    "bounded": 1.4699,
    "comparative": -3.6921,
    "count": 2.0418,
    "cue": 1.0263,
    "deadline": 1.1752,
    "discount_amount": -1.1216,
    "discount_outcome": -0.0941,
    "discount_period": 0.5472,
    "dose": 2.0243,
    "first_action": -0.1147,
    "first_attention": -0.1743,
    "first_generic": -0.143,
    "first_mental": 0.2535,
    "first_reading": 0.2761,
    "first_shorthand": -0.5732,
    "first_stance": -0.4027,
    "first_writing": -0.1424,
    "frequency": 0.2978,
    "has_action": -1.7555,
    "heads_action": 2.1169,
    "heads_attention": -0.6145,
    "heads_generic": 0.3537,
    "heads_mental": -2.068,
    "heads_shorthand": 1.6288,
    "heads_soft": -1.7236,
    "heads_stance": -2.8502,
    "heads_state": -2.3261,
    "heads_writing": 6.8929,
    "optional": -1.8542,
    "record": 1.2613,
    "script": 0.1372,
    "single": 1.3542,
    "softened": -1.7839,
    "span": 0.0659,
    "time": 2.1291,
    "unbounded": -0.6367,
    "unfocused": -1.4603,
}
