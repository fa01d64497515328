"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -5.8278

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 3.7523,
    "bound_action": 0.8541,
    "bound_only": -0.8692,
    "bounded": 2.9275,
    "comparative": -3.344,
    "count": 1.5743,
    "cue": 0.5938,
    "deadline": 1.6262,
    "discount_amount": -1.5546,
    "discount_goal": 0.0346,
    "dose": 1.9559,
    "first_action": 0.216,
    "first_generic": -0.0517,
    "first_mental": 0.8698,
    "first_reading": 0.0967,
    "first_shorthand": -0.076,
    "first_stance": -1.4831,
    "frequency": 0.4685,
    "has_action": -1.3858,
    "heads_action": 2.0396,
    "heads_mental": -1.9483,
    "heads_soft": -0.799,
    "heads_stance": -1.7559,
    "heads_state": -0.4401,
    "heads_writing": 5.3607,
    "optional": -1.2639,
    "record": 1.4418,
    "script": -0.0853,
    "single": 1.4365,
    "softened": -2.0779,
    "span": -0.121,
    "time": 1.9689,
    "unbounded": -0.2923,
    "unfocused": -2.0159,
}
