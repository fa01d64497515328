"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.
"""

from typing import Final

__all__ = ["BIAS", "WEIGHTS"]

BIAS: Final = -4.097

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 1.0302,
    "bound_action": 1.0017,
    "bounded": 1.9293,
    "clauses": 1.9475,
    "comparative": -1.9191,
    "count": 1.3106,
    "cue": 0.2872,
    "deadline": 1.5431,
    "discount_amount": -0.8942,
    "dose": 1.9338,
    "first_action": -0.0967,
    "first_generic": -0.0584,
    "first_shorthand": -0.1093,
    "first_stance": -0.6803,
    "frequency": 0.4996,
    "has_action": 0.1026,
    "heads_action": 2.5948,
    "heads_attention": -1.4548,
    "heads_mental": -1.2034,
    "heads_soft": -1.9075,
    "heads_stance": -2.5019,
    "heads_state": -0.4954,
    "heads_writing": 6.3605,
    "optional": -1.3585,
    "record": 1.2581,
    "script": 0.2121,
    "sentences": -3.165,
    "single": 1.0116,
    "softened": -1.5753,
    "span": -0.1464,
    "time": 1.6701,
    "unbounded": -1.0404,
    "unfocused": -0.8394,
}
