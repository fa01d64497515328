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

from ._validation import Bounded, Choice, Identifier, ShortText, Text, model
from .errors import Problem
from .partners import Partner, partner_problems
from .rating import Scale
from .schedule import Schedule

__all__ = [
    "Approach",
    "Assignment",
    "AssignmentKind",
    "AssignmentStatus",
    "Dose",
    "Plan",
    "RecordSpec",
    "ThreeQuestions",
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
@attrs.frozen(kw_only=True)
class Dose:
    """How much practice each scheduled window holds.

    ``count`` is how many times the action is done in each window (the whole time
    up to the review for a one-off schedule, each occurrence for a recurring one);
    ``minutes`` is how long each time takes. Give one or both.
    """

    count: Annotated[int, Bounded(1, 1_000)] | None = None
    minutes: Annotated[int, Bounded(1, 24 * 60)] | None = None

    def _cross_checks(self) -> Iterable[Problem]:
        if self.count is None and self.minutes is None:
            return [Problem((), "give a count, minutes, or both")]
        return ()


@model
@attrs.frozen(kw_only=True)
class RecordSpec:
    """What to write down after practising: a note, a rating, or both."""

    what: Text | None = None
    scale: Scale | None = None

    def _cross_checks(self) -> Iterable[Problem]:
        if self.what is None and self.scale is None:
            return [Problem((), "say what to record, on which scale, or both")]
        return ()


@model
@attrs.frozen(kw_only=True)
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
@attrs.frozen(kw_only=True)
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
@attrs.frozen(kw_only=True)
class Assignment:
    """A piece of homework for one client.

    ``review_at``, when given, must be after ``assigned_at``. ``partners`` lists the
    people taking part in relational work, in their own words; each appears once.
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

    def _cross_checks(self) -> Iterable[Problem]:
        problems = []
        if self.review_at is not None and self.review_at <= self.assigned_at:
            problems.append(Problem(("review_at",), "must be after assigned_at"))
        if self.partners:
            problems.extend(partner_problems(self.partners, "partners"))
        return problems
