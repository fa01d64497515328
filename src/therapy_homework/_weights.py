"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.9567

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.6713,
    "bound_action": 0.5661,
    "bounded": 3.3108,
    "comparative": -2.732,
    "count": 1.5786,
    "cue": 0.015,
    "deadline": 1.7176,
    "discount_amount": -1.5042,
    "dose": 2.0021,
    "first_shorthand": -0.2309,
    "first_stance": -0.9503,
    "frequency": 0.4894,
    "has_action": 0.0157,
    "heads_action": 2.9114,
    "heads_generic": 0.5877,
    "heads_mental": -0.4377,
    "heads_soft": -0.4837,
    "heads_stance": -2.5179,
    "heads_writing": 5.8394,
    "optional": -0.6067,
    "record": 1.5153,
    "sentences": -1.7812,
    "single": 1.2355,
    "softened": -1.681,
    "span": -0.4796,
    "time": 1.6987,
    "unbounded": -1.2474,
    "unfocused": -1.3316,
}
