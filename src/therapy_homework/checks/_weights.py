"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.5734

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.1688,
    "bound_action": 1.1487,
    "bound_only": -0.7765,
    "bounded": 2.5796,
    "comparative": -3.3601,
    "count": 1.6981,
    "cue": 0.7061,
    "deadline": 1.5422,
    "discount_amount": -1.4915,
    "discount_goal": 0.0347,
    "discount_research": -0.3166,
    "dose": 1.7392,
    "first_attention": -0.3235,
    "first_generic": -0.1462,
    "first_mental": 0.7591,
    "first_shorthand": -0.0758,
    "first_stance": -1.1306,
    "frequency": 0.4226,
    "has_action": -1.2763,
    "heads_action": 2.2489,
    "heads_mental": -1.9351,
    "heads_soft": -1.191,
    "heads_stance": -2.2406,
    "heads_state": -1.2852,
    "heads_writing": 5.838,
    "optional": -1.9225,
    "record": 1.4477,
    "script": -0.0912,
    "single": 1.4798,
    "softened": -2.1035,
    "span": -0.0183,
    "time": 2.0842,
    "unbounded": -0.3566,
    "unfocused": -1.6939,
}
