"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.3548

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.36,
    "bound_action": 1.1293,
    "bound_only": -1.0434,
    "bounded": 1.8509,
    "comparative": -3.6573,
    "count": 1.9499,
    "cue": 0.9979,
    "deadline": 1.18,
    "discount_amount": -1.264,
    "dose": 2.1465,
    "first_action": 0.1257,
    "first_mental": 0.4358,
    "first_shorthand": -0.5365,
    "first_stance": -0.4612,
    "first_state": -0.1322,
    "first_writing": -0.1821,
    "frequency": 0.2482,
    "has_action": -1.5103,
    "heads_action": 1.8241,
    "heads_attention": -0.8708,
    "heads_mental": -2.1271,
    "heads_shorthand": 1.3046,
    "heads_soft": -1.3106,
    "heads_stance": -2.8612,
    "heads_state": -2.0863,
    "heads_writing": 6.4113,
    "optional": -1.5256,
    "record": 1.3963,
    "script": 0.0344,
    "single": 1.6963,
    "softened": -1.7441,
    "span": -0.0526,
    "time": 2.0162,
    "unbounded": -0.2876,
    "unfocused": -1.5848,
}
