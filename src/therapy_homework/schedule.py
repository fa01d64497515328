"""When homework is practised: once before the review, or by a recurrence rule.

A recurrence is an RFC 5545 ``RRULE`` body (``"FREQ=WEEKLY;BYDAY=MO,TH"``),
checked with :mod:`dateutil.rrule` when the schedule is built, and evaluated in the
client's IANA time zone so that "every day at 8" stays at 8 across daylight-saving
changes. The rule's start is the assignment's ``assigned_at``; the review ends it.
"""

from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
from dateutil.rrule import rrulestr

from ._validation import Label, model
from .errors import Problem

__all__ = ["Schedule"]

_PROBE_START = datetime(2000, 1, 1, tzinfo=UTC)


@lru_cache(maxsize=1024)
def _schedule_problems(recurrence: str | None, timezone: str) -> tuple[Problem, ...]:
    # Pure in its arguments, and parsing a rule is slow: remember the answers.
    problems = []
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        problems.append(
            Problem(("timezone",), "is not a known IANA time zone (such as Europe/Berlin)")
        )
    if recurrence is not None:
        message = _rule_problem(recurrence)
        if message:
            problems.append(Problem(("recurrence",), message))
    return tuple(problems)


def _rule_problem(rule: str) -> str | None:
    if "\n" in rule or rule.upper().startswith(("RRULE:", "DTSTART", "EXRULE", "RDATE")):
        return "give only the rule body, such as FREQ=WEEKLY;BYDAY=MO"
    try:
        rrulestr(rule, dtstart=_PROBE_START)
    except Exception:
        # dateutil raises several kinds of error for malformed rules.
        return "is not a valid RFC 5545 recurrence rule"
    return None


@model
@attrs.frozen(kw_only=True)
class Schedule:
    """How often an assignment is practised before its review.

    ``Schedule()`` (or :meth:`once`) means one window: the time up to the review.
    :meth:`recurring` takes an RRULE body and the client's time zone.
    """

    recurrence: Label | None = None
    timezone: Label = "UTC"

    def _cross_checks(self) -> Iterable[Problem]:
        return _schedule_problems(self.recurrence, self.timezone)

    @classmethod
    def once(cls) -> "Schedule":
        """Once, at any time before the review."""
        return cls()

    @classmethod
    def recurring(cls, rule: str, *, timezone: str) -> "Schedule":
        """By an RRULE body such as ``"FREQ=DAILY"``, in the client's time zone."""
        return cls(recurrence=rule, timezone=timezone)

    @property
    def is_once(self) -> bool:
        """Whether this is a single window before the review."""
        return self.recurrence is None
