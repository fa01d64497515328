"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.1337

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.2542,
    "bound_action": 1.1691,
    "bound_only": -1.368,
    "bounded": 2.6793,
    "comparative": -3.297,
    "count": 1.7748,
    "cue": 0.6686,
    "deadline": 1.5075,
    "discount_amount": -1.4807,
    "discount_research": -0.0784,
    "dose": 1.7169,
    "first_attention": -0.2014,
    "first_generic": -0.0793,
    "first_mental": 0.6922,
    "first_shorthand": -0.2515,
    "first_stance": -1.1759,
    "frequency": 0.2732,
    "has_action": -1.8144,
    "heads_action": 2.0742,
    "heads_mental": -1.7831,
    "heads_shorthand": 0.2887,
    "heads_soft": -1.1177,
    "heads_stance": -2.0999,
    "heads_state": -1.1576,
    "heads_writing": 6.1368,
    "optional": -2.064,
    "record": 1.381,
    "script": -0.0419,
    "single": 1.469,
    "softened": -2.0801,
    "span": -0.0214,
    "time": 2.1749,
    "unbounded": -0.4056,
    "unfocused": -1.7285,
}
