"""Schedule arithmetic: occurrences in the client's zone, counts before review, the check."""

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import (
    Assignment,
    Dose,
    InvalidData,
    Plan,
    Schedule,
    check_assignment,
    check_schedule,
)
from therapy_homework.errors import TooManyOccurrences, UnboundedSchedule
from therapy_homework.model import count_before_review, expected_practice, occurrences
from therapy_homework.testing import strategies as ths

from .helpers import T0, assignment

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def _local_times(moments: tuple[datetime, ...], zone: ZoneInfo) -> list[str]:
    return [m.astimezone(zone).strftime("%m-%d %H:%M") for m in moments]


def _daily(rule: str, zone: str, start: datetime, days: int) -> tuple[datetime, ...]:
    return Schedule.recurring(rule, timezone=zone).occurrences(
        series_start=start, end=start + timedelta(days=days)
    )


# --------------------------------------------------------------------------- named cases


def test_a_daily_rule_keeps_its_local_time_across_the_spring_change() -> None:
    # Europe/Berlin moves from UTC+1 to UTC+2 on 29 March 2026.
    found = _daily("FREQ=DAILY;BYHOUR=8", "Europe/Berlin", datetime(2026, 3, 27, tzinfo=BERLIN), 4)
    assert _local_times(found, BERLIN) == [
        "03-27 08:00",
        "03-28 08:00",
        "03-29 08:00",
        "03-30 08:00",
    ]
    assert [m.utcoffset() for m in found] == [timedelta(hours=h) for h in (1, 1, 2, 2)]
    assert [m.astimezone(UTC).hour for m in found] == [7, 7, 6, 6]


def test_a_daily_rule_keeps_its_local_time_across_the_autumn_change() -> None:
    # America/New_York moves from UTC-4 to UTC-5 on 1 November 2026.
    start = datetime(2026, 10, 30, 12, tzinfo=NEW_YORK)
    found = _daily("FREQ=DAILY;BYHOUR=20;BYMINUTE=30", "America/New_York", start, 4)
    assert _local_times(found, NEW_YORK) == [
        "10-30 20:30",
        "10-31 20:30",
        "11-01 20:30",
        "11-02 20:30",
    ]
    assert len({m.astimezone(UTC).time() for m in found}) == 2


def test_a_local_time_that_does_not_exist_moves_forward_by_the_gap() -> None:
    # 02:30 does not happen in Berlin on 29 March 2026: the clocks jump to 03:00.
    start = datetime(2026, 3, 28, tzinfo=BERLIN)
    found = _daily("FREQ=DAILY;BYHOUR=2;BYMINUTE=30", "Europe/Berlin", start, 3)
    assert [m.isoformat() for m in found] == [
        "2026-03-28T02:30:00+01:00",
        "2026-03-29T03:30:00+02:00",
        "2026-03-30T02:30:00+02:00",
    ]


def test_a_local_time_that_happens_twice_is_the_first_of_the_two() -> None:
    # 02:30 happens twice in Berlin on 25 October 2026.
    start = datetime(2026, 10, 25, tzinfo=BERLIN)
    found = _daily("FREQ=DAILY;BYHOUR=2;BYMINUTE=30", "Europe/Berlin", start, 1)
    assert [m.isoformat() for m in found] == ["2026-10-25T02:30:00+02:00"]


def test_thirty_days_across_the_spring_change_can_hold_thirty_one_local_midnights() -> None:
    # Berlin moves to UTC+2 on 26 March 2000, so thirty elapsed days from
    # 1 March 00:00 +01:00 end at 31 March 01:00 local time: that midnight is in.
    winter = timezone(timedelta(hours=1))
    found = _daily("FREQ=DAILY;BYHOUR=0", "Europe/Berlin", datetime(2000, 3, 1, tzinfo=winter), 30)
    assert len(found) == 31
    assert _local_times(found[-1:], BERLIN) == ["03-31 00:00"]


def test_a_weekly_rule_has_the_right_count_before_the_review() -> None:
    # Set Thursday 19 November 17:00 UTC, reviewed two weeks later at 17:00 UTC.
    # Mondays and Thursdays at 19:00 Berlin (18:00 UTC): 19, 23, 26 and 30 November;
    # 3 December at 18:00 UTC is after the review.
    homework = assignment(
        schedule=Schedule.recurring("FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=19", timezone="Europe/Berlin"),
        review_at=T0 + timedelta(days=14),
    )
    assert count_before_review(homework) == 4
    assert _local_times(occurrences(homework), BERLIN) == [
        "11-19 19:00",
        "11-23 19:00",
        "11-26 19:00",
        "11-30 19:00",
    ]


def test_once_before_the_review_is_one_occurrence() -> None:
    homework = assignment(review_at=T0 + timedelta(days=21))
    assert homework.schedule.is_once
    assert count_before_review(homework) == 1
    assert occurrences(homework) == (T0,)
    assert occurrences(homework, T0 + timedelta(days=1)) == ()


def test_expected_practice_multiplies_by_the_dose() -> None:
    homework = assignment(
        plan=Plan(action="Breathe out slowly", dose=Dose(count=2)),
        schedule=Schedule.recurring("FREQ=DAILY", timezone="UTC"),
    )
    assert expected_practice(homework) == 14
    assert expected_practice(homework, T0, T0 + timedelta(days=3)) == 6


def test_byhour_means_on_the_hour() -> None:
    start = datetime(2026, 11, 2, 9, 41, 17, 250, tzinfo=UTC)
    found = _daily("FREQ=DAILY;BYHOUR=18", "UTC", start, 2)
    assert [m.time().isoformat() for m in found] == ["18:00:00", "18:00:00"]


def test_until_as_a_date_includes_that_day() -> None:
    start = datetime(2026, 11, 2, 9, tzinfo=BERLIN)
    schedule = Schedule.recurring("FREQ=DAILY;BYHOUR=21;UNTIL=20261104", timezone="Europe/Berlin")
    assert _local_times(schedule.occurrences(series_start=start), BERLIN) == [
        "11-02 21:00",
        "11-03 21:00",
        "11-04 21:00",
    ]


def test_until_in_utc_is_an_instant() -> None:
    start = datetime(2026, 11, 2, 9, tzinfo=BERLIN)
    # 21:00 Berlin is 20:00 UTC: the third day's occurrence is after UNTIL.
    rule = "FREQ=DAILY;BYHOUR=21;UNTIL=20261104T195959Z"
    schedule = Schedule.recurring(rule, timezone="Europe/Berlin")
    assert len(schedule.occurrences(series_start=start)) == 2


def test_count_ends_a_rule_without_a_review() -> None:
    homework = assignment(
        review_at=None, schedule=Schedule.recurring("FREQ=WEEKLY;COUNT=3", timezone="UTC")
    )
    assert count_before_review(homework) == 3
    assert homework.schedule.is_bounded


def test_a_rule_with_no_end_and_no_review_is_an_error_not_a_hang() -> None:
    homework = assignment(review_at=None, schedule=Schedule.recurring("FREQ=DAILY", timezone="UTC"))
    with pytest.raises(UnboundedSchedule, match="review_at"):
        count_before_review(homework)
    assert [f.code for f in check_schedule(homework)] == ["SCHED002"]
    assert len(occurrences(homework, end=T0 + timedelta(days=2))) == 2


def test_too_many_occurrences_is_an_error() -> None:
    hours = ",".join(str(h) for h in range(24))
    minutes = ",".join(str(m) for m in range(60))
    homework = assignment(
        schedule=Schedule.recurring(f"FREQ=DAILY;BYHOUR={hours};BYMINUTE={minutes}", timezone="UTC")
    )
    with pytest.raises(TooManyOccurrences):
        count_before_review(homework)
    one_day = attrs.evolve(homework, review_at=T0 + timedelta(days=1))
    assert count_before_review(one_day) == 24 * 60
    assert [f.code for f in check_schedule(homework)] == ["SCHED003"]
    with pytest.raises(TooManyOccurrences):
        occurrences(homework, limit=10)
    with pytest.raises(InvalidData) as caught:
        occurrences(homework, limit=0)
    assert caught.value.paths == ["$.limit"]


def test_a_rule_with_no_occurrence_before_the_review_is_a_finding() -> None:
    # Set on Thursday, reviewed on Saturday: a Monday rule never falls in between.
    homework = assignment(
        review_at=T0 + timedelta(days=2),
        schedule=Schedule.recurring("FREQ=WEEKLY;BYDAY=MO", timezone="UTC"),
    )
    report = check_schedule(homework)
    assert [(f.code, f.path) for f in report] == [("SCHED001", "$.schedule.recurrence")]
    assert "SCHED001" in {f.code for f in check_assignment(homework)}


def test_an_interval_that_never_lines_up_gives_no_occurrence_quickly() -> None:
    # Every seventh day from a Thursday is always a Thursday: never a Monday.
    homework = assignment(
        schedule=Schedule.recurring("FREQ=DAILY;INTERVAL=7;BYDAY=MO", timezone="UTC")
    )
    assert occurrences(homework) == ()
    assert [f.code for f in check_schedule(homework)] == ["SCHED001"]
    bounded = Schedule.recurring("FREQ=DAILY;INTERVAL=7;BYDAY=MO;COUNT=3", timezone="UTC")
    assert bounded.occurrences(series_start=T0) == ()


def test_a_sound_schedule_has_no_schedule_findings() -> None:
    homework = assignment(schedule=Schedule.recurring("FREQ=DAILY;BYHOUR=20", timezone="UTC"))
    assert not check_schedule(homework)


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31",
        "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=-30",
        "FREQ=WEEKLY;BYDAY=MO;BYSETPOS=-40",
    ],
)
def test_a_rule_that_can_never_happen_is_refused(rule: str) -> None:
    with pytest.raises(InvalidData) as caught:
        Schedule.recurring(rule, timezone="UTC")
    assert caught.value.paths == ["$.recurrence"]
    assert "never" in caught.value.problems[0].message


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("FREQ=SECONDLY", "FREQ=DAILY;BYHOUR"),
        ("FREQ=HOURLY;INTERVAL=2", "several times a day"),
        ("FREQ=DAILY;BYEASTER=0", "BYEASTER"),
        ("FREQ=DAILY;COUNT=3;UNTIL=20261201", "COUNT and UNTIL"),
        ("FREQ=DAILY;FREQ=WEEKLY", "twice"),
        ("FREQ=DAILY;UNTIL=soon", "UNTIL"),
        ("FREQ=DAILY;UNTIL=20260230", "UNTIL"),
        ("BYDAY=MO", "FREQ"),
        ("FREQ=DAILY;;", "valid"),
    ],
)
def test_rules_the_kit_does_not_take_say_why(rule: str, words: str) -> None:
    with pytest.raises(InvalidData) as caught:
        Schedule.recurring(rule, timezone="UTC")
    assert words in caught.value.problems[0].message


def test_naive_times_are_refused() -> None:
    schedule = Schedule.recurring("FREQ=DAILY", timezone="UTC")
    with pytest.raises(InvalidData) as caught:
        schedule.occurrences(series_start=datetime(2026, 1, 1), end=datetime(2026, 1, 3))
    assert caught.value.paths == ["$.series_start", "$.end"]
    with pytest.raises(InvalidData) as caught:
        schedule.occurrences(series_start=T0, end="tomorrow")  # type: ignore[arg-type]
    assert caught.value.paths == ["$.end"]
    assert "expected a timestamp" in caught.value.problems[0].message


# --------------------------------------------------------------------------- properties

_WINDOWS = st.tuples(
    ths.aware_datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
    st.integers(0, 60 * 24 * 40),
    st.integers(0, 60 * 24 * 40),
)


@given(ths.schedules(), _WINDOWS)
def test_occurrences_are_ordered_distinct_aware_and_inside_the_window(
    schedule: Schedule, window: tuple[datetime, int, int]
) -> None:
    series_start, offset, length = window
    start = series_start + timedelta(minutes=offset)
    end = start + timedelta(minutes=length)
    found = schedule.occurrences(series_start=series_start, start=start, end=end)
    assert list(found) == sorted(set(found))
    assert all(m.utcoffset() is not None and start <= m < end for m in found)


@given(ths.schedules(), _WINDOWS, st.integers(0, 60 * 24 * 40))
def test_windows_add_up(schedule: Schedule, window: tuple[datetime, int, int], cut: int) -> None:
    series_start, offset, length = window
    start = series_start + timedelta(minutes=offset)
    middle = start + timedelta(minutes=min(cut, length))
    end = start + timedelta(minutes=length)

    def between(a: datetime, b: datetime) -> tuple[datetime, ...]:
        return schedule.occurrences(series_start=series_start, start=a, end=b)

    assert between(start, middle) + between(middle, end) == between(start, end)


@given(
    st.sampled_from(ths.TIMEZONES),
    st.integers(0, 23),
    st.integers(0, 59),
    ths.aware_datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2080, 1, 1)),
)
def test_a_daily_rule_is_at_its_local_time_or_just_after_a_gap(
    zone_name: str, hour: int, minute: int, series_start: datetime
) -> None:
    zone = ZoneInfo(zone_name)
    rule = f"FREQ=DAILY;BYHOUR={hour};BYMINUTE={minute}"
    found = _daily(rule, zone_name, series_start, 30)
    # Thirty days of elapsed time is thirty days of wall-clock time unless the
    # window crosses a clock change, which makes it up to a few hours longer or
    # shorter: then one more or one fewer local day can fall inside it.
    shift = (
        series_start.astimezone(zone).utcoffset()
        != (series_start + timedelta(days=30)).astimezone(zone).utcoffset()
    )
    assert len(found) == 30 or (shift and 29 <= len(found) <= 31)
    for moment in found:
        local = moment.astimezone(zone)
        if (local.hour, local.minute) != (hour, minute):
            # Only when the wall time was skipped by a clock change.
            wall = local.replace(hour=hour, minute=minute, tzinfo=None)
            round_trip = wall.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)
            assert round_trip.replace(tzinfo=None) != wall


@given(ths.assignments(schedule=Schedule()))
def test_a_one_off_schedule_always_counts_one(homework: Assignment) -> None:
    assert count_before_review(homework) == 1
