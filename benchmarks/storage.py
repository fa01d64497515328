"""Storage throughput: adds and gets per second, in memory, in SQLite and in PostgreSQL.

Run it with ``python benchmarks/storage.py``. It adds distinct assignments to a fresh
repository, then reads each back by id, and reports operations per second for the
in-memory reference repository, the SQLite example store (a database file in a
temporary folder; every call opens its own connection, as the example does), the
SQLAlchemy adapter on SQLite, and the adapter on PostgreSQL when
``THERAPY_HOMEWORK_POSTGRES_URL`` names a server (``.ci/postgres.sh`` starts one).
Each call is its own transaction (a commit per add).
"""

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import attrs

from therapy_homework import Assignment
from therapy_homework.cli import demo_objects
from therapy_homework.storage import InMemoryRepository, Repository

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))

from sqlite_store import SqliteRepository


def measure(make: Callable[[], Repository], count: int) -> tuple[float, float]:
    """Adds per second and gets per second for ``count`` distinct assignments."""
    template, _, _ = demo_objects()
    records = [attrs.evolve(template, id=f"asg-{i}") for i in range(count)]
    repository = make()
    store = repository.store(Assignment)
    start = time.perf_counter()
    for record in records:
        store.add(record)
    added = time.perf_counter() - start
    start = time.perf_counter()
    for record in records:
        store.get(record.client_id, record.id)
    got = time.perf_counter() - start
    return count / added, count / got


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer records, for a smoke run")
    args = parser.parse_args()
    count = 200 if args.quick else 5_000
    print(f"Python {sys.version.split()[0]}; {count:,} assignments")
    adds, gets = measure(InMemoryRepository, count)
    print(f"in memory: {adds:>10,.0f} adds/s {gets:>10,.0f} gets/s")
    with tempfile.TemporaryDirectory() as folder:
        adds, gets = measure(lambda: SqliteRepository(Path(folder) / "bench.db"), count)
    print(f"SQLite (example store):     {adds:>8,.0f} adds/s {gets:>8,.0f} gets/s")
    try:
        import sqlalchemy as sa

        from therapy_homework.adapters.sqlalchemy import (
            METADATA,
            SqlAlchemyRepository,
            sqlite_engine,
        )
    except ImportError:
        print("SQLAlchemy adapter: not measured (install the sqlalchemy extra)")
        return
    with tempfile.TemporaryDirectory() as folder:
        engine = sqlite_engine(f"sqlite:///{Path(folder) / 'adapter.db'}")
        adds, gets = measure(lambda: SqlAlchemyRepository(engine), count)
        engine.dispose()
    print(f"SQLite (SQLAlchemy adapter): {adds:>7,.0f} adds/s {gets:>8,.0f} gets/s")
    url = os.environ.get("THERAPY_HOMEWORK_POSTGRES_URL")
    if not url:
        print("PostgreSQL: not measured (set THERAPY_HOMEWORK_POSTGRES_URL)")
        return
    engine = sa.create_engine(url)
    METADATA.drop_all(engine)
    adds, gets = measure(lambda: SqlAlchemyRepository(engine), count)
    METADATA.drop_all(engine)
    engine.dispose()
    print(f"PostgreSQL (SQLAlchemy adapter): {adds:>4,.0f} adds/s {gets:>8,.0f} gets/s")


if __name__ == "__main__":
    main()
