"""One attempt at a behavioural or relational task: a :class:`PracticeLog`.

A log says when the client practised, whether it was done or partly done (a log
is always an attempt; homework that did not happen is a
:class:`~therapy_homework.Review` matter, not a log), the ratings before and
after on the assignment's scale, how long it took, and what changed.
"""

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Annotated

import attrs

from .._core.extensions import EMPTY_EXTENSIONS, Extensions
from .._core.fields import Bounded, Identifier, Text, model, require_type
from ..errors import InvalidData, Problem, ProblemCode
from .assignment import Assignment
from .rating import Rating
from .review import Completion

__all__ = ["PracticeLog"]


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class PracticeLog:
    """One attempt at an assignment's practice.

    ``before`` and ``after`` are ratings on the same scale (for example SUDS before
    and after an exposure, or tension before and after a soft start-up); give
    either, both or neither. ``minutes`` is how long the attempt took.

    Rules beyond each field: ``completion`` is done or partly (practice that did not
    happen belongs in a review); ``before`` and ``after`` use the same scale.
    """

    id: Identifier
    client_id: Identifier
    assignment_id: Identifier
    occurred_at: datetime
    completion: Completion
    before: Rating | None = None
    after: Rating | None = None
    minutes: Annotated[int, Bounded(1, 24 * 60)] | None = None
    what_changed: Text | None = None
    #: The app's own data under namespaced keys (audit, tenant, external ids): carried
    #: exactly, never read by the kit, never shown (see :class:`Extensions`).
    extensions: Extensions = EMPTY_EXTENSIONS

    def _cross_checks(self) -> Iterable[Problem]:
        if self.completion is Completion.NOT_DONE:
            # A log is an attempt; homework that did not happen belongs in a review.
            return [
                Problem(
                    ("completion",),
                    "must be done or partly (not done is a review)",
                    ProblemCode.CHOICE,
                )
            ]
        if (
            self.before is not None
            and self.after is not None
            and self.before.scale != self.after.scale
        ):
            return [Problem(("after",), "must use the same scale as before", ProblemCode.MISMATCH)]
        return ()

    @property
    def change(self) -> int | None:
        """``after - before`` when both were rated: negative when the rating fell."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    def check_against(self, assignment: Assignment) -> None:
        """Raise :class:`~therapy_homework.InvalidData` if this log does not fit ``assignment``.

        The log must be the same client's, name the assignment, happen after it was
        set, and use the scale its plan asks to record (when the plan names one).
        """
        require_type("assignment", assignment, Assignment, "an Assignment")
        problems = list(self._problems_against(assignment))
        if problems:
            raise InvalidData(problems, subject=type(self).__name__)

    def _problems_against(self, assignment: Assignment) -> Iterator[Problem]:
        if self.client_id != assignment.client_id:
            yield Problem(("client_id",), "is not the assignment's client", ProblemCode.MISMATCH)
        if self.assignment_id != assignment.id:
            yield Problem(("assignment_id",), "does not name this assignment", ProblemCode.MISMATCH)
        if self.occurred_at < assignment.assigned_at:
            yield Problem(("occurred_at",), "is before the assignment was set", ProblemCode.ORDER)
        record = assignment.plan.record if assignment.plan is not None else None
        scale = record.scale if record is not None else None
        if scale is not None:
            for name in ("before", "after"):
                rating: Rating | None = getattr(self, name)
                if rating is not None and rating.scale != scale:
                    yield Problem(
                        (name,),
                        f"must use the assignment's scale ({scale.name})",
                        ProblemCode.MISMATCH,
                    )
