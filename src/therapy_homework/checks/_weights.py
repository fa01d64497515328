"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.3451

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.4853,
    "bound_action": 0.7243,
    "bound_only": -0.9233,
    "bounded": 2.688,
    "comparative": -3.5724,
    "count": 1.8979,
    "cue": 0.5037,
    "deadline": 1.7572,
    "discount_amount": -1.4642,
    "dose": 1.7935,
    "first_generic": -0.2715,
    "first_mental": 0.5946,
    "first_shorthand": -0.5091,
    "first_stance": -2.187,
    "frequency": 0.6107,
    "has_action": -0.9321,
    "heads_action": 1.6751,
    "heads_mental": -1.9769,
    "heads_soft": -1.9129,
    "heads_stance": -1.2152,
    "heads_state": -0.8707,
    "heads_writing": 4.3278,
    "optional": -1.4068,
    "record": 1.6697,
    "single": 1.42,
    "softened": -2.2443,
    "span": -0.1176,
    "time": 1.8941,
    "unbounded": -0.3359,
    "unfocused": -2.0863,
}
