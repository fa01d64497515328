"""Collaboration: the three questions, and homework that is never reviewed.

After an assignment is set, the client should be able to say *why this task* (the
goal it serves), *why now*, and *how it will be reviewed* (when, and what to bring).
An assignment that cannot answer them is random, generic, or forgotten.
:func:`check_collaboration` flags the missing answers; :func:`unreviewed` finds the
homework whose review time has passed without a review.

A review time before the assignment time cannot be built: the
:class:`~therapy_homework.Assignment` type refuses it.
"""

from collections.abc import Callable, Iterator

from .._core.fields import require_type
from ..model.assignment import Assignment
from .findings import Report, Severity
from .rules import BuiltinRule, Hit, Message, Policy, Registry, register_builtins, run_checker

__all__ = ["check_collaboration"]

CHECKER = "collaboration"


def _missing(field: str, suggestion: str) -> Callable[[Assignment], Iterator[Hit]]:
    def check(assignment: Assignment) -> Iterator[Hit]:
        if getattr(assignment.questions, field) is None:
            yield Hit(path=f"$.questions.{field}", suggestion=suggestion)

    return check


def _no_review_time(assignment: Assignment) -> Iterator[Hit]:
    if assignment.review_at is None:
        yield Hit(
            path="$.review_at",
            suggestion="Set the review for the start of the next session.",
        )


_RULES = (
    BuiltinRule(
        CHECKER,
        "COLL001",
        Severity.WARNING,
        Message(
            "Does not say why this task: name the goal it serves.",
            "Which of your goals does this help with?",
        ),
        _missing("why_this_task", "It serves your goal of ... (in the client's words)."),
    ),
    BuiltinRule(
        CHECKER,
        "COLL002",
        Severity.WARNING,
        Message(
            "Does not say why now: say why this practice fits this point in the work.",
            "Why does this make sense to try now?",
        ),
        _missing("why_now", "Now that we have ..., the next step is ..."),
    ),
    BuiltinRule(
        CHECKER,
        "COLL003",
        Severity.WARNING,
        Message(
            "Does not say how it will be reviewed: what to bring, and what we will look at.",
            "What will you bring next time, so we can look at it together?",
        ),
        _missing("how_reviewed", "Bring ... and we will start the session with it."),
    ),
    BuiltinRule(
        CHECKER,
        "COLL004",
        Severity.WARNING,
        Message(
            "Has no review time: homework that is never reviewed tends to be forgotten.",
            "When shall we look at how this went?",
        ),
        _no_review_time,
    ),
)

register_builtins(_RULES)


def check_collaboration(
    assignment: Assignment, *, policy: Policy | None = None, registry: Registry | None = None
) -> Report:
    """Flag a missing "why this task", "why now", review plan or review time."""
    require_type("assignment", assignment, Assignment, "an Assignment")
    return run_checker(CHECKER, assignment, policy, registry)
