"""The weights of the specificity verdict (generated: do not edit).

Written by ``tools/train_specificity.py`` from the development part of
``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what each signal means.
"""

from typing import Final

BIAS: Final = -3.533

WEIGHTS: Final[dict[str, float]] = {
    "act_share": 1.4857,
    "bound_action": 1.8685,
    "bounded": 1.491,
    "clauses": 1.2065,
    "comparative": -2.0477,
    "count": 1.3021,
    "cue": 0.5742,
    "deadline": 1.3447,
    "discount_amount": -1.2955,
    "discount_goal": -0.1981,
    "discount_outcome": -0.7276,
    "discount_period": 0.0247,
    "discount_research": -1.311,
    "dose": 2.0097,
    "first_action": -1.2796,
    "first_attention": 0.1944,
    "first_generic": -1.3234,
    "first_habit": -0.0329,
    "first_mental": -0.8311,
    "first_outcome": -0.2114,
    "first_reading": 0.1413,
    "first_shorthand": -1.0771,
    "first_soft": -1.732,
    "first_stance": -1.8352,
    "first_state": -0.5639,
    "first_writing": -0.2335,
    "frequency": 0.3982,
    "has_action": 0.1028,
    "heads_action": 1.9756,
    "heads_attention": -2.4162,
    "heads_generic": 0.9394,
    "heads_habit": -0.0576,
    "heads_mental": -1.5697,
    "heads_outcome": -0.33,
    "heads_reading": 0.4065,
    "heads_shorthand": -0.1324,
    "heads_soft": -1.699,
    "heads_stance": -3.2088,
    "heads_state": -1.1122,
    "heads_writing": 3.1688,
    "optional": -1.3705,
    "record": 1.2997,
    "script": 0.8026,
    "sentences": -1.8112,
    "single": 1.0992,
    "softened": -1.9874,
    "span": 0.1297,
    "time": 1.8545,
    "unbounded": -0.9624,
    "unfocused": -0.6855,
}
