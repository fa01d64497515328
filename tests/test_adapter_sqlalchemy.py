"""The SQLAlchemy adapter passes the whole storage contract: on SQLite (sync and asyncio)
always, and on a real PostgreSQL server when ``THERAPY_HOMEWORK_POSTGRES_URL`` names one
(CI starts one; elsewhere those tests skip, saying why). On PostgreSQL, writers racing
on one record lose no update."""

import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

sa = pytest.importorskip("sqlalchemy", reason="the sqlalchemy extra is not installed")

from sqlalchemy.ext.asyncio import create_async_engine  # noqa: E402

from therapy_homework import Assignment  # noqa: E402
from therapy_homework.adapters.sqlalchemy import (  # noqa: E402
    METADATA,
    RECORDS,
    AsyncSqlAlchemyRepository,
    SqlAlchemyRepository,
    sqlite_async_engine,
    sqlite_engine,
)
from therapy_homework.errors import UnknownName, VersionConflict  # noqa: E402
from therapy_homework.model import Extensions  # noqa: E402
from therapy_homework.storage import AsyncRepository, Repository  # noqa: E402
from therapy_homework.testing.contract import (  # noqa: E402
    AsyncRepositoryContract,
    RepositoryContract,
)

from .helpers import assignment  # noqa: E402

POSTGRES = os.environ.get("THERAPY_HOMEWORK_POSTGRES_URL")


def _postgres_reason() -> str | None:
    if not POSTGRES:
        return "no PostgreSQL server: set THERAPY_HOMEWORK_POSTGRES_URL (CI starts one)"
    try:
        engine = sa.create_engine(POSTGRES)
        with engine.connect():
            pass
        engine.dispose()
    except Exception as error:
        return (
            f"PostgreSQL at THERAPY_HOMEWORK_POSTGRES_URL is not reachable ({type(error).__name__})"
        )
    return None


NO_POSTGRES = _postgres_reason()
needs_postgres = pytest.mark.skipif(NO_POSTGRES is not None, reason=NO_POSTGRES or "")


# ------------------------------------------------------------------------------- SQLite


class TestSqlAlchemyOnSqlite(RepositoryContract):
    def make_repository(self) -> Repository:
        folder = tempfile.mkdtemp()
        engine = sqlite_engine(f"sqlite:///{Path(folder) / 'records.db'}")
        return SqlAlchemyRepository(engine)

    def close_repository(self, repository: Repository) -> None:
        assert isinstance(repository, SqlAlchemyRepository)
        repository.engine.dispose()


class TestAsyncSqlAlchemyOnSqlite(AsyncRepositoryContract):
    def make_async_repository(self) -> AsyncRepository:
        folder = tempfile.mkdtemp()
        path = Path(folder) / "records.db"
        METADATA.create_all(sa.create_engine(f"sqlite:///{path}"))
        return AsyncSqlAlchemyRepository(sqlite_async_engine(f"sqlite+aiosqlite:///{path}"))

    async def close_async_repository(self, repository: AsyncRepository) -> None:
        assert isinstance(repository, AsyncSqlAlchemyRepository)
        await repository.engine.dispose()


# --------------------------------------------------------------------------- PostgreSQL


@pytest.fixture(scope="module")
def postgres_engine() -> Iterator[Any]:
    assert POSTGRES is not None
    engine = sa.create_engine(POSTGRES)
    METADATA.drop_all(engine)
    METADATA.create_all(engine)
    yield engine
    METADATA.drop_all(engine)
    engine.dispose()


def _empty(engine: Any) -> None:
    with engine.begin() as db:
        db.execute(sa.text(f"TRUNCATE {RECORDS.name} RESTART IDENTITY"))


@needs_postgres
class TestSqlAlchemyOnPostgres(RepositoryContract):
    @pytest.fixture(autouse=True)
    def _engine(self, postgres_engine: Any) -> None:
        self.engine = postgres_engine

    def make_repository(self) -> Repository:
        _empty(self.engine)
        return SqlAlchemyRepository(self.engine, create=False)


@needs_postgres
class TestAsyncSqlAlchemyOnPostgres(AsyncRepositoryContract):
    @pytest.fixture(autouse=True)
    def _engine(self, postgres_engine: Any) -> None:
        self.engine = postgres_engine

    def make_async_repository(self) -> AsyncRepository:
        _empty(self.engine)
        assert POSTGRES is not None
        return AsyncSqlAlchemyRepository(create_async_engine(POSTGRES))

    async def close_async_repository(self, repository: AsyncRepository) -> None:
        assert isinstance(repository, AsyncSqlAlchemyRepository)
        await repository.engine.dispose()


@needs_postgres
def test_racing_writers_lose_no_update_on_postgres(postgres_engine: Any) -> None:
    """Eight threads each add one to a counter ten times, re-reading on a conflict:
    optimistic concurrency on real transactions ends at exactly eighty."""
    _empty(postgres_engine)
    repository = SqlAlchemyRepository(postgres_engine, create=False)
    store = repository.store(Assignment)
    store.add(assignment(extensions=Extensions({"org.example.count": 0})))
    conflicts = []

    def work() -> None:
        for _ in range(10):
            while True:
                current = store.get("client-1", "asg-1")
                count = current.record.extensions["org.example.count"]
                counted = Extensions({"org.example.count": count + 1})
                changed = attrs.evolve(current.record, extensions=counted)
                try:
                    store.update(changed, expected_version=current.version)
                    break
                except VersionConflict:
                    conflicts.append(1)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    final = store.get("client-1", "asg-1")
    assert final.record.extensions["org.example.count"] == 80
    assert final.version == 81


def test_an_unregistered_type_is_unknown_not_a_bare_key_error() -> None:
    folder = tempfile.mkdtemp()
    repository = SqlAlchemyRepository(sqlite_engine(f"sqlite:///{Path(folder) / 'x.db'}"))
    with pytest.raises(UnknownName):
        repository.store(dict)  # type: ignore[type-var]


def test_the_adapter_is_not_imported_by_the_kit() -> None:
    import subprocess
    import sys

    code = (
        "import sys, therapy_homework; therapy_homework.Assignment; "
        "print('sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
