"""The schedule check: schedules that cannot work, as findings.

:func:`check_schedule` reports the schedules that cannot work as findings:

* ``SCHED001``: the rule has no occurrence before the review;
* ``SCHED002``: the rule never ends and the assignment has no review time;
* ``SCHED003``: the rule gives more occurrences before the review than anyone
  could practise (more than :data:`~therapy_homework.model.MAX_OCCURRENCES`).
"""

from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache

from .._core.fields import require_type
from ..errors import TooManyOccurrences
from ..model.assignment import Assignment
from ..model.schedule import MAX_OCCURRENCES, Schedule
from .findings import Report, Severity
from .rules import BuiltinRule, Hit, Message, Policy, Registry, register_builtins, run_checker

__all__ = ["check_schedule"]

CHECKER = "schedule"


# --------------------------------------------------------------------------- the check


def _count_or_none(assignment: Assignment) -> int | None:
    # Both rules below need the count. Remember it by the schedule and the two times
    # only, so that no client text is kept in the cache.
    return _count_cached(assignment.schedule, assignment.assigned_at, assignment.review_at)


@lru_cache(maxsize=256)
def _count_cached(schedule: Schedule, start: datetime, end: datetime | None) -> int | None:
    try:
        return len(schedule.occurrences(series_start=start, end=end))
    except TooManyOccurrences:
        return None


def _recurring_without_occurrence(assignment: Assignment) -> Iterator[Hit]:
    if assignment.schedule.is_once or assignment.review_at is None:
        return
    if _count_or_none(assignment) == 0:
        yield Hit(
            path="$.schedule.recurrence",
            suggestion="Start the rule before the review, or move the review later.",
        )


def _never_ends(assignment: Assignment) -> Iterator[Hit]:
    if assignment.review_at is None and not assignment.schedule.is_bounded:
        yield Hit(
            path="$.schedule.recurrence",
            suggestion="Set a review time, or end the rule with COUNT or UNTIL.",
        )


def _too_many(assignment: Assignment) -> Iterator[Hit]:
    if assignment.schedule.is_once or assignment.review_at is None:
        return
    if _count_or_none(assignment) is None:
        yield Hit(
            path="$.schedule.recurrence",
            suggestion="Use a daily or weekly rule with a few set times.",
        )


_RULES = (
    BuiltinRule(
        CHECKER,
        "SCHED001",
        Severity.PROBLEM,
        Message(
            "The schedule has no practice time before the review.",
            "When before our next session would be a good time to practise?",
        ),
        _recurring_without_occurrence,
        example_bad="Set on Monday, reviewed on Thursday, schedule FREQ=WEEKLY;BYDAY=SA",
        example_good="The same assignment with FREQ=WEEKLY;BYDAY=TU,WE",
    ),
    BuiltinRule(
        CHECKER,
        "SCHED002",
        Severity.WARNING,
        Message(
            "The schedule repeats with no end and there is no review time: "
            "practice with no review tends to fade.",
            "When shall we look at how this practice is going?",
        ),
        _never_ends,
        example_bad="Schedule FREQ=DAILY, and no review time",
        example_good="Schedule FREQ=DAILY, reviewed at the next session",
    ),
    BuiltinRule(
        CHECKER,
        "SCHED003",
        Severity.PROBLEM,
        Message(
            f"The schedule gives more than {MAX_OCCURRENCES:,} practice times before the review.",
            "How many times before our next session feels doable?",
        ),
        _too_many,
        example_bad="FREQ=DAILY with every hour and every minute, for a week",
        example_good="FREQ=DAILY;BYHOUR=9,13,18",
    ),
)

register_builtins(_RULES)


def check_schedule(
    assignment: Assignment, *, policy: Policy | None = None, registry: Registry | None = None
) -> Report:
    """Flag a schedule with no practice before the review, no end, or far too many times."""
    require_type("assignment", assignment, Assignment, "an Assignment")
    return run_checker(CHECKER, assignment, policy, registry)
