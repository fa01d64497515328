"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.1814

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 1.9955,
    "bound_action": 0.7582,
    "bounded": 2.9049,
    "clauses": 1.1187,
    "comparative": -2.3488,
    "count": 1.4612,
    "cue": 0.1703,
    "deadline": 1.6368,
    "discount_amount": -1.0001,
    "dose": 1.8896,
    "first_action": -0.0659,
    "first_generic": -0.0194,
    "first_shorthand": -0.1566,
    "first_stance": -1.1502,
    "first_writing": 0.2127,
    "frequency": 0.498,
    "has_action": 0.0001,
    "heads_action": 2.7724,
    "heads_generic": 0.3289,
    "heads_mental": -0.8461,
    "heads_soft": -0.6958,
    "heads_stance": -2.6118,
    "heads_writing": 5.3113,
    "optional": -0.9439,
    "record": 1.4062,
    "script": 0.102,
    "sentences": -2.9054,
    "single": 1.1059,
    "softened": -1.8767,
    "span": -0.4591,
    "time": 1.6195,
    "unbounded": -1.1727,
    "unfocused": -0.3892,
}
