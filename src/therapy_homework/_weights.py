"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.5996

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.8709,
    "bound_action": 0.6639,
    "bounded": 2.7156,
    "comparative": -3.4449,
    "count": 1.7141,
    "cue": 0.3315,
    "deadline": 1.5752,
    "discount_amount": -1.4704,
    "dose": 1.7518,
    "first_shorthand": -0.2892,
    "first_stance": -1.9747,
    "frequency": 0.5204,
    "heads_action": 1.6472,
    "heads_generic": 1.0171,
    "heads_mental": -0.9217,
    "heads_soft": -1.2193,
    "heads_stance": -1.1778,
    "heads_state": -0.7065,
    "heads_writing": 4.5322,
    "optional": -1.3113,
    "record": 1.4363,
    "script": -0.0361,
    "single": 1.2502,
    "softened": -2.3746,
    "span": -0.1537,
    "time": 1.7244,
    "unbounded": -0.6786,
    "unfocused": -1.865,
}
