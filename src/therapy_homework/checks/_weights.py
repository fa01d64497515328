"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.8728

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.4184,
    "bound_action": 1.1222,
    "bound_only": -1.135,
    "bounded": 1.518,
    "comparative": -3.7404,
    "count": 2.0323,
    "cue": 0.9686,
    "deadline": 1.1569,
    "discount_amount": -1.0797,
    "discount_outcome": -0.1652,
    "discount_period": 0.524,
    "discount_research": -0.0304,
    "dose": 2.0705,
    "first_action": -0.1063,
    "first_attention": -0.2162,
    "first_generic": -0.2119,
    "first_mental": 0.2377,
    "first_reading": 0.2423,
    "first_shorthand": -0.6121,
    "first_stance": -0.2954,
    "first_writing": -0.164,
    "frequency": 0.2368,
    "has_action": -1.8303,
    "heads_action": 2.0909,
    "heads_attention": -0.6483,
    "heads_generic": 0.4145,
    "heads_mental": -1.969,
    "heads_shorthand": 1.5791,
    "heads_soft": -1.7125,
    "heads_stance": -2.8221,
    "heads_state": -2.3837,
    "heads_writing": 6.7274,
    "optional": -1.8588,
    "record": 1.2962,
    "script": 0.1223,
    "single": 1.3431,
    "softened": -1.7822,
    "span": 0.0732,
    "time": 2.1265,
    "unbounded": -0.6411,
    "unfocused": -1.4578,
}
