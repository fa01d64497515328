"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.6034

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.4591,
    "bound_action": 1.3577,
    "bound_only": -1.1697,
    "bounded": 1.2924,
    "comparative": -3.4622,
    "count": 1.9426,
    "cue": 0.959,
    "deadline": 1.043,
    "discount_amount": -1.1806,
    "discount_period": 0.5734,
    "dose": 2.2763,
    "first_action": -0.3033,
    "first_attention": -0.7777,
    "first_generic": -0.3925,
    "first_mental": 0.2616,
    "first_outcome": -0.2202,
    "first_shorthand": -0.7219,
    "first_soft": 0.1159,
    "first_stance": -0.4782,
    "first_state": -0.1475,
    "first_writing": -0.3514,
    "frequency": 0.1582,
    "has_action": -1.9191,
    "heads_action": 2.1436,
    "heads_attention": -0.4674,
    "heads_generic": 0.3943,
    "heads_mental": -2.1547,
    "heads_outcome": -0.9441,
    "heads_shorthand": 1.8255,
    "heads_soft": -2.3231,
    "heads_stance": -2.2578,
    "heads_state": -2.0699,
    "heads_writing": 6.9886,
    "optional": -1.9738,
    "record": 1.2659,
    "script": 0.189,
    "single": 1.4491,
    "softened": -1.8628,
    "time": 2.2135,
    "unbounded": -0.6115,
    "unfocused": -1.3166,
}
