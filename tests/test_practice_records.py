"""PracticeLog, AbcRecord and BehavioralExperiment: validation, round trip, strategies."""

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import (
    AbcRecord,
    BehavioralExperiment,
    Dose,
    InvalidData,
    Plan,
    PracticeLog,
    RecordSpec,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from therapy_homework.model import (
    BELIEF,
    SUDS,
    TENSION,
    BeliefKind,
    Completion,
    Disputation,
    Emotion,
)
from therapy_homework.testing import strategies as ths

from .helpers import T0, assignment

# --------------------------------------------------------------------------- practice logs


def _log(**overrides: Any) -> PracticeLog:
    fields: dict[str, Any] = {
        "id": "log-1",
        "client_id": "client-1",
        "assignment_id": "asg-1",
        "occurred_at": T0 + timedelta(days=1),
        "completion": Completion.DONE,
        "before": SUDS.rate(70),
        "after": SUDS.rate(40),
    }
    fields.update(overrides)
    return PracticeLog(**fields)


def test_an_exposure_log_records_distress_before_and_after() -> None:
    log = _log(minutes=15, what_changed="The lift felt less like a trap by the third floor.")
    assert log.change == -30
    assert "lift" not in repr(log)
    assert from_json(PracticeLog, to_json(log)) == log


def test_a_log_is_always_an_attempt() -> None:
    with pytest.raises(InvalidData) as caught:
        from_dict(PracticeLog, {**to_dict(_log()), "completion": "not_done"})
    assert caught.value.paths == ["$.completion"]


def test_ratings_before_and_after_share_a_scale() -> None:
    with pytest.raises(InvalidData) as caught:
        _log(after=TENSION.rate(3))
    assert caught.value.paths == ["$.after"]
    assert _log(before=None).change is None


def test_a_log_is_checked_against_its_assignment_all_at_once() -> None:
    homework = assignment(
        plan=Plan(
            action="Ride the lift one floor", dose=Dose(count=1), record=RecordSpec(scale=SUDS)
        )
    )
    _log().check_against(homework)
    stray = _log(
        client_id="client-2",
        assignment_id="asg-9",
        occurred_at=T0 - timedelta(hours=1),
        before=BELIEF.rate(50),
        after=BELIEF.rate(20),
    )
    with pytest.raises(InvalidData) as caught:
        stray.check_against(homework)
    assert caught.value.paths == [
        "$.client_id",
        "$.assignment_id",
        "$.occurred_at",
        "$.before",
        "$.after",
    ]


# --------------------------------------------------------------------------- A-B-C records


def _abc(**overrides: Any) -> AbcRecord:
    fields: dict[str, Any] = {
        "id": "abc-1",
        "client_id": "client-1",
        "occurred_at": T0,
        "activating_event": "My manager sent my report back with red marks.",
        "belief": "I must never get things wrong, and it is awful that I did.",
        "belief_rating": BELIEF.rate(90),
        "belief_kinds": (BeliefKind.DEMAND, BeliefKind.AWFULIZING),
        "emotional_consequences": (Emotion(name="shame", intensity=SUDS.rate(80)),),
        "behavioural_consequences": ("Stayed late rewriting the whole thing",),
        "disputation": Disputation(
            evidence="Most of my reports go through with small changes.",
            usefulness="Believing this keeps me up at night and slows me down.",
        ),
        "effective_belief": "I would like to get things right; mistakes are bad, not awful.",
        "effective_belief_rating": BELIEF.rate(60),
        "rerated_belief": BELIEF.rate(45),
    }
    fields.update(overrides)
    return AbcRecord(**fields)


def test_a_full_abcde_record_round_trips_without_showing_its_text() -> None:
    record = _abc()
    assert from_dict(AbcRecord, to_dict(record)) == record
    assert "manager" not in repr(record)
    assert record.rerated_belief is not None
    assert record.rerated_belief - record.belief_rating == -45


def test_a_disputation_answers_at_least_one_question() -> None:
    with pytest.raises(InvalidData) as caught:
        Disputation()
    assert caught.value.paths == ["$"]
    with pytest.raises(InvalidData) as caught:
        from_dict(AbcRecord, {**to_dict(_abc()), "disputation": {}})
    assert caught.value.paths == ["$.disputation"]


def test_abc_rules_are_reported_together() -> None:
    with pytest.raises(InvalidData) as caught:
        _abc(
            belief_kinds=(BeliefKind.DEMAND, BeliefKind.DEMAND),
            effective_belief=None,
            rerated_belief=SUDS.rate(40),
        )
    assert caught.value.paths == [
        "$.belief_kinds[1]",
        "$.effective_belief_rating",
        "$.rerated_belief",
    ]


def test_an_abc_record_can_stop_at_the_belief() -> None:
    record = _abc(
        belief_kinds=(),
        emotional_consequences=(),
        behavioural_consequences=(),
        disputation=None,
        effective_belief=None,
        effective_belief_rating=None,
        rerated_belief=None,
    )
    assert from_dict(AbcRecord, to_dict(record)) == record


# --------------------------------------------------------------------------- experiments


def _experiment(**overrides: Any) -> BehavioralExperiment:
    fields: dict[str, Any] = {
        "id": "exp-1",
        "client_id": "client-1",
        "occurred_at": T0 + timedelta(days=2),
        "belief": "If I say no to my sister she will stop speaking to me.",
        "belief_rating": BELIEF.rate(80),
        "experiment": "Say no to minding the kids on Saturday, kindly and briefly.",
        "feared_outcome": "She hangs up and does not call for weeks.",
        "likely_outcome": "She is annoyed for a day.",
    }
    fields.update(overrides)
    return BehavioralExperiment(**fields)


def test_a_planned_experiment_has_no_outcome_yet() -> None:
    planned = _experiment()
    assert not planned.is_run
    with pytest.raises(InvalidData) as caught:
        _experiment(learned="Saying no is survivable.", rerated_belief=BELIEF.rate(30))
    assert caught.value.paths == ["$.learned", "$.rerated_belief"]


def test_a_run_experiment_is_rerated_on_the_same_scale() -> None:
    run = _experiment(
        outcome="She said fine and asked about Sunday instead.",
        learned="She can hear a no.",
        rerated_belief=BELIEF.rate(30),
    )
    assert run.is_run
    assert from_json(BehavioralExperiment, to_json(run)) == run
    with pytest.raises(InvalidData) as caught:
        _experiment(outcome="It went fine.", rerated_belief=SUDS.rate(30))
    assert caught.value.paths == ["$.rerated_belief"]


# --------------------------------------------------------------------------- properties

RECORDS: dict[str, Callable[[], st.SearchStrategy[Any]]] = {
    "practice_log": ths.practice_logs,
    "abc_record": ths.abc_records,
    "behavioral_experiment": ths.behavioral_experiments,
}


@pytest.mark.parametrize("name", sorted(RECORDS))
@given(data=st.data())
def test_new_records_round_trip(name: str, data: st.DataObject) -> None:
    record = data.draw(RECORDS[name]())
    cls = type(record)
    assert from_dict(cls, to_dict(record)) == record
    assert from_json(cls, to_json(record)) == record


@given(ths.practice_logs(scale=SUDS, client_id="c-7", completion=Completion.PARTLY))
def test_practice_log_pins_hold(log: PracticeLog) -> None:
    assert log.client_id == "c-7"
    assert log.completion is Completion.PARTLY
    assert all(r is None or r.scale == SUDS for r in (log.before, log.after))


@given(ths.behavioral_experiments(run=False))
def test_planned_experiments_have_nothing_after_the_plan(experiment: BehavioralExperiment) -> None:
    assert (experiment.outcome, experiment.learned, experiment.rerated_belief) == (None, None, None)


@given(st.from_type(AbcRecord))
def test_from_type_builds_abc_records(record: AbcRecord) -> None:
    assert isinstance(record, AbcRecord)
