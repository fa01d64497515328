"""Schedule arithmetic and progress measures: the cost of each call on one core.

Run it with ``python benchmarks/progress.py``. It reports:

* the occurrences of a daily rule in the client's zone over one week and over 90 days,
  and of a rule that never lines up with its start (the worst case the kit bounds);
* ``adherence`` of one daily assignment with 30 practice logs;
* ``trend`` (Theil-Sen, quadratic in the number of points) over 10, 50 and 200 points;
* ``weekly_summary`` for a client with four assignments and 120 entries;
* ``chart`` of a 20-point series.

The issue sets no target; the figures are recorded in docs/performance.md.
"""

import argparse
import sys
import timeit
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial

from therapy_homework import (
    Assignment,
    AssignmentKind,
    Dose,
    Plan,
    PracticeLog,
    Schedule,
    ThoughtRecord,
    progress,
)
from therapy_homework.model import BELIEF, SUDS, AutomaticThought, Completion, occurrences

START = datetime(2026, 3, 23, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def best_of(func: Callable[[], object], *, number: int, repeat: int) -> float:
    """The best time of one call, in seconds."""
    return min(timeit.repeat(func, number=number, repeat=repeat)) / number


def _assignment(n: int, rule: str, days: int = 7) -> Assignment:
    return Assignment(
        id=f"asg-{n}",
        client_id="c-1",
        title="Practice",
        instructions="Ride the lift one floor at noon; rate distress before and after.",
        kind=AssignmentKind.BEHAVIOURAL,
        plan=Plan(action="Ride the lift one floor", dose=Dose(count=1)),
        schedule=Schedule.recurring(rule, timezone="Europe/Berlin"),
        assigned_at=START,
        review_at=START + days * DAY,
    )


def _logs(count: int, assignment_id: str = "asg-0") -> list[PracticeLog]:
    return [
        PracticeLog(
            id=f"{assignment_id}-log-{i}",
            client_id="c-1",
            assignment_id=assignment_id,
            occurred_at=START + i * DAY / 4 + timedelta(hours=3),
            completion=Completion.PARTLY if i % 5 == 0 else Completion.DONE,
            before=SUDS.rate(90 - i),
            after=SUDS.rate(60 - i),
        )
        for i in range(count)
    ]


def _records(count: int) -> list[ThoughtRecord]:
    return [
        ThoughtRecord(
            id=f"tr-{i}",
            client_id="c-1",
            assignment_id="asg-1",
            occurred_at=START + i * DAY / 3,
            situation="A message left unanswered.",
            thoughts=(AutomaticThought(text="They are upset.", belief=BELIEF.rate(90 - i)),),
        )
        for i in range(count)
    ]


def _series(points: int) -> progress.Series:
    return progress.Series(
        name="SUDS",
        scale=SUDS,
        points=[
            progress.Point(at=START + i * DAY, value=float((i * 37) % 101), entry_id=str(i))
            for i in range(points)
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, for a smoke run")
    args = parser.parse_args()
    repeat = 5 if args.quick else 100

    print(f"Python {sys.version.split()[0]}; best of {repeat} runs")
    daily = _assignment(0, "FREQ=DAILY;BYHOUR=12")
    season = _assignment(0, "FREQ=DAILY;BYHOUR=12", days=90)
    never = _assignment(0, "FREQ=DAILY;INTERVAL=7;BYDAY=TU")  # from a Monday: never
    for label, homework in (
        ("daily rule, one week (7)", daily),
        ("daily rule, 90 days across a clock change", season),
        ("a rule that never lines up, one week", never),
    ):
        seconds = best_of(partial(occurrences, homework), number=5, repeat=repeat)
        print(f"occurrences, {label}: {seconds * 1e6:,.0f} us")

    logs = _logs(30)
    seconds = best_of(partial(progress.adherence, daily, logs), number=5, repeat=repeat)
    print(f"adherence, one assignment, 30 logs: {seconds * 1e6:,.0f} us")

    for points in (10, 50, 200):
        data = _series(points)
        seconds = best_of(partial(progress.trend, data), number=3, repeat=repeat)
        print(f"trend of {points} points: {seconds * 1e6:,.0f} us")

    assignments = [
        _assignment(0, "FREQ=DAILY;BYHOUR=12", days=14),
        _assignment(1, "FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=19", days=14),
        _assignment(2, "FREQ=DAILY;BYHOUR=8,20", days=14),
        _assignment(3, "FREQ=WEEKLY;BYDAY=SA", days=14),
    ]
    entries: list[progress.Entry] = [*_logs(40, "asg-0"), *_logs(40, "asg-2"), *_records(40)]
    week = progress.Week.containing(START + 7 * DAY, "Europe/Berlin")
    summary = partial(
        progress.weekly_summary,
        client_id="c-1",
        week=week,
        assignments=assignments,
        entries=entries,
    )
    seconds = best_of(summary, number=2, repeat=max(3, repeat // 5))
    print(f"weekly_summary, 4 assignments, 120 entries: {seconds * 1e3:,.1f} ms")

    data = _series(20)
    seconds = best_of(partial(progress.chart, data), number=5, repeat=repeat)
    print(f"chart of 20 points: {seconds * 1e6:,.0f} us")


if __name__ == "__main__":
    main()
