"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.4738

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.4886,
    "bound_action": 1.2281,
    "bound_only": -1.3478,
    "bounded": 1.3355,
    "comparative": -3.5902,
    "count": 2.0478,
    "cue": 1.0828,
    "deadline": 1.204,
    "discount_amount": -1.1819,
    "discount_goal": -0.0131,
    "discount_outcome": -0.1895,
    "discount_period": 0.4096,
    "dose": 2.3265,
    "first_action": -0.3454,
    "first_attention": -0.8375,
    "first_generic": -0.6774,
    "first_mental": 0.0431,
    "first_outcome": -0.6543,
    "first_shorthand": -0.7012,
    "first_stance": -0.1837,
    "first_state": -0.5427,
    "first_writing": -0.5137,
    "frequency": 0.0971,
    "has_action": -2.0011,
    "heads_action": 2.1444,
    "heads_generic": 0.7141,
    "heads_mental": -2.0276,
    "heads_outcome": -0.8274,
    "heads_shorthand": 1.6857,
    "heads_soft": -2.1643,
    "heads_stance": -3.4619,
    "heads_state": -1.903,
    "heads_writing": 7.025,
    "optional": -2.085,
    "record": 1.2033,
    "script": 0.1397,
    "single": 1.4158,
    "softened": -1.7939,
    "span": 0.0611,
    "time": 2.1774,
    "unbounded": -0.728,
    "unfocused": -1.373,
}
