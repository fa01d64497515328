"""Capacity: the brief's named cases, thresholds, and monotonicity as properties."""

from datetime import timedelta
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import (
    Assignment,
    AssignmentKind,
    CapacitySnapshot,
    Dose,
    InvalidData,
    Plan,
    Schedule,
    check_capacity,
    from_dict,
    to_dict,
)
from therapy_homework.checks import CapacityThresholds, Demand, load_of, weekly_budget
from therapy_homework.model import MOOD, AssignmentStatus, ExecutiveStrain, Stressor
from therapy_homework.testing import strategies as ths

from .helpers import T0, assignment


def _snapshot(**overrides: Any) -> CapacitySnapshot:
    fields: dict[str, Any] = {
        "client_id": "client-1",
        "as_of": T0,
        "energy": MOOD.rate(5),
        "motivation": MOOD.rate(5),
    }
    fields.update(overrides)
    return CapacitySnapshot(**fields)


GRIEVING = _snapshot(energy=MOOD.rate(3), motivation=MOOD.rate(4), stressors=(Stressor.GRIEF,))

ELABORATE_DAILY_ROUTINE = assignment(
    id="asg-routine",
    title="Evening routine",
    instructions=(
        "Every evening, journal for thirty minutes, then meditate, then write a gratitude "
        "list and plan tomorrow."
    ),
    kind=AssignmentKind.BEHAVIOURAL,
    plan=Plan(
        action="Journal, meditate, write a gratitude list and plan tomorrow",
        cue="Every evening",
        dose=Dose(count=1, minutes=45),
    ),
    schedule=Schedule.recurring("FREQ=DAILY", timezone="Europe/London"),
)

FIVE_MINUTE_PAUSE = assignment(
    id="asg-pause",
    title="A pause",
    instructions=(
        "Once before our next session, when you notice your body revving up, take a "
        "five-minute pause before you respond."
    ),
    kind=AssignmentKind.BEHAVIOURAL,
    plan=Plan(
        action="Take a five-minute pause",
        cue="When you notice your body revving up",
        dose=Dose(count=1, minutes=5),
    ),
)


def test_an_elaborate_daily_routine_for_a_grieving_client_is_flagged() -> None:
    report = check_capacity(ELABORATE_DAILY_ROUTINE, GRIEVING)
    assert not report.ok
    assert {"CAP001", "CAP003"} <= set(report.codes)
    assert report["CAP003"][0].path == "$[0].schedule"
    assert "grief" in report["CAP003"][0].message
    assert report["CAP001"][0].suggestion


def test_one_five_minute_pause_before_the_next_session_is_not() -> None:
    assert check_capacity(FIVE_MINUTE_PAUSE, GRIEVING).ok


def test_the_total_of_all_active_assignments_counts() -> None:
    small = [
        attrs.evolve(
            FIVE_MINUTE_PAUSE,
            id=f"asg-{i}",
            plan=Plan(action="Walk", dose=Dose(count=2, minutes=10)),
        )
        for i in range(3)
    ]
    tight = _snapshot(minutes_per_week=50)
    report = check_capacity(small, tight)
    assert report.codes == ("CAP002",)
    assert report["CAP002"][0].path == "$"
    paused = [attrs.evolve(small[0], status=AssignmentStatus.PAUSED), *small[1:]]
    assert check_capacity(paused, tight).ok  # 40 minutes of active work fit


def test_many_steps_under_high_executive_strain() -> None:
    strained = _snapshot(executive_strain=ExecutiveStrain.HIGH, minutes_per_week=600)
    report = check_capacity(ELABORATE_DAILY_ROUTINE, strained)
    assert report["CAP004"][0].path == "$[0].plan.action"
    assert "4 steps" in report["CAP004"][0].message


@pytest.mark.parametrize("stressor", [Stressor.TRAUMA_ACTIVATION, Stressor.SURVIVAL_MODE])
def test_high_intensity_work_during_a_crisis(stressor: Stressor) -> None:
    exposure = assignment(
        instructions="Ride the bus for two stops on Thursday: the next step of your ladder.",
        kind=AssignmentKind.BEHAVIOURAL,
    )
    assert load_of(exposure).demand is Demand.HIGH
    report = check_capacity(exposure, _snapshot(stressors=(stressor,), minutes_per_week=600))
    assert report.codes == ("CAP005",)
    assert check_capacity(exposure, _snapshot(minutes_per_week=600)).ok


def test_grief_work_is_high_intensity_and_relational_work_moderate() -> None:
    assert load_of(assignment(kind=AssignmentKind.GRIEF)).demand is Demand.HIGH
    assert load_of(assignment(kind=AssignmentKind.RELATIONAL)).demand is Demand.MODERATE
    assert load_of(assignment()).demand is Demand.LOW


def test_load_counts_occurrences_minutes_and_steps() -> None:
    load = load_of(ELABORATE_DAILY_ROUTINE)
    assert load.occurrences_per_week == 7
    assert load.minutes_each == 45
    assert load.minutes_per_week == 315
    assert load.steps == 4
    twice_weekly = attrs.evolve(
        FIVE_MINUTE_PAUSE, schedule=Schedule.recurring("FREQ=WEEKLY;BYDAY=MO,TH", timezone="UTC")
    )
    assert load_of(twice_weekly).occurrences_per_week == 2


def test_a_dose_spread_over_two_weeks_is_half_a_week_each() -> None:
    spread = attrs.evolve(
        FIVE_MINUTE_PAUSE,
        plan=Plan(action="Walk", dose=Dose(count=4, minutes=10)),
        review_at=T0 + timedelta(days=14),
    )
    assert load_of(spread).occurrences_per_week == 2


def test_default_minutes_by_kind_are_documented_and_overridable() -> None:
    bare = assignment(kind=AssignmentKind.NOTICING, plan=Plan(action="Notice your breath"))
    assert load_of(bare).minutes_each == 5
    policy = CapacityThresholds(default_minutes={AssignmentKind.NOTICING: 2})
    assert load_of(bare, policy).minutes_each == 2


def test_a_runaway_rule_does_not_hang() -> None:
    minutes = ",".join(str(m) for m in range(60))
    hours = ",".join(str(h) for h in range(24))
    every_minute = Schedule.recurring(
        f"FREQ=DAILY;BYHOUR={hours};BYMINUTE={minutes}", timezone="UTC"
    )
    assert load_of(attrs.evolve(FIVE_MINUTE_PAUSE, schedule=every_minute)).occurrences_per_week == (
        10_000
    )


def test_the_budget_follows_the_snapshot() -> None:
    assert weekly_budget(_snapshot(minutes_per_week=42)) == 42
    full = _snapshot(energy=MOOD.rate(10), motivation=MOOD.rate(10))
    assert weekly_budget(full) == CapacityThresholds().base_minutes
    assert weekly_budget(_snapshot(stressors=(Stressor.BURNOUT,))) < weekly_budget(_snapshot())


def test_a_stressor_is_listed_once() -> None:
    with pytest.raises(InvalidData) as caught:
        _snapshot(stressors=(Stressor.GRIEF, Stressor.GRIEF))
    assert caught.value.paths == ["$.stressors[1]"]


@given(ths.capacity_snapshots())
def test_snapshots_round_trip(snapshot: CapacitySnapshot) -> None:
    assert from_dict(CapacitySnapshot, to_dict(snapshot)) == snapshot


# --------------------------------------------------------------------------- monotonicity


def _keys(report: object) -> set[tuple[str, str]]:
    """Each finding as (code, which assignment): a plan added to make the dose bigger
    moves the path from ``$[0]`` to ``$[0].plan.dose`` without changing the finding."""
    return {(f.code, f.path.split(".")[0]) for f in report}  # type: ignore[attr-defined]


@st.composite
def _more_capacity(draw: st.DrawFn) -> tuple[CapacitySnapshot, CapacitySnapshot]:
    """Two snapshots where the second has at least as much room as the first."""
    low = draw(
        ths.capacity_snapshots(energy=ths.ratings(scale=MOOD), motivation=ths.ratings(scale=MOOD))
    )
    energy = draw(st.integers(low.energy.value, 10))
    motivation = draw(st.integers(low.motivation.value, 10))
    strains = list(ExecutiveStrain)
    strain = draw(st.sampled_from(strains[: strains.index(low.executive_strain) + 1]))
    kept = tuple(s for s in low.stressors if draw(st.booleans()))
    minutes = low.minutes_per_week
    if minutes is not None:
        minutes = draw(st.integers(minutes, minutes + 600))
    high = attrs.evolve(
        low,
        energy=MOOD.rate(energy),
        motivation=MOOD.rate(motivation),
        executive_strain=strain,
        stressors=kept,
        minutes_per_week=minutes,
    )
    return low, high


@given(_more_capacity(), st.lists(ths.assignments(), min_size=1, max_size=3))
def test_more_capacity_never_adds_a_finding(
    pair: tuple[CapacitySnapshot, CapacitySnapshot], assignments: list[Assignment]
) -> None:
    low, high = pair
    assert weekly_budget(high) >= weekly_budget(low)
    assert _keys(check_capacity(assignments, high)) <= _keys(check_capacity(assignments, low))


@given(
    ths.capacity_snapshots(),
    st.lists(ths.assignments(), min_size=1, max_size=3),
    ths.assignments(),
    st.integers(1, 5),
    st.integers(1, 60),
)
def test_more_load_never_removes_a_finding(
    snapshot: CapacitySnapshot,
    assignments: list[Assignment],
    extra: Assignment,
    more_times: int,
    more_minutes: int,
) -> None:
    before = _keys(check_capacity(assignments, snapshot))
    # One more assignment...
    assert before <= _keys(check_capacity([*assignments, extra], snapshot))
    # ...or a bigger dose for the first one.
    first = assignments[0]
    plan = first.plan or Plan(action="Walk around the block")
    dose = plan.dose or Dose(count=1)
    bigger = attrs.evolve(
        first,
        plan=attrs.evolve(
            plan,
            dose=Dose(
                count=min(1000, (dose.count or 1) + more_times),
                minutes=min(24 * 60, (dose.minutes or load_of(first).minutes_each) + more_minutes),
            ),
        ),
    )
    assert before <= _keys(check_capacity([bigger, *assignments[1:]], snapshot))
