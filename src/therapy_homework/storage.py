"""Storage: what a store must do, and a reference store that keeps records in memory.

The kit does no I/O. Your application keeps records in its own database, behind the
protocols here; the contract suite in :mod:`therapy_homework.testing.contract`
proves that a store keeps them.

* A :class:`Store` holds one record type (assignments, thought records, reviews,
  repair attempts, and any type with an ``id`` and a ``client_id``): ``add`` refuses
  an id the client already has, ``get`` raises :class:`NotFound`, ``update`` takes the
  version the caller read (a stale one raises :class:`VersionConflict` and writes
  nothing), ``list`` gives one client's records in a stable order, a page at a time,
  and ``erase_client`` removes everything of one client.
* Every call is scoped to one client: nothing done for client A can return, change
  or erase a record of client B.
* A :class:`Repository` hands out the stores and a unit of work that makes several
  writes atomic.
* :class:`AsyncStore` and :class:`AsyncRepository` are the same for async apps.

:class:`InMemoryRepository` and :class:`AsyncInMemoryRepository` follow the contract
exactly and are thread-safe: use them in tests, demos and prototypes.
"""

import contextlib
import threading
import types
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import datetime
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

import attrs

from ._core.documents import Fields, result_document
from ._core.fields import require_count, require_timestamps, require_type, with_article
from .errors import (
    DuplicateId,
    InvalidData,
    NotFound,
    Problem,
    ProblemCode,
    VersionConflict,
    WrongType,
)
from .model.assignment import AssignmentKind, AssignmentStatus
from .model.records import RECORD_TYPES

__all__ = [
    "AsyncInMemoryRepository",
    "AsyncRepository",
    "AsyncStore",
    "InMemoryRepository",
    "Page",
    "Query",
    "Record",
    "Repository",
    "Store",
    "Stored",
    "record_time",
]


@runtime_checkable
class Record(Protocol):
    """What a store needs of a record: its own id and its client's."""

    @property
    def id(self) -> str:
        """The record's identifier."""

    @property
    def client_id(self) -> str:
        """The client the record belongs to."""


R = TypeVar("R", bound=Record)


def record_time(record: object) -> datetime | None:
    """The timestamp of ``record`` used for time-range queries, if its type has one."""
    record_type = RECORD_TYPES.get(type(record))
    return None if record_type is None else getattr(record, record_type.time_field)


@result_document("stored")
@attrs.frozen
class Stored(Generic[R]):
    """A record as a store holds it, with the version to pass to ``update``."""

    record: R
    version: int

    def _write(self, write: Callable[..., dict[str, Any]]) -> dict[str, Any]:
        return {"record": write(self.record), "version": self.version}

    @classmethod
    def _read(cls, fields: Fields) -> "Stored[Any]":
        record = fields.document("record", tuple(RECORD_TYPES.classes(stored=True)))
        version = fields.integer("version", at_least=1)
        fields.finish()
        return cls(record, version)


@attrs.frozen(kw_only=True)
class Query:
    """Filters for :meth:`Store.list`; all given filters must match.

    ``assignment_id`` matches records that belong to an assignment (thought records,
    reviews, repair attempts). ``status`` and ``kind`` match assignments. ``since``
    (inclusive) and ``until`` (exclusive) bound the record's time
    (the time field of its :class:`~therapy_homework.model.RecordType`).
    """

    assignment_id: str | None = None
    status: AssignmentStatus | None = None
    kind: AssignmentKind | None = None
    since: datetime | None = None
    until: datetime | None = None

    def __attrs_post_init__(self) -> None:
        problems = []
        if self.assignment_id is not None and type(self.assignment_id) is not str:
            problems.append(
                Problem(("assignment_id",), "expected an identifier (text)", ProblemCode.TYPE)
            )
        for name, kind in (("status", AssignmentStatus), ("kind", AssignmentKind)):
            value = getattr(self, name)
            if value is not None and not isinstance(value, kind):
                problems.append(Problem((name,), f"expected a {kind.__name__}", ProblemCode.TYPE))
        if problems:
            raise WrongType(problems, subject="Query")
        try:
            require_timestamps(since=self.since, until=self.until)
        except InvalidData as exc:
            raise InvalidData(exc.problems, subject="Query") from None

    def matches(self, record: object) -> bool:
        """Whether ``record`` passes every filter given."""
        if self.assignment_id is not None and (
            getattr(record, "assignment_id", None) != self.assignment_id
        ):
            return False
        if self.status is not None and getattr(record, "status", None) is not self.status:
            return False
        if self.kind is not None and getattr(record, "kind", None) is not self.kind:
            return False
        if self.since is not None or self.until is not None:
            when = record_time(record)
            if when is None:
                return False
            if self.since is not None and when < self.since:
                return False
            if self.until is not None and when >= self.until:
                return False
        return True


@result_document("page")
@attrs.frozen
class Page(Generic[R]):
    """One page of :meth:`Store.list`; pass ``next_cursor`` to get the next one."""

    items: tuple[Stored[R], ...]
    next_cursor: str | None

    def _write(self, write: Callable[..., dict[str, Any]]) -> dict[str, Any]:
        return {
            "items": [write(item, envelope=False) for item in self.items],
            "next_cursor": self.next_cursor,
        }

    @classmethod
    def _read(cls, fields: Fields) -> "Page[Any]":
        items = tuple(fields.read(("items", i), s, Stored) for i, s in fields.items("items"))
        cursor = fields.text("next_cursor", optional=True)
        fields.finish()
        return cls(items, cursor)


NO_QUERY = Query()


class Store(Protocol[R]):
    """The records of one type. Every method is scoped to one client."""

    def add(self, record: R) -> Stored[R]:
        """Store a new record at version 1; :class:`DuplicateId` if the client has its id."""

    def get(self, client_id: str, record_id: str) -> Stored[R]:
        """The record, or :class:`NotFound` (also when it belongs to another client)."""

    def update(self, record: R, *, expected_version: int) -> Stored[R]:
        """Replace the record if its stored version is ``expected_version``.

        :class:`NotFound` if the client has no such record; :class:`VersionConflict`
        (and nothing written) if the version moved on.
        """

    def list(
        self,
        client_id: str,
        query: Query = NO_QUERY,
        *,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[R]:
        """One client's matching records, oldest write first, ``limit`` at a time.

        The order is stable, and paging with ``next_cursor`` neither skips nor repeats
        a record, even while records are added between pages (new ones come last).
        """

    def erase_client(self, client_id: str) -> int:
        """Remove every record of ``client_id``; returns how many were removed."""


class Repository(Protocol):
    """A database: a store per record type, and atomic units of work."""

    def store(self, record_type: type[R]) -> Store[R]:
        """The store of ``record_type``."""

    def unit_of_work(self) -> contextlib.AbstractContextManager["Repository"]:
        """A context in which writes land together or not at all.

        Inside ``with repo.unit_of_work() as uow:``, use ``uow.store(...)``; leaving
        the block normally commits, an exception rolls everything back.
        """

    def erase_client(self, client_id: str) -> int:
        """Remove every record of ``client_id`` in every store; returns the count."""


class AsyncStore(Protocol[R]):
    """:class:`Store` for async applications, with the same semantics."""

    async def add(self, record: R) -> Stored[R]:
        """See :meth:`Store.add`."""

    async def get(self, client_id: str, record_id: str) -> Stored[R]:
        """See :meth:`Store.get`."""

    async def update(self, record: R, *, expected_version: int) -> Stored[R]:
        """See :meth:`Store.update`."""

    async def list(
        self,
        client_id: str,
        query: Query = NO_QUERY,
        *,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[R]:
        """See :meth:`Store.list`."""

    async def erase_client(self, client_id: str) -> int:
        """See :meth:`Store.erase_client`."""


class AsyncRepository(Protocol):
    """:class:`Repository` for async applications."""

    def store(self, record_type: type[R]) -> AsyncStore[R]:
        """The store of ``record_type``."""

    def unit_of_work(self) -> contextlib.AbstractAsyncContextManager["AsyncRepository"]:
        """``async with repo.unit_of_work() as uow:``: atomic writes."""

    async def erase_client(self, client_id: str) -> int:
        """Remove every record of ``client_id`` in every store."""


# --------------------------------------------------------------------------- in memory


def _require_ids(**ids: object) -> None:
    problems = [
        Problem((name,), "expected an identifier (text)", ProblemCode.TYPE)
        for name, value in ids.items()
        if type(value) is not str
    ]
    if problems:
        raise WrongType(problems)


def _cursor_position(cursor: str | None) -> int:
    if cursor is None:
        return 0
    if type(cursor) is not str or not (cursor.isascii() and cursor.isdigit() and len(cursor) <= 18):
        raise InvalidData(
            [Problem(("cursor",), "is not a cursor this store gave out", ProblemCode.FORMAT)]
        )
    return int(cursor)


@attrs.define
class _Row:
    sequence: int
    version: int
    record: Any


class _MemoryState:
    """All records of a repository: per record type, per client, per id."""

    def __init__(self) -> None:
        self.rows: dict[type, dict[str, dict[str, _Row]]] = {}
        self.sequence = 0


class InMemoryStore(Generic[R]):
    """The reference :class:`Store`: records in a dict, under the repository's lock."""

    def __init__(self, repository: "InMemoryRepository", record_type: type[R]) -> None:
        self._repository = repository
        self.record_type = record_type

    def _clients(self) -> dict[str, dict[str, _Row]]:
        return self._repository._state.rows.setdefault(self.record_type, {})

    def _check_type(self, record: object) -> None:
        if type(record) is not self.record_type:
            raise WrongType(
                [
                    Problem(
                        ("record",),
                        f"this store holds {self.record_type.__name__}, "
                        f"not {type(record).__name__}",
                        ProblemCode.TYPE,
                    )
                ]
            )

    def add(self, record: R) -> Stored[R]:
        self._check_type(record)
        with self._repository._lock:
            rows = self._clients().setdefault(record.client_id, {})
            if record.id in rows:
                raise DuplicateId(
                    f"client {record.client_id} already has "
                    f"{with_article(self.record_type.__name__)} with id {record.id}"
                )
            state = self._repository._state
            state.sequence += 1
            rows[record.id] = _Row(state.sequence, 1, record)
            self._repository._log(("add", self.record_type, record.client_id, record.id, None))
            return Stored(record, 1)

    def get(self, client_id: str, record_id: str) -> Stored[R]:
        _require_ids(client_id=client_id, record_id=record_id)
        with self._repository._lock:
            row = self._clients().get(client_id, {}).get(record_id)
            if row is None:
                raise NotFound(
                    f"client {client_id} has no {self.record_type.__name__} with id {record_id}"
                )
            return Stored(row.record, row.version)

    def update(self, record: R, *, expected_version: int) -> Stored[R]:
        self._check_type(record)
        with self._repository._lock:
            row = self._clients().get(record.client_id, {}).get(record.id)
            if row is None:
                raise NotFound(
                    f"client {record.client_id} has no {self.record_type.__name__} "
                    f"with id {record.id}"
                )
            if row.version != expected_version:
                raise VersionConflict(
                    f"{self.record_type.__name__} {record.id} is at version {row.version}, "
                    f"not {expected_version}"
                )
            self._repository._log(
                ("update", self.record_type, record.client_id, record.id, attrs.evolve(row))
            )
            row.version += 1
            row.record = record
            return Stored(record, row.version)

    def list(
        self,
        client_id: str,
        query: Query = NO_QUERY,
        *,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[R]:
        _require_ids(client_id=client_id)
        require_type("query", query, Query, "a Query")
        require_count("limit", limit, at_least=1)
        after = _cursor_position(cursor)
        with self._repository._lock:
            rows = sorted(
                (r for r in self._clients().get(client_id, {}).values() if r.sequence > after),
                key=lambda r: r.sequence,
            )
        matching = [r for r in rows if query.matches(r.record)]
        page = matching[:limit]
        more = len(matching) > limit
        return Page(
            tuple(Stored(r.record, r.version) for r in page),
            str(page[-1].sequence) if more else None,
        )

    def erase_client(self, client_id: str) -> int:
        _require_ids(client_id=client_id)
        with self._repository._lock:
            rows = self._clients().pop(client_id, {})
            for record_id, row in rows.items():
                self._repository._log(
                    ("erase", self.record_type, client_id, record_id, attrs.evolve(row))
                )
            return len(rows)


class InMemoryRepository:
    """The reference :class:`Repository`, in memory and thread-safe.

    A unit of work holds the repository's lock until it ends (so other threads wait)
    and keeps an undo log; an exception in the block undoes every write made in it.
    """

    def __init__(self) -> None:
        self._state = _MemoryState()
        self._lock = threading.RLock()
        self._undo: list[tuple[str, type, str, str, _Row | None]] | None = None
        self._stores: dict[type, InMemoryStore[Any]] = {}

    def store(self, record_type: type[R]) -> InMemoryStore[R]:
        """The store for ``record_type`` (one per type, made on first use)."""
        require_type("record_type", record_type, type, "a record class")
        with self._lock:
            store = self._stores.get(record_type)
            if store is None:
                store = self._stores[record_type] = InMemoryStore(self, record_type)
            return store

    def _log(self, entry: tuple[str, type, str, str, _Row | None]) -> None:
        if self._undo is not None:
            self._undo.append(entry)

    @contextmanager
    def unit_of_work(self) -> Iterator["InMemoryRepository"]:
        """Group writes: all of them land, or (if the block raises) none do."""
        with self._lock:
            if self._undo is not None:  # nested: part of the outer unit of work
                yield self
                return
            self._undo = []
            try:
                yield self
            except BaseException:
                self._rollback(self._undo)
                raise
            finally:
                self._undo = None

    def _rollback(self, undo: list[tuple[str, type, str, str, _Row | None]]) -> None:
        for action, record_type, client_id, record_id, before in reversed(undo):
            rows = self._state.rows.setdefault(record_type, {}).setdefault(client_id, {})
            if action == "add":
                rows.pop(record_id, None)
            else:
                assert before is not None
                rows[record_id] = before

    def erase_client(self, client_id: str) -> int:
        """Remove every record of ``client_id`` from every store; return how many."""
        _require_ids(client_id=client_id)
        with self._lock:
            return sum(
                self.store(record_type).erase_client(client_id)
                for record_type in list(self._state.rows)
            )


# --------------------------------------------------------------------------- async twins


@types.coroutine
def _let_others_run() -> Generator[None, None, None]:
    # A bare yield hands control back to the event loop for one turn, as
    # ``asyncio.sleep(0)`` does (the core does not import asyncio).
    yield


class AsyncInMemoryStore(Generic[R]):
    """The reference :class:`AsyncStore`: the in-memory store behind ``async`` methods.

    While a unit of work is open, calls made outside it wait for it to end, so no task
    sees or disturbs writes that may still be rolled back.
    """

    def __init__(self, repository: "AsyncInMemoryRepository", store: InMemoryStore[R]) -> None:
        self._repository = repository
        self._store = store

    async def add(self, record: R) -> Stored[R]:
        await self._repository._wait_turn()
        return self._store.add(record)

    async def get(self, client_id: str, record_id: str) -> Stored[R]:
        await self._repository._wait_turn()
        return self._store.get(client_id, record_id)

    async def update(self, record: R, *, expected_version: int) -> Stored[R]:
        await self._repository._wait_turn()
        return self._store.update(record, expected_version=expected_version)

    async def list(
        self,
        client_id: str,
        query: Query = NO_QUERY,
        *,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[R]:
        await self._repository._wait_turn()
        return self._store.list(client_id, query, cursor=cursor, limit=limit)

    async def erase_client(self, client_id: str) -> int:
        await self._repository._wait_turn()
        return self._store.erase_client(client_id)


class _AsyncShared:
    def __init__(self) -> None:
        self.sync = InMemoryRepository()
        self.open_unit: object | None = None


class AsyncInMemoryRepository:
    """The reference :class:`AsyncRepository`, with the in-memory store's semantics.

    ``unit_of_work()`` yields a view of the repository that belongs to the unit: use
    its stores inside the block. Calls through any other view wait (yielding to the
    event loop) until the unit ends.
    """

    def __init__(self) -> None:
        self._shared = _AsyncShared()
        self._unit: object | None = None

    def _view(self, unit: object) -> "AsyncInMemoryRepository":
        view = AsyncInMemoryRepository.__new__(AsyncInMemoryRepository)
        view._shared = self._shared
        view._unit = unit
        return view

    def store(self, record_type: type[R]) -> AsyncInMemoryStore[R]:
        """The store for ``record_type`` (one per type, made on first use)."""
        return AsyncInMemoryStore(self, self._shared.sync.store(record_type))

    async def _wait_turn(self) -> None:
        shared = self._shared
        while shared.open_unit is not None and shared.open_unit is not self._unit:
            await _let_others_run()

    @asynccontextmanager
    async def unit_of_work(self) -> AsyncIterator["AsyncInMemoryRepository"]:
        """Group writes: all of them land, or (if the block raises) none do."""
        shared = self._shared
        if self._unit is not None and shared.open_unit is self._unit:
            yield self  # nested: part of the outer unit of work
            return
        await self._wait_turn()
        unit = object()
        shared.open_unit = unit
        try:
            with shared.sync.unit_of_work():
                yield self._view(unit)
        finally:
            shared.open_unit = None

    async def erase_client(self, client_id: str) -> int:
        """Remove every record of ``client_id`` from every store; return how many."""
        await self._wait_turn()
        return self._shared.sync.erase_client(client_id)
