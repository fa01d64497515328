"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.3903

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.3943,
    "bound_action": 0.7333,
    "bound_only": -0.8966,
    "bounded": 2.9461,
    "comparative": -3.7898,
    "count": 1.8235,
    "cue": 0.2072,
    "deadline": 1.7079,
    "discount_amount": -1.4309,
    "dose": 1.3997,
    "first_mental": 0.2006,
    "first_shorthand": -0.4068,
    "first_stance": -1.6339,
    "frequency": 0.6894,
    "has_action": -0.6945,
    "heads_action": 1.71,
    "heads_mental": -0.6418,
    "heads_soft": -0.783,
    "heads_stance": -1.3051,
    "heads_state": -0.5062,
    "heads_writing": 3.919,
    "optional": -1.2706,
    "record": 1.4978,
    "script": -0.1707,
    "single": 1.3626,
    "softened": -2.2942,
    "span": -0.2712,
    "time": 1.6169,
    "unbounded": -0.4225,
    "unfocused": -1.9522,
}
