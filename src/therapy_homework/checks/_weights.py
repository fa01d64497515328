"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.0003

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.8459,
    "bound_action": 1.4026,
    "bound_only": -0.9591,
    "bounded": 1.312,
    "comparative": -3.6643,
    "count": 2.1897,
    "cue": 0.9361,
    "deadline": 1.0083,
    "discount_amount": -1.0815,
    "discount_goal": 0.1278,
    "discount_outcome": -0.1349,
    "discount_period": 0.4421,
    "dose": 2.2103,
    "first_action": -0.2095,
    "first_attention": -0.2214,
    "first_generic": -0.0982,
    "first_mental": 0.201,
    "first_reading": 0.0332,
    "first_shorthand": -0.7158,
    "first_stance": -0.4406,
    "first_writing": -0.3647,
    "frequency": 0.326,
    "has_action": -2.0002,
    "heads_action": 2.0446,
    "heads_attention": -1.101,
    "heads_generic": 0.5244,
    "heads_mental": -1.8156,
    "heads_shorthand": 1.2962,
    "heads_soft": -1.9638,
    "heads_stance": -2.3998,
    "heads_state": -2.223,
    "heads_writing": 6.8271,
    "optional": -1.8594,
    "record": 1.3165,
    "script": 0.1965,
    "single": 1.3668,
    "softened": -1.9509,
    "span": 0.0448,
    "time": 2.2014,
    "unbounded": -0.688,
    "unfocused": -1.4784,
}
