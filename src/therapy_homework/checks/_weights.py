"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.3637

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.1557,
    "bound_action": 0.7246,
    "bound_only": -1.0258,
    "bounded": 2.9719,
    "comparative": -3.7793,
    "count": 1.8064,
    "cue": 0.1422,
    "deadline": 1.7978,
    "discount_amount": -1.4678,
    "dose": 1.4017,
    "first_generic": -0.2203,
    "first_mental": 0.2353,
    "first_shorthand": -0.435,
    "first_stance": -1.8913,
    "frequency": 0.7038,
    "has_action": -0.5493,
    "heads_action": 1.8901,
    "heads_mental": -0.6997,
    "heads_soft": -1.6639,
    "heads_stance": -1.2059,
    "heads_state": -0.85,
    "heads_writing": 3.9883,
    "optional": -1.4418,
    "record": 1.5477,
    "script": -0.1262,
    "single": 1.271,
    "softened": -2.3776,
    "span": -0.2141,
    "time": 1.6508,
    "unbounded": -0.5003,
    "unfocused": -1.9707,
}
