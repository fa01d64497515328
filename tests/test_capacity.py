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
from therapy_homework.checks import CapacityThresholds, load_of, weekly_budget
from therapy_homework.model import MOOD, AssignmentStatus, Demand, ExecutiveStrain, Stressor
from therapy_homework.templates import CATALOGUE, Template
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


#: A finding that a stronger one replaces when the load grows: a tiny daily step
#: (CAP006, a note) becomes a daily routine (CAP003, a warning).
_GROWS_INTO = {"CAP006": "CAP003"}


def _kept_or_grown(before: set[tuple[str, str]], after: set[tuple[str, str]]) -> bool:
    """Every finding before is still there after, or has grown into its stronger form."""
    return all(key in after or (_GROWS_INTO.get(key[0]), key[1]) in after for key in before)


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
    assert _kept_or_grown(before, _keys(check_capacity([*assignments, extra], snapshot)))
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
    assert _kept_or_grown(before, _keys(check_capacity([bigger, *assignments[1:]], snapshot)))


# --------------------------------------------------------------------------- small daily steps


DEPRESSED = _snapshot(
    energy=MOOD.rate(2), motivation=MOOD.rate(2), stressors=(Stressor.DEPRESSION,)
)
SURVIVING = _snapshot(
    energy=MOOD.rate(2), motivation=MOOD.rate(3), stressors=(Stressor.SURVIVAL_MODE,)
)


def _daily(action: str, minutes: int, kind: AssignmentKind = AssignmentKind.NOTICING) -> Assignment:
    return assignment(
        id="asg-daily",
        title="Daily step",
        instructions=f"Each evening, {action.lower()}.",
        kind=kind,
        plan=Plan(
            action=action, cue="Each evening after dinner", dose=Dose(count=1, minutes=minutes)
        ),
        schedule=Schedule.recurring("FREQ=DAILY", timezone="Europe/London"),
    )


@pytest.mark.parametrize("snapshot", [GRIEVING, DEPRESSED], ids=["grief", "depression"])
def test_a_two_minute_daily_rating_in_low_mood_is_a_note_not_a_warning(
    snapshot: CapacitySnapshot,
) -> None:
    # Behavioural activation and self-monitoring rely on exactly such tiny daily steps.
    report = check_capacity(_daily("Rate your mood from 0 to 10", 2), snapshot)
    assert "CAP003" not in report
    assert report["CAP006"][0].severity.value == "info"
    assert report.ok


def test_a_long_daily_routine_in_low_mood_is_still_a_warning() -> None:
    report = check_capacity(_daily("Journal about the day", 40), DEPRESSED)
    assert "CAP003" in report
    assert "CAP006" not in report


def test_in_survival_mode_the_smaller_version_is_once_before_the_review() -> None:
    report = check_capacity(_daily("Journal about the day", 40), SURVIVING)
    [finding] = report["CAP003"]
    assert finding.suggestion is not None
    assert "1 time before the review" in finding.suggestion.text


def test_a_rehearsal_in_session_is_offered_only_for_high_demand_work() -> None:
    calm = check_capacity(_daily("Breathe slowly", 20, AssignmentKind.BEHAVIOURAL), DEPRESSED)
    grief = check_capacity(
        _daily("Write to your brother about the funeral", 20, AssignmentKind.GRIEF), DEPRESSED
    )
    calm_text = calm["CAP003"][0].suggestion
    grief_text = grief["CAP003"][0].suggestion
    assert calm_text is not None
    assert "session" not in calm_text.text
    assert grief_text is not None
    assert "session" in grief_text.text


def test_too_many_steps_under_strain_suggests_fewer_steps_not_fewer_times() -> None:
    strained = _snapshot(executive_strain=ExecutiveStrain.HIGH)
    report = check_capacity(ELABORATE_DAILY_ROUTINE, strained)
    [finding] = report["CAP004"]
    assert finding.suggestion is not None
    assert "steps" in finding.suggestion.text
    assert "times before the review" not in finding.suggestion.text


# --------------------------------------------------------------------------- the catalogue

GOOD_WEEK = _snapshot(energy=MOOD.rate(8), motivation=MOOD.rate(8), stressors=())
HARD_WEEK = _snapshot(
    energy=MOOD.rate(4),
    motivation=MOOD.rate(4),
    executive_strain=ExecutiveStrain.SOME,
    stressors=(Stressor.CAREGIVING,),
)


@pytest.mark.parametrize("template", CATALOGUE, ids=lambda t: t.id)
def test_every_template_fits_the_week_it_is_meant_for(template: Template) -> None:
    # The standard version fits an ordinary good week; the lighter one fits a hard week.
    def rendered(lighter: bool) -> Assignment:
        return template.render(
            id=f"asg-{template.id}",
            client_id="client-1",
            assigned_at=T0,
            review_at=T0 + timedelta(days=7),
            lighter=lighter,
        )

    standard = check_capacity(rendered(False), GOOD_WEEK)
    assert standard.ok, [f.code for f in standard]
    lighter = check_capacity(rendered(True), HARD_WEEK)
    too_much = {"CAP001", "CAP002", "CAP003", "CAP004"} & set(lighter.codes)
    assert not too_much, sorted(too_much)


# --------------------------------------------------------------------------- demand


TRAUMA_ACTIVATED = _snapshot(stressors=(Stressor.TRAUMA_ACTIVATION,))


def _crossing(**changes: Any) -> Assignment:
    return assignment(
        id="asg-crossing",
        title="Back to the junction",
        instructions=(
            "Walk to the junction where the crash happened and stay there for five minutes."
        ),
        kind=AssignmentKind.BEHAVIOURAL,
        plan=Plan(action="Stand at the junction for five minutes", dose=Dose(count=1, minutes=5)),
        **changes,
    )


def test_a_trauma_reminder_is_high_demand_even_without_the_word_exposure() -> None:
    assert load_of(_crossing()).demand is Demand.HIGH
    assert "CAP005" in check_capacity(_crossing(), TRAUMA_ACTIVATED)


def test_the_clinicians_judgement_of_demand_wins_over_the_words() -> None:
    rehearsed = _crossing(demand=Demand.LOW)  # done together many times; now routine
    assert load_of(rehearsed).demand is Demand.LOW
    assert "CAP005" not in check_capacity(rehearsed, TRAUMA_ACTIVATED)
    quiet_words = assignment(
        title="Sit with the photo",
        instructions="Sit for five minutes with the photo from that summer.",
        demand=Demand.HIGH,
    )
    assert load_of(quiet_words).demand is Demand.HIGH
