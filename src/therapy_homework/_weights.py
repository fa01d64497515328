"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.9597

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.6713,
    "bound_action": 0.5654,
    "bounded": 3.3096,
    "comparative": -2.7348,
    "count": 1.5818,
    "cue": 0.0161,
    "deadline": 1.7194,
    "discount_amount": -1.5022,
    "dose": 2.0027,
    "first_shorthand": -0.2304,
    "first_stance": -0.9478,
    "frequency": 0.4896,
    "has_action": 0.015,
    "heads_action": 2.9206,
    "heads_generic": 0.5895,
    "heads_mental": -0.4335,
    "heads_soft": -0.4859,
    "heads_stance": -2.5212,
    "heads_writing": 5.8496,
    "optional": -0.611,
    "record": 1.5137,
    "sentences": -1.7773,
    "single": 1.2407,
    "softened": -1.6823,
    "span": -0.48,
    "time": 1.7007,
    "unbounded": -1.2497,
    "unfocused": -1.3342,
}
