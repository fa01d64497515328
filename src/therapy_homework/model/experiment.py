"""A behavioural experiment: a belief put to the test in the world.

A :class:`BehavioralExperiment` names the belief and how strongly it is held,
the experiment planned, what the client fears will happen and what is more likely,
then (once it has been run) what happened, what was learned, and the belief
re-rated. A planned experiment has no outcome yet.
"""

from collections.abc import Iterator
from datetime import datetime

import attrs

from .._core.extensions import EMPTY_EXTENSIONS, Extensions
from .._core.fields import Identifier, Text, model
from ..errors import Problem, ProblemCode
from .rating import Rating

__all__ = ["BehavioralExperiment"]


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class BehavioralExperiment:
    """One behavioural experiment, planned or run.

    ``occurred_at`` is when it was run (or is planned for).

    Rules beyond each field: the re-rated belief uses the scale of the first rating;
    what was learned and the re-rating need an outcome.
    """

    id: Identifier
    client_id: Identifier
    occurred_at: datetime
    belief: Text
    belief_rating: Rating
    experiment: Text
    feared_outcome: Text
    likely_outcome: Text | None = None
    outcome: Text | None = None
    learned: Text | None = None
    rerated_belief: Rating | None = None
    assignment_id: Identifier | None = None
    #: The app's own data under namespaced keys (audit, tenant, external ids): carried
    #: exactly, never read by the kit, never shown (see :class:`Extensions`).
    extensions: Extensions = EMPTY_EXTENSIONS

    @property
    def is_run(self) -> bool:
        """Whether the outcome has been written: the experiment was carried out."""
        return self.outcome is not None

    def _cross_checks(self) -> Iterator[Problem]:
        if self.outcome is None:
            if self.learned is not None:
                yield Problem(
                    ("learned",), "write what happened (outcome) first", ProblemCode.ORDER
                )
            if self.rerated_belief is not None:
                yield Problem(
                    ("rerated_belief",),
                    "re-rate after writing what happened (outcome)",
                    ProblemCode.ORDER,
                )
        if (
            self.rerated_belief is not None
            and self.rerated_belief.scale != self.belief_rating.scale
        ):
            yield Problem(
                ("rerated_belief",), "must use the scale of belief_rating", ProblemCode.MISMATCH
            )
