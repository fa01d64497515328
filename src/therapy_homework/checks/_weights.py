"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.0567

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.3883,
    "bound_action": 1.1433,
    "bound_only": -1.1543,
    "bounded": 1.6466,
    "comparative": -3.7165,
    "count": 2.0401,
    "cue": 1.007,
    "deadline": 1.1519,
    "discount_amount": -1.1808,
    "discount_outcome": -0.0355,
    "discount_period": 0.3815,
    "discount_research": -0.0515,
    "dose": 1.9979,
    "first_attention": -0.0597,
    "first_generic": -0.1409,
    "first_mental": 0.3506,
    "first_reading": 0.2398,
    "first_shorthand": -0.642,
    "first_stance": -0.5434,
    "first_writing": -0.1,
    "frequency": 0.2975,
    "has_action": -1.8249,
    "heads_action": 1.9519,
    "heads_attention": -0.5141,
    "heads_generic": 0.3828,
    "heads_mental": -1.9971,
    "heads_shorthand": 1.8619,
    "heads_soft": -1.3322,
    "heads_stance": -2.7054,
    "heads_state": -1.9496,
    "heads_writing": 6.9674,
    "optional": -1.8303,
    "record": 1.2708,
    "script": 0.0906,
    "single": 1.4993,
    "softened": -1.7689,
    "span": 0.0058,
    "time": 2.0734,
    "unbounded": -0.5809,
    "unfocused": -1.3651,
}
