"""Session preparation from a store and from plain lists."""

import asyncio
import warnings
from datetime import timedelta
from typing import Any

import attrs
import pytest

from therapy_homework import (
    Assignment,
    BehavioralExperiment,
    InvalidData,
    PracticeLog,
    Review,
    ThoughtRecord,
    WrongType,
    prepare_review,
)
from therapy_homework.cli import demo_objects
from therapy_homework.model import BELIEF, SUDS, AssignmentStatus, Completion, Decision
from therapy_homework.planning import (
    SessionPreparation,
    prepare_review_async,
    prepare_review_from,
)
from therapy_homework.storage import AsyncInMemoryRepository, InMemoryRepository

from .helpers import T0, assignment, review


def _world() -> tuple[list[Assignment], list[ThoughtRecord], list[Review]]:
    due = assignment(id="asg-due", client_id="client-demo")
    forgotten = assignment(
        id="asg-forgotten", client_id="client-demo", review_at=T0 + timedelta(days=3)
    )
    later = assignment(id="asg-later", client_id="client-demo", review_at=T0 + timedelta(days=30))
    retired = assignment(id="asg-retired", client_id="client-demo", status=AssignmentStatus.RETIRED)
    other = assignment(id="asg-other-client", client_id="someone-else")
    _, record, _ = demo_objects()
    logged = attrs.evolve(record, assignment_id="asg-due", occurred_at=T0 + timedelta(days=2))
    before = attrs.evolve(
        record, id="tr-old", assignment_id="asg-due", occurred_at=T0 - timedelta(days=2)
    )
    reviewed = review(
        id="rev-due",
        client_id="client-demo",
        assignment_id="asg-due",
        completion=Completion.PARTLY,
        decision=Decision.CONTINUE,
    )
    return [due, forgotten, later, retired, other], [logged, before], [reviewed]


SESSION = T0 + timedelta(days=7, hours=1)


def test_the_pure_twin_finds_what_is_due_and_what_was_forgotten() -> None:
    assignments, entries, reviews = _world()
    prepared = prepare_review_from(
        "client-demo", SESSION, assignments=assignments, entries=entries, reviews=reviews
    )
    assert [d.assignment.id for d in prepared.due] == ["asg-forgotten", "asg-due"]
    due = prepared.due[1]
    assert [e.id for e in due.entries] == [entries[0].id]  # not the one before it was set
    assert due.latest_review == reviews[0]
    assert not due.forgotten
    assert [a.id for a in prepared.forgotten] == ["asg-forgotten"]
    assert "COLL001" in due.report


def test_prepare_review_reads_the_same_from_a_store() -> None:
    assignments, entries, reviews = _world()
    repository = InMemoryRepository()
    records: list[Any] = [*assignments, *entries, *reviews]
    for record in records:
        repository.store(type(record)).add(record)
    from_store = prepare_review(repository, "client-demo", SESSION)
    from_lists = prepare_review_from(
        "client-demo", SESSION, assignments=assignments, entries=entries, reviews=reviews
    )
    assert from_store == from_lists
    assert [d.assignment.id for d in from_store.due] == ["asg-forgotten", "asg-due"]


def test_the_async_twin_reads_the_same_from_an_async_store() -> None:
    assignments, entries, reviews = _world()
    repository = AsyncInMemoryRepository()
    records: list[Any] = [*assignments, *entries, *reviews]

    async def prepare() -> SessionPreparation:
        for record in records:
            await repository.store(type(record)).add(record)
        return await prepare_review_async(repository, "client-demo", SESSION)

    from_lists = prepare_review_from(
        "client-demo", SESSION, assignments=assignments, entries=entries, reviews=reviews
    )
    assert asyncio.run(prepare()) == from_lists


def test_an_async_repository_given_to_the_sync_twin_fails_at_once_and_cleanly() -> None:
    repository = AsyncInMemoryRepository()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "coroutine was never awaited" left behind
        with pytest.raises(WrongType) as caught:
            prepare_review(repository, "client-demo", SESSION)  # type: ignore[arg-type]
    assert "prepare_review_async" in str(caught.value)


def test_both_twins_check_their_arguments_before_reading() -> None:
    with pytest.raises(WrongType):
        prepare_review(InMemoryRepository(), 7, SESSION)  # type: ignore[arg-type]
    with pytest.raises(InvalidData):
        asyncio.run(
            prepare_review_async(AsyncInMemoryRepository(), "c", SESSION.replace(tzinfo=None))
        )


def test_practice_records_are_entries_of_the_homework_due() -> None:
    assignments, _, _ = _world()
    log = PracticeLog(
        id="log-1",
        client_id="client-demo",
        assignment_id="asg-due",
        occurred_at=T0 + timedelta(days=1),
        completion=Completion.PARTLY,
        before=SUDS.rate(70),
    )
    experiment = BehavioralExperiment(
        id="exp-1",
        client_id="client-demo",
        assignment_id="asg-due",
        occurred_at=T0 + timedelta(days=3),
        belief="b",
        belief_rating=BELIEF.rate(60),
        experiment="e",
        feared_outcome="f",
    )
    repository = InMemoryRepository()
    records: list[Any] = [*assignments, experiment, log]
    for record in records:
        repository.store(type(record)).add(record)
    prepared = prepare_review(repository, "client-demo", SESSION)
    due = {d.assignment.id: d for d in prepared.due}["asg-due"]
    assert [e.id for e in due.entries] == ["log-1", "exp-1"]
