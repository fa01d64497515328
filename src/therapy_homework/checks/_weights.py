"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.7843

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.6822,
    "bound_action": 0.8577,
    "bound_only": -0.8863,
    "bounded": 2.9589,
    "comparative": -3.3591,
    "count": 1.5527,
    "cue": 0.566,
    "deadline": 1.6239,
    "discount_amount": -1.5685,
    "discount_goal": 0.028,
    "dose": 1.9902,
    "first_action": 0.1442,
    "first_generic": -0.1237,
    "first_mental": 0.7962,
    "first_reading": 0.1366,
    "first_shorthand": -0.069,
    "first_soft": -0.0712,
    "first_stance": -1.6154,
    "frequency": 0.4642,
    "has_action": -1.3827,
    "heads_action": 2.1354,
    "heads_mental": -1.8467,
    "heads_soft": -0.5843,
    "heads_stance": -1.6151,
    "heads_state": -0.598,
    "heads_writing": 5.4433,
    "optional": -1.2792,
    "record": 1.4463,
    "script": -0.1135,
    "single": 1.4187,
    "softened": -2.1066,
    "span": -0.1183,
    "time": 1.9766,
    "unbounded": -0.3392,
    "unfocused": -2.088,
}
