"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.1357

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.3067,
    "bound_action": 1.1587,
    "bound_only": -1.3563,
    "bounded": 2.6697,
    "comparative": -3.2963,
    "count": 1.7824,
    "cue": 0.662,
    "deadline": 1.5137,
    "discount_amount": -1.4823,
    "discount_research": -0.0776,
    "dose": 1.7294,
    "first_action": 0.0008,
    "first_attention": -0.2138,
    "first_generic": -0.0782,
    "first_mental": 0.6451,
    "first_shorthand": -0.2633,
    "first_stance": -1.1515,
    "frequency": 0.2792,
    "has_action": -1.8355,
    "heads_action": 2.0504,
    "heads_mental": -1.7481,
    "heads_shorthand": 0.2898,
    "heads_soft": -1.0791,
    "heads_stance": -2.1612,
    "heads_state": -1.13,
    "heads_writing": 6.0814,
    "optional": -2.0168,
    "record": 1.3876,
    "script": -0.0362,
    "single": 1.4841,
    "softened": -2.0736,
    "span": -0.0123,
    "time": 2.1838,
    "unbounded": -0.4192,
    "unfocused": -1.7319,
}
