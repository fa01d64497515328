"""When homework is practised: once before the review, or by a recurrence rule.

A recurrence is an RFC 5545 ``RRULE`` body (``"FREQ=WEEKLY;BYDAY=MO,TH"``),
checked with :mod:`dateutil.rrule` when the schedule is built, and evaluated in the
client's IANA time zone so that "every day at 8" stays at 8 across daylight-saving
changes. The rule's series starts at the assignment's ``assigned_at``; the review
ends it.

How rules are read:

* ``FREQ`` is ``DAILY``, ``WEEKLY``, ``MONTHLY`` or ``YEARLY``. Practice several
  times a day is a daily rule with hours: ``FREQ=DAILY;BYHOUR=9,13,18``.
* A rule whose date parts can never match (``BYMONTH=2;BYMONTHDAY=30``) is refused
  when the schedule is built, and so is ``BYEASTER`` (not part of RFC 5545).
* ``BYHOUR`` without ``BYMINUTE`` means on the hour, and ``BYSECOND`` defaults to 0
  when either is given: ``BYHOUR=8`` is 08:00:00, not 08 and the minutes of the
  moment the homework was set.
* Everything is evaluated as wall-clock time in :attr:`Schedule.timezone`:
  a daily rule at 08:00 stays at 08:00 local time when the clocks change.
* A local time that does not exist (skipped when the clocks go forward) moves
  forward by the length of the gap: 02:30 on a night the clocks jump from 02:00 to
  03:00 becomes 03:30. A local time that happens twice (when the clocks go back)
  is the first of the two.
* ``UNTIL`` with ``Z`` is a UTC instant; without it, a local time; a date alone
  (``UNTIL=20261231``) includes the whole of that day.
* Every number is checked against its RFC 5545 range when the schedule is built;
  ``INTERVAL`` is at most 1,000 and ``COUNT`` at most 10,000, so evaluation stays cheap.
* The time zone must mean the same zone on every machine (not ``localtime``).

Occurrences come back as timezone-aware datetimes with the client's UTC offset
at that moment (a fixed offset, like every timestamp in the kit).
"""

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import Any, Final, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
from dateutil.rrule import rrule, rrulestr

from .._core.fields import MAX_YEAR, MIN_YEAR, Label, model, require_count, require_timestamps
from ..errors import (
    Problem,
    ProblemCode,
    TooManyOccurrences,
    UnboundedSchedule,
)

__all__ = [
    "MAX_OCCURRENCES",
    "Schedule",
]

#: The most occurrences one call evaluates before raising :class:`TooManyOccurrences`.
MAX_OCCURRENCES: Final = 10_000

_FREQUENCIES = frozenset({"DAILY", "WEEKLY", "MONTHLY", "YEARLY"})
_PARTS = frozenset(
    "FREQ INTERVAL COUNT UNTIL BYDAY BYMONTHDAY BYMONTH BYYEARDAY BYWEEKNO "
    "BYHOUR BYMINUTE BYSECOND BYSETPOS WKST".split()
)
_UNTIL = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?")
# The Gregorian calendar repeats exactly every 400 years (146,097 days, a whole
# number of weeks), so a rule can be evaluated 400*k years later without changing
# any date or weekday. Evaluating close to year 9999 bounds dateutil's search for a
# next occurrence that never comes: it stops at the last representable year.
_CYCLE_YEARS = 400
_PROBE_START = datetime(9999 - _CYCLE_YEARS, 1, 1)


class _Until(NamedTuple):
    moment: datetime
    utc: bool


class _Rule(NamedTuple):
    template: rrule
    until: _Until | None
    times: int | None  # COUNT (a tuple already has a count method)
    frequency: str = "DAILY"
    interval: int = 1
    #: The parts the rule gives (after defaults the kit adds, such as BYMINUTE=0).
    given: frozenset[str] = frozenset()

    @property
    def bounded(self) -> bool:
        return self.until is not None or self.times is not None


def _parse_until(value: str) -> _Until | None:
    match = _UNTIL.fullmatch(value)
    if match is None:
        return None
    year, month, day, hour, minute, second, zulu = match.groups()
    try:
        if hour is None:
            # A date alone includes that whole day.
            moment = datetime.combine(date(int(year), int(month), int(day)), time.max)
        else:
            moment = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
    except ValueError:
        return None
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        return None  # like every timestamp of the kit; far ends overflow in a time zone
    return _Until(moment.replace(microsecond=0), bool(zulu))


@lru_cache(maxsize=1024)
def _parse(rule: str) -> _Rule | str:
    """The parsed rule, or a message saying what is wrong with it."""
    if "\n" in rule or rule.upper().startswith(("RRULE:", "DTSTART", "EXRULE", "RDATE")):
        return "give only the rule body, such as FREQ=WEEKLY;BYDAY=MO"
    parts: dict[str, str] = {}
    for part in rule.upper().split(";"):
        key, equals, value = part.partition("=")
        key = key.strip()
        if not equals or not value.strip():
            return "is not a valid RFC 5545 recurrence rule"
        if key not in _PARTS:
            if not key.isalpha():
                return "is not a valid RFC 5545 recurrence rule"
            return f"uses {key[:20]}, which the kit does not support"
        if key in parts:
            return f"gives {key} twice"
        parts[key] = value.strip()
    frequency = parts.get("FREQ")
    if frequency is None:
        return "needs a FREQ, such as FREQ=DAILY"
    if frequency not in _FREQUENCIES:
        return (
            "use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY "
            "(for several times a day: FREQ=DAILY;BYHOUR=9,13,18)"
        )
    for key, value in parts.items():
        problem = (
            None
            if key in ("FREQ", "UNTIL")
            else _part_problem(key, value, frequency, by_month="BYMONTH" in parts)
        )
        if problem is not None:
            return problem
    until = None
    if "UNTIL" in parts:
        until = _parse_until(parts.pop("UNTIL"))
        if until is None:
            return "has an UNTIL that is not a date (YYYYMMDD) or time (YYYYMMDDTHHMMSSZ)"
        if "COUNT" in parts:
            return "gives both COUNT and UNTIL; give one"
    if "BYHOUR" in parts and "BYMINUTE" not in parts:
        parts["BYMINUTE"] = "0"
    if ("BYHOUR" in parts or "BYMINUTE" in parts) and "BYSECOND" not in parts:
        parts["BYSECOND"] = "0"
    body = ";".join(f"{key}={value}" for key, value in parts.items())
    try:
        template = rrulestr(body, dtstart=_PROBE_START)
    except Exception:
        # dateutil raises several kinds of error for malformed rules.
        return "is not a valid RFC 5545 recurrence rule"
    if not isinstance(template, rrule):  # pragma: no cover - a body is always one rule
        return "is not a valid RFC 5545 recurrence rule"
    # Whether the date parts can ever match: with no interval or count, from a start
    # 400 years before the end of the calendar, the search is short and complete.
    probe = template.replace(interval=1, count=None, until=None)
    try:
        first = next(iter(probe), None)
    except (IndexError, ValueError, OverflowError):  # dateutil on parts it cannot combine
        return "is not a valid RFC 5545 recurrence rule"
    if first is None:
        return "can never happen (its date parts never match a real date)"
    return _Rule(
        template,
        until,
        int(parts["COUNT"]) if "COUNT" in parts else None,
        frequency,
        int(parts.get("INTERVAL", "1")),
        frozenset(parts),
    )


#: The values each numeric part takes (RFC 5545, section 3.3.10), and whether a
#: negative value (counted from the end) is allowed. INTERVAL and COUNT are capped
#: so that evaluating a rule stays cheap.
_RANGES: Final = {
    "INTERVAL": (1, 1_000, False),
    "COUNT": (1, MAX_OCCURRENCES, False),
    "BYSECOND": (0, 59, False),
    "BYMINUTE": (0, 59, False),
    "BYHOUR": (0, 23, False),
    "BYMONTHDAY": (1, 31, True),
    "BYYEARDAY": (1, 366, True),
    "BYWEEKNO": (1, 53, True),
    "BYMONTH": (1, 12, False),
    "BYSETPOS": (1, 366, True),
}
_SINGLE: Final = frozenset({"INTERVAL", "COUNT"})
_WEEKDAYS: Final = frozenset("MO TU WE TH FR SA SU".split())
_NUMBER = re.compile(r"[+-]?\d{1,4}")
_BYDAY = re.compile(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)")
#: The largest ordinal in BYDAY ("-1FR", the last Friday): in a month, and in a year.
_ORDINALS: Final = {"MONTHLY": 5, "YEARLY": 53}


def _part_problem(key: str, value: str, frequency: str, *, by_month: bool = False) -> str | None:
    """What is wrong with one part's value, or ``None``."""
    if key == "WKST":
        return None if value in _WEEKDAYS else "has a WKST that is not a weekday (MO to SU)"
    if key == "BYDAY":
        numbered = plain = False
        for item in value.split(","):
            match = _BYDAY.fullmatch(item.strip())
            if match is None:
                return "has a BYDAY entry that is not a weekday such as MO or -1FR"
            if match.group(1) is None:
                plain = True
                continue
            numbered = True
            most = _ORDINALS.get(frequency)
            if most is None:
                return "numbers a BYDAY weekday, which only MONTHLY and YEARLY rules may"
            if by_month:
                most = _ORDINALS["MONTHLY"]  # within the months named, a week of a month
            if not 1 <= abs(int(match.group(1))) <= most:
                return f"numbers a BYDAY weekday outside 1 to {most} (or -1 to -{most})"
        if numbered and plain:
            # dateutil would read "MO,1FR" as both at once, not either: refuse, not guess.
            return "mixes plain and numbered BYDAY weekdays; give one rule for each"
        return None
    low, high, negative = _RANGES[key]
    values = value.split(",")
    if key in _SINGLE and len(values) > 1:
        return f"gives {key} more than one value"
    for item in values:
        number = int(item) if _NUMBER.fullmatch(item.strip()) else None
        if number is None or not (low <= number <= high or (negative and -high <= number <= -low)):
            also = f" (or -{high} to -{low}, counting from the end)" if negative else ""
            return f"needs {key} to be a whole number from {low} to {high:,}{also}"
    return None


#: What is wrong with a time zone name that :func:`_zone_info` does not know.
ZONE_PROBLEM: Final = "is not a known IANA time zone (such as Europe/Berlin)"


#: Names a host may resolve but that are not the same zone everywhere: the host's own
#: zone, the POSIX default rules, leap-second and POSIX copies of the database.
_HOST_ZONES: Final = frozenset({"localtime", "posixrules", "Factory"})
_HOST_PREFIXES: Final = ("right/", "posix/")


def _zone_info(name: str) -> ZoneInfo | None:
    """The time zone called ``name``, or ``None`` if there is none by that name.

    Only names that mean the same zone on every machine are accepted.
    """
    if name in _HOST_ZONES or name.startswith(_HOST_PREFIXES):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


@lru_cache(maxsize=1024)
def _schedule_problems(recurrence: str | None, timezone: str) -> tuple[Problem, ...]:
    # Pure in its arguments, and parsing a rule is slow: remember the answers.
    problems = []
    if _zone_info(timezone) is None:
        problems.append(Problem(("timezone",), ZONE_PROBLEM, ProblemCode.FORMAT))
    if recurrence is not None:
        parsed = _parse(recurrence)
        if isinstance(parsed, str):
            problems.append(Problem(("recurrence",), parsed, ProblemCode.FORMAT))
    return tuple(problems)


def _shift(moment: datetime, years: int) -> datetime:
    # Safe for any date: February 29 exists in year y + 400k exactly when it exists in y.
    return moment.replace(year=moment.year + years)


def _local(moment: datetime, zone: ZoneInfo) -> datetime:
    """``moment`` as naive wall-clock time in ``zone``."""
    return moment.astimezone(zone).replace(tzinfo=None)


def _instant(wall: datetime, zone: ZoneInfo) -> datetime:
    """Naive wall-clock time in ``zone`` as an aware time with a fixed offset.

    ``fold=0`` takes the first of a repeated time, and for a skipped time the offset
    before the change, which moves it forward by the length of the gap.
    """
    local = wall.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)
    offset = local.utcoffset()
    assert offset is not None
    return local.replace(tzinfo=timezone(offset), fold=0)


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class Schedule:
    """How often an assignment is practised before its review.

    ``Schedule()`` (or :meth:`once`) means one window: the time up to the review.
    :meth:`recurring` takes an RRULE body and the client's time zone; see the module
    documentation for how rules are read.

    Rules beyond each field: ``recurrence`` is an RFC 5545 RRULE body that can
    occur, and ``timezone`` an IANA time zone name that means the same zone on every
    machine.
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

    @property
    def is_bounded(self) -> bool:
        """Whether the schedule ends by itself: once, or a rule with COUNT or UNTIL."""
        if self.recurrence is None:
            return True
        parsed = _parse(self.recurrence)
        return isinstance(parsed, _Rule) and parsed.bounded

    def occurrences(
        self,
        *,
        series_start: datetime,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = MAX_OCCURRENCES,
    ) -> tuple[datetime, ...]:
        """The occurrences of a series that begins at ``series_start``, in ``[start, end)``.

        ``start`` defaults to ``series_start``. A one-off schedule has one
        occurrence, at ``series_start`` ("some time before the review"). Without
        ``end``, the rule must end by itself (COUNT or UNTIL), else
        :class:`UnboundedSchedule`; more than ``limit`` occurrences raise
        :class:`TooManyOccurrences`. All times must be timezone-aware.
        """
        require_timestamps(series_start=series_start, start=start, end=end)
        require_count("limit", limit, at_least=1)
        start = series_start if start is None else start
        if self.recurrence is None:
            inside = start <= series_start and (end is None or series_start < end)
            return (series_start,) if inside else ()
        parsed = _parse(self.recurrence)
        assert isinstance(parsed, _Rule)  # validated on construction
        if end is None and not parsed.bounded:
            raise UnboundedSchedule(
                "the recurrence has no COUNT or UNTIL, and no end was given "
                "(set the assignment's review_at, or pass end=)"
            )
        return _evaluate(parsed, ZoneInfo(self.timezone), series_start, start, end, limit)


_WEEKDAY_PARTS: Final = ("BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY")


def _skip_ahead(parsed: _Rule, first: datetime, target: datetime) -> tuple[rrule, datetime]:
    """A rule and start that give the same occurrences as ``parsed`` from ``first``,
    from the latest period boundary at or before ``target`` on.

    The parts dateutil would take from the series start (the time of day, the
    weekday, the day of the month) are made explicit, so moving the start by whole
    periods (``interval`` days, weeks, months or years) changes nothing after it.
    Only for rules without COUNT, which counts from the series start.
    """
    template = parsed.template
    if target <= first:
        return template, first
    explicit: dict[str, Any] = {}
    for part, value in (
        ("BYHOUR", first.hour),
        ("BYMINUTE", first.minute),
        ("BYSECOND", first.second),
    ):
        if part not in parsed.given:
            explicit[part.lower()] = value
    if not any(part in parsed.given for part in _WEEKDAY_PARTS):
        if parsed.frequency == "YEARLY":
            if "BYMONTH" not in parsed.given:
                explicit["bymonth"] = first.month
            explicit["bymonthday"] = first.day
        elif parsed.frequency == "MONTHLY":
            explicit["bymonthday"] = first.day
        elif parsed.frequency == "WEEKLY":
            explicit["byweekday"] = first.weekday()
    step = parsed.interval
    midnight = datetime.combine(first.date(), time())
    if parsed.frequency in ("DAILY", "WEEKLY"):
        days = 7 * step if parsed.frequency == "WEEKLY" else step
        begin = midnight + timedelta(days=(target - midnight).days // days * days)
    else:
        months = 12 * step if parsed.frequency == "YEARLY" else step
        elapsed = (target.year - first.year) * 12 + target.month - first.month
        index = first.year * 12 + first.month - 1 + elapsed // months * months
        begin = datetime(index // 12, index % 12 + 1, 1)
    if begin <= first:
        return template, first
    return template.replace(**explicit), begin


def _evaluate(  # noqa: PLR0917 - private, called from one place
    parsed: _Rule,
    zone: ZoneInfo,
    series_start: datetime,
    start: datetime,
    end: datetime | None,
    limit: int,
) -> tuple[datetime, ...]:
    first = _local(series_start, zone).replace(microsecond=0)
    until = None
    if parsed.until is not None:
        moment = parsed.until.moment
        until = _local(moment.replace(tzinfo=UTC), zone) if parsed.until.utc else moment
    # The latest wall-clock time that can still be inside the window. Wall time and
    # real time can disagree by a few hours around a clock change; a day is plenty.
    horizon = None
    if end is not None:
        horizon = _local(end, zone)
        horizon = datetime.max if horizon.year >= datetime.max.year else horizon + timedelta(days=1)
    if end is not None and start >= end:
        return ()
    template, begin = parsed.template, first
    if parsed.times is None:
        # Start the walk a whole number of periods later, just before the window
        # (less a day for clock changes), instead of at the series start.
        template, begin = _skip_ahead(parsed, first, _local(start, zone) - timedelta(days=1))
        if (until is not None and begin > until) or (horizon is not None and begin > horizon):
            return ()  # the series has ended, or the window closes, before the walk starts
    last = max(d for d in (begin, until, horizon) if d is not None)
    years = max(0, (datetime.max.year - 1 - last.year) // _CYCLE_YEARS) * _CYCLE_YEARS
    shifted = template.replace(
        dtstart=_shift(begin, years),
        until=None if until is None else _shift(until, years),
    )
    found: list[datetime] = []
    for shifted_wall in shifted:
        wall = _shift(shifted_wall, -years)
        if horizon is not None and wall > horizon:
            break
        moment = _instant(wall, zone)
        if moment < start or (end is not None and moment >= end):
            continue
        if len(found) >= limit:
            raise TooManyOccurrences(f"more than {limit} occurrences fall in the window")
        found.append(moment)
    return tuple(found)
