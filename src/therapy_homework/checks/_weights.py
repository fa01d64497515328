"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.6135

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.9095,
    "bound_action": 0.9357,
    "bound_only": -1.5651,
    "bounded": 2.7869,
    "comparative": -3.5493,
    "count": 1.6914,
    "cue": 0.6282,
    "deadline": 1.1547,
    "discount_amount": -1.3844,
    "discount_research": -0.0298,
    "dose": 1.798,
    "first_attention": -0.339,
    "first_generic": -0.1268,
    "first_mental": 0.4532,
    "first_shorthand": -0.3883,
    "first_stance": -1.2441,
    "first_state": -0.2045,
    "frequency": 0.3738,
    "has_action": -1.8862,
    "heads_action": 1.8615,
    "heads_attention": -0.1193,
    "heads_mental": -1.7472,
    "heads_shorthand": 0.4472,
    "heads_soft": -1.1054,
    "heads_stance": -2.4671,
    "heads_state": -1.6213,
    "heads_writing": 6.3864,
    "optional": -1.9466,
    "record": 1.3629,
    "single": 1.296,
    "softened": -2.0048,
    "span": -0.0582,
    "time": 2.0252,
    "unbounded": -0.3904,
    "unfocused": -1.4118,
}
