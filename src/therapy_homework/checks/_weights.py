"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.5114

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.2425,
    "bound_action": 1.094,
    "bound_only": -1.3394,
    "bounded": 1.3275,
    "comparative": -3.3634,
    "count": 1.9172,
    "cue": 1.0863,
    "deadline": 1.268,
    "discount_amount": -1.0496,
    "discount_goal": -0.0721,
    "discount_outcome": -0.1561,
    "discount_period": 0.4417,
    "dose": 2.3445,
    "first_action": -0.194,
    "first_attention": -0.7026,
    "first_generic": -0.5846,
    "first_mental": 0.2079,
    "first_outcome": -0.8979,
    "first_shorthand": -0.4737,
    "first_state": -0.3779,
    "first_writing": -0.2992,
    "frequency": 0.0979,
    "has_action": -1.6981,
    "heads_action": 1.8807,
    "heads_attention": -0.4742,
    "heads_generic": 0.7885,
    "heads_mental": -1.9643,
    "heads_shorthand": 1.3441,
    "heads_soft": -1.9024,
    "heads_stance": -3.5776,
    "heads_state": -1.7284,
    "heads_writing": 6.56,
    "optional": -2.2676,
    "record": 1.191,
    "script": 0.1993,
    "single": 1.3911,
    "softened": -1.6078,
    "span": 0.0289,
    "time": 2.0396,
    "unbounded": -0.7368,
    "unfocused": -1.0529,
}
