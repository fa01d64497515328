"""The in-memory reference stores pass the contract; broken stores fail it."""

import asyncio
from typing import Any

import pytest

from therapy_homework import Assignment
from therapy_homework.cli import demo_objects
from therapy_homework.storage import (
    AsyncInMemoryRepository,
    AsyncRepository,
    InMemoryRepository,
    InMemoryStore,
    Page,
    Query,
    Repository,
    Stored,
)
from therapy_homework.testing.contract import AsyncRepositoryContract, RepositoryContract


class TestInMemoryRepository(RepositoryContract):
    def make_repository(self) -> Repository:
        return InMemoryRepository()


class TestAsyncInMemoryRepository(AsyncRepositoryContract):
    def make_async_repository(self) -> AsyncRepository:
        return AsyncInMemoryRepository()


# --------------------------------------------------------------------------- broken stores


_ANY = Query()


class _LeakyStore(InMemoryStore[Any]):
    """Lists every client's records: the isolation test must catch it."""

    def list(
        self, client_id: str, query: Query = _ANY, *, cursor: str | None = None, limit: int = 50
    ) -> Page[Any]:
        items: list[Stored[Any]] = []
        for client in list(self._clients()):
            items.extend(super().list(client, query, limit=10_000).items)
        return Page(tuple(items), None)


class _LostUpdateStore(InMemoryStore[Any]):
    """Ignores the version the caller read: the version tests must catch it."""

    def update(self, record: Any, *, expected_version: int) -> Stored[Any]:
        current = self.get(record.client_id, record.id)
        return super().update(record, expected_version=current.version)


class _BrokenRepository(InMemoryRepository):
    def __init__(self, store_class: type) -> None:
        super().__init__()
        self._store_class = store_class

    def store(self, record_type: type) -> Any:
        return self._store_class(self, record_type)


class _LeakyContract(RepositoryContract):
    def make_repository(self) -> Repository:
        return _BrokenRepository(_LeakyStore)


class _LostUpdateContract(RepositoryContract):
    def make_repository(self) -> Repository:
        return _BrokenRepository(_LostUpdateStore)


@pytest.mark.parametrize(
    ("contract", "test"),
    [
        (_LeakyContract, "test_clients_never_see_or_touch_each_others_records"),
        (_LostUpdateContract, "test_updates_take_the_version_read"),
        (_LostUpdateContract, "test_racing_updates_exactly_one_wins"),
    ],
)
def test_the_contract_has_teeth(contract: type, test: str) -> None:
    with pytest.raises((AssertionError, pytest.fail.Exception)):
        getattr(contract(), test)()


def test_the_reference_stores_satisfy_the_protocols() -> None:
    repository: Repository = InMemoryRepository()
    async_repository: AsyncRepository = AsyncInMemoryRepository()
    assert repository.store(Assignment) is repository.store(Assignment)
    assignment, _, _ = demo_objects()

    async def add_and_get() -> Stored[Any]:
        await async_repository.store(Assignment).add(assignment)
        return await async_repository.store(Assignment).get(assignment.client_id, assignment.id)

    assert asyncio.run(add_and_get()) == Stored(assignment, 1)


def test_a_store_refuses_a_record_of_another_type() -> None:
    from therapy_homework.cli import demo_objects

    _, record, _ = demo_objects()
    with pytest.raises(TypeError):
        InMemoryRepository().store(Assignment).add(record)  # type: ignore[arg-type]


def test_a_bad_cursor_or_limit_is_refused() -> None:
    store = InMemoryRepository().store(Assignment)
    with pytest.raises(ValueError, match="cursor"):
        store.list("c", cursor="not-a-cursor")
    with pytest.raises(ValueError, match="limit"):
        store.list("c", limit=0)


def test_a_query_checks_its_own_times() -> None:
    from datetime import UTC, datetime, timedelta

    from therapy_homework.errors import InvalidData
    from therapy_homework.storage import Query

    with pytest.raises(InvalidData) as naive:
        Query(since=datetime(2026, 1, 1))
    assert [(p.path, p.code.value) for p in naive.value.problems] == [("$.since", "not_aware")]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with pytest.raises(InvalidData) as backwards:
        Query(since=start, until=start - timedelta(days=1))
    assert [(p.path, p.code.value) for p in backwards.value.problems] == [("$.until", "order")]
