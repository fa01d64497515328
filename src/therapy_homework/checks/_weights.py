"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.3662

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.2935,
    "bound_action": 0.571,
    "bound_only": -0.9233,
    "bounded": 3.0997,
    "comparative": -3.7773,
    "count": 1.7867,
    "cue": 0.2297,
    "deadline": 1.6697,
    "discount_amount": -1.5368,
    "dose": 1.5137,
    "first_mental": 0.1775,
    "first_shorthand": -0.3047,
    "first_stance": -1.7158,
    "frequency": 0.6401,
    "has_action": -0.6559,
    "heads_action": 1.7372,
    "heads_mental": -0.7561,
    "heads_soft": -0.8635,
    "heads_stance": -1.3798,
    "heads_state": -0.5609,
    "heads_writing": 3.9854,
    "optional": -1.3012,
    "record": 1.516,
    "script": -0.1619,
    "single": 1.3854,
    "softened": -2.2775,
    "span": -0.281,
    "time": 1.6218,
    "unbounded": -0.4395,
    "unfocused": -1.9656,
}
