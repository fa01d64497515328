"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.612

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.1677,
    "bound_action": 1.0718,
    "bound_only": -0.8452,
    "bounded": 2.6983,
    "comparative": -3.2718,
    "count": 1.6799,
    "cue": 0.6706,
    "deadline": 1.5168,
    "discount_amount": -1.5031,
    "discount_goal": 0.0277,
    "dose": 1.6895,
    "first_action": 0.0298,
    "first_attention": -0.1785,
    "first_generic": -0.1313,
    "first_mental": 0.7501,
    "first_shorthand": -0.12,
    "first_soft": -0.0938,
    "first_stance": -1.2357,
    "frequency": 0.419,
    "has_action": -1.2234,
    "heads_action": 2.1903,
    "heads_mental": -1.9059,
    "heads_soft": -0.9396,
    "heads_stance": -2.0649,
    "heads_state": -1.1501,
    "heads_writing": 5.9084,
    "optional": -2.0495,
    "record": 1.446,
    "script": -0.1039,
    "single": 1.4446,
    "softened": -2.1166,
    "span": -0.0196,
    "time": 2.1057,
    "unbounded": -0.3947,
    "unfocused": -1.6955,
}
