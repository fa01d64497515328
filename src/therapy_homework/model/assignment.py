"""An assignment: the piece of practice a client agrees to do before the next session.

An :class:`Assignment` carries what the client sees (``title``, ``instructions``),
what kind of work it is, an optional structured :class:`Plan` (the action, its cue,
the dose, what to record), a :class:`~therapy_homework.Schedule`, the answers to
the three questions (:class:`ThreeQuestions`: why this task, why now, how we will
review it) and when it was set and will be reviewed.
"""

from collections.abc import Iterable
from datetime import datetime
from typing import Annotated, cast

import attrs

from .._core.extensions import EMPTY_EXTENSIONS, Extensions
from .._core.fields import Bounded, Choice, Identifier, ShortText, Text, model, require_type
from ..errors import Problem, ProblemCode
from .partners import Partner, partner_problems
from .rating import Scale
from .schedule import MAX_OCCURRENCES, Schedule

__all__ = [
    "Approach",
    "Assignment",
    "AssignmentKind",
    "AssignmentStatus",
    "Demand",
    "Dose",
    "Plan",
    "RecordSpec",
    "ThreeQuestions",
    "count_before_review",
    "expected_practice",
    "occurrences",
]


class AssignmentKind(Choice):
    """What sort of practice an assignment asks for."""

    #: Catch and test a thought or belief (a thought record, an A-B-C).
    COGNITIVE = "cognitive"
    #: Practise a new response in a real situation.
    BEHAVIOURAL = "behavioural"
    #: Structured practice with a partner (soft start-up, a repair attempt).
    RELATIONAL = "relational"
    #: Observe and record; no change is asked for yet.
    NOTICING = "noticing"
    #: Make room for memory, regulation and meaning after a loss.
    GRIEF = "grief"
    #: One action chosen for a value, then a note on how it went.
    VALUES = "values"
    OTHER = "other"

    @classmethod
    def _missing_(cls, value: object) -> "AssignmentKind | None":
        # Accept the American spelling when a kind is built from a value in code;
        # serialized data keeps the one canonical value.
        if value == "behavioral":
            return cls.BEHAVIOURAL
        return cast("AssignmentKind | None", super()._missing_(value))


class Demand(Choice):
    """How emotionally demanding a piece of homework is (exposure to a trauma reminder
    is high; a conversation about a hard subject moderate; a walk low)."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


class Approach(Choice):
    """The therapeutic approach an assignment comes from."""

    CBT = "cbt"
    REBT = "rebt"
    COUPLES = "couples"
    GRIEF = "grief"
    OTHER = "other"


class AssignmentStatus(Choice):
    """Where an assignment is in its life."""

    PROPOSED = "proposed"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    RETIRED = "retired"


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class Dose:
    """How much practice each scheduled window holds.

    ``count`` is how many times the action is done in each window (the whole time
    up to the review for a one-off schedule, each occurrence for a recurring one);
    ``minutes`` is how long each time takes.

    Rules beyond each field: a count, minutes, or both are given.
    """

    count: Annotated[int, Bounded(1, 1_000)] | None = None
    minutes: Annotated[int, Bounded(1, 24 * 60)] | None = None

    def _cross_checks(self) -> Iterable[Problem]:
        if self.count is None and self.minutes is None:
            return [Problem((), "give a count, minutes, or both", ProblemCode.REQUIRED)]
        return ()


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class RecordSpec:
    """What to write down after practising: a note, a rating, or both.

    Rules beyond each field: what to record, the scale, or both are given.
    """

    what: Text | None = None
    scale: Scale | None = None

    def _cross_checks(self) -> Iterable[Problem]:
        if self.what is None and self.scale is None:
            return [
                Problem((), "say what to record, on which scale, or both", ProblemCode.REQUIRED)
            ]
        return ()


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class Plan:
    """The structured form of an assignment.

    ``action`` is the concrete thing to do (for noticing and grief work, the exact
    thing to attend to); ``cue`` is the situation or moment that starts it
    (``"when I notice my jaw clench"``); ``dose`` is how much; ``record`` is what
    to write down.
    """

    action: Text
    cue: Text | None = None
    dose: Dose | None = None
    record: RecordSpec | None = None


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class ThreeQuestions:
    """The answers a client should be able to give about any assignment.

    ``why_this_task``: which goal it serves. ``why_now``: why at this point in
    treatment. ``how_reviewed``: how it will be looked at next time and what to
    bring (when is :attr:`Assignment.review_at`). Each may be left out while the
    assignment is drafted; the collaboration check reports what is missing.
    """

    why_this_task: Text | None = None
    why_now: Text | None = None
    how_reviewed: Text | None = None


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class Assignment:
    """A piece of homework for one client.

    ``partners`` lists the people taking part in relational work, in their own
    words. ``demand`` is how emotionally demanding the clinician judges the work (an exposure,
    a trauma reminder: :attr:`Demand.HIGH`); left out, the capacity check estimates it
    from the kind and the words.

    Rules beyond each field: ``review_at``, when given, is after ``assigned_at``;
    each partner appears once.
    """

    id: Identifier
    client_id: Identifier
    title: ShortText
    instructions: Text
    kind: AssignmentKind
    assigned_at: datetime
    review_at: datetime | None = None
    approach: Approach | None = None
    plan: Plan | None = None
    schedule: Schedule = Schedule()  # noqa: RUF009  (immutable, safe to share)
    questions: ThreeQuestions = ThreeQuestions()
    status: AssignmentStatus = AssignmentStatus.ACTIVE
    partners: tuple[Partner, ...] = ()
    demand: Demand | None = None
    #: The app's own data under namespaced keys (audit, tenant, external ids): carried
    #: exactly, never read by the kit, never shown (see :class:`Extensions`).
    extensions: Extensions = EMPTY_EXTENSIONS

    def _cross_checks(self) -> Iterable[Problem]:
        review_at = self.review_at
        if (review_at is None or review_at > self.assigned_at) and not self.partners:
            return ()  # the common case, decided without building anything
        problems = []
        if self.review_at is not None and self.review_at <= self.assigned_at:
            problems.append(Problem(("review_at",), "must be after assigned_at", ProblemCode.ORDER))
        if self.partners:
            problems.extend(partner_problems(self.partners, "partners"))
        return problems


# --------------------------------------------------------------------------- practice times
#
# When an assignment's practice falls. :func:`occurrences` evaluates the schedule from
# the moment the homework was set, in the client's time zone (see
# :mod:`therapy_homework.model.schedule` for how rules are read);
# :func:`count_before_review` is the number of times before the review ("once before
# the review" is one); :func:`expected_practice` multiplies by the plan's dose.


def occurrences(
    assignment: Assignment,
    start: datetime | None = None,
    end: datetime | None = None,
    *,
    limit: int = MAX_OCCURRENCES,
) -> tuple[datetime, ...]:
    """The times ``assignment`` is due for practice in ``[start, end)``, oldest first.

    ``start`` defaults to ``assigned_at`` and ``end`` to ``review_at``. A one-off
    schedule gives one occurrence, at ``assigned_at``. Raises
    :class:`~therapy_homework.errors.UnboundedSchedule` when there is no end and the rule
    does not end by itself, and :class:`~therapy_homework.errors.TooManyOccurrences` above
    ``limit``.
    """
    require_type("assignment", assignment, Assignment, "an Assignment")
    return assignment.schedule.occurrences(
        series_start=assignment.assigned_at,
        start=start,
        end=assignment.review_at if end is None else end,
        limit=limit,
    )


def count_before_review(assignment: Assignment, *, limit: int = MAX_OCCURRENCES) -> int:
    """How many times the practice falls between setting and review: 1 for a one-off."""
    return len(occurrences(assignment, limit=limit))


def _dose_count(assignment: Assignment) -> int:
    plan = assignment.plan
    if plan is None or plan.dose is None or plan.dose.count is None:
        return 1
    return plan.dose.count


def expected_practice(
    assignment: Assignment,
    start: datetime | None = None,
    end: datetime | None = None,
    *,
    limit: int = MAX_OCCURRENCES,
) -> int:
    """The practice expected in ``[start, end)``: occurrences times the dose's count."""
    require_type("assignment", assignment, Assignment, "an Assignment")
    return len(occurrences(assignment, start, end, limit=limit)) * _dose_count(assignment)
