"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

BIAS: Final = -4.1427

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 1.3082,
    "bound_action": 1.7925,
    "bounded": 1.6427,
    "comparative": -1.8123,
    "count": 1.2237,
    "cue": 0.2457,
    "deadline": 0.9541,
    "discount_amount": -1.0096,
    "dose": 1.83,
    "first_action": -0.0864,
    "first_generic": -0.115,
    "first_shorthand": -0.0331,
    "first_soft": -0.3226,
    "first_writing": 0.1997,
    "frequency": 0.2047,
    "heads_action": 1.5451,
    "heads_attention": -1.3914,
    "heads_mental": -1.4277,
    "heads_soft": -1.5115,
    "heads_stance": -4.3145,
    "heads_state": -0.0191,
    "heads_writing": 3.6459,
    "optional": -1.0523,
    "record": 1.2219,
    "script": 0.6343,
    "sentences": -0.3491,
    "single": 0.8131,
    "softened": -1.613,
    "time": 1.6308,
    "unbounded": -0.7614,
    "unfocused": -0.5146,
}
