"""Adherence, trends, weekly summaries, review coverage and charts."""

import json
import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import (
    Assignment,
    BehavioralExperiment,
    CouplesRepairAttempt,
    Dose,
    InvalidData,
    Partner,
    Plan,
    PracticeLog,
    Schedule,
    ThoughtRecord,
)
from therapy_homework.errors import ScaleMismatch
from therapy_homework.model import (
    BELIEF,
    SUDS,
    TENSION,
    AssignmentStatus,
    AutomaticThought,
    Barrier,
    BarrierKind,
    Completion,
    Reception,
    Repair,
    RepairKind,
    StartUp,
    TensionRating,
)
from therapy_homework.progress import (
    MIN_TREND_POINTS,
    PARTIAL_CREDIT,
    Adherence,
    Coverage,
    Entry,
    Measure,
    Point,
    Series,
    Week,
    adherence,
    chart,
    completion_of,
    review_coverage,
    series,
    theil_sen,
    trend,
    weekly_adherence,
    weekly_summary,
)
from therapy_homework.testing import strategies as ths

from .helpers import T0, assignment, review

DAY = timedelta(days=1)


def _thought_record(n: int, belief: int, rerated: int | None = None) -> ThoughtRecord:
    return ThoughtRecord(
        id=f"tr-{n}",
        client_id="client-1",
        assignment_id="asg-1",
        occurred_at=T0 + n * DAY,
        situation="Waiting for a reply to my message.",
        thoughts=(AutomaticThought(text="They are angry with me.", belief=BELIEF.rate(belief)),),
        rerated_belief=None if rerated is None else BELIEF.rate(rerated),
    )


def _log(n: int, completion: Completion = Completion.DONE, **fields: object) -> PracticeLog:
    return PracticeLog(
        id=f"log-{n}",
        client_id="client-1",
        assignment_id="asg-1",
        occurred_at=T0 + n * DAY + timedelta(hours=2),
        completion=completion,
        **fields,  # type: ignore[arg-type]
    )


def _repair(n: int, before: tuple[int, int], after: tuple[int, int]) -> CouplesRepairAttempt:
    return CouplesRepairAttempt(
        id=f"rep-{n}",
        client_id="client-1",
        partners=(Partner(id="p1"), Partner(id="p2")),
        occurred_at=T0 + n * DAY,
        initiator_id="p1",
        topic="Whose turn it was to call the plumber.",
        start_up=StartUp.SOFT,
        repair=Repair(kind=RepairKind.I_FEEL),
        reception=Reception.ACCEPTED,
        tension=(
            TensionRating(
                partner_id="p1", before=TENSION.rate(before[0]), after=TENSION.rate(after[0])
            ),
            TensionRating(
                partner_id="p2", before=TENSION.rate(before[1]), after=TENSION.rate(after[1])
            ),
        ),
        what_changed="We laughed about the leak.",
    )


# --------------------------------------------------------------------------- trends


def test_a_falling_belief_series_gives_a_negative_slope() -> None:
    records = [_thought_record(n, b) for n, b in enumerate([90, 85, 70, 60, 50])]
    result = trend(series(records, Measure.HOT_THOUGHT_BELIEF))
    assert result.enough_data
    assert result.points == 5
    assert result.slope_per_entry == pytest.approx(-10.0)
    assert result.slope_per_week == pytest.approx(-70.0)
    assert result.direction == "falling"
    assert result.describe() == (
        "Belief in the hot thought: falling, about 10.0 per entry over 5 entries (from 90 to 50)."
    )


def test_two_points_give_not_enough_data() -> None:
    records = [_thought_record(0, 90), _thought_record(1, 40)]
    result = trend(series(records, Measure.HOT_THOUGHT_BELIEF))
    assert not result.enough_data
    assert result.slope_per_entry is None
    assert result.slope_per_week is None
    assert result.direction == "not enough data"
    assert "not enough data" in result.describe()
    assert MIN_TREND_POINTS == 3


def test_one_wild_entry_does_not_reverse_the_trend() -> None:
    values = [80, 75, 70, 100, 60, 55]
    data = Series(
        name="SUDS",
        scale=SUDS,
        points=[Point(at=T0 + i * DAY, value=v, entry_id=str(i)) for i, v in enumerate(values)],
    )
    result = trend(data)
    assert result.slope_per_entry is not None
    assert result.slope_per_entry < 0


def test_belief_before_and_after_are_separate_series() -> None:
    records = [_thought_record(n, 80, rerated) for n, rerated in enumerate([60, 50, None, 30])]
    after = series(records, Measure.HOT_THOUGHT_BELIEF_AFTER)
    assert [p.value for p in after.points] == [60, 50, 30]
    assert after.scale == BELIEF
    assert trend(series(records, Measure.HOT_THOUGHT_BELIEF)).direction == "flat"


def test_suds_across_exposure_attempts() -> None:
    logs = [
        _log(n, before=SUDS.rate(b), after=SUDS.rate(b - 20)) for n, b in enumerate([90, 80, 65])
    ]
    assert trend(series(logs, Measure.PRACTICE_BEFORE)).slope_per_entry == pytest.approx(-12.5)
    assert [p.value for p in series(logs, Measure.PRACTICE_AFTER).points] == [70, 60, 45]


def test_tension_follows_the_mean_or_one_partner() -> None:
    attempts = [_repair(0, (8, 6), (5, 5)), _repair(1, (6, 6), (3, 2)), _repair(2, (5, 3), (2, 2))]
    assert [p.value for p in series(attempts, Measure.TENSION_BEFORE).points] == [7, 6, 4]
    alone = series(attempts, Measure.TENSION_AFTER, partner_id="p2")
    assert [p.value for p in alone.points] == [5, 2, 2]


def test_a_summary_follows_each_scale_separately() -> None:
    logs: list[Entry] = [
        *(_log(n, before=SUDS.rate(80 - 10 * n)) for n in range(3)),
        *(
            attrs.evolve(_log(n + 3, before=TENSION.rate(n)), assignment_id="asg-2")
            for n in range(3)
        ),
    ]
    summary = weekly_summary(
        client_id="client-1", week=Week.containing(T0 + 7 * DAY), assignments=[], entries=logs
    )
    directions = {t.name: t.direction for t in summary.trends}
    assert directions == {
        "Rating before practice (suds)": "falling",
        "Rating before practice (tension)": "rising",
    }


def test_mixed_scales_must_be_split_by_assignment() -> None:
    logs = [
        _log(0, before=SUDS.rate(50)),
        attrs.evolve(_log(1, before=TENSION.rate(5)), assignment_id="asg-2"),
    ]
    with pytest.raises(ScaleMismatch, match="assignment_id"):
        series(logs, Measure.PRACTICE_BEFORE)
    assert len(series(logs, Measure.PRACTICE_BEFORE, assignment_id="asg-2")) == 1


def test_things_that_are_not_entries_are_named() -> None:
    with pytest.raises(InvalidData) as caught:
        series([_log(0), review()], Measure.PRACTICE_BEFORE)
    assert caught.value.paths == ["$.entries[1]"]


def test_a_series_refuses_points_it_cannot_order_or_average() -> None:
    with pytest.raises(InvalidData) as caught:
        Series(
            name="x",
            scale=None,
            points=[
                Point(at=T0, value=float("nan"), entry_id="a"),
                Point(at=T0 + DAY, value=True, entry_id="b"),
                Point(at=datetime(2026, 1, 1), value=3, entry_id="c"),
            ],
        )
    assert caught.value.paths == ["$.points[0].value", "$.points[1].value", "$.points[2].at"]


def test_a_series_names_what_is_not_a_point() -> None:
    with pytest.raises(InvalidData) as caught:
        Series(name=3, scale="belief", points=[Point(at=T0, value=1, entry_id="a"), (T0, 2)])  # type: ignore[arg-type]
    assert caught.value.paths == ["$.name", "$.scale", "$.points[1]"]
    with pytest.raises(InvalidData) as caught:
        Series(name="x", scale=None, points=None)
    assert caught.value.paths == ["$.points"]


@pytest.mark.parametrize("minimum", [2, 0, True, 3.0, "3"])
def test_a_trend_needs_a_sensible_minimum(minimum: Any) -> None:
    empty = Series(name="x", scale=None, points=[])
    for call in (
        lambda: trend(empty, minimum=minimum),
        lambda: chart(empty, minimum=minimum),
        # Refused even when there is nothing to draw a trend from.
        lambda: weekly_summary(
            client_id="c", week=Week.containing(T0), assignments=[], entries=[], minimum=minimum
        ),
    ):
        with pytest.raises(InvalidData) as caught:
            call()
        assert caught.value.paths == ["$.minimum"]


def test_theil_sen_of_a_line_is_its_slope() -> None:
    assert theil_sen([0, 1, 2, 3], [1, 3, 5, 7]) == 2
    assert theil_sen([1, 1], [0, 5]) is None
    with pytest.raises(InvalidData):
        theil_sen([1, 2], [1])


# --------------------------------------------------------------------------- adherence


def _daily_homework(**overrides: Any) -> Assignment:
    fields: dict[str, Any] = {
        "plan": Plan(action="Ride the lift one floor", dose=Dose(count=1)),
        "schedule": Schedule.recurring("FREQ=DAILY;BYHOUR=18", timezone="UTC"),
    }
    fields.update(overrides)
    return assignment(**fields)


def test_adherence_counts_done_and_partly_done_practice() -> None:
    homework = _daily_homework()
    entries = [_log(n) for n in range(4)] + [_log(n, Completion.PARTLY) for n in (4, 5)]
    result = adherence(homework, entries)
    assert (result.expected, result.done, result.partly) == (7, 4, 2)
    assert result.share == pytest.approx((4 + 2 * PARTIAL_CREDIT) / 7)
    assert result.describe() == "4 of 7 planned practices done, 2 partly."


def test_adherence_is_worded_as_practice_done() -> None:
    for value in (Adherence(3, 0, 0), Adherence(0, 0, 0), Adherence(0, 2, 1), Adherence(5, 5, 0)):
        words = value.describe().lower()
        assert not any(w in words for w in ("fail", "miss", "only", "didn't", "not done"))


def test_adherence_and_coverage_cannot_hold_impossible_counts() -> None:
    with pytest.raises(InvalidData) as caught:
        Adherence(expected=-1, done=True, partly=2)
    assert caught.value.paths == ["$.expected", "$.done"]
    with pytest.raises(InvalidData) as caught:
        Coverage(due=1, reviewed=2, unreviewed=())
    assert caught.value.paths == ["$.reviewed"]
    with pytest.raises(InvalidData) as caught:
        Coverage(due=2, reviewed=1, unreviewed=())
    assert caught.value.paths == ["$.unreviewed"]
    assert Coverage(due=2, reviewed=1, unreviewed=("a1",)).share == 0.5


def test_lists_of_the_wrong_records_are_named_not_crashed_on() -> None:
    week = Week.containing(T0)
    with pytest.raises(InvalidData) as caught:
        weekly_summary(
            client_id="client-1",
            week=week,
            assignments=[assignment(), review()],  # type: ignore[list-item]
            entries=[],
            reviews=[assignment()],  # type: ignore[list-item]
        )
    assert caught.value.paths == ["$.assignments[1]"]
    with pytest.raises(InvalidData) as caught:
        review_coverage([], [assignment()], as_of=T0)  # type: ignore[list-item]
    assert caught.value.paths == ["$.reviews[0]"]
    with pytest.raises(InvalidData) as caught:
        weekly_adherence([_log(0)], [], week)  # type: ignore[list-item]
    assert caught.value.paths == ["$.assignments[0]"]


def test_adherence_so_far_stops_at_as_of() -> None:
    homework = _daily_homework()
    result = adherence(homework, [_log(0), _log(5)], as_of=T0 + 3 * DAY)
    assert (result.expected, result.done) == (3, 1)


def test_entries_of_other_assignments_do_not_count() -> None:
    homework = _daily_homework()
    other = attrs.evolve(_log(1), assignment_id="asg-2")
    assert adherence(homework, [other]).attempts == 0


def test_a_planned_experiment_counts_as_partly_done() -> None:
    experiment = BehavioralExperiment(
        id="e1",
        client_id="client-1",
        occurred_at=T0,
        belief="b",
        belief_rating=BELIEF.rate(70),
        experiment="x",
        feared_outcome="y",
    )
    assert completion_of(experiment) is Completion.PARTLY
    assert completion_of(attrs.evolve(experiment, outcome="z")) is Completion.DONE
    assert completion_of(_thought_record(0, 50)) is Completion.DONE


def test_weekly_adherence_counts_occurrences_in_the_week() -> None:
    homework = _daily_homework(review_at=T0 + 14 * DAY)
    week = Week.containing(T0 + 7 * DAY)  # Monday 23 to Sunday 29 November 2026
    assert week.start == date(2026, 11, 23)
    entries = [_log(n) for n in (4, 5, 6)]  # 23, 24, 25 November
    result = weekly_adherence([homework], entries, week)
    assert (result.expected, result.done) == (7, 3)


def test_a_one_off_counts_in_the_week_it_is_due() -> None:
    homework = assignment(plan=Plan(action="Write the letter", dose=Dose(count=1)))
    due_week = Week.containing(homework.review_at)  # type: ignore[arg-type]
    first_week = due_week.previous()
    entries = [_log(1)]
    assert weekly_adherence([homework], entries, first_week).expected == 0
    result = weekly_adherence([homework], entries, due_week)
    assert (result.expected, result.done) == (1, 1)


def test_proposed_and_paused_homework_expects_nothing() -> None:
    for status in (AssignmentStatus.PROPOSED, AssignmentStatus.PAUSED):
        homework = _daily_homework(status=status)
        week = Week.containing(T0)
        assert weekly_adherence([homework], [], week).expected == 0


# --------------------------------------------------------------------------- weeks


def test_a_week_across_a_clock_change_is_an_hour_longer() -> None:
    week = Week(date(2026, 10, 19), "Europe/Berlin")
    assert week.ends_at - week.starts_at == timedelta(days=7, hours=1)
    assert week.starts_at.isoformat() == "2026-10-19T00:00:00+02:00"
    assert Week.containing(datetime(2026, 10, 25, 23, 30, tzinfo=UTC), "Europe/Berlin") == Week(
        date(2026, 10, 26), "Europe/Berlin"
    )


def test_a_week_can_start_on_sunday() -> None:
    assert Week.containing(T0, first_day=6).start == date(2026, 11, 15)


def test_bad_weeks_are_refused() -> None:
    with pytest.raises(InvalidData) as caught:
        Week(datetime(2026, 1, 1), "Nowhere/Special")
    assert caught.value.paths == ["$.start", "$.timezone"]
    with pytest.raises(InvalidData):
        Week.containing(datetime(2026, 1, 1))
    with pytest.raises(InvalidData):
        Week.containing(T0, first_day=7)


# --------------------------------------------------------------------------- coverage


def test_review_coverage_counts_homework_looked_at_when_due() -> None:
    on_time = assignment(id="a1")
    late = assignment(id="a2")
    forgotten = assignment(id="a3")
    not_due = assignment(id="a4", review_at=T0 + 30 * DAY)
    proposed = assignment(id="a5", status=AssignmentStatus.PROPOSED)
    reviews = [
        review(id="r1", assignment_id="a1"),
        review(id="r2", assignment_id="a2", reviewed_at=T0 + 12 * DAY),
    ]
    coverage = review_coverage(
        [on_time, late, forgotten, not_due, proposed], reviews, as_of=T0 + 20 * DAY
    )
    assert (coverage.due, coverage.reviewed, coverage.unreviewed) == (3, 1, ("a2", "a3"))
    assert coverage.share == pytest.approx(1 / 3)
    assert review_coverage([], [], as_of=T0).share is None


# --------------------------------------------------------------------------- weekly summary


def test_a_weekly_summary_counts_without_quoting() -> None:
    homework = _daily_homework(review_at=T0 + 7 * DAY)
    week = Week.containing(T0 + 7 * DAY)
    entries: list[Entry] = [
        _log(4, what_changed="I held the door for a stranger in the lift."),
        _log(5, Completion.PARTLY),
        *(_thought_record(n, b) for n, b in ((1, 90), (3, 80), (5, 60))),
        attrs.evolve(_log(6), client_id="client-2"),
    ]
    reviews = [
        review(
            reviewed_at=T0 + 7 * DAY,
            completion=Completion.PARTLY,
            barriers=(Barrier(kind=BarrierKind.FORGOT), Barrier(kind=BarrierKind.TOO_BIG)),
            noticed="Mornings were easier than evenings.",
        )
    ]
    inputs: dict[str, Any] = {
        "client_id": "client-1",
        "week": week,
        "assignments": [homework],
        "entries": entries,
        "reviews": reviews,
    }
    summary = weekly_summary(**inputs)
    assert summary.attempted == {"practice_log": 2, "thought_record": 1}
    assert summary.running == ("asg-1",)
    assert summary.assigned == ()
    assert summary.reviewed == {Completion.PARTLY: 1}
    assert summary.barriers == ((BarrierKind.FORGOT, 1), (BarrierKind.TOO_BIG, 1))
    assert summary.change_notes == 2
    assert summary.notes == ()
    belief = [t for t in summary.trends if t.name == Measure.HOT_THOUGHT_BELIEF.label]
    assert belief[0].direction == "falling"
    assert "stranger" not in repr(summary)

    with_notes = weekly_summary(**inputs, include_notes=True)
    assert sorted(with_notes.notes) == [
        "I held the door for a stranger in the lift.",
        "Mornings were easier than evenings.",
    ]
    assert attrs.evolve(with_notes, notes=()) == summary
    assert "stranger" not in repr(with_notes)


# --------------------------------------------------------------------------- charts


def _belief_series() -> Series:
    records = [_thought_record(n, b) for n, b in enumerate([90, 85, 70, 60, 50])]
    return series(records, Measure.HOT_THOUGHT_BELIEF)


def test_a_chart_is_plain_vega_lite_data() -> None:
    spec = chart(_belief_series())
    assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/v5")
    assert json.loads(json.dumps(spec)) == spec
    points, fit = spec["layer"]
    assert [v["value"] for v in points["data"]["values"]] == [90, 85, 70, 60, 50]
    assert points["encoding"]["y"]["scale"] == {"domain": [0, 100]}
    first, last = fit["data"]["values"]
    assert last["value"] < first["value"]


def test_a_chart_with_too_few_points_has_no_trend_line() -> None:
    data = series([_thought_record(0, 90), _thought_record(1, 40)], Measure.HOT_THOUGHT_BELIEF)
    spec = chart(data)
    assert len(spec["layer"]) == 1
    assert "not enough data" in spec["description"]


def test_a_chart_compiles_and_renders_with_vega_lite() -> None:
    import vl_convert

    spec = chart(_belief_series())
    vega = vl_convert.vegalite_to_vega(spec)
    assert vega["$schema"].startswith("https://vega.github.io/schema/vega/")
    assert vl_convert.vegalite_to_svg(spec).startswith("<svg")


_SECRETS = st.integers(0, 10**6).map(lambda n: f"§secret {n}§")


@given(
    st.lists(
        ths.practice_logs(client_id="client-1", assignment_id="asg-1", scale=SUDS, text=_SECRETS),
        max_size=8,
        unique_by=lambda log: log.id,
    )
)
def test_no_client_text_reaches_a_chart_a_trend_or_a_summary(logs: list[PracticeLog]) -> None:
    data = series(logs, Measure.PRACTICE_BEFORE)
    assert "§secret" not in json.dumps(chart(data))
    assert "§secret" not in trend(data).describe()
    week = Week.containing(T0)
    summary = weekly_summary(
        client_id="client-1", week=week, assignments=[], entries=logs, include_notes=True
    )
    assert "§secret" not in repr(summary) + str(summary)
    assert "§secret" not in adherence(_daily_homework(), logs).describe()


# --------------------------------------------------------------------------- properties


@st.composite
def _client_practice(draw: st.DrawFn) -> tuple[Assignment, list[PracticeLog]]:
    homework = draw(
        ths.assignments(
            id="asg-1",
            client_id="client-1",
            status=AssignmentStatus.ACTIVE,
            assigned_at=st.just(T0),
            review_at=st.sampled_from([T0 + 7 * DAY, T0 + 14 * DAY, None]),
        )
    )
    window_end = homework.review_at or T0 + 14 * DAY
    logs = draw(
        st.lists(
            ths.practice_logs(
                client_id="client-1",
                assignment_id="asg-1",
                occurred_at=ths.aware_datetimes(min_value=T0 - DAY, max_value=window_end + DAY),
            ),
            max_size=30,
            unique_by=lambda log: log.id,
        )
    )
    return homework, logs


@given(_client_practice(), st.randoms())
def test_adherence_is_a_share_and_ignores_order(
    case: tuple[Assignment, list[PracticeLog]], rnd: random.Random
) -> None:
    homework, logs = case
    as_of = None if homework.review_at else T0 + 14 * DAY
    result = adherence(homework, logs, as_of=as_of)
    assert result.share is None or 0.0 <= result.share <= 1.0
    assert result.attempts <= len(logs)
    shuffled = logs[:]
    rnd.shuffle(shuffled)
    assert adherence(homework, shuffled, as_of=as_of) == result
    week = Week.containing(T0)
    weekly = weekly_adherence([homework], logs, week)
    assert weekly.share is None or 0.0 <= weekly.share <= 1.0
    assert weekly_adherence([homework], shuffled, week) == weekly
    summary = weekly_summary(client_id="client-1", week=week, assignments=[homework], entries=logs)
    assert (
        weekly_summary(client_id="client-1", week=week, assignments=[homework], entries=shuffled)
        == summary
    )


_VALUES = st.integers(0, 100).map(float)
_TIMES = ths.aware_datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 1, 1))


@given(_VALUES, st.lists(_TIMES, min_size=0, max_size=12, unique=True))
def test_the_slope_of_a_constant_series_is_zero(value: float, times: list[datetime]) -> None:
    data = Series(
        name="x",
        scale=None,
        points=[Point(at=t, value=value, entry_id=str(i)) for i, t in enumerate(times)],
    )
    result = trend(data)
    if len(times) < MIN_TREND_POINTS:
        assert result.slope_per_entry is None
    else:
        assert result.slope_per_entry == 0
        assert result.slope_per_week in (0, None)


@given(st.lists(st.tuples(_TIMES, _VALUES), min_size=0, max_size=12), st.randoms())
def test_shuffling_entries_changes_no_trend(
    pairs: list[tuple[datetime, float]], rnd: random.Random
) -> None:
    points = [Point(at=t, value=v, entry_id=f"e{i}") for i, (t, v) in enumerate(pairs)]
    shuffled = points[:]
    rnd.shuffle(shuffled)
    a = Series(name="x", scale=None, points=points)
    b = Series(name="x", scale=None, points=shuffled)
    assert a == b
    assert trend(a) == trend(b)
    assert chart(a) == chart(b)


@given(st.lists(ths.thought_records(client_id="client-1"), max_size=8), st.randoms())
def test_shuffling_records_changes_no_series(
    records: list[ThoughtRecord], rnd: random.Random
) -> None:
    shuffled = records[:]
    rnd.shuffle(shuffled)
    for measure in (Measure.HOT_THOUGHT_BELIEF, Measure.HOT_THOUGHT_BELIEF_AFTER):
        try:
            expected = series(records, measure)
        except ScaleMismatch:
            with pytest.raises(ScaleMismatch):
                series(shuffled, measure)
            continue
        assert series(shuffled, measure) == expected


@given(
    st.lists(st.integers(-50, 50), min_size=2, max_size=15),
    st.integers(-20, 20),
    st.integers(-100, 100),
)
def test_theil_sen_recovers_an_exact_line_and_moves_with_it(
    xs_raw: list[int], slope: int, shift: int
) -> None:
    xs = sorted({float(x) for x in xs_raw})
    ys = [slope * x + 3 for x in xs]
    if len(xs) < 2:
        assert theil_sen(xs, ys) is None
        return
    assert theil_sen(xs, ys) == pytest.approx(slope)
    assert theil_sen(xs, [y + shift for y in ys]) == pytest.approx(slope)
    assert theil_sen(xs, [-y for y in ys]) == pytest.approx(-slope)


@given(_TIMES, st.sampled_from(ths.TIMEZONES), st.integers(0, 6))
def test_the_week_containing_a_moment_contains_it(
    moment: datetime, zone: str, first_day: int
) -> None:
    week = Week.containing(moment, zone, first_day=first_day)
    assert moment in week
    assert week.start.weekday() == first_day
    assert week.next().starts_at == week.ends_at
    assert week.next().previous() == week
