"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.3765

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.3568,
    "bound_action": 1.0319,
    "bound_only": -1.1301,
    "bounded": 1.983,
    "comparative": -3.7482,
    "count": 1.9098,
    "cue": 0.9604,
    "deadline": 1.1608,
    "discount_amount": -1.2699,
    "discount_research": -0.0489,
    "dose": 1.9579,
    "first_action": 0.032,
    "first_mental": 0.4208,
    "first_shorthand": -0.535,
    "first_stance": -0.8361,
    "first_state": -0.2191,
    "first_writing": -0.391,
    "frequency": 0.3513,
    "has_action": -1.4883,
    "heads_action": 1.9497,
    "heads_attention": -0.7844,
    "heads_mental": -2.1677,
    "heads_shorthand": 1.447,
    "heads_soft": -1.404,
    "heads_stance": -2.7281,
    "heads_state": -1.6635,
    "heads_writing": 6.5722,
    "optional": -1.6607,
    "record": 1.4646,
    "single": 1.5931,
    "softened": -1.8239,
    "span": -0.0337,
    "time": 2.081,
    "unbounded": -0.4209,
    "unfocused": -1.6726,
}
