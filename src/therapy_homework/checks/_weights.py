"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.0521

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.3958,
    "bound_action": 1.1688,
    "bound_only": -1.1109,
    "bounded": 1.6093,
    "comparative": -3.7754,
    "count": 2.0199,
    "cue": 0.9873,
    "deadline": 1.1308,
    "discount_amount": -1.1706,
    "discount_outcome": -0.0155,
    "discount_period": 0.342,
    "discount_research": -0.0646,
    "dose": 1.9929,
    "first_attention": -0.0561,
    "first_generic": -0.0955,
    "first_mental": 0.3131,
    "first_reading": 0.3133,
    "first_shorthand": -0.6637,
    "first_stance": -0.55,
    "first_writing": -0.0834,
    "frequency": 0.302,
    "has_action": -1.8659,
    "heads_action": 1.9609,
    "heads_attention": -0.4802,
    "heads_generic": 0.4511,
    "heads_mental": -1.949,
    "heads_shorthand": 1.9436,
    "heads_soft": -1.2938,
    "heads_stance": -2.6685,
    "heads_state": -1.9806,
    "heads_writing": 6.9991,
    "optional": -1.7885,
    "record": 1.2928,
    "script": 0.069,
    "single": 1.5188,
    "softened": -1.7479,
    "span": 0.0305,
    "time": 2.0765,
    "unbounded": -0.5617,
    "unfocused": -1.344,
}
