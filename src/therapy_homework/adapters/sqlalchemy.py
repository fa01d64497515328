"""The storage protocols on SQLAlchemy 2: PostgreSQL and SQLite, sync and asyncio.

Install the extra (``pip install "therapy-homework[sqlalchemy]"``) and a driver
(``psycopg`` for PostgreSQL; SQLite needs none, or ``aiosqlite`` for asyncio)::

    from sqlalchemy import create_engine
    from therapy_homework.adapters.sqlalchemy import SqlAlchemyRepository

    repository = SqlAlchemyRepository(create_engine("postgresql+psycopg://app@db/clinic"))
    repository.store(Assignment).add(assignment)

One table (:data:`RECORDS`, ``therapy_homework_records``) holds every record type: the
kit's JSON document (``json``, not ``jsonb``, on PostgreSQL: ``jsonb`` cannot hold the
character NUL and rewrites numbers, and the kit's round trips are exact), with indexed
columns for the record type, client, id, version, the assignment a record belongs to,
status, kind and time. It
follows the contract exactly (the kit's test suite runs the whole contract against it
on SQLite and on a real PostgreSQL server):

* ``update`` and ``delete`` are one statement ``... WHERE version = :v``: zero rows
  means a conflict, so concurrent writers never lose an update;
* a record that names an assignment is checked in the same transaction, with the
  assignment's row locked against a concurrent delete (``FOR SHARE``; deleting an
  assignment locks it ``FOR UPDATE`` first);
* a unit of work is one database transaction;
* cursors are the last sequence number seen, bound to the client and query.

On SQLite use :func:`sqlite_engine` (or the same two event hooks on your engine): it
makes every transaction take the write lock at once (``BEGIN IMMEDIATE``), which
SQLite needs for read-then-write transactions to be safe.

Limitation: the order of records is the order of their insertion sequence. Two
transactions that insert at the same moment on PostgreSQL may commit in the other
order, so a reader paging *at that very moment* may see the later-numbered record
first and then receive the earlier one on a later page as ``added`` — it is never
lost or repeated within one listing of committed data, but a cursor taken between the
two commits can pass over the earlier one. Apps that page while heavy concurrent
inserts happen for the same client should re-list from the start after a write.
"""

import contextlib
import contextvars
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from .._core.fields import MAX_ID
from ..errors import MisusedStore
from ..model.records import RECORD_TYPES
from ..serialization import from_dict, to_dict
from ..storage import (
    NO_QUERY,
    Page,
    Query,
    Record,
    Stored,
    broken_reference,
    check_ids,
    check_record,
    check_version,
    duplicate_id,
    list_arguments,
    make_cursor,
    names_an_assignment,
    not_found,
    record_time,
    still_named,
    version_conflict,
)

__all__ = [
    "METADATA",
    "RECORDS",
    "AsyncSqlAlchemyRepository",
    "AsyncSqlAlchemyStore",
    "SqlAlchemyRepository",
    "SqlAlchemyStore",
    "sqlite_async_engine",
    "sqlite_engine",
]

R = TypeVar("R", bound=Record)

#: The metadata holding :data:`RECORDS` (for an app's own migrations, e.g. Alembic).
METADATA = sa.MetaData()

#: The one table of records.
RECORDS = sa.Table(
    "therapy_homework_records",
    METADATA,
    sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True),
    sa.Column("record_type", sa.String(64), nullable=False),
    sa.Column("client_id", sa.String(MAX_ID), nullable=False),
    sa.Column("id", sa.String(MAX_ID), nullable=False),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.Column("assignment_id", sa.String(MAX_ID)),
    sa.Column("status", sa.String(32)),
    sa.Column("kind", sa.String(32)),
    sa.Column("time", sa.String(32)),  # UTC, fixed width: orders as text everywhere
    # json, not jsonb: jsonb cannot hold the character NUL and rewrites numbers
    # ("1e16" comes back as an integer); json keeps the kit's document as written.
    sa.Column("data", sa.JSON(), nullable=False),
    sa.UniqueConstraint("record_type", "client_id", "id", name="therapy_homework_records_key"),
    sa.Index("therapy_homework_records_by_client", "record_type", "client_id", "seq"),
    sa.Index("therapy_homework_records_by_assignment", "client_id", "assignment_id"),
)
_T = RECORDS.c


def sqlite_engine(url: str, **options: Any) -> Engine:
    """A SQLite engine whose transactions take the write lock at once (``BEGIN
    IMMEDIATE``), as the SQLAlchemy documentation recommends for SQLite."""
    engine = sa.create_engine(url, **options)

    @sa.event.listens_for(engine, "connect")
    def _no_implicit_begin(dbapi_connection: Any, _: Any) -> None:
        dbapi_connection.isolation_level = None  # the driver starts no transaction itself

    @sa.event.listens_for(engine, "begin")
    def _begin_immediate(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def sqlite_async_engine(url: str, **options: Any) -> AsyncEngine:
    """:func:`sqlite_engine` for asyncio (the ``aiosqlite`` driver)."""
    engine = create_async_engine(url, **options)

    @sa.event.listens_for(engine.sync_engine, "connect")
    def _no_implicit_begin(dbapi_connection: Any, _: Any) -> None:
        dbapi_connection.isolation_level = None

    @sa.event.listens_for(engine.sync_engine, "begin")
    def _begin_immediate(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


# --------------------------------------------------------------------------- statements


def _utc(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _enum(record: object, name: str) -> str | None:
    value = getattr(record, name, None)
    return None if value is None else str(getattr(value, "value", value))


def _columns(record: Any) -> dict[str, Any]:
    return {
        "assignment_id": getattr(record, "assignment_id", None),
        "status": _enum(record, "status"),
        "kind": _enum(record, "kind"),
        "time": _utc(record_time(record)),
        "data": to_dict(record),
    }


def _key(name: str, client_id: str, record_id: str) -> Any:
    return sa.and_(_T.record_type == name, _T.client_id == client_id, _T.id == record_id)


def _assignment_row(client_id: str, assignment_id: str, lock: str) -> Any:
    statement = sa.select(_T.seq).where(_key("assignment", client_id, assignment_id))
    return statement.with_for_update(read=lock == "share")


def _naming(client_id: str, assignment_id: str) -> Any:
    return (
        sa.select(_T.record_type, _T.id)
        .where(
            _T.client_id == client_id,
            _T.assignment_id == assignment_id,
            _T.record_type != "assignment",
        )
        .limit(1)
    )


def _listing(name: str, client_id: str, query: Query, after: int, limit: int) -> Any:
    statement = sa.select(_T.seq, _T.data, _T.version).where(
        _T.record_type == name, _T.client_id == client_id, _T.seq > after
    )
    for column, value in (
        (_T.assignment_id, query.assignment_id),
        (_T.status, None if query.status is None else query.status.value),
        (_T.kind, None if query.kind is None else query.kind.value),
    ):
        if value is not None:
            statement = statement.where(column == value)
    if query.since is not None:
        statement = statement.where(_T.time >= _utc(query.since))
    if query.until is not None:
        statement = statement.where(_T.time < _utc(query.until))
    return statement.order_by(_T.seq).limit(limit + 1)


def _inserting(name: str, item: Any) -> Any:
    return sa.insert(RECORDS).values(
        record_type=name, client_id=item.client_id, id=item.id, version=1, **_columns(item)
    )


def _reading(name: str, client_id: str, record_id: str) -> Any:
    return sa.select(_T.data, _T.version).where(_key(name, client_id, record_id))


def _versioning(name: str, client_id: str, record_id: str, *, lock: bool = False) -> Any:
    statement = sa.select(_T.version).where(_key(name, client_id, record_id))
    return statement.with_for_update() if lock else statement


def _updating(name: str, item: Any, expected_version: int) -> Any:
    return (
        sa.update(RECORDS)
        .where(_key(name, item.client_id, item.id), _T.version == expected_version)
        .values(version=_T.version + 1, **_columns(item))
    )


def _deleting(name: str, client_id: str, record_id: str) -> Any:
    return sa.delete(RECORDS).where(_key(name, client_id, record_id))


def _erasing(name: str, client_id: str) -> Any:
    return sa.delete(RECORDS).where(_T.record_type == name, _T.client_id == client_id)


def _require(
    record_type: type, current: Any, client_id: str, record_id: str, expected: int | None
) -> None:
    """The stored record exists, at the expected version if one is given."""
    if current is None:
        raise not_found(record_type, client_id, record_id)
    if expected is not None and current.version != expected:
        raise version_conflict(record_type, record_id, current.version, expected)


def _page(record_type: type[R], rows: list[Any], limit: int, tag: str) -> Page[R]:
    page = rows[:limit]
    items = tuple(Stored(from_dict(record_type, row.data), row.version) for row in page)
    more = len(rows) > limit
    return Page(items, make_cursor(page[-1].seq, tag) if more else None)


# --------------------------------------------------------------------------- sync


class SqlAlchemyStore(Generic[R]):
    """The records of one type in :data:`RECORDS`."""

    def __init__(self, repository: "SqlAlchemyRepository", record_type: type[R]) -> None:
        self._repository = repository
        self.record_type = record_type
        self._name = RECORD_TYPES.of(record_type).name  # UnknownName if unregistered
        self._refers = names_an_assignment(record_type)

    def _check_reference(self, db: Connection, record: Any) -> None:
        if self._refers and record.assignment_id is not None:
            row = db.execute(_assignment_row(record.client_id, record.assignment_id, "share"))
            if row.first() is None:
                raise broken_reference(record.client_id, record.assignment_id)

    def add(self, record: R) -> Stored[R]:
        """See :meth:`therapy_homework.storage.Store.add`."""
        check_record(self.record_type, record)
        item: Any = record
        with self._repository._transaction() as db:
            self._check_reference(db, item)
            try:
                with db.begin_nested():
                    db.execute(_inserting(self._name, item))
            except sa.exc.IntegrityError:
                raise duplicate_id(self.record_type, item.client_id, item.id) from None
        return Stored(record, 1)

    def get(self, client_id: str, record_id: str) -> Stored[R]:
        """See :meth:`therapy_homework.storage.Store.get`."""
        check_ids(client_id=client_id, record_id=record_id)
        with self._repository._transaction() as db:
            row = db.execute(_reading(self._name, client_id, record_id)).first()
        if row is None:
            raise not_found(self.record_type, client_id, record_id)
        return Stored(from_dict(self.record_type, row.data), row.version)

    def update(self, record: R, *, expected_version: int) -> Stored[R]:
        """See :meth:`therapy_homework.storage.Store.update`."""
        check_record(self.record_type, record)
        check_version(expected_version)
        item: Any = record
        with self._repository._transaction() as db:
            current = db.execute(_versioning(self._name, item.client_id, item.id)).first()
            _require(self.record_type, current, item.client_id, item.id, expected_version)
            self._check_reference(db, item)
            changed = db.execute(_updating(self._name, item, expected_version)).rowcount
            if changed == 0:  # another writer got there between the read and the write
                raise version_conflict(
                    self.record_type, item.id, expected_version + 1, expected_version
                )
        return Stored(record, expected_version + 1)

    def list(
        self,
        client_id: str,
        query: Query = NO_QUERY,
        *,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[R]:
        """See :meth:`therapy_homework.storage.Store.list`."""
        tag, after = list_arguments(self.record_type, client_id, query, cursor, limit)
        with self._repository._transaction() as db:
            rows = list(db.execute(_listing(self._name, client_id, query, after, limit)))
        return _page(self.record_type, rows, limit, tag)

    def delete(
        self, client_id: str, record_id: str, *, expected_version: int | None = None
    ) -> None:
        """See :meth:`therapy_homework.storage.Store.delete`."""
        check_ids(client_id=client_id, record_id=record_id)
        check_version(expected_version, optional=True)
        with self._repository._transaction() as db:
            current = db.execute(_versioning(self._name, client_id, record_id, lock=True)).first()
            _require(self.record_type, current, client_id, record_id, expected_version)
            if self._name == "assignment":
                found = db.execute(_naming(client_id, record_id)).first()
                if found is not None:
                    raise still_named(record_id, found[0], found[1])
            db.execute(_deleting(self._name, client_id, record_id))

    def erase_client(self, client_id: str) -> int:
        """See :meth:`therapy_homework.storage.Store.erase_client`."""
        check_ids(client_id=client_id)
        with self._repository._transaction() as db:
            return int(db.execute(_erasing(self._name, client_id)).rowcount)


class SqlAlchemyRepository:
    """Every record type in :data:`RECORDS`, through a SQLAlchemy :class:`~sqlalchemy.Engine`.

    Each call runs in its own transaction; a unit of work runs every call made through
    the repository in its thread in one transaction, committed when the block ends and
    rolled back if it raises. ``create=True`` creates the table if it is missing.
    """

    def __init__(self, engine: Engine, *, create: bool = True) -> None:
        self.engine = engine
        self._local = threading.local()
        if create:
            METADATA.create_all(engine)

    def store(self, record_type: type[R]) -> SqlAlchemyStore[R]:
        """The store for ``record_type``."""
        return SqlAlchemyStore(self, record_type)

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        unit = getattr(self._local, "unit", None)
        if unit is not None:
            yield unit  # part of the unit of work's transaction
            return
        with self.engine.begin() as db:
            yield db

    @contextmanager
    def unit_of_work(self) -> Iterator["SqlAlchemyRepository"]:
        """One transaction for every call in the block: all of it lands, or none."""
        if getattr(self._local, "unit", None) is not None:
            yield self  # nested: part of the outer unit of work
            return
        with self.engine.begin() as db:
            self._local.unit = db
            try:
                yield self
            finally:
                self._local.unit = None

    def erase_client(self, client_id: str) -> int:
        """Remove every record of ``client_id``; return how many."""
        check_ids(client_id=client_id)
        with self._transaction() as db:
            return int(db.execute(sa.delete(RECORDS).where(_T.client_id == client_id)).rowcount)


# --------------------------------------------------------------------------- asyncio


#: The unit of work the running code opened (tasks it starts inherit it).
_OPEN_UNIT: contextvars.ContextVar[object | None] = contextvars.ContextVar(
    "therapy_homework_sqlalchemy_unit", default=None
)


class AsyncSqlAlchemyStore(Generic[R]):
    """:class:`SqlAlchemyStore` for asyncio, through an
    :class:`~sqlalchemy.ext.asyncio.AsyncEngine`."""

    def __init__(self, repository: "AsyncSqlAlchemyRepository", record_type: type[R]) -> None:
        self._repository = repository
        self.record_type = record_type
        self._name = RECORD_TYPES.of(record_type).name
        self._refers = names_an_assignment(record_type)

    async def _check_reference(self, db: AsyncConnection, record: Any) -> None:
        if self._refers and record.assignment_id is not None:
            row = await db.execute(_assignment_row(record.client_id, record.assignment_id, "share"))
            if row.first() is None:
                raise broken_reference(record.client_id, record.assignment_id)

    async def add(self, record: R) -> Stored[R]:
        """See :meth:`therapy_homework.storage.Store.add`."""
        check_record(self.record_type, record)
        item: Any = record
        async with self._repository._transaction() as db:
            await self._check_reference(db, item)
            try:
                async with db.begin_nested():
                    await db.execute(_inserting(self._name, item))
            except sa.exc.IntegrityError:
                raise duplicate_id(self.record_type, item.client_id, item.id) from None
        return Stored(record, 1)

    async def get(self, client_id: str, record_id: str) -> Stored[R]:
        """See :meth:`therapy_homework.storage.Store.get`."""
        check_ids(client_id=client_id, record_id=record_id)
        async with self._repository._transaction() as db:
            row = (await db.execute(_reading(self._name, client_id, record_id))).first()
        if row is None:
            raise not_found(self.record_type, client_id, record_id)
        return Stored(from_dict(self.record_type, row.data), row.version)

    async def update(self, record: R, *, expected_version: int) -> Stored[R]:
        """See :meth:`therapy_homework.storage.Store.update`."""
        check_record(self.record_type, record)
        check_version(expected_version)
        item: Any = record
        async with self._repository._transaction() as db:
            found = await db.execute(_versioning(self._name, item.client_id, item.id))
            _require(self.record_type, found.first(), item.client_id, item.id, expected_version)
            await self._check_reference(db, item)
            changed = (await db.execute(_updating(self._name, item, expected_version))).rowcount
            if changed == 0:
                raise version_conflict(
                    self.record_type, item.id, expected_version + 1, expected_version
                )
        return Stored(record, expected_version + 1)

    async def list(
        self,
        client_id: str,
        query: Query = NO_QUERY,
        *,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[R]:
        """See :meth:`therapy_homework.storage.Store.list`."""
        tag, after = list_arguments(self.record_type, client_id, query, cursor, limit)
        async with self._repository._transaction() as db:
            rows = list(await db.execute(_listing(self._name, client_id, query, after, limit)))
        return _page(self.record_type, rows, limit, tag)

    async def delete(
        self, client_id: str, record_id: str, *, expected_version: int | None = None
    ) -> None:
        """See :meth:`therapy_homework.storage.Store.delete`."""
        check_ids(client_id=client_id, record_id=record_id)
        check_version(expected_version, optional=True)
        async with self._repository._transaction() as db:
            current = await db.execute(_versioning(self._name, client_id, record_id, lock=True))
            _require(self.record_type, current.first(), client_id, record_id, expected_version)
            if self._name == "assignment":
                named = (await db.execute(_naming(client_id, record_id))).first()
                if named is not None:
                    raise still_named(record_id, named[0], named[1])
            await db.execute(_deleting(self._name, client_id, record_id))

    async def erase_client(self, client_id: str) -> int:
        """See :meth:`therapy_homework.storage.Store.erase_client`."""
        check_ids(client_id=client_id)
        async with self._repository._transaction() as db:
            result = await db.execute(_erasing(self._name, client_id))
            return int(result.rowcount)


class AsyncSqlAlchemyRepository:
    """:class:`SqlAlchemyRepository` for asyncio. ``await repository.create()`` once to
    create the table if it is missing.

    ``unit_of_work()`` yields a view of the repository that belongs to the unit: use its
    stores inside the block. Using the repository itself inside its own unit of work
    raises :class:`~therapy_homework.errors.MisusedStore` at once (it would otherwise
    wait on the unit's own locks).
    """

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._unit: AsyncConnection | None = None
        #: The units of work open on this repository (shared with their views).
        self._open: set[object] = set()

    async def create(self) -> None:
        """Create the table if it is missing."""
        async with self.engine.begin() as db:
            await db.run_sync(METADATA.create_all)

    def store(self, record_type: type[R]) -> AsyncSqlAlchemyStore[R]:
        """The store for ``record_type``."""
        return AsyncSqlAlchemyStore(self, record_type)

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[AsyncConnection]:
        if self._unit is not None:
            yield self._unit
            return
        if _OPEN_UNIT.get() in self._open:
            raise MisusedStore(
                "the repository was used inside its own unit of work: use the repository "
                "that unit_of_work() gave you"
            )
        async with self.engine.begin() as db:
            yield db

    @asynccontextmanager
    async def unit_of_work(self) -> AsyncIterator["AsyncSqlAlchemyRepository"]:
        """One transaction for every call made through the repository it yields."""
        if self._unit is not None:
            yield self  # nested: part of the outer unit of work
            return
        token = object()
        async with self.engine.begin() as db:
            view = AsyncSqlAlchemyRepository(self.engine)
            view._unit = db
            view._open = self._open
            self._open.add(token)
            marker = _OPEN_UNIT.set(token)
            try:
                yield view
            finally:
                self._open.discard(token)
                with contextlib.suppress(ValueError):  # ended from another context
                    _OPEN_UNIT.reset(marker)

    async def erase_client(self, client_id: str) -> int:
        """Remove every record of ``client_id``; return how many."""
        check_ids(client_id=client_id)
        async with self._transaction() as db:
            result = await db.execute(sa.delete(RECORDS).where(_T.client_id == client_id))
            return int(result.rowcount)
