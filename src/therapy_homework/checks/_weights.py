"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.2197

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.3083,
    "bound_action": 1.0609,
    "bound_only": -1.2697,
    "bounded": 1.8094,
    "comparative": -3.6529,
    "count": 1.9591,
    "cue": 0.9544,
    "deadline": 1.1951,
    "discount_amount": -1.2946,
    "discount_research": -0.1022,
    "dose": 2.0424,
    "first_action": 0.1399,
    "first_generic": -0.0057,
    "first_mental": 0.4683,
    "first_shorthand": -0.6172,
    "first_stance": -0.4738,
    "first_writing": -0.0607,
    "frequency": 0.2828,
    "has_action": -1.7303,
    "heads_action": 1.8655,
    "heads_attention": -0.2881,
    "heads_generic": 0.2089,
    "heads_mental": -1.9821,
    "heads_shorthand": 1.8293,
    "heads_soft": -1.1471,
    "heads_stance": -2.6685,
    "heads_state": -1.9655,
    "heads_writing": 6.8482,
    "optional": -1.8915,
    "record": 1.339,
    "script": 0.0744,
    "single": 1.6089,
    "softened": -1.6537,
    "span": 0.0247,
    "time": 2.072,
    "unbounded": -0.3036,
    "unfocused": -1.3613,
}
