"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.6289

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.552,
    "bound_action": 1.2529,
    "bound_only": -1.2591,
    "bounded": 1.3383,
    "comparative": -3.5147,
    "count": 2.0558,
    "cue": 1.0189,
    "deadline": 1.1057,
    "discount_amount": -1.1872,
    "discount_goal": -0.0059,
    "discount_outcome": -0.1939,
    "discount_period": 0.4273,
    "dose": 2.2599,
    "first_action": -0.2562,
    "first_attention": -0.7248,
    "first_generic": -0.5722,
    "first_mental": 0.1184,
    "first_outcome": -0.3315,
    "first_shorthand": -0.5947,
    "first_soft": 0.0455,
    "first_stance": -0.2142,
    "first_state": -0.4441,
    "first_writing": -0.4248,
    "frequency": 0.1217,
    "has_action": -1.9616,
    "heads_action": 2.1033,
    "heads_generic": 0.7948,
    "heads_mental": -1.9407,
    "heads_outcome": -1.5333,
    "heads_shorthand": 1.5411,
    "heads_soft": -2.0178,
    "heads_stance": -3.2166,
    "heads_state": -1.8711,
    "heads_writing": 6.9694,
    "optional": -2.0538,
    "record": 1.1884,
    "script": 0.2443,
    "single": 1.5192,
    "softened": -1.8323,
    "span": 0.0533,
    "time": 2.2094,
    "unbounded": -0.7367,
    "unfocused": -1.4302,
}
