"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.8674

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.1206,
    "bound_action": 0.2942,
    "bound_only": -1.3237,
    "bounded": 3.1742,
    "comparative": -3.651,
    "count": 1.8218,
    "cue": 0.3673,
    "deadline": 1.6474,
    "discount_amount": -1.4351,
    "dose": 1.7794,
    "first_generic": -0.0406,
    "first_shorthand": -0.3256,
    "first_stance": -2.0837,
    "frequency": 0.522,
    "has_action": -0.9525,
    "heads_action": 1.6263,
    "heads_mental": -0.9499,
    "heads_soft": -1.2799,
    "heads_stance": -0.9317,
    "heads_state": -0.5374,
    "heads_writing": 4.3044,
    "optional": -1.4937,
    "record": 1.4495,
    "script": -0.0631,
    "single": 1.2226,
    "softened": -2.3838,
    "span": -0.1849,
    "time": 1.6742,
    "unbounded": -0.5827,
    "unfocused": -1.9675,
}
