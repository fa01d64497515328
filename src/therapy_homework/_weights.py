"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.1152

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 1.3748,
    "bound_action": 1.845,
    "bounded": 1.6805,
    "comparative": -1.8215,
    "count": 1.167,
    "cue": 0.1924,
    "deadline": 0.9683,
    "discount_amount": -1.0115,
    "dose": 1.8161,
    "first_action": -0.1701,
    "first_generic": -0.1493,
    "first_shorthand": -0.1388,
    "first_soft": -0.2524,
    "first_writing": 0.1534,
    "frequency": 0.1698,
    "heads_action": 1.6153,
    "heads_attention": -1.357,
    "heads_mental": -1.3923,
    "heads_soft": -1.0731,
    "heads_stance": -4.3614,
    "heads_writing": 3.7132,
    "optional": -1.3045,
    "record": 1.2101,
    "script": 0.6038,
    "sentences": -0.323,
    "single": 0.7159,
    "softened": -1.5824,
    "time": 1.6135,
    "unbounded": -1.0185,
    "unfocused": -0.5348,
}
