"""The contract suite has teeth: each deliberately broken store fails it, and a failure
shows the values compared (the suite's asserts are rewritten by pytest)."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from therapy_homework.errors import InvalidData
from therapy_homework.model import Assignment
from therapy_homework.storage import (
    NO_QUERY,
    InMemoryRepository,
    InMemoryStore,
    Page,
    Query,
    Stored,
)
from therapy_homework.testing.contract import RepositoryContract


class _Store:
    """A store that passes everything through to a reference store, except what a
    subclass breaks."""

    def __init__(self, inner: InMemoryStore[Any], repository: "_Broken") -> None:
        self.inner = inner
        self.repository = repository

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


class _Broken:
    """A repository whose stores are wrapped by ``wrap``."""

    def __init__(self, wrap: Callable[[Any, "_Broken"], Any]) -> None:
        self.inner = InMemoryRepository()
        self.wrap = wrap

    def store(self, record_type: type) -> Any:
        return self.wrap(self.inner.store(record_type), self)

    @contextmanager
    def unit_of_work(self) -> Iterator["_Broken"]:
        with self.inner.unit_of_work():
            yield self

    def erase_client(self, client_id: str) -> int:
        return self.inner.erase_client(client_id)


class _SnapshotPages(_Store):
    """Pages through the records that existed at the first page: a record added
    between two pages is never listed."""

    snapshots: dict[str, list[Stored[Any]]]

    def list(
        self, client_id: str, query: Query = NO_QUERY, *, cursor: str | None = None, limit: int = 50
    ) -> Page[Any]:
        everything = self.inner.list(client_id, query, limit=10_000).items
        snapshot = self.repository.__dict__.setdefault("snapshot", {})
        if cursor is None:
            snapshot[client_id] = everything
        rows = snapshot.get(client_id, everything)
        start = 0 if cursor is None else int(cursor)
        page = rows[start : start + limit]
        more = start + limit < len(rows)
        return Page(tuple(page), str(start + limit) if more else None)


class _LeakyFilters(_Store):
    """Forgets the client when a query has a filter."""

    def list(
        self, client_id: str, query: Query = NO_QUERY, *, cursor: str | None = None, limit: int = 50
    ) -> Page[Any]:
        if query == NO_QUERY:
            return self.inner.list(client_id, query, cursor=cursor, limit=limit)
        items = [
            s
            for who in ("client-a", "client-b")
            for s in self.inner.list(who, query, limit=10_000).items
        ]
        return Page(tuple(items), None)


class _UnboundCursors(_Store):
    """Cursors are plain positions: any client's or query's cursor is accepted."""

    def list(
        self, client_id: str, query: Query = NO_QUERY, *, cursor: str | None = None, limit: int = 50
    ) -> Page[Any]:
        rows = self.inner.list(client_id, query, limit=10_000).items
        start = 0 if cursor is None else int(cursor) if cursor.isdigit() else 0
        more = start + limit < len(rows)
        return Page(tuple(rows[start : start + limit]), str(start + limit) if more else None)


class _NoReferences(_Store):
    """Stores a review whatever assignment it names."""

    def add(self, record: Any) -> Stored[Any]:
        store = self.repository.inner.store(Assignment)
        name = getattr(record, "assignment_id", None)
        if type(record) is not Assignment and name is not None:
            try:
                store.get(record.client_id, name)
            except Exception:
                store.add(_placeholder(record.client_id, name))
        return self.inner.add(record)


class _PlainErrors(_Store):
    """A bad limit is a plain ValueError, as the old example store raised."""

    def list(self, client_id: str, query: Query = NO_QUERY, **options: Any) -> Page[Any]:
        limit = options.get("limit", 50)
        if type(limit) is not int or limit < 1:
            raise ValueError("bad limit")
        return self.inner.list(client_id, query, **options)


def _placeholder(client_id: str, assignment_id: str) -> Assignment:
    from therapy_homework.testing.contract import _assignment

    return _assignment(assignment_id, client_id=client_id)


def _suite(wrap: Callable[[Any, _Broken], Any]) -> RepositoryContract:
    class Contract(RepositoryContract):
        def make_repository(self) -> Any:
            return _Broken(wrap)

    return Contract()


@pytest.mark.parametrize(
    ("store", "test"),
    [
        (_SnapshotPages, "test_pages_neither_skip_nor_repeat_while_records_are_added"),
        (_LeakyFilters, "test_filtered_lists_never_show_another_clients_records"),
        (_UnboundCursors, "test_a_cursor_works_only_for_the_client_and_query_that_got_it"),
        (_NoReferences, "test_a_record_must_name_an_assignment_its_client_has"),
        (_PlainErrors, "test_bad_arguments_are_the_kits_errors"),
    ],
)
def test_a_broken_store_fails_the_contract(store: Callable[[Any, _Broken], Any], test: str) -> None:
    suite = _suite(store)
    with pytest.raises((AssertionError, pytest.fail.Exception, ValueError)):
        getattr(suite, test)()


@pytest.mark.parametrize(
    "test",
    [
        "test_pages_neither_skip_nor_repeat_while_records_are_added",
        "test_filtered_lists_never_show_another_clients_records",
        "test_a_cursor_works_only_for_the_client_and_query_that_got_it",
        "test_a_record_must_name_an_assignment_its_client_has",
        "test_bad_arguments_are_the_kits_errors",
    ],
)
def test_the_reference_store_passes_each_of_them(test: str) -> None:
    getattr(_suite(lambda inner, repository: inner), test)()


def test_a_failure_shows_the_values_compared() -> None:
    suite = _suite(_LeakyFilters)
    with pytest.raises(AssertionError) as caught:
        suite.test_filtered_lists_never_show_another_clients_records()
    shown = str(caught.value)
    assert "==" in shown
    assert "Assignment(" in shown  # the records compared, not a bare AssertionError


def test_a_bad_cursor_is_invalid_data_from_the_reference_store() -> None:
    store = InMemoryRepository().store(Assignment)
    with pytest.raises(InvalidData):
        store.list("client-a", cursor="9" * 5000)
