"""Capacity: is this homework too much for the client's week?

A :class:`CapacitySnapshot` is the client's week as the clinician sees it: energy
and motivation, executive-function strain, current stressors, and optionally the
minutes the client has. :func:`load_of` estimates what an assignment asks: minutes a
week, distinct steps, and how emotionally demanding it is. :func:`check_capacity` compares the
two and flags work that is too ambitious, each finding naming the factor and
proposing a smaller version.

Every threshold lives in :class:`CapacityThresholds`, with the reason for its default.
The check is monotone by construction: more capacity never adds a finding, and more
load never removes one (both are property tests of the suite).
"""

import math
import typing
from collections.abc import Iterator, Mapping, Sequence
from datetime import timedelta

import attrs

from .._core.fields import (
    require_items,
    require_type,
)
from ..errors import TooManyOccurrences
from ..model.assignment import (
    Assignment,
    AssignmentKind,
    AssignmentStatus,
    Demand,
    expected_practice,
)
from ..model.capacity import CapacitySnapshot, ExecutiveStrain, Stressor
from ..model.rating import Rating
from ..model.schedule import MAX_OCCURRENCES
from ._analysis import CONCRETE
from ._reader import analyse, words
from .findings import Missing, Report, Severity
from .rules import BuiltinRule, Hit, Message, Policy, Registry, register_builtins, run_checker

__all__ = [
    "CapacityThresholds",
    "Load",
    "check_capacity",
    "load_of",
    "weekly_budget",
]

CHECKER = "capacity"


@attrs.frozen
class Load:
    """What an assignment asks of a week."""

    #: Times the action happens in a week (a fraction for less than weekly).
    occurrences_per_week: float
    #: Minutes each time (the plan's dose, or the default for the kind).
    minutes_each: int
    #: Distinct steps to remember and carry out.
    steps: int
    demand: Demand

    @property
    def minutes_per_week(self) -> float:
        """Occurrences a week times minutes each."""
        return self.occurrences_per_week * self.minutes_each


def _default_minutes() -> dict[AssignmentKind, int]:
    return {
        AssignmentKind.COGNITIVE: 10,
        AssignmentKind.BEHAVIOURAL: 15,
        AssignmentKind.RELATIONAL: 20,
        AssignmentKind.NOTICING: 5,
        AssignmentKind.GRIEF: 10,
        AssignmentKind.VALUES: 15,
        AssignmentKind.OTHER: 10,
    }


def _heavy() -> frozenset[Stressor]:
    return frozenset(
        {Stressor.BURNOUT, Stressor.DEPRESSION, Stressor.GRIEF, Stressor.SURVIVAL_MODE}
    )


def _crisis() -> frozenset[Stressor]:
    return frozenset({Stressor.TRAUMA_ACTIVATION, Stressor.SURVIVAL_MODE})


def _factors() -> dict[Stressor, float]:
    return {
        Stressor.BURNOUT: 0.5,
        Stressor.GRIEF: 0.6,
        Stressor.DEPRESSION: 0.5,
        Stressor.SURVIVAL_MODE: 0.3,
        Stressor.CAREGIVING: 0.75,
        Stressor.ILLNESS_OR_PAIN: 0.75,
        Stressor.TRAUMA_ACTIVATION: 0.6,
        Stressor.MINORITY_STRESS_EVENT: 0.75,
        Stressor.OTHER: 0.9,
    }


@attrs.frozen(kw_only=True)
class CapacityThresholds:
    """The thresholds of the capacity check, each with the reason for its default.

    Override any of them: ``CapacityThresholds(base_minutes=90)``.
    """

    #: Minutes a week of homework for a client with full energy and motivation and no
    #: stressors. Two hours is a generous upper range for between-session practice;
    #: most useful assignments take far less.
    base_minutes: int = 120
    #: The share of the base budget left at the bottom of the energy and motivation
    #: scales. Even a depleted week usually has room for a few minutes.
    floor: float = 0.25
    #: Budget multipliers per stressor (1 = no effect). Survival mode cuts deepest;
    #: burnout and depression halve the room; caregiving, illness and minority stress
    #: take a quarter.
    stressor_factors: Mapping[Stressor, float] = attrs.field(factory=_factors)
    #: Budget multipliers for executive-function strain.
    strain_factors: Mapping[ExecutiveStrain, float] = attrs.field(
        factory=lambda: {
            ExecutiveStrain.NONE: 1.0,
            ExecutiveStrain.SOME: 0.85,
            ExecutiveStrain.HIGH: 0.7,
        }
    )
    #: Occurrences a week from which practice counts as a daily routine.
    daily_from: float = 5.0
    #: Stressors during which a daily routine sets the client up to miss it.
    heavy_stressors: frozenset[Stressor] = attrs.field(factory=_heavy)
    #: The smallest week the budget allows, whatever the snapshot: a couple of minutes a
    #: day, the tiny steps that behavioural activation and self-monitoring rely on.
    least_minutes: int = 15
    #: The most minutes a daily step may take, in one step, and still be a tiny step:
    #: behavioural activation and self-monitoring rely on such steps, so during a heavy
    #: stressor they get a note (``CAP006``), not a warning.
    tiny_daily_minutes: int = 5
    #: Steps one assignment may have under high executive-function strain.
    max_steps_under_strain: int = 2
    #: Stressors during which high-intensity work waits for more support.
    crisis_stressors: frozenset[Stressor] = attrs.field(factory=_crisis)
    #: Minutes each time when a plan gives no dose, by kind.
    default_minutes: Mapping[AssignmentKind, int] = attrs.field(factory=_default_minutes)


DEFAULT_THRESHOLDS = CapacityThresholds()


def _thresholds(thresholds: object) -> CapacityThresholds:
    if thresholds is None:
        return DEFAULT_THRESHOLDS
    require_type("thresholds", thresholds, CapacityThresholds, "a CapacityThresholds")
    return typing.cast(CapacityThresholds, thresholds)


def _fraction(rating: Rating) -> float:
    scale = rating.scale
    return (rating.value - scale.low) / (scale.high - scale.low)


def weekly_budget(
    snapshot: CapacitySnapshot, thresholds: CapacityThresholds | None = None
) -> float:
    """The minutes of homework a week the snapshot allows.

    ``minutes_per_week`` when the clinician gave it; otherwise the base budget scaled
    by energy and motivation (each from ``floor`` to 1), by each stressor's factor,
    and by the strain factor. Monotone: more energy, more motivation, fewer
    stressors or less strain never lower it.
    """
    require_type("snapshot", snapshot, CapacitySnapshot, "a CapacitySnapshot")
    limits = _thresholds(thresholds)
    if snapshot.minutes_per_week is not None:
        return float(snapshot.minutes_per_week)
    budget = float(limits.base_minutes)
    for rating in (snapshot.energy, snapshot.motivation):
        budget *= limits.floor + (1 - limits.floor) * _fraction(rating)
    for stressor in snapshot.stressors:
        budget *= limits.stressor_factors.get(stressor, 1.0)
    budget *= limits.strain_factors.get(snapshot.executive_strain, 1.0)
    return max(budget, float(limits.least_minutes))


# --------------------------------------------------------------------------- load

_HIGH_INTENSITY_WORDS = frozenset(
    "exposure ladder feared fear confront confrontation trauma abuse assault grave funeral "
    "memorial anniversary flashback nightmare panic "
    # Trauma reminders: going back to where it happened.
    "accident crash collision attack attacked assaulted raped combat deployment".split()
)
_MODERATE_WORDS = frozenset(
    "conversation boundary honest apologize apologise criticism argument disagreement "
    "complaint no".split()
)


def _occurrences_per_week(assignment: Assignment) -> float:
    plan = assignment.plan
    count = plan.dose.count if plan is not None and plan.dose is not None else None
    if not assignment.schedule.is_once:
        week_end = assignment.assigned_at + timedelta(days=7)
        try:
            return float(expected_practice(assignment, end=week_end))
        except TooManyOccurrences:
            # A rule such as every minute of the day: as many as the kit will count.
            return float(MAX_OCCURRENCES * (count or 1))
    if plan is None:
        analysis = analyse(assignment.instructions)
        times = 7.0 if analysis.has_frequency else 1.0
    else:
        times = float(count or 1)
    if assignment.review_at is None:
        return times
    days = (assignment.review_at - assignment.assigned_at) / timedelta(days=1)
    return times / max(1.0, days / 7)


def _demand(assignment: Assignment) -> Demand:
    # What the clinician said, when they said it; the words are only a fallback.
    if assignment.demand is not None:
        return assignment.demand
    if assignment.kind is AssignmentKind.GRIEF:
        return Demand.HIGH
    texts = [assignment.instructions, assignment.title]
    if assignment.plan is not None:
        texts.append(assignment.plan.action)
    found = {w for text in texts for w in words(text)}
    if found & _HIGH_INTENSITY_WORDS:
        return Demand.HIGH
    if assignment.kind is AssignmentKind.RELATIONAL or found & _MODERATE_WORDS:
        return Demand.MODERATE
    return Demand.LOW


def _steps(assignment: Assignment) -> int:
    text = assignment.plan.action if assignment.plan is not None else assignment.instructions
    steps = sum(1 for h in analyse(text).heads if h.kind in CONCRETE)
    return max(1, steps)


def load_of(assignment: Assignment, thresholds: CapacityThresholds | None = None) -> Load:
    """Estimate what ``assignment`` asks of a week.

    Occurrences: a recurring schedule's occurrences in the first seven days, times the
    dose count; a one-off schedule's count spread over the weeks until the review; for
    plain text, daily when it says "every day", otherwise once. Minutes each: the
    dose, or :attr:`CapacityThresholds.default_minutes` for the kind. Steps: the concrete
    actions in the plan's action (or the instructions). Demand: high for grief
    work and for exposure, confrontation or trauma-related work; moderate for
    relational work and hard conversations; low otherwise.
    """
    require_type("assignment", assignment, Assignment, "an Assignment")
    limits = _thresholds(thresholds)
    plan = assignment.plan
    minutes = plan.dose.minutes if plan is not None and plan.dose is not None else None
    return Load(
        occurrences_per_week=_occurrences_per_week(assignment),
        minutes_each=minutes or limits.default_minutes.get(assignment.kind, 10),
        steps=_steps(assignment),
        demand=_demand(assignment),
    )


# --------------------------------------------------------------------------- the check


@attrs.frozen(kw_only=True)
class CapacitySubject:
    """What the capacity rules look at."""

    assignments: tuple[Assignment, ...]
    loads: tuple[Load, ...]
    snapshot: CapacitySnapshot
    budget: float
    thresholds: CapacityThresholds
    #: Indexes of the assignments that count toward the week's total.
    counted: tuple[int, ...]


_COUNTED = (AssignmentStatus.ACTIVE, AssignmentStatus.PROPOSED)


def _lighter(assignment: Assignment, load: Load, subject: "CapacitySubject") -> str:
    """A smaller version that fits the finding: fewer times and minutes, once in
    survival mode (as the adjustments after a review say), and a rehearsal in session
    only for high-demand work."""
    if Stressor.SURVIVAL_MODE in subject.snapshot.stressors:
        times = 1
    else:
        times = max(1, math.floor(load.occurrences_per_week / 2))
    minutes = max(2, load.minutes_each // 2)
    text = (
        f"A smaller version: {times} time{'s' if times != 1 else ''} before the review, "
        f"about {minutes} minutes each"
    )
    if load.demand is Demand.HIGH:
        text += "; or rehearse it together in session first"
    return text + "."


def _fewer_steps(load: Load, subject: "CapacitySubject") -> str:
    most = subject.thresholds.max_steps_under_strain
    return (
        f"Fewer steps: keep the first {most} of the {load.steps} and leave the rest for "
        "another week; one clear step done is worth more than several half-remembered."
    )


def _per_assignment(subject: CapacitySubject) -> Iterator[tuple[int, Assignment, Load]]:
    yield from (
        (i, a, load)
        for i, (a, load) in enumerate(zip(subject.assignments, subject.loads, strict=True))
    )


def _over_budget(subject: CapacitySubject) -> Iterator[Hit]:
    for i, assignment, load in _per_assignment(subject):
        if load.minutes_per_week > subject.budget:
            yield Hit(
                path=f"$[{i}].plan.dose" if assignment.plan is not None else f"$[{i}]",
                missing=Missing.DOSE,
                suggestion=_lighter(assignment, load, subject),
                values={
                    "minutes": f"{load.minutes_per_week:.0f}",
                    "budget": f"{subject.budget:.0f}",
                },
            )


def _total_over_budget(subject: CapacitySubject) -> Iterator[Hit]:
    if len(subject.counted) < 2:
        return
    total = sum(subject.loads[i].minutes_per_week for i in subject.counted)
    if total > subject.budget:
        yield Hit(
            path="$",
            suggestion=(
                "Keep the one assignment that matters most this week, and pause or shrink "
                "the others until the next review."
            ),
            values={
                "count": str(len(subject.counted)),
                "minutes": f"{total:.0f}",
                "budget": f"{subject.budget:.0f}",
            },
        )


def _is_tiny(load: Load, thresholds: CapacityThresholds) -> bool:
    """A daily step of a few minutes and one step: what activation relies on."""
    return load.steps <= 1 and load.minutes_each <= thresholds.tiny_daily_minutes


def _daily_when_heavy(subject: CapacitySubject) -> Iterator[Hit]:
    yield from _daily_during_heavy(subject, tiny=False)


def _tiny_daily_when_heavy(subject: CapacitySubject) -> Iterator[Hit]:
    yield from _daily_during_heavy(subject, tiny=True)


def _daily_during_heavy(subject: CapacitySubject, *, tiny: bool) -> Iterator[Hit]:
    heavy = [s for s in subject.snapshot.stressors if s in subject.thresholds.heavy_stressors]
    if not heavy:
        return
    for i, assignment, load in _per_assignment(subject):
        if (
            load.occurrences_per_week >= subject.thresholds.daily_from
            and _is_tiny(load, subject.thresholds) == tiny
        ):
            yield Hit(
                path=f"$[{i}].schedule",
                missing=None if tiny else Missing.OCCASION,
                suggestion=None if tiny else _lighter(assignment, load, subject),
                values={"stressor": heavy[0].value.replace("_", " ")},
            )


def _steps_under_strain(subject: CapacitySubject) -> Iterator[Hit]:
    if subject.snapshot.executive_strain is not ExecutiveStrain.HIGH:
        return
    for i, assignment, load in _per_assignment(subject):
        if load.steps > subject.thresholds.max_steps_under_strain:
            yield Hit(
                path=f"$[{i}].plan.action" if assignment.plan is not None else f"$[{i}]",
                missing=Missing.ACTION,
                suggestion=_fewer_steps(load, subject),
                values={"steps": str(load.steps)},
            )


def _intense_in_crisis(subject: CapacitySubject) -> Iterator[Hit]:
    crisis = [s for s in subject.snapshot.stressors if s in subject.thresholds.crisis_stressors]
    if not crisis:
        return
    for i, _assignment, load in _per_assignment(subject):
        if load.demand is Demand.HIGH:
            yield Hit(
                path=f"$[{i}]",
                suggestion=(
                    "Rehearse it together in session first, and set something steadying "
                    "for this week instead, such as a grounding pause."
                ),
                values={"stressor": crisis[0].value.replace("_", " ")},
            )


_RULES = (
    BuiltinRule(
        CHECKER,
        "CAP001",
        Severity.WARNING,
        Message(
            "About {minutes} minutes a week, more than this week's room of about {budget}: "
            "propose fewer times, shorter sessions, or once before the review.",
            "Would a smaller version fit this week better?",
        ),
        _over_budget,
    ),
    BuiltinRule(
        CHECKER,
        "CAP002",
        Severity.WARNING,
        Message(
            "Together, the {count} active assignments ask about {minutes} minutes a week, "
            "more than this week's room of about {budget}.",
            "Which one matters most this week?",
        ),
        _total_over_budget,
    ),
    BuiltinRule(
        CHECKER,
        "CAP003",
        Severity.WARNING,
        Message(
            "A daily routine of some length or several steps during {stressor} sets the "
            "client up to miss it: try a few times before the review, or once.",
            "Would doing this a couple of times, rather than every day, feel more possible?",
        ),
        _daily_when_heavy,
    ),
    BuiltinRule(
        CHECKER,
        "CAP004",
        Severity.WARNING,
        Message(
            "{steps} steps to remember under high executive-function strain: keep one or "
            "two, and write the cue where it will be seen.",
            "Which single step would be most useful to start with?",
        ),
        _steps_under_strain,
    ),
    BuiltinRule(
        CHECKER,
        "CAP005",
        Severity.PROBLEM,
        Message(
            "High-intensity work (exposure, confrontation, trauma or grief) during "
            "{stressor}: rehearse it in session first, or wait for more support.",
            "Shall we try this together in session before you do it on your own?",
        ),
        _intense_in_crisis,
    ),
    BuiltinRule(
        CHECKER,
        "CAP006",
        Severity.INFO,
        Message(
            "A tiny daily step during {stressor}: small daily steps are how activation "
            "works; keep it this small, and missing a day is fine.",
            "This is meant to be small; on a hard day, a minute counts.",
        ),
        _tiny_daily_when_heavy,
    ),
)

register_builtins(_RULES)


def check_capacity(
    assignments: Sequence[Assignment] | Assignment,
    snapshot: CapacitySnapshot,
    *,
    thresholds: CapacityThresholds | None = None,
    policy: Policy | None = None,
    registry: Registry | None = None,
) -> Report:
    """Flag homework that is too much for the week in ``snapshot``.

    Each assignment is checked alone, and the active and proposed ones together.
    Paths are ``$[i]...`` for the i-th assignment (``$`` for the whole set).
    ``thresholds`` sets the capacity limits; ``policy`` switches rules off or rewords them.
    """
    if isinstance(assignments, Assignment):
        items: tuple[Assignment, ...] = (assignments,)
    else:
        items = tuple(require_items("assignments", assignments, Assignment, "an Assignment"))
    require_type("snapshot", snapshot, CapacitySnapshot, "a CapacitySnapshot")
    limits = _thresholds(thresholds)
    subject = CapacitySubject(
        assignments=items,
        loads=tuple(load_of(a, thresholds) for a in items),
        snapshot=snapshot,
        budget=weekly_budget(snapshot, thresholds),
        thresholds=limits,
        counted=tuple(i for i, a in enumerate(items) if a.status in _COUNTED),
    )
    return run_checker(CHECKER, subject, policy, registry)
