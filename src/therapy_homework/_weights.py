"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

BIAS: Final = -4.1163

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 1.3777,
    "bound_action": 1.8418,
    "bounded": 1.6765,
    "comparative": -1.8248,
    "count": 1.168,
    "cue": 0.1934,
    "deadline": 0.9697,
    "discount_amount": -1.0045,
    "dose": 1.8133,
    "first_action": -0.1615,
    "first_generic": -0.1253,
    "first_shorthand": -0.1345,
    "first_soft": -0.2462,
    "first_writing": 0.1561,
    "frequency": 0.1751,
    "heads_action": 1.6109,
    "heads_attention": -1.3592,
    "heads_mental": -1.3969,
    "heads_soft": -1.0786,
    "heads_stance": -4.3559,
    "heads_writing": 3.7096,
    "optional": -1.2951,
    "record": 1.2095,
    "script": 0.6036,
    "sentences": -0.3233,
    "single": 0.7163,
    "softened": -1.5843,
    "time": 1.6145,
    "unbounded": -1.0205,
    "unfocused": -0.5345,
}
