"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.5809

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.6355,
    "bound_action": 1.3169,
    "bound_only": -1.1726,
    "bounded": 1.1911,
    "comparative": -3.5959,
    "count": 2.1108,
    "cue": 0.996,
    "deadline": 1.0515,
    "discount_amount": -1.171,
    "discount_period": 0.3721,
    "dose": 2.2735,
    "first_action": -0.3567,
    "first_attention": -1.0054,
    "first_generic": -0.6085,
    "first_mental": 0.1588,
    "first_outcome": -0.3387,
    "first_shorthand": -0.6945,
    "first_soft": 0.1308,
    "first_stance": -0.2497,
    "first_state": -0.2452,
    "first_writing": -0.5019,
    "frequency": 0.1486,
    "has_action": -1.9333,
    "heads_action": 2.12,
    "heads_attention": -0.2591,
    "heads_generic": 0.7117,
    "heads_mental": -2.0069,
    "heads_outcome": -1.3916,
    "heads_shorthand": 1.6259,
    "heads_soft": -2.2637,
    "heads_stance": -2.7566,
    "heads_state": -1.8599,
    "heads_writing": 6.9254,
    "optional": -2.0274,
    "record": 1.2261,
    "script": 0.2062,
    "single": 1.5005,
    "softened": -1.9413,
    "span": 0.0231,
    "time": 2.2482,
    "unbounded": -0.796,
    "unfocused": -1.3866,
}
