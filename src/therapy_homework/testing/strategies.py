"""Hypothesis strategies for every public type, valid by construction.

Use them as fixtures in your own property-based tests::

    from hypothesis import given
    from therapy_homework.testing import strategies as ths

    @given(ths.assignments(client_id="client-42", kind=AssignmentKind.NOTICING))
    def test_my_form_accepts_any_noticing_task(assignment): ...

Every keyword argument pins a field: give a plain value, or a strategy to draw it
from. ``text=`` replaces the strategy used for *every* piece of free text in the
object (handy for checking that your logs never contain client text). With the
``testing`` extra installed, ``st.from_type(Assignment)`` works too: the kit
registers these strategies with Hypothesis through its entry point.

The objects are built so that they satisfy every rule of their type; no strategy
relies on ``.filter`` to throw invalid draws away.
"""

import typing
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from .._core.extensions import Extensions
from ..errors import UnknownName
from ..model.abc_record import AbcRecord, BeliefKind, Disputation
from ..model.assignment import (
    Approach,
    Assignment,
    AssignmentKind,
    AssignmentStatus,
    Demand,
    Dose,
    Plan,
    RecordSpec,
    ThreeQuestions,
)
from ..model.capacity import CapacitySnapshot, ExecutiveStrain, Stressor
from ..model.experiment import BehavioralExperiment
from ..model.partners import Partner
from ..model.practice import PracticeLog
from ..model.rating import BUILTIN_SCALES, INTENSITY, MOOD, Anchor, Rating, Scale
from ..model.records import RECORD_TYPES
from ..model.repair import (
    CouplesRepairAttempt,
    Reception,
    Repair,
    RepairKind,
    StartUp,
    TensionRating,
)
from ..model.review import Barrier, BarrierKind, Completion, Decision, Review
from ..model.schedule import Schedule
from ..model.suggestions import EXAMPLE_VALUES, ParameterKind, Slot, Suggestion
from ..model.thought_record import (
    AutomaticThought,
    BalancedThought,
    Distortion,
    Emotion,
    SafetyAppraisal,
    SafetyAssessment,
    ThoughtRecord,
)
from ..templates.catalogue import CATALOGUE, Template

__all__ = [
    "TIMEZONES",
    "abc_records",
    "anchors",
    "assignments",
    "automatic_thoughts",
    "aware_datetimes",
    "balanced_thoughts",
    "barriers",
    "behavioral_experiments",
    "capacity_snapshots",
    "couples_repair_attempts",
    "disputations",
    "doses",
    "emotions",
    "extensions",
    "homework_texts",
    "identifiers",
    "partners",
    "plans",
    "practice_logs",
    "ratings",
    "record_specs",
    "records",
    "recurrence_rules",
    "repairs",
    "reviews",
    "safety_appraisals",
    "scales",
    "schedules",
    "slot_values",
    "slots",
    "strategy_for",
    "suggestions",
    "template_params",
    "tension_ratings",
    "texts",
    "thought_records",
    "three_questions",
]

T = TypeVar("T")
S = st.SearchStrategy


class _Unset:
    def __repr__(self) -> str:
        return "<default>"


_UNSET: Any = _Unset()

#: Time zones the schedule strategy draws from: fixed, daylight-saving, half-hour.
TIMEZONES = (
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "America/Sao_Paulo",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "Pacific/Auckland",
)


def _pin(value: Any, default: S[T]) -> S[T]:
    """A pinned field: a strategy as given, a plain value as ``just``, else the default."""
    if value is _UNSET:
        return default
    if isinstance(value, st.SearchStrategy):
        return value
    return st.just(value)


def _words(text: S[str] | None, max_size: int = 60) -> S[str]:
    """The free-text strategy: the one pinned with ``text=``, or :func:`texts`."""
    return text if text is not None else texts(max_size=max_size)


def _optional(strategy: S[T]) -> S[T | None]:
    return st.none() | strategy


# --------------------------------------------------------------------------- primitives

_LOWER = "abcdefghijklmnopqrstuvwxyz"
_NAME_CHARS = _LOWER + "0123456789_-"
_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-:."
_EDGE = st.characters(exclude_categories=["Cs", "Cc", "Zs", "Zl", "Zp"])
_BODY = st.characters(exclude_categories=["Cs"])


_IDENTIFIERS = st.text(alphabet=_ID_ALPHABET, min_size=1, max_size=32)


def identifiers() -> S[str]:
    """Opaque identifiers: 1-32 characters of letters, digits and ``_-:.``."""
    return _IDENTIFIERS


_TEXTS: dict[int, S[str]] = {}


def texts(*, max_size: int = 60) -> S[str]:
    """Free text as the kit stores it: any Unicode, no surrounding white space."""
    found = _TEXTS.get(max_size)
    if found is None:  # built once per size: a strategy is validated when first drawn
        found = _TEXTS[max_size] = st.builds(
            lambda first, rest: (first + rest).rstrip(),
            _EDGE,
            st.text(alphabet=_BODY, max_size=max(0, max_size - 1)),
        )
    return found


#: What a practice log can record: an attempt, done or partly.
_ATTEMPTED = (Completion.DONE, Completion.PARTLY)

_OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


def aware_datetimes(
    *, min_value: datetime | None = None, max_value: datetime | None = None
) -> S[datetime]:
    """Timezone-aware timestamps between 1990 and 2090, with fixed UTC offsets."""
    low = (min_value or datetime(1990, 1, 1)).replace(tzinfo=None)
    high = (max_value or datetime(2090, 1, 1)).replace(tzinfo=None)
    return st.datetimes(min_value=low, max_value=high, timezones=st.just(UTC) | _OFFSETS).map(
        lambda d: d.replace(fold=0)
    )


# --------------------------------------------------------------------------- ratings


def anchors(*, text: S[str] | None = None) -> S[Anchor]:
    """An anchor with any integer value (place it on a scale yourself)."""
    return st.builds(Anchor, value=st.integers(-1000, 1000), label=_words(text, 30))


@st.composite
def _custom_scales(draw: st.DrawFn, text: S[str] | None) -> Scale:
    low = draw(st.integers(min_value=-100, max_value=100))
    step = draw(st.integers(min_value=1, max_value=10))
    count = draw(st.integers(min_value=1, max_value=100))
    high = low + step * count
    values = draw(st.lists(st.integers(0, count), max_size=4, unique=True).map(sorted))
    return Scale(
        name=draw(st.sampled_from(_LOWER)) + draw(st.text(alphabet=_NAME_CHARS, max_size=15)),
        label=draw(_words(text, 40)),
        low=low,
        high=high,
        step=step,
        anchors=tuple(Anchor(value=low + step * v, label=draw(_words(text, 20))) for v in values),
    )


def scales(*, builtin: bool | None = None, text: S[str] | None = None) -> S[Scale]:
    """Built-in scales and custom ones; ``builtin=True`` or ``False`` picks one kind."""
    known = st.sampled_from(list(BUILTIN_SCALES.values()))
    if builtin is True:
        return known
    custom = _custom_scales(text)
    return custom if builtin is False else known | custom


_ON_SCALE: dict[Scale, S[Rating]] = {}


def _on_scale(scale: Scale) -> S[Rating]:
    """Ratings on one scale; the strategy is built once per scale (a few hundred kept)."""
    found = _ON_SCALE.get(scale)
    if found is None:
        found = st.integers(0, (scale.high - scale.low) // scale.step).map(
            lambda k: Rating(scale=scale, value=scale.low + k * scale.step)
        )
        if len(_ON_SCALE) < 512:
            _ON_SCALE[scale] = found
    return found


def ratings(*, scale: Scale | S[Scale] = _UNSET) -> S[Rating]:
    """A rating on ``scale`` (any scale by default), at a value on one of its steps."""
    if isinstance(scale, Scale):
        return _on_scale(scale)
    return _pin(scale, scales()).flatmap(_on_scale)


# --------------------------------------------------------------------------- assignments

_SHORT = 40


def partners(*, id: str | S[str] = _UNSET, text: S[str] | None = None) -> S[Partner]:
    """A partner described in their own words (name, term and pronouns optional)."""
    words = _words(text, _SHORT)
    return st.builds(
        Partner,
        id=_pin(id, identifiers()),
        name=_optional(words),
        term=_optional(words),
        pronouns=_optional(words),
    )


def _partner_lists(min_size: int, max_size: int, text: S[str] | None) -> S[list[Partner]]:
    return st.lists(
        partners(text=text), min_size=min_size, max_size=max_size, unique_by=lambda p: p.id
    )


@st.composite
def recurrence_rules(draw: st.DrawFn) -> str:
    """Valid RFC 5545 RRULE bodies: daily, weekly or monthly, bounded or not."""
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY"]))
    parts = [f"FREQ={freq}"]
    if draw(st.booleans()):
        parts.append(f"INTERVAL={draw(st.integers(1, 4))}")
    if freq == "WEEKLY" and draw(st.booleans()):
        days = draw(
            st.lists(
                st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]),
                min_size=1,
                max_size=3,
                unique=True,
            )
        )
        parts.append(f"BYDAY={','.join(days)}")
    if draw(st.booleans()):
        parts.append(f"BYHOUR={draw(st.integers(0, 23))}")
    if draw(st.booleans()):
        parts.append(f"COUNT={draw(st.integers(1, 30))}")
    return ";".join(parts)


def schedules(
    *, recurrence: S[str | None] | str | None = _UNSET, timezone: str | S[str] = _UNSET
) -> S[Schedule]:
    """Once before the review, or a recurrence rule in one of :data:`TIMEZONES`."""
    return st.builds(
        Schedule,
        recurrence=_pin(recurrence, _optional(recurrence_rules())),
        timezone=_pin(timezone, st.sampled_from(TIMEZONES)),
    )


def doses() -> S[Dose]:
    """A count, minutes, or both."""
    count = st.integers(1, 20)
    minutes = st.integers(1, 120)
    return st.one_of(
        st.builds(Dose, count=count),
        st.builds(Dose, minutes=minutes),
        st.builds(Dose, count=count, minutes=minutes),
    )


def record_specs(*, text: S[str] | None = None) -> S[RecordSpec]:
    """What to record: a note, a scale, or both."""
    what = _words(text)
    return st.one_of(
        st.builds(RecordSpec, what=what),
        st.builds(RecordSpec, scale=scales()),
        st.builds(RecordSpec, what=what, scale=scales()),
    )


def plans(*, text: S[str] | None = None) -> S[Plan]:
    """A structured plan: an action, and optionally a cue, a dose and a record."""
    words = _words(text)
    return st.builds(
        Plan,
        action=words,
        cue=_optional(words),
        dose=_optional(doses()),
        record=_optional(record_specs(text=text)),
    )


def three_questions(*, text: S[str] | None = None) -> S[ThreeQuestions]:
    """Answers to the three questions, each possibly missing."""
    words = _words(text)
    return st.builds(
        ThreeQuestions,
        why_this_task=_optional(words),
        why_now=_optional(words),
        how_reviewed=_optional(words),
    )


@st.composite
def _assignments(draw: st.DrawFn, parts: dict[str, S[Any]]) -> Assignment:
    # Every strategy is built once, in assignments(); a draw only draws.
    assigned_at = draw(parts["assigned_at"])
    later = draw(parts["later"])
    return Assignment(
        id=draw(parts["id"]),
        client_id=draw(parts["client_id"]),
        title=draw(parts["title"]),
        instructions=draw(parts["instructions"]),
        kind=draw(parts["kind"]),
        assigned_at=assigned_at,
        review_at=(
            draw(parts["review_at"])
            if later is _UNSET
            else None
            if later is None
            else assigned_at + later
        ),
        approach=draw(parts["approach"]),
        plan=draw(parts["plan"]),
        schedule=draw(parts["schedule"]),
        questions=draw(parts["questions"]),
        status=draw(parts["status"]),
        partners=tuple(draw(parts["partners"])),
        demand=draw(parts["demand"]),
    )


_LATER = st.timedeltas(min_value=timedelta(minutes=1), max_value=timedelta(days=60))


def assignments(
    *,
    id: str | S[str] = _UNSET,
    client_id: str | S[str] = _UNSET,
    kind: AssignmentKind | S[AssignmentKind] = _UNSET,
    approach: S[Approach | None] | Approach | None = _UNSET,
    status: AssignmentStatus | S[AssignmentStatus] = _UNSET,
    assigned_at: datetime | S[datetime] = _UNSET,
    review_at: S[datetime | None] | datetime | None = _UNSET,
    plan: S[Plan | None] | Plan | None = _UNSET,
    schedule: Schedule | S[Schedule] = _UNSET,
    questions: ThreeQuestions | S[ThreeQuestions] = _UNSET,
    partners: Any = _UNSET,
    demand: Demand | S[Demand | None] | None = _UNSET,
    text: S[str] | None = None,
) -> S[Assignment]:
    """Assignments; pin any field. A pinned ``review_at`` must follow ``assigned_at``."""
    words = _words(text)
    parts: dict[str, S[Any]] = {
        "id": _pin(id, identifiers()),
        "client_id": _pin(client_id, identifiers()),
        "title": _words(text, _SHORT),
        "instructions": words,
        "kind": _pin(kind, st.sampled_from(AssignmentKind)),
        "assigned_at": _pin(assigned_at, aware_datetimes()),
        # Unpinned, the review is none, or a minute to sixty days after the setting.
        "later": st.just(_UNSET) if review_at is not _UNSET else st.none() | _LATER,
        "review_at": _pin(review_at, st.none()),
        "approach": _pin(approach, _optional(st.sampled_from(Approach))),
        "plan": _pin(plan, _optional(plans(text=text))),
        "schedule": _pin(schedule, schedules()),
        "questions": _pin(questions, three_questions(text=text)),
        "status": _pin(status, st.sampled_from(AssignmentStatus)),
        "partners": _pin(partners, _partner_lists(0, 3, text)),
        "demand": _pin(demand, _optional(st.sampled_from(Demand))),
    }
    return _assignments(parts)


# --------------------------------------------------------------------------- thought records


def emotions(*, scale: Scale | S[Scale] = _UNSET, text: S[str] | None = None) -> S[Emotion]:
    """An emotion word with an intensity rating."""
    return st.builds(Emotion, name=_words(text, 20), intensity=ratings(scale=scale))


def automatic_thoughts(
    *, scale: Scale | S[Scale] = _UNSET, hot: bool | S[bool] = _UNSET, text: S[str] | None = None
) -> S[AutomaticThought]:
    """A thought with its belief rating."""
    return st.builds(
        AutomaticThought,
        text=_words(text),
        belief=ratings(scale=scale),
        hot=_pin(hot, st.booleans()),
    )


def balanced_thoughts(*, text: S[str] | None = None) -> S[BalancedThought]:
    """A balanced thought with its belief rating."""
    return st.builds(BalancedThought, text=_words(text), belief=ratings())


def safety_appraisals(*, text: S[str] | None = None) -> S[SafetyAppraisal]:
    """A safety appraisal with an optional note."""
    return st.builds(
        SafetyAppraisal,
        assessment=st.sampled_from(SafetyAssessment),
        note=_optional(_words(text)),
    )


def _rerate(emotion: Emotion) -> S[Emotion]:
    return ratings(scale=emotion.intensity.scale).map(
        lambda r: Emotion(name=emotion.name, intensity=r)
    )


@st.composite
def _thought_records(draw: st.DrawFn, parts: dict[str, S[Any]]) -> ThoughtRecord:
    # Every strategy that does not depend on what was drawn is built once.
    thoughts = draw(parts["thoughts"])
    hot = draw(st.none() | st.integers(0, len(thoughts) - 1))
    if hot is not None:
        chosen = thoughts[hot]
        thoughts[hot] = AutomaticThought(text=chosen.text, belief=chosen.belief, hot=True)
    target = thoughts[hot] if hot is not None else (thoughts[0] if len(thoughts) == 1 else None)
    felt = draw(parts["emotions"])
    rerated = [draw(_rerate(e)) for e in felt if draw(st.booleans())]
    rerated_belief = None
    if target is not None and draw(st.booleans()):
        rerated_belief = draw(ratings(scale=target.belief.scale))
    return ThoughtRecord(
        id=draw(parts["id"]),
        client_id=draw(parts["client_id"]),
        assignment_id=draw(parts["assignment_id"]),
        occurred_at=draw(parts["occurred_at"]),
        situation=draw(parts["words"]),
        thoughts=tuple(thoughts),
        body_sensations=tuple(draw(parts["some_words"])),
        emotions=tuple(felt),
        evidence_for=tuple(draw(parts["some_words"])),
        evidence_against=tuple(draw(parts["some_words"])),
        balanced_thought=draw(parts["balanced"]),
        rerated_emotions=tuple(rerated),
        rerated_belief=rerated_belief,
        distortions=tuple(draw(parts["distortions"])),
        custom_distortions=tuple(draw(parts["custom_distortions"])),
        safety=draw(parts["safety"]),
    )


def thought_records(
    *,
    id: str | S[str] = _UNSET,
    client_id: str | S[str] = _UNSET,
    assignment_id: S[str | None] | str | None = _UNSET,
    occurred_at: datetime | S[datetime] = _UNSET,
    text: S[str] | None = None,
) -> S[ThoughtRecord]:
    """Thought records: 1-4 thoughts (at most one hot), emotions, evidence, re-ratings."""
    words = _words(text)
    parts: dict[str, S[Any]] = {
        "id": _pin(id, identifiers()),
        "client_id": _pin(client_id, identifiers()),
        "assignment_id": _pin(assignment_id, _optional(identifiers())),
        "occurred_at": _pin(occurred_at, aware_datetimes()),
        "words": words,
        "some_words": st.lists(words, max_size=3),
        "thoughts": st.lists(automatic_thoughts(hot=False, text=text), min_size=1, max_size=4),
        # Names as the kit stores them (stripped), so " calm" and "calm" are one emotion.
        "emotions": st.lists(
            emotions(text=text), max_size=4, unique_by=lambda e: e.name.casefold()
        ),
        "balanced": _optional(balanced_thoughts(text=text)),
        "distortions": st.lists(st.sampled_from(Distortion), max_size=3, unique=True),
        "custom_distortions": st.lists(
            _words(text, 20), max_size=2, unique_by=lambda d: d.strip().casefold()
        ),
        "safety": _optional(safety_appraisals(text=text)),
    }
    return _thought_records(parts)


# --------------------------------------------------------------------------- reviews


def barriers(*, text: S[str] | None = None) -> S[Barrier]:
    """A barrier of any kind, with an optional note."""
    return st.builds(Barrier, kind=st.sampled_from(BarrierKind), note=_optional(_words(text)))


@st.composite
def _reviews(draw: st.DrawFn, pins: dict[str, Any], text: S[str] | None) -> Review:
    assignment_id = draw(_pin(pins["assignment_id"], identifiers()))
    decision = draw(_pin(pins["decision"], _optional(st.sampled_from(Decision))))
    replacement_id = None
    if decision is Decision.REPLACE and draw(st.booleans()):
        replacement_id = draw(identifiers())
        if replacement_id == assignment_id:
            replacement_id = f"{assignment_id[:120]}-next"
    return Review(
        id=draw(_pin(pins["id"], identifiers())),
        client_id=draw(_pin(pins["client_id"], identifiers())),
        assignment_id=assignment_id,
        reviewed_at=draw(_pin(pins["reviewed_at"], aware_datetimes())),
        completion=draw(_pin(pins["completion"], st.sampled_from(Completion))),
        decision=decision,
        barriers=tuple(draw(st.lists(barriers(text=text), max_size=4, unique_by=lambda b: b.kind))),
        noticed=draw(_optional(_words(text))),
        helpfulness=draw(_optional(ratings())),
        difficulty=draw(_optional(ratings())),
        replacement_id=replacement_id,
    )


def reviews(
    *,
    id: str | S[str] = _UNSET,
    client_id: str | S[str] = _UNSET,
    assignment_id: str | S[str] = _UNSET,
    reviewed_at: datetime | S[datetime] = _UNSET,
    completion: Completion | S[Completion] = _UNSET,
    decision: Decision | S[Decision | None] | None = _UNSET,
    text: S[str] | None = None,
) -> S[Review]:
    """Reviews with distinct barrier kinds and a replacement only for ``replace``; the
    decision may not be made yet (``None``)."""
    pins = {
        "id": id,
        "client_id": client_id,
        "assignment_id": assignment_id,
        "reviewed_at": reviewed_at,
        "completion": completion,
        "decision": decision,
    }
    return _reviews(pins, text)


# --------------------------------------------------------------------------- couples


def repairs(*, text: S[str] | None = None) -> S[Repair]:
    """A repair of any kind, with the words used or not."""
    return st.builds(Repair, kind=st.sampled_from(RepairKind), words=_optional(_words(text)))


def tension_ratings(
    *, partner_id: str | S[str] = _UNSET, scale: Scale | S[Scale] = _UNSET
) -> S[TensionRating]:
    """Before and after ratings on one scale."""
    return _pin(scale, scales()).flatmap(
        lambda s: st.builds(
            TensionRating,
            partner_id=_pin(partner_id, identifiers()),
            before=ratings(scale=s),
            after=ratings(scale=s),
        )
    )


@st.composite
def _repair_attempts(
    draw: st.DrawFn, pins: dict[str, Any], text: S[str] | None
) -> CouplesRepairAttempt:
    people = draw(_pin(pins["partners"], _partner_lists(2, 4, text)))
    rated = draw(st.lists(st.sampled_from(people), max_size=len(people), unique_by=lambda p: p.id))
    return CouplesRepairAttempt(
        id=draw(_pin(pins["id"], identifiers())),
        client_id=draw(_pin(pins["client_id"], identifiers())),
        partners=tuple(people),
        occurred_at=draw(_pin(pins["occurred_at"], aware_datetimes())),
        initiator_id=draw(st.sampled_from([p.id for p in people])),
        topic=draw(_words(text)),
        start_up=draw(st.sampled_from(StartUp)),
        feeling_named=draw(_optional(_words(text))),
        repair=draw(repairs(text=text)),
        reception=draw(st.sampled_from(Reception)),
        tension=tuple(draw(tension_ratings(partner_id=p.id)) for p in rated),
        what_changed=draw(_optional(_words(text))),
        assignment_id=draw(_optional(identifiers())),
    )


def couples_repair_attempts(
    *,
    id: str | S[str] = _UNSET,
    client_id: str | S[str] = _UNSET,
    partners: Any = _UNSET,
    occurred_at: datetime | S[datetime] = _UNSET,
    text: S[str] | None = None,
) -> S[CouplesRepairAttempt]:
    """Repair attempts between 2-4 distinct partners, initiated by one of them.

    ``partners`` pins the list (a list of at least two :class:`Partner` with
    distinct ids, or a strategy for one).
    """
    pins = {"id": id, "client_id": client_id, "partners": partners, "occurred_at": occurred_at}
    return _repair_attempts(pins, text)


# --------------------------------------------------------------------------- practice records


def _rated_pair(draw: st.DrawFn, scale: Scale | None) -> tuple[Rating | None, Rating | None]:
    chosen = draw(scales()) if scale is None else scale
    before = draw(_optional(ratings(scale=chosen)))
    after = draw(_optional(ratings(scale=chosen)))
    return before, after


@st.composite
def _practice_logs(draw: st.DrawFn, pins: dict[str, Any], text: S[str] | None) -> PracticeLog:
    scale = draw(_pin(pins["scale"], st.none()))
    before, after = _rated_pair(draw, scale)
    return PracticeLog(
        id=draw(_pin(pins["id"], identifiers())),
        client_id=draw(_pin(pins["client_id"], identifiers())),
        assignment_id=draw(_pin(pins["assignment_id"], identifiers())),
        occurred_at=draw(_pin(pins["occurred_at"], aware_datetimes())),
        completion=draw(
            _pin(pins["completion"], st.sampled_from([Completion.DONE, Completion.PARTLY]))
        ),
        before=before,
        after=after,
        minutes=draw(_optional(st.integers(1, 120))),
        what_changed=draw(_optional(_words(text))),
    )


def practice_logs(
    *,
    id: str | S[str] = _UNSET,
    client_id: str | S[str] = _UNSET,
    assignment_id: str | S[str] = _UNSET,
    occurred_at: datetime | S[datetime] = _UNSET,
    completion: Completion | S[Completion] = _UNSET,
    scale: Scale | S[Scale] = _UNSET,
    text: S[str] | None = None,
) -> S[PracticeLog]:
    """Practice logs, done or partly, with ratings before and after on one scale.

    ``scale`` pins the scale of both ratings (the assignment's scale, say).
    """
    pins = {
        "id": id,
        "client_id": client_id,
        "assignment_id": assignment_id,
        "occurred_at": occurred_at,
        "completion": completion,
        "scale": scale,
    }
    return _practice_logs(pins, text)


@st.composite
def _disputations(draw: st.DrawFn, text: S[str] | None) -> Disputation:
    words = _words(text)
    answers = draw(st.lists(st.sampled_from(["evidence", "logic", "usefulness"]), min_size=1))
    return Disputation(**{name: draw(words) for name in sorted(set(answers))})


def disputations(*, text: S[str] | None = None) -> S[Disputation]:
    """Disputations answering one, two or all three questions."""
    return _disputations(text)


@st.composite
def _abc_records(draw: st.DrawFn, pins: dict[str, Any], text: S[str] | None) -> AbcRecord:
    words = _words(text)
    belief_rating = draw(ratings())
    effective = draw(_optional(words))
    return AbcRecord(
        id=draw(_pin(pins["id"], identifiers())),
        client_id=draw(_pin(pins["client_id"], identifiers())),
        assignment_id=draw(_pin(pins["assignment_id"], _optional(identifiers()))),
        occurred_at=draw(_pin(pins["occurred_at"], aware_datetimes())),
        activating_event=draw(words),
        belief=draw(words),
        belief_rating=belief_rating,
        belief_kinds=tuple(draw(st.lists(st.sampled_from(BeliefKind), max_size=3, unique=True))),
        emotional_consequences=tuple(
            draw(st.lists(emotions(text=text), max_size=3, unique_by=lambda e: e.name.casefold()))
        ),
        behavioural_consequences=tuple(draw(st.lists(words, max_size=3))),
        disputation=draw(_optional(disputations(text=text))),
        effective_belief=effective,
        effective_belief_rating=None if effective is None else draw(_optional(ratings())),
        rerated_belief=draw(_optional(ratings(scale=belief_rating.scale))),
    )


def abc_records(
    *,
    id: str | S[str] = _UNSET,
    client_id: str | S[str] = _UNSET,
    assignment_id: S[str | None] | str | None = _UNSET,
    occurred_at: datetime | S[datetime] = _UNSET,
    text: S[str] | None = None,
) -> S[AbcRecord]:
    """A-B-C-D-E records, from just the event and belief to the full disputation."""
    pins = {
        "id": id,
        "client_id": client_id,
        "assignment_id": assignment_id,
        "occurred_at": occurred_at,
    }
    return _abc_records(pins, text)


@st.composite
def _experiments(
    draw: st.DrawFn, pins: dict[str, Any], text: S[str] | None
) -> BehavioralExperiment:
    words = _words(text)
    belief_rating = draw(ratings())
    run = draw(_pin(pins["run"], st.booleans()))
    return BehavioralExperiment(
        id=draw(_pin(pins["id"], identifiers())),
        client_id=draw(_pin(pins["client_id"], identifiers())),
        assignment_id=draw(_pin(pins["assignment_id"], _optional(identifiers()))),
        occurred_at=draw(_pin(pins["occurred_at"], aware_datetimes())),
        belief=draw(words),
        belief_rating=belief_rating,
        experiment=draw(words),
        feared_outcome=draw(words),
        likely_outcome=draw(_optional(words)),
        outcome=draw(words) if run else None,
        learned=draw(_optional(words)) if run else None,
        rerated_belief=draw(_optional(ratings(scale=belief_rating.scale))) if run else None,
    )


def behavioral_experiments(
    *,
    id: str | S[str] = _UNSET,
    client_id: str | S[str] = _UNSET,
    assignment_id: S[str | None] | str | None = _UNSET,
    occurred_at: datetime | S[datetime] = _UNSET,
    run: bool | S[bool] = _UNSET,
    text: S[str] | None = None,
) -> S[BehavioralExperiment]:
    """Behavioural experiments, planned (``run=False``) or carried out (``run=True``)."""
    pins = {
        "id": id,
        "client_id": client_id,
        "assignment_id": assignment_id,
        "occurred_at": occurred_at,
        "run": run,
    }
    return _experiments(pins, text)


# --------------------------------------------------------------------------- capacity


def capacity_snapshots(
    *,
    client_id: str | S[str] = _UNSET,
    as_of: datetime | S[datetime] = _UNSET,
    energy: Rating | S[Rating] = _UNSET,
    motivation: Rating | S[Rating] = _UNSET,
    executive_strain: ExecutiveStrain | S[ExecutiveStrain] = _UNSET,
    stressors: Any = _UNSET,
    minutes_per_week: S[int | None] | int | None = _UNSET,
) -> S[CapacitySnapshot]:
    """A client's week: energy and motivation (0-10 by default), strain, stressors."""
    return st.builds(
        CapacitySnapshot,
        client_id=_pin(client_id, identifiers()),
        as_of=_pin(as_of, aware_datetimes()),
        energy=_pin(energy, ratings(scale=st.sampled_from([MOOD, INTENSITY]))),
        motivation=_pin(motivation, ratings(scale=st.sampled_from([MOOD, INTENSITY]))),
        executive_strain=_pin(executive_strain, st.sampled_from(ExecutiveStrain)),
        stressors=_pin(
            stressors, st.lists(st.sampled_from(Stressor), max_size=4, unique=True).map(tuple)
        ),
        minutes_per_week=_pin(minutes_per_week, _optional(st.integers(0, 600))),
    )


# --------------------------------------------------------------------------- templates

_PARAMETER_VALUES: dict[ParameterKind, S[str]] = {
    kind: st.sampled_from(values) for kind, values in EXAMPLE_VALUES.items()
}
# Words of grammar that a made-up name must not be: the checks read case-folded text,
# so "Text Is by Monday" reads as a statement. (Names that are words, such as Will,
# May or Hope, stay: they are real names.)
_GRAMMAR_WORDS = frozenset(
    "am an are as at be by do if in is it me no of on or so to up us we was were".split()
)
# Names nobody has used before, too: a person is anyone.
_PARAMETER_VALUES[ParameterKind.PERSON] = _PARAMETER_VALUES[ParameterKind.PERSON] | st.builds(
    lambda first, rest: first + rest,
    st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=10),
).filter(lambda name: name.casefold() not in _GRAMMAR_WORDS)


def template_params(template: Template) -> S[dict[str, str]]:
    """Values for every parameter of ``template``, drawn by the parameter's kind."""
    return st.fixed_dictionaries({p.name: _PARAMETER_VALUES[p.kind] for p in template.parameters})


def slot_values(suggestion: Suggestion) -> S[dict[str, str]]:
    """A value for every slot of ``suggestion``, drawn by the slot's kind: what a
    clinician might type into the blanks."""
    return st.fixed_dictionaries({s.name: _PARAMETER_VALUES[s.kind] for s in suggestion.slots})


@st.composite
def slots(draw: st.DrawFn) -> Slot:
    """A :class:`~therapy_homework.model.Slot` of any kind, with a fitting example."""
    kind = draw(st.sampled_from(list(ParameterKind)))
    return Slot(
        name=draw(st.from_regex(r"[a-z][a-z_]{0,15}", fullmatch=True)),
        kind=kind,
        prompt=draw(st.sampled_from(["when", "how long", "about what", "what exactly", "who"])),
        example=draw(st.sampled_from(EXAMPLE_VALUES[kind])),
    )


@st.composite
def suggestions(draw: st.DrawFn) -> Suggestion:
    """A :class:`~therapy_homework.model.Suggestion`: text and slots in any order, from a
    catalogue template or not."""
    text = st.sampled_from(["Write ", " for ", ", ", " before the next session.", "Call "])
    parts = draw(st.lists(st.one_of(text, slots()), max_size=8))
    template = draw(st.none() | st.sampled_from([t.id for t in CATALOGUE]))
    parameters = draw(
        st.dictionaries(st.from_regex(r"[a-z]{1,10}", fullmatch=True), text, max_size=3)
    )
    return Suggestion(parts=parts, template=template, parameters=parameters)


_HOMEWORK_PARTS: dict[str, tuple[str, ...]] = {
    "vague": (
        "Journal more",
        "Be more positive",
        "Try to worry less",
        "Work on your self-esteem",
        "Practise self-care",
        "Exercise more",
        "Think about your mom",
        "Communicate better with your partner",
        "Keep track of your feelings",
        "Notice when you feel anxious",
        "Spend some time reflecting on what we talked about",
        "Use the tools from session whenever you feel triggered",
        "Read about anxiety",
        "Let go of the past",
        "Walk every day",
        "Reach out to friends more often",
        "Sleep better",
        "Be kinder to yourself",
        "Call your sister more",
        "Write in your journal when you can",
    ),
    "specific": (
        "Text Sam by Friday to suggest a day to meet.",
        "After each panic spike, write the time, where you were and the first body sensation.",
        "On Tuesday and Thursday, walk for fifteen minutes after lunch.",
        "Once this week, wait ten minutes before asking your partner for reassurance.",
        "Rate your mood from 0 to 10 at 9 pm each day until our next session.",
        "During one hard conversation this week, say how you feel before you make your point.",
    ),
}


@st.composite
def homework_texts(draw: st.DrawFn, *, specific: bool | None = None) -> str:
    """Homework as a clinic's form receives it: a vague or a specific instruction, in
    varied case and spacing (``specific=True`` or ``False`` picks one sort). For
    testing forms and APIs that embed the checks."""
    sort = (
        "specific"
        if specific
        else "vague"
        if specific is False
        else draw(st.sampled_from(["vague", "specific"]))
    )
    text = draw(st.sampled_from(_HOMEWORK_PARTS[sort]))
    case = draw(st.sampled_from(["as written", "lower", "upper"]))
    if case == "lower":
        text = text.lower()
    elif case == "upper":
        text = text.upper()
    lead = draw(st.sampled_from(["", " ", "Homework: ", "HW - "]))
    return lead + text


#: The default strategy for each public type, used by the Hypothesis plugin.
FOR_TYPE: dict[type, Callable[[], S[Any]]] = {
    Anchor: anchors,
    Scale: scales,
    Rating: ratings,
    Partner: partners,
    Schedule: schedules,
    Dose: doses,
    RecordSpec: record_specs,
    Plan: plans,
    ThreeQuestions: three_questions,
    Assignment: assignments,
    Emotion: emotions,
    AutomaticThought: automatic_thoughts,
    BalancedThought: balanced_thoughts,
    SafetyAppraisal: safety_appraisals,
    ThoughtRecord: thought_records,
    Barrier: barriers,
    Review: reviews,
    Repair: repairs,
    TensionRating: tension_ratings,
    CouplesRepairAttempt: couples_repair_attempts,
    CapacitySnapshot: capacity_snapshots,
    PracticeLog: practice_logs,
    Disputation: disputations,
    AbcRecord: abc_records,
    BehavioralExperiment: behavioral_experiments,
    Slot: slots,
    Suggestion: suggestions,
}


#: The record strategies that take a ``client_id``, for :func:`records`.
_RECORDS: dict[type, Callable[..., S[Any]]] = {
    Assignment: assignments,
    ThoughtRecord: thought_records,
    Review: reviews,
    CouplesRepairAttempt: couples_repair_attempts,
    PracticeLog: practice_logs,
    AbcRecord: abc_records,
    BehavioralExperiment: behavioral_experiments,
}


def strategy_for(cls: type) -> S[Any]:
    """The default strategy for one of the kit's types, or for a record type registered
    with a ``strategy`` (see :data:`~therapy_homework.model.records.RECORD_TYPES`)."""
    make = FOR_TYPE.get(cls)
    if make is not None:
        return make()
    record_type = RECORD_TYPES.get(cls)
    if record_type is None or record_type.strategy is None:
        raise UnknownName("no strategy is known for that type; register one with it")
    return typing.cast(S[Any], record_type.strategy())


_JSON_LEAVES: S[Any] = (
    st.none()
    | st.booleans()
    | st.integers(-(2**53) + 1, 2**53 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)


def extensions(*, max_keys: int = 4) -> S[Extensions]:
    """An app's own data on a record: namespaced keys with JSON values, small and
    nested at most twice."""
    keys = st.sampled_from(
        ["org.example.created_by", "org.example.updated_by", "com.clinic.tenant", "org.ehr.id"]
    ) | st.from_regex(r"\A[a-z]{1,8}\.[a-z0-9][a-z0-9_-]{0,11}\Z")
    values = st.recursive(
        _JSON_LEAVES,
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=6,
    )
    return st.dictionaries(keys, values, max_size=max_keys).map(Extensions)


def _with_extensions(drawn: S[Any]) -> S[Any]:
    # Now and then with the app's own data, so stores and readers carry it too.
    return st.tuples(drawn, st.none() | extensions()).map(
        lambda pair: pair[0] if pair[1] is None else attrs.evolve(pair[0], extensions=pair[1])
    )


def records(cls: type, *, client_id: str | S[str] = _UNSET) -> S[Any]:
    """Records of the registered record type ``cls``, optionally all of one client; the
    kit's own records now and then carry extensions."""
    make = _RECORDS.get(cls)
    if make is not None:
        drawn = make() if client_id is _UNSET else make(client_id=client_id)
        return _with_extensions(drawn) if "extensions" in attrs.fields_dict(cls) else drawn
    drawn = strategy_for(cls)
    if client_id is _UNSET:
        return drawn
    owner = client_id if isinstance(client_id, st.SearchStrategy) else st.just(client_id)
    return st.tuples(drawn, owner).map(lambda pair: attrs.evolve(pair[0], client_id=pair[1]))
