"""Storage throughput: adds and gets per second, in memory and in SQLite.

Run it with ``python benchmarks/storage.py``. It adds distinct assignments to a fresh
repository, then reads each back by id, and reports operations per second for the
in-memory reference repository and for the SQLite example store (on a database file
in a temporary folder; every call opens its own connection, as the example does).
"""

import argparse
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
    print(f"SQLite:    {adds:>10,.0f} adds/s {gets:>10,.0f} gets/s")


if __name__ == "__main__":
    main()
