"""The rules of each record type, as named cases from the clinical brief."""

from typing import Any

import pytest
from hypothesis import given

from therapy_homework import (
    CouplesRepairAttempt,
    Dose,
    InvalidData,
    Partner,
    RecordSpec,
    Review,
    Schedule,
    ThoughtRecord,
)
from therapy_homework.model import (
    BELIEF,
    INTENSITY,
    SUDS,
    TENSION,
    AutomaticThought,
    Barrier,
    BarrierKind,
    Completion,
    Decision,
    Distortion,
    Emotion,
    Reception,
    Repair,
    RepairKind,
    SafetyAppraisal,
    SafetyAssessment,
    StartUp,
    TensionRating,
)
from therapy_homework.testing import strategies as ths

from .helpers import T0, review

# --------------------------------------------------------------------------- assignments


def test_dose_needs_count_or_minutes() -> None:
    assert Dose(minutes=5).minutes == 5
    with pytest.raises(InvalidData, match="give a count, minutes, or both"):
        Dose()


def test_dose_is_bounded() -> None:
    with pytest.raises(InvalidData) as caught:
        Dose(count=0, minutes=24 * 60 + 1)
    assert caught.value.paths == ["$.count", "$.minutes"]


def test_record_spec_needs_something_to_record() -> None:
    assert RecordSpec(scale=BELIEF).scale == BELIEF
    with pytest.raises(InvalidData):
        RecordSpec()


@pytest.mark.parametrize(
    "rule", ["FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,TH", "FREQ=DAILY;COUNT=5;BYHOUR=20"]
)
def test_recurrence_rules_are_accepted(rule: str) -> None:
    schedule = Schedule.recurring(rule, timezone="Europe/London")
    assert not schedule.is_once


@pytest.mark.parametrize(
    "rule", ["FREQ=SOMETIMES", "every day", "RRULE:FREQ=DAILY", "FREQ=DAILY\nFREQ=WEEKLY"]
)
def test_bad_recurrence_rules_are_rejected(rule: str) -> None:
    with pytest.raises(InvalidData) as caught:
        Schedule.recurring(rule, timezone="UTC")
    assert caught.value.paths == ["$.recurrence"]


def test_unknown_time_zone_is_rejected() -> None:
    with pytest.raises(InvalidData) as caught:
        Schedule(timezone="Mars/Olympus_Mons")
    assert caught.value.paths == ["$.timezone"]


def test_once_is_the_default_schedule() -> None:
    assert Schedule().is_once
    assert Schedule.once() == Schedule()


# --------------------------------------------------------------------------- thought records


def _thought(belief: int = 80, *, hot: bool = False) -> AutomaticThought:
    return AutomaticThought(
        text="I must have done something wrong", belief=BELIEF.rate(belief), hot=hot
    )


def _record(**overrides: Any) -> ThoughtRecord:
    fields: dict[str, Any] = {
        "id": "tr-1",
        "client_id": "client-1",
        "occurred_at": T0,
        "situation": "A friend did not answer my text",
        "thoughts": (_thought(hot=True),),
    }
    fields.update(overrides)
    return ThoughtRecord(**fields)


def test_a_thought_record_needs_a_thought() -> None:
    with pytest.raises(InvalidData) as caught:
        _record(thoughts=())
    assert caught.value.paths == ["$.thoughts"]


def test_two_hot_thoughts_are_rejected() -> None:
    with pytest.raises(InvalidData) as caught:
        _record(thoughts=(_thought(hot=True), _thought(60), _thought(50, hot=True)))
    assert caught.value.paths == ["$.thoughts[2].hot"]


def test_the_only_thought_counts_as_the_hot_one() -> None:
    record = _record(thoughts=(_thought(),), rerated_belief=BELIEF.rate(30))
    assert record.hot_thought == _thought()


def test_rerated_belief_needs_a_hot_thought_among_several() -> None:
    with pytest.raises(InvalidData, match="mark the hot thought"):
        _record(thoughts=(_thought(), _thought(40)), rerated_belief=BELIEF.rate(30))


def test_rerated_belief_uses_the_thoughts_scale() -> None:
    with pytest.raises(InvalidData) as caught:
        _record(rerated_belief=SUDS.rate(30))
    assert caught.value.paths == ["$.rerated_belief"]


def test_rerated_emotions_must_have_been_named() -> None:
    fear = Emotion(name="Fear", intensity=INTENSITY.rate(8))
    calm = _record(
        emotions=(fear,), rerated_emotions=(Emotion(name="fear", intensity=INTENSITY.rate(3)),)
    )
    assert calm.rerated_emotions[0].intensity.value == 3
    with pytest.raises(InvalidData) as caught:
        _record(
            emotions=(fear,), rerated_emotions=(Emotion(name="Shame", intensity=INTENSITY.rate(3)),)
        )
    assert caught.value.paths == ["$.rerated_emotions[0].name"]


def test_distortions_are_a_vocabulary_plus_custom_labels() -> None:
    record = _record(
        distortions=(Distortion.MIND_READING,), custom_distortions=("Crystal-balling",)
    )
    assert record.distortions == (Distortion.MIND_READING,)
    with pytest.raises(InvalidData):
        _record(distortions=(Distortion.MIND_READING, Distortion.MIND_READING))


def test_a_genuinely_unsafe_situation_can_be_recorded_as_such() -> None:
    record = _record(safety=SafetyAppraisal(assessment=SafetyAssessment.GENUINELY_UNSAFE))
    assert record.safety is not None
    assert record.safety.assessment is SafetyAssessment.GENUINELY_UNSAFE


@given(ths.thought_records())
def test_generated_thought_records_have_at_most_one_hot_thought(record: ThoughtRecord) -> None:
    assert sum(t.hot for t in record.thoughts) <= 1
    if record.rerated_belief is not None:
        assert record.hot_thought is not None


# --------------------------------------------------------------------------- reviews


def _review(**overrides: Any) -> Review:
    fields: dict[str, Any] = {"barriers": (Barrier(kind=BarrierKind.TOO_BIG),)}
    fields.update(overrides)
    return review(**fields)


def test_completion_has_no_pass_or_fail() -> None:
    words = {c.value for c in Completion}
    assert words == {"done", "partly", "not_done"}
    assert not any("fail" in w or "pass" in w for w in words)


def test_a_barrier_kind_is_listed_once() -> None:
    with pytest.raises(InvalidData) as caught:
        _review(barriers=(Barrier(kind=BarrierKind.FORGOT), Barrier(kind=BarrierKind.FORGOT)))
    assert caught.value.paths == ["$.barriers[1].kind"]


def test_replacement_only_with_replace() -> None:
    assert _review(decision=Decision.REPLACE, replacement_id="asg-2").replacement_id == "asg-2"
    with pytest.raises(InvalidData, match="only given when the decision is replace"):
        _review(decision=Decision.CONTINUE, replacement_id="asg-2")
    with pytest.raises(InvalidData, match="different assignment"):
        _review(decision=Decision.REPLACE, replacement_id="asg-1")


def test_every_barrier_from_the_brief_exists() -> None:
    assert {b.value for b in BarrierKind} == {
        "too_big",
        "needs_support",
        "survival_mode",
        "ambivalence",
        "perfectionistic_belief",
        "practical_obstacle",
        "unclear_instructions",
        "rationale_unclear",
        "forgot",
        "other",
    }


# --------------------------------------------------------------------------- couples


ALEX = Partner(id="p-alex", name="Alex", term="husband", pronouns="he/him")
SAM = Partner(id="p-sam", name="Sam", term="husband", pronouns="he/they")


def _attempt(**overrides: Any) -> CouplesRepairAttempt:
    fields: dict[str, Any] = {
        "id": "rep-1",
        "client_id": "couple-1",
        "partners": (ALEX, SAM),
        "occurred_at": T0,
        "initiator_id": "p-sam",
        "topic": "Who does the dishes",
        "start_up": StartUp.HARSH,
        "repair": Repair(kind=RepairKind.I_NEED_TO_CALM_DOWN, words="I need ten minutes"),
        "reception": Reception.ACCEPTED,
        "tension": (
            TensionRating(partner_id="p-alex", before=TENSION.rate(8), after=TENSION.rate(4)),
        ),
    }
    fields.update(overrides)
    return CouplesRepairAttempt(**fields)


def test_two_husbands_are_a_couple() -> None:
    attempt = _attempt()
    assert [p.term for p in attempt.partners] == ["husband", "husband"]
    assert attempt.tension[0].change == -4


def test_initiator_must_be_a_partner() -> None:
    with pytest.raises(InvalidData) as caught:
        _attempt(initiator_id="someone-else")
    assert caught.value.paths == ["$.initiator_id"]


def test_partners_must_be_distinct_and_at_least_two() -> None:
    with pytest.raises(InvalidData) as caught:
        _attempt(partners=(ALEX, ALEX), initiator_id="p-alex", tension=())
    assert caught.value.paths == ["$.partners[1].id"]
    with pytest.raises(InvalidData, match="at least 2 partners"):
        _attempt(partners=(ALEX,), initiator_id="p-alex", tension=())


def test_more_than_two_partners_are_allowed() -> None:
    third = Partner(id="p-kit", term="partner", pronouns="they/them")
    assert len(_attempt(partners=(ALEX, SAM, third)).partners) == 3


def test_tension_is_rated_for_partners_on_one_scale() -> None:
    with pytest.raises(InvalidData):
        TensionRating(partner_id="p-alex", before=TENSION.rate(8), after=SUDS.rate(40))
    with pytest.raises(InvalidData) as caught:
        _attempt(
            tension=(
                TensionRating(partner_id="p-x", before=TENSION.rate(8), after=TENSION.rate(4)),
            )
        )
    assert caught.value.paths == ["$.tension[0].partner_id"]


def test_a_partner_has_no_gender_field() -> None:
    import attrs

    assert [f.name for f in attrs.fields(Partner)] == ["id", "name", "term", "pronouns"]


@given(ths.couples_repair_attempts())
def test_generated_attempts_start_with_one_of_the_partners(attempt: CouplesRepairAttempt) -> None:
    ids = [p.id for p in attempt.partners]
    assert attempt.initiator_id in ids
    assert len(set(ids)) == len(ids) >= 2
