"""One registry of record types: a type registered in one place is seen everywhere.

The app's own record type (a sleep diary entry) is registered once, with a
strategy; serialization, the stores, progress, session preparation, the
Hypothesis strategies and the storage contract suite all see it, and forget it
when it is removed.
"""

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Annotated, Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import Assignment, InvalidData, from_dict, from_json, to_dict, to_json
from therapy_homework._core.fields import Bounded, Identifier, model
from therapy_homework.errors import BrokenReference, UnknownName, UnsupportedType
from therapy_homework.model import RECORD_TYPES, RecordType
from therapy_homework.planning import prepare_review
from therapy_homework.progress import Week, adherence, weekly_summary
from therapy_homework.serialization import TYPE_NAMES
from therapy_homework.storage import InMemoryRepository, Query, record_time
from therapy_homework.testing import strategies as ths
from therapy_homework.testing.contract import RepositoryContract

from .helpers import T0, assignment


@model
@attrs.frozen(kw_only=True)
class SleepDiary:
    """One night in a client's sleep diary (an app's own record type)."""

    id: Identifier
    client_id: Identifier
    assignment_id: Identifier
    woke_at: datetime
    hours: Annotated[int, Bounded(0, 24)]


def _diaries() -> st.SearchStrategy[SleepDiary]:
    return st.builds(
        SleepDiary,
        id=ths.identifiers(),
        client_id=ths.identifiers(),
        assignment_id=st.just("asg-1"),
        woke_at=ths.aware_datetimes(
            min_value=datetime(2026, 11, 20), max_value=datetime(2026, 12, 20)
        ),
        hours=st.integers(0, 24),
    )


SLEEP = RecordType(
    name="sleep_diary", cls=SleepDiary, time_field="woke_at", entry=True, strategy=_diaries
)


@pytest.fixture
def registered() -> Iterator[None]:
    RECORD_TYPES.register(SLEEP)
    try:
        yield
    finally:
        RECORD_TYPES.unregister(SleepDiary)


def _night(n: int, client_id: str = "client-1") -> SleepDiary:
    return SleepDiary(
        id=f"night-{n}",
        client_id=client_id,
        assignment_id="asg-1",
        woke_at=T0 + timedelta(days=n, hours=8),
        hours=7,
    )


@pytest.mark.usefixtures("registered")
def test_serialization_sees_a_registered_record_type() -> None:
    night = _night(1)
    assert TYPE_NAMES[SleepDiary] == "sleep_diary"
    assert to_dict(night)["type"] == "sleep_diary"
    assert from_json(SleepDiary, to_json(night)) == night
    with pytest.raises(InvalidData):
        from_json(SleepDiary, to_json(night).replace('"hours": 7', '"hours": 30'))


@pytest.mark.usefixtures("registered")
def test_the_stores_see_a_registered_record_type() -> None:
    repository = InMemoryRepository()
    store = repository.store(SleepDiary)
    with pytest.raises(BrokenReference):  # it names an assignment: the store checks it
        store.add(_night(0))
    repository.store(Assignment).add(assignment(id="asg-1"))
    for n in range(3):
        store.add(_night(n))
    assert record_time(_night(2)) == _night(2).woke_at
    late = store.list("client-1", Query(since=T0 + timedelta(days=1))).items
    assert [s.record.id for s in late] == ["night-1", "night-2"]
    assert repository.erase_client("client-1") == 4


@pytest.mark.usefixtures("registered")
def test_progress_and_preparation_count_a_registered_entry() -> None:
    homework = assignment()
    nights = [_night(n) for n in range(3)]
    assert adherence(homework, nights).attempts == 3
    week = Week(start=T0.date(), timezone="UTC")
    summary = weekly_summary(
        client_id="client-1", week=week, assignments=[homework], entries=nights
    )
    assert summary.attempted == {"sleep_diary": 3}
    repository = InMemoryRepository()
    repository.store(type(homework)).add(homework)
    for night in nights:
        repository.store(SleepDiary).add(night)
    prepared = prepare_review(repository, "client-1", T0 + timedelta(days=7))
    assert [e.id for e in prepared.due[0].entries] == ["night-0", "night-1", "night-2"]


@pytest.mark.usefixtures("registered")
def test_the_strategies_and_the_contract_suite_see_a_registered_record_type() -> None:
    class _Contract(RepositoryContract):
        def make_repository(self) -> Any:
            return InMemoryRepository()

    assert SleepDiary in _Contract().record_types

    @given(st.from_type(SleepDiary), ths.records(SleepDiary, client_id="client-9"))
    def drawn(any_night: SleepDiary, owned: SleepDiary) -> None:
        assert isinstance(any_night, SleepDiary)
        assert owned.client_id == "client-9"

    drawn()


def test_removing_a_record_type_removes_it_everywhere() -> None:
    RECORD_TYPES.register(SLEEP)
    RECORD_TYPES.unregister(SleepDiary)
    assert SleepDiary not in TYPE_NAMES
    with pytest.raises(UnsupportedType):
        to_dict(_night(1))
    with pytest.raises(UnknownName):
        RECORD_TYPES.of(SleepDiary)


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"name": "Sleep Diary"}, "$.name"),
        ({"time_field": "slept_at"}, "$.time_field"),
        ({"cls": dict}, "$.cls"),
        ({"strategy": 3}, "$.strategy"),
    ],
)
def test_a_record_type_that_cannot_work_is_refused(changes: dict[str, Any], path: str) -> None:
    with pytest.raises(InvalidData) as caught:
        attrs.evolve(SLEEP, **changes)
    assert path in caught.value.paths


def test_a_record_type_is_registered_once() -> None:
    with pytest.raises(InvalidData) as caught:
        RECORD_TYPES.register(
            RecordType(name="assignment2", cls=type(assignment()), time_field="assigned_at")
        )
    assert caught.value.paths == ["$.record_type.cls"]


@model
@attrs.frozen(kw_only=True, repr=False)
class Quality:
    """A part of the app's own record: how the night felt."""

    score: Annotated[int, Bounded(0, 10)]


@model
@attrs.frozen(kw_only=True, repr=False)
class Night:
    id: Identifier
    client_id: Identifier
    occurred_at: datetime
    quality: Quality


def test_a_registered_record_s_own_parts_are_read_strictly() -> None:
    RECORD_TYPES.register(RecordType(name="night", cls=Night, time_field="occurred_at"))
    try:
        night = Night(id="n1", client_id="c1", occurred_at=T0, quality=Quality(score=7))
        document = to_dict(night)
        assert document["quality"] == {"score": 7}
        assert from_json(Night, to_json(night)) == night
        for quality, path in (
            ({"score": "7"}, "$.quality.score"),
            ({"score": 7, "x": 1}, "$.quality"),
        ):
            with pytest.raises(InvalidData) as caught:
                from_dict(Night, {**document, "quality": quality})
            assert caught.value.paths == [path]
    finally:
        RECORD_TYPES.unregister(Night)
