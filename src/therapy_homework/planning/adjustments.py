"""Missed homework is data: from a review's barriers to a better next assignment.

:func:`suggest_adjustments` turns what got in the way into proposed next steps, each
with its reason: too big, shrink it; it touched something that needs support,
rehearse it in session first; survival mode, pause or shrink to one instance;
ambivalence, explore it in session and keep it small; a perfectionistic belief,
reframe and shrink; a practical obstacle, reschedule or change the cue; unclear
instructions, clarify (and re-check specificity); the rationale was unclear, revisit
the why; forgotten, tie it to a cue. Done and helpful: continue, or step up gradually.
"""

import math
from collections.abc import Callable
from typing import Any

import attrs

from .._core.documents import Fields, result_document
from .._core.fields import require_type
from ..checks.capacity import check_capacity
from ..checks.specificity import check_specificity
from ..errors import InvalidData, Problem, ProblemCode
from ..model.assignment import Assignment
from ..model.capacity import CapacitySnapshot
from ..model.rating import Rating
from ..model.review import BarrierKind, Completion, Decision, Review
from ..model.suggestions import Suggestion, suggestion_now

__all__ = ["Adjustment", "lighter_version", "suggest_adjustments"]


@result_document("adjustment")
@attrs.frozen(kw_only=True)
class Adjustment:
    """One proposed next step: the decision, why, and what it could look like.

    ``decision`` is ``None`` for a step that comes before deciding ("ask what got in
    the way"). ``barrier`` is the barrier it answers, when there is one.
    """

    decision: Decision | None
    reason: str
    barrier: BarrierKind | None = None
    #: What it could look like (see :class:`~therapy_homework.model.Suggestion`).
    suggestion: Suggestion | None = attrs.field(default=None, converter=suggestion_now)

    def _write(self, write: Callable[..., dict[str, Any]]) -> dict[str, Any]:
        return {
            "decision": None if self.decision is None else self.decision.value,
            "reason": self.reason,
            "barrier": None if self.barrier is None else self.barrier.value,
            "suggestion": None
            if self.suggestion is None
            else write(self.suggestion, envelope=False),
        }

    @classmethod
    def _read(cls, fields: Fields) -> "Adjustment":
        found = {
            "decision": fields.choice("decision", Decision, optional=True),
            "reason": fields.text("reason"),
            "barrier": fields.choice("barrier", BarrierKind, optional=True),
            "suggestion": fields.document("suggestion", Suggestion, optional=True),
        }
        fields.finish()
        return cls(**found)


def lighter_version(assignment: Assignment) -> Assignment | None:
    """The same homework, lighter: only the dose shrinks.

    The client's own plan is kept: the action and its wording, the cue, the days and
    times of the schedule, the people. Several times per occurrence become half as
    many; one time becomes half the minutes (at least two). ``None`` when there is no
    structured dose to shrink (no plan, or a plan with no dose), or it is already the
    smallest.
    """
    require_type("assignment", assignment, Assignment, "an Assignment")
    plan = assignment.plan
    if plan is None or plan.dose is None:
        return None
    dose = plan.dose
    if dose.count is not None and dose.count > 1:
        smaller = attrs.evolve(dose, count=math.ceil(dose.count / 2))
    elif dose.minutes is not None and dose.minutes > _LEAST_MINUTES:
        smaller = attrs.evolve(dose, minutes=max(_LEAST_MINUTES, dose.minutes // 2))
    else:
        return None
    return attrs.evolve(assignment, plan=attrs.evolve(plan, dose=smaller))


#: The fewest minutes a lighter version asks for.
_LEAST_MINUTES = 2


def _described(assignment: Assignment) -> str | None:
    """The lighter version in the client's own words, or ``None``."""
    lighter = lighter_version(assignment)
    if lighter is None or lighter.plan is None or lighter.plan.dose is None:
        return None
    plan, dose = lighter.plan, lighter.plan.dose
    parts = [plan.action]
    if plan.cue is not None:
        parts.append(plan.cue[:1].lower() + plan.cue[1:])
    amount = []
    if dose.count is not None:
        amount.append(f"{dose.count} time{'s' if dose.count != 1 else ''}")
    if dose.minutes is not None:
        amount.append(f"about {dose.minutes} minutes")
    where = "" if assignment.schedule.is_once else " on the same days as now"
    return f"Lighter: {', '.join(parts)}; {', '.join(amount)}{where}."


def _smaller(assignment: Assignment) -> str:
    return _described(assignment) or (
        "Halve it: fewer times and fewer minutes, or once before the review."
    )


_ONCE = "Once before the review, the smallest version: one time, a few minutes."


# Per barrier: the steps it points to, as (decision, reason, suggestion). A suggestion of
# _SMALLER means "the catalogue's lighter version, or halve it".
_SMALLER = "smaller"
_STEPS: dict[BarrierKind, tuple[tuple[Decision, str, str | None], ...]] = {
    BarrierKind.TOO_BIG: (
        (Decision.SHRINK, "It was bigger than the week allowed: shrink it.", _SMALLER),
    ),
    BarrierKind.NEEDS_SUPPORT: (
        (
            Decision.REHEARSE_IN_SESSION,
            "It touched something that needs more support: rehearse it together in session first.",
            None,
        ),
    ),
    BarrierKind.SURVIVAL_MODE: (
        (
            Decision.PAUSE,
            "The week was about getting through it: pause until it settles.",
            None,
        ),
        (Decision.SHRINK, "Or keep a thread of practice: shrink it to one instance.", _ONCE),
    ),
    BarrierKind.AMBIVALENCE: (
        (
            Decision.REVISIT_WHY,
            "Part of the client wants the change and part protects against it: explore "
            "both in session, and keep the practice small.",
            _SMALLER,
        ),
    ),
    BarrierKind.PERFECTIONISTIC_BELIEF: (
        (
            Decision.SHRINK,
            "'If I can't do it perfectly, why do it at all': reframe it as information, "
            "and shrink it so that doing part of it counts.",
            _SMALLER,
        ),
    ),
    BarrierKind.PRACTICAL_OBSTACLE: (
        (
            Decision.RESCHEDULE,
            "Something practical got in the way: reschedule it, or change the cue to a "
            "moment that exists in the client's week.",
            None,
        ),
    ),
    BarrierKind.RATIONALE_UNCLEAR: (
        (Decision.REVISIT_WHY, "Why it mattered was not clear: revisit the goal it serves.", None),
    ),
    BarrierKind.FORGOT: (
        (
            Decision.RESCHEDULE,
            "It was forgotten: tie it to a cue that already happens every day (after "
            "brushing teeth, when the kettle boils).",
            None,
        ),
    ),
    BarrierKind.OTHER: (
        (Decision.CLARIFY, "Something else got in the way: talk it through before deciding.", None),
    ),
}


def _for_barrier(kind: BarrierKind, assignment: Assignment) -> list[Adjustment]:
    if kind is BarrierKind.UNCLEAR_INSTRUCTIONS:
        report = check_specificity(assignment)
        detail = f" (the specificity check finds: {', '.join(report.codes)})" if report else ""
        return [
            Adjustment(
                decision=Decision.CLARIFY,
                reason=f"The instructions were not clear: clarify what, when and how much{detail}.",
                barrier=kind,
                suggestion=report.findings[0].suggestion if report.findings else None,
            )
        ]
    return [
        Adjustment(
            decision=decision,
            reason=reason,
            barrier=kind,
            suggestion=_smaller(assignment) if suggestion == _SMALLER else suggestion,
        )
        for decision, reason, suggestion in _STEPS[kind]
    ]


def suggest_adjustments(
    review: Review, assignment: Assignment, snapshot: CapacitySnapshot | None = None
) -> tuple[Adjustment, ...]:
    """Proposed next steps for ``assignment`` after ``review``, each with its reason.

    With a ``snapshot``, homework that the capacity check finds too much for the week
    is also proposed smaller.
    """
    require_type("review", review, Review, "a Review")
    require_type("assignment", assignment, Assignment, "an Assignment")
    if snapshot is not None:
        require_type("snapshot", snapshot, CapacitySnapshot, "a CapacitySnapshot")
    if review.assignment_id != assignment.id:
        raise InvalidData(
            [
                Problem(
                    ("review", "assignment_id"),
                    "is not the id of the assignment given",
                    ProblemCode.MISMATCH,
                )
            ]
        )
    steps: list[Adjustment] = []
    for barrier in review.barriers:
        steps.extend(_for_barrier(barrier.kind, assignment))
    if review.completion is not Completion.DONE and not review.barriers:
        steps.append(
            Adjustment(
                decision=None,
                reason="Nothing is recorded about what got in the way: ask before deciding "
                "what to change.",
            )
        )
    if review.completion is Completion.DONE and not review.barriers:
        steps.extend(_after_done(review, assignment))
    shrinking = any(s.decision is Decision.SHRINK for s in steps)
    if snapshot is not None and not shrinking and not check_capacity(assignment, snapshot).ok:
        steps.append(
            Adjustment(
                decision=Decision.SHRINK,
                reason="This week's capacity is lower than the assignment asks.",
                suggestion=_smaller(assignment),
            )
        )
    return tuple(steps)


def _after_done(review: Review, assignment: Assignment) -> list[Adjustment]:
    helpful = review.helpfulness
    if helpful is not None and _position(helpful) < 0.5:
        return [
            Adjustment(
                decision=Decision.REVISIT_WHY,
                reason="It was done but did not feel helpful: revisit what it is for, or "
                "replace it with practice that fits the goal better.",
            )
        ]
    easy = review.difficulty is not None and _position(review.difficulty) < 0.3
    if easy:
        return [
            Adjustment(
                decision=Decision.CONTINUE,
                reason="Done, and it came easily: step up gradually.",
                suggestion="Add one more time, or a few more minutes, before the next review.",
            )
        ]
    return [Adjustment(decision=Decision.CONTINUE, reason="Done: keep it going as it is.")]


def _position(rating: Rating) -> float:
    """Where a rating sits between its scale's ends, from 0 to 1."""
    return (rating.value - rating.scale.low) / (rating.scale.high - rating.scale.low)
