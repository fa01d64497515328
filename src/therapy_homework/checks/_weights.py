"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -3.9609

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 2.7901,
    "bound_action": 1.408,
    "bound_only": -0.9521,
    "bounded": 1.3072,
    "comparative": -3.8324,
    "count": 2.1424,
    "cue": 0.9082,
    "deadline": 1.0169,
    "discount_amount": -1.0569,
    "discount_goal": 0.1291,
    "discount_outcome": -0.1394,
    "discount_period": 0.506,
    "dose": 2.1653,
    "first_action": -0.1724,
    "first_attention": -0.2773,
    "first_generic": -0.1272,
    "first_mental": 0.2033,
    "first_reading": 0.0571,
    "first_shorthand": -0.7314,
    "first_stance": -0.4118,
    "first_writing": -0.3705,
    "frequency": 0.3219,
    "has_action": -1.9818,
    "heads_action": 1.9883,
    "heads_attention": -0.865,
    "heads_generic": 0.5902,
    "heads_mental": -1.8332,
    "heads_shorthand": 1.3812,
    "heads_soft": -1.9224,
    "heads_stance": -2.3679,
    "heads_state": -2.1267,
    "heads_writing": 6.8571,
    "optional": -1.7466,
    "record": 1.2861,
    "script": 0.1672,
    "single": 1.3134,
    "softened": -1.9317,
    "span": 0.0217,
    "time": 2.1871,
    "unbounded": -0.6603,
    "unfocused": -1.4034,
}
