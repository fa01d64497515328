"""The full storage contract against the SQLite example store, on a real database file."""

import sys
import tempfile
from pathlib import Path

from therapy_homework.storage import Repository
from therapy_homework.testing.contract import RepositoryContract

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))

from sqlite_store import SqliteRepository


class TestSqliteRepository(RepositoryContract):
    def make_repository(self) -> Repository:
        directory = tempfile.mkdtemp(prefix="therapy-homework-")
        return SqliteRepository(Path(directory) / "homework.db")

    def close_repository(self, repository: Repository) -> None:
        path = Path(repository.path)  # type: ignore[attr-defined]
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink(missing_ok=True)
        path.parent.rmdir()
