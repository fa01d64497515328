"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.3041

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.3284,
    "bound_action": 0.3983,
    "bound_only": -1.2295,
    "bounded": 2.964,
    "comparative": -3.5932,
    "count": 1.9896,
    "cue": 0.4691,
    "deadline": 1.7266,
    "discount_amount": -1.4282,
    "dose": 1.7947,
    "first_generic": -0.3073,
    "first_mental": 0.5828,
    "first_shorthand": -0.5061,
    "first_stance": -2.24,
    "frequency": 0.5488,
    "has_action": -0.8016,
    "heads_action": 1.6973,
    "heads_mental": -1.8414,
    "heads_soft": -2.0919,
    "heads_stance": -1.2544,
    "heads_state": -0.937,
    "heads_writing": 4.2653,
    "optional": -1.4236,
    "record": 1.6193,
    "script": -0.0202,
    "single": 1.4077,
    "softened": -2.2896,
    "span": -0.1,
    "time": 1.9005,
    "unbounded": -0.3747,
    "unfocused": -2.0628,
}
