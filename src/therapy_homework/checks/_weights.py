"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.9566

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.7798,
    "bound_action": 1.3966,
    "bound_only": -0.9155,
    "bounded": 1.3262,
    "comparative": -3.8187,
    "count": 2.1272,
    "cue": 0.9166,
    "deadline": 1.016,
    "discount_amount": -1.0768,
    "discount_goal": 0.0951,
    "discount_outcome": -0.1431,
    "discount_period": 0.4754,
    "dose": 2.1566,
    "first_action": -0.2031,
    "first_attention": -0.2945,
    "first_generic": -0.1678,
    "first_mental": 0.1849,
    "first_reading": 0.0497,
    "first_shorthand": -0.7255,
    "first_stance": -0.4042,
    "first_state": -0.0168,
    "first_writing": -0.3776,
    "frequency": 0.3147,
    "has_action": -1.9631,
    "heads_action": 2.025,
    "heads_attention": -0.8465,
    "heads_generic": 0.6784,
    "heads_mental": -1.8576,
    "heads_shorthand": 1.3388,
    "heads_soft": -1.7919,
    "heads_stance": -2.4618,
    "heads_state": -2.1742,
    "heads_writing": 6.8589,
    "optional": -1.8188,
    "record": 1.277,
    "script": 0.1606,
    "single": 1.3023,
    "softened": -1.926,
    "span": 0.0227,
    "time": 2.1717,
    "unbounded": -0.6833,
    "unfocused": -1.3988,
}
