"""A store on Python's own sqlite3: the worked example of a real database.

It lives outside the installed package (which does no I/O). Records are kept as the
kit's JSON, with indexed columns for the client, the kind, the status and the time;
versions are a column; a unit of work is a transaction. The kit's test suite runs the
full storage contract against it on a real database file.

    repository = SqliteRepository("homework.db")
    store = repository.store(Assignment)
    store.add(assignment)
"""

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC
from pathlib import Path
from typing import Any, Generic, TypeVar

from therapy_homework import from_json, to_json
from therapy_homework.model import RECORD_TYPES
from therapy_homework.storage import (
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

R = TypeVar("R", bound=Record)

SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    record_type TEXT NOT NULL,
    client_id TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    assignment_id TEXT,
    status TEXT,
    kind TEXT,
    time TEXT,
    data TEXT NOT NULL,
    UNIQUE (record_type, client_id, id)
);
CREATE INDEX IF NOT EXISTS records_by_client ON records (record_type, client_id, seq);
CREATE INDEX IF NOT EXISTS records_by_assignment ON records (client_id, assignment_id);
"""


def _utc(record: object) -> str | None:
    when = record_time(record)
    return None if when is None else when.astimezone(UTC).isoformat()


def _enum_value(record: object, name: str) -> str | None:
    value = getattr(record, name, None)
    return None if value is None else str(value.value) if hasattr(value, "value") else None


class SqliteStore(Generic[R]):
    """The records of one type in the ``records`` table."""

    def __init__(self, repository: "SqliteRepository", record_type: type[R]) -> None:
        self._repository = repository
        self.record_type = record_type
        self._name = RECORD_TYPES.of(record_type).name  # UnknownName if unregistered
        self._names_assignment = names_an_assignment(record_type)

    def _check_reference(self, db: sqlite3.Connection, record: Any) -> None:
        """A record that names an assignment must name one its client has."""
        if not self._names_assignment or record.assignment_id is None:
            return
        found = db.execute(
            "SELECT 1 FROM records WHERE record_type = 'assignment' AND client_id = ? AND id = ?",
            (record.client_id, record.assignment_id),
        ).fetchone()
        if found is None:
            raise broken_reference(record.client_id, record.assignment_id)

    def add(self, record: R) -> Stored[R]:
        check_record(self.record_type, record)
        row = (
            self._name,
            record.client_id,
            record.id,
            1,
            getattr(record, "assignment_id", None),
            _enum_value(record, "status"),
            _enum_value(record, "kind"),
            _utc(record),
            to_json(record),
        )
        with self._repository._write() as db:
            self._check_reference(db, record)
            try:
                db.execute(
                    "INSERT INTO records (record_type, client_id, id, version, assignment_id,"
                    " status, kind, time, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row,
                )
            except sqlite3.IntegrityError:
                raise duplicate_id(self.record_type, row[1], row[2]) from None
        return Stored(record, 1)

    def get(self, client_id: str, record_id: str) -> Stored[R]:
        check_ids(client_id=client_id, record_id=record_id)
        with self._repository._read() as db:
            found = db.execute(
                "SELECT data, version FROM records WHERE record_type = ? AND client_id = ?"
                " AND id = ?",
                (self._name, client_id, record_id),
            ).fetchone()
        if found is None:
            raise not_found(self.record_type, client_id, record_id)
        return Stored(from_json(self.record_type, found[0]), found[1])

    def update(self, record: R, *, expected_version: int) -> Stored[R]:
        check_record(self.record_type, record)
        check_version(expected_version)
        client_id, record_id = record.client_id, record.id
        with self._repository._write() as db:
            self._check_reference(db, record)
            changed = db.execute(
                "UPDATE records SET version = version + 1, assignment_id = ?, status = ?,"
                " kind = ?, time = ?, data = ? WHERE record_type = ? AND client_id = ?"
                " AND id = ? AND version = ?",
                (
                    getattr(record, "assignment_id", None),
                    _enum_value(record, "status"),
                    _enum_value(record, "kind"),
                    _utc(record),
                    to_json(record),
                    self._name,
                    client_id,
                    record_id,
                    expected_version,
                ),
            ).rowcount
            if changed == 0:
                current = db.execute(
                    "SELECT version FROM records WHERE record_type = ? AND client_id = ?"
                    " AND id = ?",
                    (self._name, client_id, record_id),
                ).fetchone()
                if current is None:
                    raise not_found(self.record_type, client_id, record_id)
                raise version_conflict(self.record_type, record_id, current[0], expected_version)
        return Stored(record, expected_version + 1)

    def list(
        self,
        client_id: str,
        query: Query = Query(),  # noqa: B008  (immutable)
        *,
        cursor: str | None = None,
        limit: int = 50,
    ) -> Page[R]:
        # The same checks, and the same errors, as every store: the cursor is opaque and
        # bound to this client and query.
        tag, after = list_arguments(self.record_type, client_id, query, cursor, limit)
        sql = ["SELECT seq, data, version FROM records WHERE record_type = ? AND client_id = ?"]
        args: list[Any] = [self._name, client_id, after]
        sql.append("AND seq > ?")
        for column, value in (
            ("assignment_id", query.assignment_id),
            ("status", None if query.status is None else query.status.value),
            ("kind", None if query.kind is None else query.kind.value),
        ):
            if value is not None:
                sql.append(f"AND {column} = ?")
                args.append(value)
        if query.since is not None:
            sql.append("AND time >= ?")
            args.append(query.since.astimezone(UTC).isoformat())
        if query.until is not None:
            sql.append("AND time < ?")
            args.append(query.until.astimezone(UTC).isoformat())
        sql.append("ORDER BY seq LIMIT ?")
        args.append(limit + 1)
        with self._repository._read() as db:
            rows = db.execute(" ".join(sql), args).fetchall()
        page = rows[:limit]
        items = tuple(Stored(from_json(self.record_type, data), v) for _, data, v in page)
        return Page(items, make_cursor(page[-1][0], tag) if len(rows) > limit else None)

    def delete(
        self, client_id: str, record_id: str, *, expected_version: int | None = None
    ) -> None:
        check_ids(client_id=client_id, record_id=record_id)
        check_version(expected_version, optional=True)
        with self._repository._write() as db:
            current = db.execute(
                "SELECT version FROM records WHERE record_type = ? AND client_id = ? AND id = ?",
                (self._name, client_id, record_id),
            ).fetchone()
            if current is None:
                raise not_found(self.record_type, client_id, record_id)
            if expected_version is not None and current[0] != expected_version:
                raise version_conflict(self.record_type, record_id, current[0], expected_version)
            if self._name == "assignment":
                named = db.execute(
                    "SELECT record_type, id FROM records WHERE client_id = ? AND assignment_id = ?"
                    " AND record_type != 'assignment' LIMIT 1",
                    (client_id, record_id),
                ).fetchone()
                if named is not None:
                    raise still_named(record_id, named[0], named[1])
            db.execute(
                "DELETE FROM records WHERE record_type = ? AND client_id = ? AND id = ?",
                (self._name, client_id, record_id),
            )

    def erase_client(self, client_id: str) -> int:
        check_ids(client_id=client_id)
        with self._repository._write() as db:
            return db.execute(
                "DELETE FROM records WHERE record_type = ? AND client_id = ?",
                (self._name, client_id),
            ).rowcount


class SqliteRepository:
    """Every record type in one SQLite file.

    Each call opens its own connection (so threads never share one), and writes take
    the database's write lock at once (``BEGIN IMMEDIATE``), which serializes them. A
    unit of work keeps one connection and one transaction for its whole block.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._local = threading.local()
        # A connection used as a context manager only commits; close it explicitly.
        db = self._connect()
        try:
            db.executescript(SCHEMA)
        finally:
            db.close()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        db.execute("PRAGMA journal_mode = WAL")
        return db

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        unit = getattr(self._local, "unit", None)
        if unit is not None:
            yield unit
            return
        db = self._connect()
        try:
            yield db
        finally:
            db.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        unit = getattr(self._local, "unit", None)
        if unit is not None:
            yield unit  # part of the unit of work's transaction
            return
        db = self._connect()
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        finally:
            db.close()

    def store(self, record_type: type[R]) -> SqliteStore[R]:
        return SqliteStore(self, record_type)

    @contextmanager
    def unit_of_work(self) -> Iterator["SqliteRepository"]:
        if getattr(self._local, "unit", None) is not None:
            yield self
            return
        db = self._connect()
        db.execute("BEGIN IMMEDIATE")
        self._local.unit = db
        try:
            yield self
        except BaseException:
            db.execute("ROLLBACK")
            raise
        else:
            db.execute("COMMIT")
        finally:
            self._local.unit = None
            db.close()

    def erase_client(self, client_id: str) -> int:
        check_ids(client_id=client_id)
        with self._write() as db:
            return db.execute("DELETE FROM records WHERE client_id = ?", (client_id,)).rowcount
