"""Is practice happening, and is it changing anything?

Four measures, all pure functions of records you pass in:

* **Adherence** (:func:`adherence`, :func:`weekly_adherence`): the practice the
  schedule expected against the practice logged, with partial attempts counted as
  such. Worded as practice done, never as failure.
* **Trends** (:func:`series`, :func:`trend`): how a rating moves across entries,
  such as belief in the hot thought, distress across exposures, or tension before
  and after repair attempts. The slope is Theil-Sen's (the median of the slopes
  between every pair of points), which one wild entry cannot drag; below
  :data:`MIN_TREND_POINTS` points the answer is "not enough data", not a line.
* **A weekly summary** for one client (:func:`weekly_summary`).
* **Review coverage** (:func:`review_coverage`): the share of homework that was
  looked at when it was due. Forgotten homework is a known way for it to fail.

:func:`chart` turns a trend into a Vega-Lite specification (a plain ``dict``),
for a host app to draw with the Vega-Lite library of its choice.

Entries are the practice records: :class:`~therapy_homework.PracticeLog`,
:class:`~therapy_homework.ThoughtRecord`, :class:`~therapy_homework.AbcRecord`,
:class:`~therapy_homework.BehavioralExperiment` and
:class:`~therapy_homework.CouplesRepairAttempt`. An entry counts toward the
assignment named by its ``assignment_id``.
"""

import math
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final, Protocol
from zoneinfo import ZoneInfo

import attrs

from ._core.fields import (
    Choice,
    require_count,
    require_items,
    require_moment,
    require_timestamps,
    require_type,
)
from .errors import InvalidData, Problem, ProblemCode, ScaleMismatch
from .model.abc_record import AbcRecord
from .model.assignment import Assignment, AssignmentStatus, _dose_count, expected_practice
from .model.experiment import BehavioralExperiment
from .model.practice import PracticeLog
from .model.rating import Rating, Scale
from .model.records import RECORD_TYPES
from .model.repair import CouplesRepairAttempt
from .model.review import BarrierKind, Completion, Review
from .model.schedule import MAX_OCCURRENCES, ZONE_PROBLEM, _instant, _zone_info
from .model.thought_record import ThoughtRecord

__all__ = [
    "MIN_TREND_POINTS",
    "PARTIAL_CREDIT",
    "VEGA_LITE_SCHEMA",
    "Adherence",
    "Coverage",
    "Entry",
    "Measure",
    "Point",
    "Series",
    "Trend",
    "Week",
    "WeeklySummary",
    "adherence",
    "chart",
    "completion_of",
    "review_coverage",
    "series",
    "theil_sen",
    "trend",
    "weekly_adherence",
    "weekly_summary",
]

#: The fewest points a trend is computed from. Two points always make a perfect
#: line, so they say nothing about a trend; with three, the median slope can
#: already set one odd entry aside.
MIN_TREND_POINTS: Final = 3

#: What a partly done attempt counts for in :attr:`Adherence.share`.
PARTIAL_CREDIT: Final = 0.5


class Entry(Protocol):
    """A practice record: any registered entry type (see
    :data:`~therapy_homework.model.records.RECORD_TYPES`), the kit's own (practice
    logs, thought records, ABC records, behavioural experiments, repair attempts) or
    an app's."""

    @property
    def id(self) -> str:
        """The record's id."""

    @property
    def client_id(self) -> str:
        """The client's id."""

    @property
    def assignment_id(self) -> str | None:
        """The assignment it was practice for, if any."""


_COUNTED = (AssignmentStatus.ACTIVE, AssignmentStatus.COMPLETED)


def _checked(
    items: Iterable[Any], kinds: type | tuple[type, ...], field: str, what: str
) -> list[Any]:
    # Every item of a caller's list is checked, so a wrong one is named by its index
    # instead of failing later on a missing attribute.
    return require_items(field, items, kinds, what)


def _checked_entries(entries: Iterable[object]) -> list[Entry]:
    return _checked(entries, RECORD_TYPES.classes(entry=True), "entries", "a practice record")


def _at(entry: Entry) -> datetime:
    """When an entry happened: its record type's time field."""
    at: datetime = getattr(entry, RECORD_TYPES.of(type(entry)).time_field)
    return at


def _checked_assignments(assignments: Iterable[object]) -> list[Assignment]:
    return _checked(assignments, Assignment, "assignments", "an Assignment")


def _checked_reviews(reviews: Iterable[object]) -> list[Review]:
    return _checked(reviews, Review, "reviews", "a Review")


def completion_of(entry: Entry) -> Completion:
    """How much practice one entry shows.

    A practice log says so itself. A behavioural experiment that has not been run
    yet (no outcome) is partly done: planning it is part of the work. Every other
    record is a done attempt: the thought was caught, the repair was tried.
    """
    if isinstance(entry, PracticeLog):
        return entry.completion
    if isinstance(entry, BehavioralExperiment) and not entry.is_run:
        return Completion.PARTLY
    return Completion.DONE


# --------------------------------------------------------------------------- weeks


@attrs.frozen
class Week:
    """Seven days from midnight of ``start`` in the client's time zone.

    Build one with :meth:`containing`. :attr:`starts_at` and :attr:`ends_at` are
    the instants the week begins and ends (a week with a clock change is an hour
    shorter or longer).
    """

    start: date
    timezone: str = "UTC"

    def __attrs_post_init__(self) -> None:
        problems = []
        if type(self.start) is not date:
            problems.append(
                Problem(("start",), "must be a date (not a datetime)", ProblemCode.TYPE)
            )
        if not isinstance(self.timezone, str) or _zone_info(self.timezone) is None:
            problems.append(Problem(("timezone",), ZONE_PROBLEM, ProblemCode.FORMAT))
        if problems:
            raise InvalidData(problems, subject="Week")

    @classmethod
    def containing(cls, moment: datetime, timezone: str = "UTC", *, first_day: int = 0) -> "Week":
        """The week that contains ``moment``; ``first_day`` is 0 for Monday, 6 for Sunday."""
        require_moment("moment", moment)
        require_type("timezone", timezone, str, "an IANA time zone name")
        if first_day not in range(7):
            raise InvalidData(
                [
                    Problem(
                        ("first_day",), "must be 0 (Monday) to 6 (Sunday)", ProblemCode.OUT_OF_RANGE
                    )
                ]
            )
        zone = _zone_info(timezone)
        if zone is None:
            raise InvalidData([Problem(("timezone",), ZONE_PROBLEM, ProblemCode.FORMAT)])
        local = moment.astimezone(zone).date()
        return cls(local - timedelta(days=(local.weekday() - first_day) % 7), timezone)

    @property
    def starts_at(self) -> datetime:
        """Midnight at the start of the week, local time, with its UTC offset."""
        return _instant(datetime.combine(self.start, time()), ZoneInfo(self.timezone))

    @property
    def ends_at(self) -> datetime:
        """Midnight at the start of the next week."""
        return self.next().starts_at

    def next(self) -> "Week":
        """The week after this one."""
        return Week(self.start + timedelta(days=7), self.timezone)

    def previous(self) -> "Week":
        """The week before this one."""
        return Week(self.start - timedelta(days=7), self.timezone)

    def __contains__(self, moment: object) -> bool:
        return isinstance(moment, datetime) and self.starts_at <= moment < self.ends_at


# --------------------------------------------------------------------------- adherence


def _count_problems(result: object, *names: str) -> list[Problem]:
    """A problem for each named attribute of ``result`` that is not a count (0, 1, 2 ...)."""
    return [
        Problem((name,), "must be a whole number of at least 0", ProblemCode.OUT_OF_RANGE)
        for name in names
        if type(value := getattr(result, name)) is not int or value < 0
    ]


@attrs.frozen
class Adherence:
    """Practice expected against practice logged."""

    #: Practice the schedule expected (occurrences times the dose's count).
    expected: int
    #: Attempts logged as done.
    done: int
    #: Attempts logged as partly done.
    partly: int

    def __attrs_post_init__(self) -> None:
        problems = _count_problems(self, "expected", "done", "partly")
        if problems:
            raise InvalidData(problems, subject="Adherence")

    @property
    def attempts(self) -> int:
        """Every attempt logged, done or partly."""
        return self.done + self.partly

    @property
    def share(self) -> float | None:
        """The expected practice that was done, from 0 to 1; ``None`` if none was expected.

        A partly done attempt counts :data:`PARTIAL_CREDIT`; practice beyond the plan
        does not push the share above 1.
        """
        if self.expected == 0:
            return None
        return min(1.0, (self.done + PARTIAL_CREDIT * self.partly) / self.expected)

    def __add__(self, other: "Adherence") -> "Adherence":
        if not isinstance(other, Adherence):
            return NotImplemented
        return Adherence(
            expected=self.expected + other.expected,
            done=self.done + other.done,
            partly=self.partly + other.partly,
        )

    def describe(self) -> str:
        """A sentence for a client or clinician: what was practised, never what was not."""
        partly = f", {self.partly} partly" if self.partly else ""
        if self.expected == 0:
            if self.attempts == 0:
                return "No practice was planned for this period."
            return f"No practice was planned for this period; {self.done} done{partly}."
        return f"{self.done} of {self.expected} planned practices done{partly}."


_NONE = Adherence(expected=0, done=0, partly=0)


def _tally(entries: Iterable[Entry]) -> Adherence:
    done = partly = 0
    for entry in entries:
        if completion_of(entry) is Completion.DONE:
            done += 1
        else:
            partly += 1
    return Adherence(expected=0, done=done, partly=partly)


def _own(assignment: Assignment, entries: Iterable[Entry]) -> Iterator[Entry]:
    return (
        e
        for e in entries
        if e.assignment_id == assignment.id and e.client_id == assignment.client_id
    )


def adherence(
    assignment: Assignment,
    entries: Iterable[Entry],
    *,
    as_of: datetime | None = None,
    limit: int = MAX_OCCURRENCES,
) -> Adherence:
    """The practice ``assignment`` expected up to its review (or ``as_of``, if earlier).

    Entries count when they name the assignment and fall between the moment it was
    set and the end of that window. Without a review time, ``as_of`` is needed for
    a schedule that repeats with no end.
    """
    require_timestamps(as_of=as_of)
    require_type("assignment", assignment, Assignment, "an Assignment")
    checked = _checked_entries(entries)
    ends = [t for t in (assignment.review_at, as_of) if t is not None]
    end = min(ends) if ends else None
    expected = expected_practice(assignment, end=end, limit=limit)
    logged = _tally(
        e
        for e in _own(assignment, checked)
        if assignment.assigned_at <= _at(e) and (end is None or _at(e) < end)
    )
    return attrs.evolve(logged, expected=expected)


def _weekly(assignment: Assignment, entries: Sequence[Entry], week: Week, limit: int) -> Adherence:
    start, end = week.starts_at, week.ends_at
    if assignment.status not in _COUNTED:
        return _NONE
    if not assignment.schedule.is_once:
        window_end = end if assignment.review_at is None else min(end, assignment.review_at)
        if window_end <= start:
            return _NONE
        expected = expected_practice(assignment, start, window_end, limit=limit)
        logged = _tally(e for e in _own(assignment, entries) if start <= _at(e) < end)
        return attrs.evolve(logged, expected=expected)
    due = assignment.review_at or assignment.assigned_at
    if not start <= due < end:
        return _NONE
    logged = _tally(e for e in _own(assignment, entries) if assignment.assigned_at <= _at(e) < end)
    return attrs.evolve(logged, expected=_dose_count(assignment))


def weekly_adherence(
    assignments: Iterable[Assignment],
    entries: Iterable[Entry],
    week: Week,
    *,
    limit: int = MAX_OCCURRENCES,
) -> Adherence:
    """The practice expected in ``week`` across ``assignments``, against what was logged.

    Active and completed assignments count. A recurring one expects its dose at
    each occurrence in the week (up to its review) and counts the entries logged in
    the week. A one-off counts in the week it is due (its review, or the week it
    was set when it has none), with every entry since it was set.
    """
    require_type("week", week, Week, "a Week")
    return _weekly_total(_checked_assignments(assignments), _checked_entries(entries), week, limit)


def _weekly_total(
    assignments: Iterable[Assignment], entries: Sequence[Entry], week: Week, limit: int
) -> Adherence:
    total = _NONE
    for assignment in assignments:
        total = total + _weekly(assignment, entries, week, limit)
    return total


# --------------------------------------------------------------------------- trends


class Measure(Choice):
    """A rating followed across entries."""

    #: Belief in the hot thought when it was caught (thought records).
    HOT_THOUGHT_BELIEF = "hot_thought_belief"
    #: Belief in the hot thought re-rated after the balanced thought.
    HOT_THOUGHT_BELIEF_AFTER = "hot_thought_belief_after"
    #: A practice log's rating before the attempt (distress before an exposure ...).
    PRACTICE_BEFORE = "practice_before"
    #: A practice log's rating after the attempt.
    PRACTICE_AFTER = "practice_after"
    #: Tension before a repair attempt (one partner's, or the mean of those rated).
    TENSION_BEFORE = "tension_before"
    #: Tension after a repair attempt.
    TENSION_AFTER = "tension_after"
    #: Belief in the irrational belief of an A-B-C record.
    ABC_BELIEF = "abc_belief"
    #: The same belief re-rated after the disputation.
    ABC_BELIEF_AFTER = "abc_belief_after"
    #: Belief in the effective new belief.
    ABC_EFFECTIVE_BELIEF = "abc_effective_belief"
    #: Belief put to the test by a behavioural experiment, before it.
    EXPERIMENT_BELIEF = "experiment_belief"
    #: The same belief re-rated after the experiment.
    EXPERIMENT_BELIEF_AFTER = "experiment_belief_after"

    @property
    def label(self) -> str:
        """A human title for charts and summaries."""
        return _LABELS[self]


_LABELS = {
    Measure.HOT_THOUGHT_BELIEF: "Belief in the hot thought",
    Measure.HOT_THOUGHT_BELIEF_AFTER: "Belief in the hot thought, re-rated",
    Measure.PRACTICE_BEFORE: "Rating before practice",
    Measure.PRACTICE_AFTER: "Rating after practice",
    Measure.TENSION_BEFORE: "Tension before repair",
    Measure.TENSION_AFTER: "Tension after repair",
    Measure.ABC_BELIEF: "Belief in the irrational belief",
    Measure.ABC_BELIEF_AFTER: "Belief in the irrational belief, re-rated",
    Measure.ABC_EFFECTIVE_BELIEF: "Belief in the effective new belief",
    Measure.EXPERIMENT_BELIEF: "Belief tested by experiment",
    Measure.EXPERIMENT_BELIEF_AFTER: "Belief tested by experiment, re-rated",
}


@attrs.frozen(order=True)
class Point:
    """One value in a series: when, how much, and from which entry."""

    at: datetime
    value: float
    entry_id: str


def _points_tuple(points: object) -> tuple[Point, ...]:
    if isinstance(points, str | bytes) or not isinstance(points, Iterable):
        raise InvalidData(
            [Problem(("points",), "must be a sequence of Points", ProblemCode.TYPE)],
            subject="Series",
        )
    return tuple(points)


def _sorted_points(points: Iterable[Point]) -> tuple[Point, ...]:
    return tuple(sorted(points, key=lambda p: (p.at, p.entry_id, p.value)))


@attrs.frozen
class Series:
    """A rating followed over time, oldest point first, all on one scale.

    Build one from entries with :func:`series`, or directly for any rating you
    follow yourself.
    """

    name: str
    scale: Scale | None
    points: tuple[Point, ...] = attrs.field(converter=_points_tuple)

    def __attrs_post_init__(self) -> None:
        # Typed as object: the annotations are what the checks make true.
        problems = []
        name: object = self.name
        scale: object = self.scale
        items: tuple[object, ...] = self.points
        if not isinstance(name, str):
            problems.append(Problem(("name",), "must be a string", ProblemCode.TYPE))
        if scale is not None and not isinstance(scale, Scale):
            problems.append(Problem(("scale",), "must be a Scale or None", ProblemCode.TYPE))
        for index, point in enumerate(items):
            if not isinstance(point, Point):
                problems.append(Problem(("points", index), "must be a Point", ProblemCode.TYPE))
                continue
            if not isinstance(point.at, datetime) or point.at.utcoffset() is None:
                problems.append(
                    Problem(
                        ("points", index, "at"),
                        "must be a timezone-aware datetime",
                        ProblemCode.NOT_AWARE,
                    )
                )
            value = point.value
            if isinstance(value, bool) or not isinstance(value, int | float):
                problems.append(
                    Problem(("points", index, "value"), "must be a number", ProblemCode.TYPE)
                )
            elif not math.isfinite(value):
                problems.append(
                    Problem(
                        ("points", index, "value"),
                        "must be a finite number",
                        ProblemCode.OUT_OF_RANGE,
                    )
                )
        if problems:
            raise InvalidData(problems, subject="Series")
        # Sorted once the points are known to be comparable.
        object.__setattr__(self, "points", _sorted_points(self.points))

    def __len__(self) -> int:
        return len(self.points)


def _hot_belief(record: ThoughtRecord) -> Rating | None:
    hot = record.hot_thought
    return None if hot is None else hot.belief


# The one rating each measure reads from one kind of record (tension, which has a
# rating per partner, is read in :func:`_ratings`).
_ONE_RATING: dict[Measure, tuple[type, Callable[[Any], Rating | None]]] = {
    Measure.HOT_THOUGHT_BELIEF: (ThoughtRecord, _hot_belief),
    Measure.HOT_THOUGHT_BELIEF_AFTER: (ThoughtRecord, lambda e: e.rerated_belief),
    Measure.PRACTICE_BEFORE: (PracticeLog, lambda e: e.before),
    Measure.PRACTICE_AFTER: (PracticeLog, lambda e: e.after),
    Measure.ABC_BELIEF: (AbcRecord, lambda e: e.belief_rating),
    Measure.ABC_BELIEF_AFTER: (AbcRecord, lambda e: e.rerated_belief),
    Measure.ABC_EFFECTIVE_BELIEF: (AbcRecord, lambda e: e.effective_belief_rating),
    Measure.EXPERIMENT_BELIEF: (BehavioralExperiment, lambda e: e.belief_rating),
    Measure.EXPERIMENT_BELIEF_AFTER: (BehavioralExperiment, lambda e: e.rerated_belief),
}
_TENSION = {Measure.TENSION_BEFORE: True, Measure.TENSION_AFTER: False}


def _ratings(entry: Entry, measure: Measure, partner_id: str | None) -> list[Rating]:
    if measure in _TENSION:
        if not isinstance(entry, CouplesRepairAttempt):
            return []
        before = _TENSION[measure]
        return [
            t.before if before else t.after
            for t in entry.tension
            if partner_id is None or t.partner_id == partner_id
        ]
    record_type, read = _ONE_RATING[measure]
    rating = read(entry) if isinstance(entry, record_type) else None
    return [] if rating is None else [rating]


def _points_by_scale(
    entries: Iterable[Entry], measure: Measure, assignment_id: str | None, partner_id: str | None
) -> dict[Scale, list[Point]]:
    """The points of ``measure``, grouped by the scale they were rated on."""
    found: dict[Scale, list[Point]] = {}
    for entry in entries:
        if assignment_id is not None and entry.assignment_id != assignment_id:
            continue
        by_scale: dict[Scale, list[int]] = {}
        for rating in _ratings(entry, measure, partner_id):
            by_scale.setdefault(rating.scale, []).append(rating.value)
        for scale, values in by_scale.items():
            point = Point(at=_at(entry), value=statistics.fmean(values), entry_id=entry.id)
            found.setdefault(scale, []).append(point)
    return found


def series(
    entries: Iterable[Entry],
    measure: Measure,
    *,
    assignment_id: str | None = None,
    partner_id: str | None = None,
) -> Series:
    """The ratings of ``measure`` across ``entries``, oldest first.

    ``assignment_id`` keeps the entries of one assignment; ``partner_id`` follows one
    partner's tension (by default each repair attempt gives the mean of the partners
    rated). All the ratings must be on one scale, else
    :class:`~therapy_homework.errors.ScaleMismatch`: filter by assignment first.
    """
    measure = Measure(measure)
    grouped = _points_by_scale(_checked_entries(entries), measure, assignment_id, partner_id)
    if len(grouped) > 1:
        names = " and ".join(sorted(scale.name for scale in grouped))
        raise ScaleMismatch(
            f"{measure.label} is rated on more than one scale ({names}); filter by assignment_id"
        )
    for scale, points in grouped.items():
        return Series(name=measure.label, scale=scale, points=points)
    return Series(name=measure.label, scale=None, points=())


def theil_sen(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """The Theil-Sen slope: the median of the slopes between every pair of points.

    Pairs with the same ``x`` are skipped; ``None`` when no pair is left. It takes
    time proportional to the square of the number of points.
    """
    xs = require_items("xs", xs, (int, float), "a number")
    ys = require_items("ys", ys, (int, float), "a number")
    if len(xs) != len(ys):
        raise InvalidData(
            [Problem(("ys",), "must have as many values as xs", ProblemCode.MISMATCH)]
        )
    slopes = [
        (ys[j] - ys[i]) / (xs[j] - xs[i])
        for i in range(len(xs))
        for j in range(i + 1, len(xs))
        if xs[j] != xs[i]
    ]
    return statistics.median(slopes) if slopes else None


def _intercept(xs: Sequence[float], ys: Sequence[float], slope: float) -> float:
    return statistics.median(y - slope * x for x, y in zip(xs, ys, strict=True))


_WEEK = timedelta(days=7)


def _weeks(points: Sequence[Point]) -> list[float]:
    """Each point's time, in weeks since the first point."""
    origin = points[0].at
    return [(p.at - origin) / _WEEK for p in points]


@attrs.frozen
class Trend:
    """Which way a series is moving, and how much data says so.

    Both slopes are ``None`` when :attr:`enough_data` is false. ``slope_per_entry``
    is the change from one entry to the next; ``slope_per_week`` the change per
    week of calendar time (``None`` if every point has the same time).
    """

    name: str
    scale: Scale | None
    #: How many points the trend rests on.
    points: int
    #: The fewest points a trend is computed from.
    minimum: int
    slope_per_entry: float | None
    slope_per_week: float | None
    #: The first and the last value, for "from ... to ...".
    first: float | None
    last: float | None

    @property
    def enough_data(self) -> bool:
        """Whether there are at least :attr:`minimum` points."""
        return self.points >= self.minimum

    @property
    def direction(self) -> str:
        """``"falling"``, ``"rising"``, ``"flat"``, or ``"not enough data"``."""
        if self.slope_per_entry is None:
            return "not enough data"
        if self.slope_per_entry < 0:
            return "falling"
        return "rising" if self.slope_per_entry > 0 else "flat"

    def describe(self) -> str:
        """A sentence such as "Belief in the hot thought: falling, about 8.5 per entry ..."."""
        if self.slope_per_entry is None:
            return (
                f"{self.name}: not enough data yet ({self.points} of the "
                f"{self.minimum} entries a trend needs)."
            )
        if self.slope_per_entry == 0:
            return f"{self.name}: flat over {self.points} entries."
        return (
            f"{self.name}: {self.direction}, about {abs(self.slope_per_entry):.1f} "
            f"per entry over {self.points} entries (from {self.first:g} to {self.last:g})."
        )


def trend(data: Series, *, minimum: int = MIN_TREND_POINTS) -> Trend:
    """The robust trend of ``data``: Theil-Sen slopes per entry and per week.

    Below ``minimum`` points (at least :data:`MIN_TREND_POINTS`) the slopes are
    ``None``: not enough data, rather than a trend made up from too few entries.
    """
    require_type("data", data, Series, "a Series")
    require_count("minimum", minimum, at_least=MIN_TREND_POINTS)
    return _trend(data, minimum)


def _trend(data: Series, minimum: int) -> Trend:
    values = [p.value for p in data.points]
    first = values[0] if values else None
    last = values[-1] if values else None
    per_entry = per_week = None
    if len(values) >= minimum:
        per_entry = theil_sen([float(i) for i in range(len(values))], values)
        per_week = theil_sen(_weeks(data.points), values)
    return Trend(
        name=data.name,
        scale=data.scale,
        points=len(values),
        minimum=minimum,
        slope_per_entry=per_entry,
        slope_per_week=per_week,
        first=first,
        last=last,
    )


# --------------------------------------------------------------------------- coverage


@attrs.frozen
class Coverage:
    """How much of the homework that was due got looked at."""

    #: Assignments whose review time had passed.
    due: int
    #: Those reviewed by their review time (plus the grace period).
    reviewed: int
    #: The ids of the rest, oldest review time first.
    unreviewed: tuple[str, ...]

    def __attrs_post_init__(self) -> None:
        problems = _count_problems(self, "due", "reviewed")
        if not problems and self.reviewed > self.due:
            problems.append(
                Problem(("reviewed",), "must not be more than due", ProblemCode.INVALID)
            )
        if not isinstance(self.unreviewed, tuple) or not all(
            isinstance(i, str) for i in self.unreviewed
        ):
            problems.append(
                Problem(("unreviewed",), "must be a tuple of assignment ids", ProblemCode.TYPE)
            )
        elif not problems and len(self.unreviewed) != self.due - self.reviewed:
            problems.append(
                Problem(
                    ("unreviewed",), "must list the due - reviewed assignments", ProblemCode.INVALID
                )
            )
        if problems:
            raise InvalidData(problems, subject="Coverage")

    @property
    def share(self) -> float | None:
        """``reviewed / due``, from 0 to 1; ``None`` when nothing was due."""
        return None if self.due == 0 else self.reviewed / self.due


def review_coverage(
    assignments: Iterable[Assignment],
    reviews: Iterable[Review],
    *,
    as_of: datetime,
    grace: timedelta | None = timedelta(days=1),
) -> Coverage:
    """The share of assignments reviewed at the session they were due.

    An assignment is due when its review time is at or before ``as_of`` (proposed
    ones are not counted). It is covered by a review of it made after it was set
    and no later than ``grace`` after its review time, for a session that moved
    by a day; with ``grace=None``, by any review since it was set (what session
    preparation calls forgotten homework is what this leaves unreviewed).
    """
    require_moment("as_of", as_of)
    if grace is not None:
        require_type("grace", grace, timedelta, "a timedelta or None")
    reviewed: dict[str, list[datetime]] = {}
    for review in _checked_reviews(reviews):
        reviewed.setdefault(review.assignment_id, []).append(review.reviewed_at)
    due = sorted(
        (
            a
            for a in _checked_assignments(assignments)
            if a.status is not AssignmentStatus.PROPOSED
            and a.review_at is not None
            and a.review_at <= as_of
        ),
        key=lambda a: (a.review_at, a.id),
    )
    missed = [
        a.id
        for a in due
        if a.review_at is not None
        and not any(
            a.assigned_at <= t and (grace is None or t <= a.review_at + grace)
            for t in reviewed.get(a.id, ())
        )
    ]
    return Coverage(due=len(due), reviewed=len(due) - len(missed), unreviewed=tuple(missed))


# --------------------------------------------------------------------------- weekly summary


def _change_notes(entry: Entry | Review) -> Iterator[str]:
    if isinstance(entry, PracticeLog | CouplesRepairAttempt) and entry.what_changed:
        yield entry.what_changed
    elif isinstance(entry, BehavioralExperiment) and entry.learned:
        yield entry.learned
    elif isinstance(entry, Review) and entry.noticed:
        yield entry.noticed


@attrs.frozen
class WeeklySummary:
    """One client's week of homework.

    ``notes`` holds the "what changed" notes themselves only when asked for
    (``include_notes=True``); it never appears in ``repr()``.
    """

    client_id: str
    week: Week
    #: Assignments set during the week.
    assigned: tuple[str, ...]
    #: Assignments running at some point of the week (active, or completed since).
    running: tuple[str, ...]
    #: Entries logged in the week, by type name (``"practice_log"``: 3, ...).
    attempted: Mapping[str, int]
    adherence: Adherence
    #: Reviews made in the week, by how much was done.
    reviewed: Mapping[Completion, int]
    #: Barriers met in the week's reviews, most often first.
    barriers: tuple[tuple[BarrierKind, int], ...]
    #: A trend per measure with data, over every entry up to the end of the week.
    trends: tuple[Trend, ...]
    #: How many "what changed" notes (practice logs, repairs, experiments' lessons,
    #: what the client noticed at review) were written in the week.
    change_notes: int
    notes: tuple[str, ...] = attrs.field(default=(), repr=False)


def _type_name(entry: Entry) -> str:
    return RECORD_TYPES.of(type(entry)).name


def weekly_summary(
    *,
    client_id: str,
    week: Week,
    assignments: Iterable[Assignment],
    entries: Iterable[Entry],
    reviews: Iterable[Review] = (),
    include_notes: bool = False,
    minimum: int = MIN_TREND_POINTS,
) -> WeeklySummary:
    """Summarize ``client_id``'s homework in ``week``.

    Records of other clients are left out. A measure rated on more than one scale
    gets one trend per scale, named with the scale. With ``include_notes=True`` the
    summary carries the notes' text too: handle it as protected health information.
    """
    require_type("week", week, Week, "a Week")
    require_count("minimum", minimum, at_least=MIN_TREND_POINTS)
    start, end = week.starts_at, week.ends_at
    own_assignments = [a for a in _checked_assignments(assignments) if a.client_id == client_id]
    all_entries = [e for e in _checked_entries(entries) if e.client_id == client_id]
    own_reviews = [r for r in _checked_reviews(reviews) if r.client_id == client_id]
    in_week = [e for e in all_entries if start <= _at(e) < end]
    week_reviews = [r for r in own_reviews if start <= r.reviewed_at < end]
    notes = [n for item in (*in_week, *week_reviews) for n in _change_notes(item)]
    barriers = Counter(b.kind for r in week_reviews for b in r.barriers)
    return WeeklySummary(
        client_id=client_id,
        week=week,
        assigned=tuple(sorted(a.id for a in own_assignments if start <= a.assigned_at < end)),
        running=tuple(
            sorted(
                a.id
                for a in own_assignments
                if a.status in _COUNTED
                and a.assigned_at < end
                and (a.review_at is None or a.review_at >= start)
            )
        ),
        attempted=dict(sorted(Counter(_type_name(e) for e in in_week).items())),
        adherence=_weekly_total(own_assignments, all_entries, week, MAX_OCCURRENCES),
        reviewed={c: n for c in Completion if (n := sum(r.completion is c for r in week_reviews))},
        barriers=tuple(sorted(barriers.items(), key=lambda item: (-item[1], item[0].value))),
        trends=_trends([e for e in all_entries if _at(e) < end], minimum),
        change_notes=len(notes),
        notes=tuple(notes) if include_notes else (),
    )


def _trends(entries: Sequence[Entry], minimum: int) -> tuple[Trend, ...]:
    # One trend per measure and scale: ratings on different scales are never mixed.
    found: list[Trend] = []
    for measure in Measure:
        grouped = _points_by_scale(entries, measure, None, None)
        for scale, points in sorted(grouped.items(), key=lambda item: item[0].name):
            # The scale's machine name: its label may be a clinician's words for one client.
            name = measure.label if len(grouped) == 1 else f"{measure.label} ({scale.name})"
            found.append(_trend(Series(name=name, scale=scale, points=points), minimum))
    return tuple(found)


# --------------------------------------------------------------------------- charts

#: The schema the chart specifications declare.
VEGA_LITE_SCHEMA: Final = "https://vega.github.io/schema/vega-lite/v5.json"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def chart(data: Series, *, minimum: int = MIN_TREND_POINTS) -> dict[str, Any]:
    """A Vega-Lite v5 specification of ``data``: the ratings, and the trend line.

    The result is plain data (``dict``, ``list``, ``str`` and numbers, ready for
    ``json.dumps``). The y axis spans the whole scale, so a small change looks small.
    With enough data a dashed line shows the Theil-Sen trend. Titles name the
    measure and the scale, never what a client wrote.
    """
    result = trend(data, minimum=minimum)
    y_axis: dict[str, Any] = {"field": "value", "type": "quantitative", "title": "Rating"}
    if data.scale is not None:
        y_axis["title"] = f"Rating ({data.scale.name})"  # the label may be client text
        y_axis["scale"] = {"domain": [data.scale.low, data.scale.high]}
    x_axis = {"field": "at", "type": "temporal", "title": "Date"}
    values = [
        {"at": _iso(p.at), "value": p.value, "entry": index + 1}
        for index, p in enumerate(data.points)
    ]
    layers: list[dict[str, Any]] = [
        {
            "data": {"values": values},
            "mark": {"type": "line", "point": True},
            "encoding": {
                "x": x_axis,
                "y": y_axis,
                "tooltip": [
                    {"field": "entry", "type": "ordinal", "title": "Entry"},
                    {"field": "at", "type": "temporal", "title": "Date"},
                    {"field": "value", "type": "quantitative", "title": "Rating"},
                ],
            },
        }
    ]
    if result.slope_per_week is not None:
        weeks = _weeks(data.points)
        ys = [p.value for p in data.points]
        intercept = _intercept(weeks, ys, result.slope_per_week)
        fitted = [
            {"at": _iso(data.points[i].at), "value": intercept + result.slope_per_week * weeks[i]}
            for i in (0, len(weeks) - 1)
        ]
        layers.append(
            {
                "data": {"values": fitted},
                "mark": {"type": "line", "strokeDash": [6, 4], "color": "#8a8a8a"},
                "encoding": {"x": x_axis, "y": {"field": "value", "type": "quantitative"}},
            }
        )
    return {
        "$schema": VEGA_LITE_SCHEMA,
        "title": data.name,
        "description": result.describe(),
        "width": 480,
        "height": 240,
        "layer": layers,
    }
