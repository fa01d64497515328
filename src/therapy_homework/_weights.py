"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.3771

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.6518,
    "bound_action": 0.7401,
    "bounded": 2.4998,
    "comparative": -2.8046,
    "count": 1.7423,
    "cue": 0.3538,
    "deadline": 1.7755,
    "discount_amount": -1.4823,
    "dose": 1.6886,
    "first_action": -0.0636,
    "first_mental": 0.0456,
    "first_shorthand": -0.2914,
    "first_stance": -0.9964,
    "first_state": -0.0182,
    "first_writing": 0.0604,
    "frequency": 0.5218,
    "heads_action": 1.6549,
    "heads_generic": 1.4855,
    "heads_mental": -0.9759,
    "heads_soft": -1.4263,
    "heads_stance": -1.3691,
    "heads_state": -0.511,
    "heads_writing": 4.5987,
    "optional": -1.6721,
    "record": 1.2848,
    "script": -0.0674,
    "single": 1.1671,
    "softened": -2.4787,
    "span": -0.1356,
    "time": 1.6577,
    "unbounded": -0.509,
    "unfocused": -1.2868,
}
