"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.3454

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.5518,
    "bound_action": 0.7171,
    "bound_only": -0.9332,
    "bounded": 2.7336,
    "comparative": -3.5659,
    "count": 1.8624,
    "cue": 0.4747,
    "deadline": 1.7491,
    "discount_amount": -1.5026,
    "dose": 1.8337,
    "first_generic": -0.2673,
    "first_mental": 0.5769,
    "first_shorthand": -0.5018,
    "first_stance": -2.2099,
    "frequency": 0.556,
    "has_action": -1.0015,
    "heads_action": 1.7077,
    "heads_mental": -1.912,
    "heads_soft": -1.8724,
    "heads_stance": -1.1896,
    "heads_state": -1.0195,
    "heads_writing": 4.367,
    "optional": -1.3471,
    "record": 1.6792,
    "single": 1.4285,
    "softened": -2.2092,
    "span": -0.1084,
    "time": 1.8938,
    "unbounded": -0.3386,
    "unfocused": -2.0942,
}
