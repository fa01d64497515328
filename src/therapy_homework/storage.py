"""Storage: what a store must do, and a reference store that keeps records in memory.

The kit does no I/O. Your application keeps records in its own database, behind the
protocols here; the contract suite in :mod:`therapy_homework.testing.contract`
proves that a store keeps them.

* A :class:`Store` holds one record type (assignments, thought records, reviews,
  repair attempts, and any type with an ``id`` and a ``client_id``): ``add`` refuses
  an id the client already has, ``get`` raises :class:`NotFound`, ``update`` takes the
  version the caller read (a stale one raises :class:`VersionConflict` and writes
  nothing), ``delete`` removes one record, ``list`` gives one client's records in a
  stable order, a page at a time (cursors are opaque, and bound to the client and query
  that produced them), and ``erase_client`` removes everything of one client.
* A record that names an assignment (a review, a thought record, a practice log ...)
  must name one the same client has (:class:`BrokenReference` otherwise), and an
  assignment still named by a record cannot be deleted.
* Every call is scoped to one client: nothing done for client A can return, change
  or erase a record of client B.
* A :class:`Repository` hands out the stores and a unit of work that makes several
  writes atomic.
* :class:`AsyncStore` and :class:`AsyncRepository` are the same for async apps.

:class:`InMemoryRepository` and :class:`AsyncInMemoryRepository` follow the contract
exactly and are thread-safe: use them in tests, demos and prototypes.
"""

import contextlib
import contextvars
import hashlib
import threading
import types
import typing
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import datetime
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

import attrs

from ._core.documents import Fields, result_document
from ._core.fields import (
    identifier_problems,
    require_count,
    require_timestamps,
    require_type,
    with_article,
)
from .errors import (
    BrokenReference,
    DuplicateId,
    InvalidData,
    MisusedStore,
    NotFound,
    Problem,
    ProblemCode,
    VersionConflict,
    WrongType,
)
from .model.assignment import Assignment, AssignmentKind, AssignmentStatus
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
    "broken_reference",
    "check_ids",
    "check_record",
    "check_version",
    "cursor_tag",
    "duplicate_id",
    "list_arguments",
    "make_cursor",
    "names_an_assignment",
    "not_found",
    "read_cursor",
    "record_time",
    "still_named",
    "version_conflict",
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
        if self.since is not None and self.until is not None and self.until <= self.since:
            raise InvalidData(
                [Problem(("until",), "must be after since", ProblemCode.ORDER)], subject="Query"
            )

    @property
    def key(self) -> str:
        """The filters as text: what a cursor is bound to."""
        return "|".join(
            "" if value is None else str(getattr(value, "value", value))
            for value in (self.assignment_id, self.status, self.kind, self.since, self.until)
        )

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

    def delete(
        self, client_id: str, record_id: str, *, expected_version: int | None = None
    ) -> None:
        """Remove one record: :class:`NotFound` if the client has none with that id,
        :class:`VersionConflict` if ``expected_version`` is given and stale, and
        :class:`BrokenReference` for an assignment another record still names."""

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

    async def delete(
        self, client_id: str, record_id: str, *, expected_version: int | None = None
    ) -> None:
        """See :meth:`Store.delete`."""

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
    # Text that no record's id can be (empty, too long, control characters) is refused
    # here, so no store is handed it and no message repeats it.
    found = [
        problem.under(name)
        for name, value in ids.items()
        for problem in (identifier_problems(value) or ())
    ]
    if found:
        raise InvalidData(found)


def cursor_tag(record_type: type, client_id: str, query: Query) -> str:
    """What binds a cursor to the store, client and query that gave it out: a short
    digest, so a cursor reveals no id and cannot be moved to another client's list."""
    require_type("record_type", record_type, type, "a record class")
    _require_ids(client_id=client_id)
    require_type("query", query, Query, "a Query")
    bound = "\x00".join((record_type.__qualname__, client_id, query.key))
    return hashlib.blake2b(bound.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def make_cursor(position: int, tag: str) -> str:
    """An opaque cursor: a position in the store's order, bound by ``tag``."""
    require_count("position", position, at_least=0)
    require_type("tag", tag, str, "a tag from cursor_tag()")
    return f"{position}.{tag}"


def read_cursor(cursor: str | None, tag: str) -> int:
    """The position a cursor points after (0 for none); :class:`InvalidData` (path
    ``$.cursor``) for a cursor this store did not give out for this client and query."""
    require_type("tag", tag, str, "a tag from cursor_tag()")
    if cursor is None:
        return 0
    if type(cursor) is not str or len(cursor) > 40:
        raise InvalidData(
            [Problem(("cursor",), "is not a cursor this store gave out", ProblemCode.FORMAT)]
        )
    position, _, found_tag = cursor.partition(".")
    if not (position.isascii() and position.isdigit() and len(position) <= 18):
        raise InvalidData(
            [Problem(("cursor",), "is not a cursor this store gave out", ProblemCode.FORMAT)]
        )
    if found_tag != tag:
        raise InvalidData(
            [
                Problem(
                    ("cursor",),
                    "was given out for another client or query",
                    ProblemCode.MISMATCH,
                )
            ]
        )
    return int(position)


def check_ids(**ids: object) -> None:
    """:class:`WrongType` naming each argument that is not an identifier (text)."""
    _require_ids(**ids)


# --------------------------------------------------------------------------- the stores' errors
#
# Every store raises the same errors with the same words (the contract suite checks the
# kinds); a store of your own builds them with these. Ids and type names only: never a
# record's text.


def _kind(record_type: object) -> str:
    """The class name of a record type, given its class or its document type name."""
    if isinstance(record_type, str):
        found = next((t.cls for t in RECORD_TYPES if t.name == record_type), None)
        return record_type if found is None else found.__name__
    require_type("record_type", record_type, type, "a record class or its type name")
    return typing.cast(type, record_type).__name__


def not_found(record_type: type, client_id: str, record_id: str) -> NotFound:
    """The error for a record the client does not have."""
    return NotFound(f"client {client_id} has no {_kind(record_type)} with id {record_id}")


def version_conflict(
    record_type: type, record_id: str, version: int, expected: int
) -> VersionConflict:
    """The error for a write that expected another version than the stored one."""
    return VersionConflict(
        f"{_kind(record_type)} {record_id} is at version {version}, not {expected}"
    )


def duplicate_id(record_type: type, client_id: str, record_id: str) -> DuplicateId:
    """The error for adding a record whose id the client already has."""
    return DuplicateId(
        f"client {client_id} already has {with_article(_kind(record_type))} with id {record_id}"
    )


def broken_reference(client_id: str, assignment_id: str) -> BrokenReference:
    """The error for a record that names an assignment the client does not have."""
    return BrokenReference(f"client {client_id} has no Assignment with id {assignment_id}")


def still_named(assignment_id: str, record_type: type | str, record_id: str) -> BrokenReference:
    """The error for deleting an assignment that a record still names; ``record_type`` is
    the record's class or, for a store that keeps only its document type, that name."""
    return BrokenReference(
        f"Assignment {assignment_id} is still named by {with_article(_kind(record_type))} "
        f"({record_id}): delete that first"
    )


def check_version(expected_version: object, *, optional: bool = False) -> None:
    """:class:`InvalidData` (path ``$.expected_version``) unless it is a whole number of at
    least 1 (``True`` is not); ``None`` too when ``optional`` (``delete`` takes none)."""
    if optional and expected_version is None:
        return
    require_count("expected_version", expected_version, at_least=1)


def check_record(record_type: type, record: object) -> None:
    """:class:`WrongType` unless ``record`` is a ``record_type`` (what ``add`` and
    ``update`` check first)."""
    require_type("record_type", record_type, type, "a record class")
    if type(record) is not record_type:
        raise WrongType(
            [
                Problem(
                    ("record",),
                    f"this store holds {record_type.__name__}, not {type(record).__name__}",
                    ProblemCode.TYPE,
                )
            ]
        )


def list_arguments(
    record_type: type, client_id: object, query: object, cursor: object, limit: object
) -> tuple[str, int]:
    """Check the arguments of :meth:`Store.list` as every store must (the same kit
    error for the same mistake): the tag to bind the next cursor with, and the position
    in the store's order to list after."""
    _require_ids(client_id=client_id)
    require_type("query", query, Query, "a Query")
    require_count("limit", limit, at_least=1)
    tag = cursor_tag(record_type, typing.cast(str, client_id), typing.cast(Query, query))
    return tag, read_cursor(typing.cast("str | None", cursor), tag)


def names_an_assignment(record_type: type) -> bool:
    """Whether records of ``record_type`` name the assignment they belong to (and so
    must name one their client has)."""
    require_type("record_type", record_type, type, "a record class")
    if not attrs.has(record_type):
        return False
    return record_type is not Assignment and "assignment_id" in attrs.fields_dict(record_type)


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
        check_record(self.record_type, record)

    def _check_reference(self, record: Any) -> None:
        if not names_an_assignment(self.record_type) or record.assignment_id is None:
            return  # not a record of an assignment (an experiment may stand alone)
        assignments = self._repository._state.rows.get(Assignment, {}).get(record.client_id, {})
        if record.assignment_id not in assignments:
            raise broken_reference(record.client_id, record.assignment_id)

    def add(self, record: R) -> Stored[R]:
        self._check_type(record)
        with self._repository._lock:
            self._check_reference(record)
            rows = self._clients().setdefault(record.client_id, {})
            if record.id in rows:
                raise duplicate_id(self.record_type, record.client_id, record.id)
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
                raise not_found(self.record_type, client_id, record_id)
            return Stored(row.record, row.version)

    def update(self, record: R, *, expected_version: int) -> Stored[R]:
        self._check_type(record)
        check_version(expected_version)
        with self._repository._lock:
            row = self._clients().get(record.client_id, {}).get(record.id)
            if row is None:
                raise not_found(self.record_type, record.client_id, record.id)
            if row.version != expected_version:
                raise version_conflict(self.record_type, record.id, row.version, expected_version)
            self._check_reference(record)
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
        tag, after = list_arguments(self.record_type, client_id, query, cursor, limit)
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
            make_cursor(page[-1].sequence, tag) if more else None,
        )

    def delete(
        self, client_id: str, record_id: str, *, expected_version: int | None = None
    ) -> None:
        _require_ids(client_id=client_id, record_id=record_id)
        check_version(expected_version, optional=True)
        with self._repository._lock:
            rows = self._clients().get(client_id, {})
            row = rows.get(record_id)
            if row is None:
                raise not_found(self.record_type, client_id, record_id)
            if expected_version is not None and row.version != expected_version:
                raise version_conflict(self.record_type, record_id, row.version, expected_version)
            if self.record_type is Assignment:
                self._repository._refuse_if_named(client_id, record_id)
            del rows[record_id]
            self._repository._log(
                ("delete", self.record_type, client_id, record_id, attrs.evolve(row))
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

    def _refuse_if_named(self, client_id: str, assignment_id: str) -> None:
        for record_type, clients in self._state.rows.items():
            if not names_an_assignment(record_type):
                continue
            for row in clients.get(client_id, {}).values():
                if row.record.assignment_id == assignment_id:
                    raise still_named(assignment_id, record_type, row.record.id)

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

    async def delete(
        self, client_id: str, record_id: str, *, expected_version: int | None = None
    ) -> None:
        await self._repository._wait_turn()
        self._store.delete(client_id, record_id, expected_version=expected_version)

    async def erase_client(self, client_id: str) -> int:
        await self._repository._wait_turn()
        return self._store.erase_client(client_id)


#: The unit of work the running code opened (tasks it starts inherit it; others do not).
_OPEN_UNIT: contextvars.ContextVar[object | None] = contextvars.ContextVar(
    "therapy_homework_open_unit", default=None
)


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
        if (
            shared.open_unit is not None
            and shared.open_unit is not self._unit
            and _OPEN_UNIT.get() is shared.open_unit
        ):
            # The code that opened the unit of work calls the repository itself: it
            # would wait for its own unit to end, forever.
            raise MisusedStore(
                "the repository was used inside its own unit of work: use the repository "
                "that unit_of_work() gave you"
            )
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
        token = _OPEN_UNIT.set(unit)
        try:
            with shared.sync.unit_of_work():
                yield self._view(unit)
        finally:
            shared.open_unit = None
            with contextlib.suppress(ValueError):  # ended from another context
                _OPEN_UNIT.reset(token)

    async def erase_client(self, client_id: str) -> int:
        """Remove every record of ``client_id`` from every store; return how many."""
        await self._wait_turn()
        return self._shared.sync.erase_client(client_id)
