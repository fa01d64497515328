"""The storage contract: the tests any store must pass, ready to run against yours.

Subclass :class:`RepositoryContract`, build a fresh, empty repository in
``make_repository``, and run pytest: every test below runs against your store. ::

    from therapy_homework.testing.contract import RepositoryContract

    class TestPostgresRepository(RepositoryContract):
        def make_repository(self):
            return PostgresRepository(dsn=..., schema=fresh_schema())

For async stores, subclass :class:`AsyncRepositoryContract` instead: the same tests
run through an event loop. Each test builds its own repositories (one per Hypothesis
example), so ``make_repository`` must return an empty one every time;
``close_repository`` is called when a test is done with it.
"""

import asyncio
import threading
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ..errors import (
    BrokenReference,
    DuplicateId,
    InvalidData,
    MisusedStore,
    NotFound,
    VersionConflict,
    WrongType,
)
from ..model.assignment import Assignment, AssignmentKind, AssignmentStatus
from ..model.records import RECORD_TYPES
from ..model.review import Barrier, BarrierKind, Completion, Decision, Review
from ..storage import (
    AsyncRepository,
    Query,
    Repository,
    Store,
    Stored,
    names_an_assignment,
)
from . import strategies as ths

__all__ = ["AsyncRepositoryContract", "RepositoryContract"]

T = TypeVar("T")

CLIENT_A = "client-a"
CLIENT_B = "client-b"

# Each subclass runs the same test methods against its own store; every example builds
# a fresh repository, so running them from several classes ("executors") is intended.
_SETTINGS = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.function_scoped_fixture,
        HealthCheck.differing_executors,
    ],
)


def _records(client_id: str) -> st.SearchStrategy[Any]:
    # Every stored record type in the registry, the app's own included.
    return st.one_of(
        *(ths.records(cls, client_id=client_id) for cls in RECORD_TYPES.classes(stored=True))
    )


_START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def _assignment(
    record_id: str,
    status: AssignmentStatus = AssignmentStatus.ACTIVE,
    client_id: str = CLIENT_A,
) -> Assignment:
    """A fixed, valid assignment for the tests that need one specific record."""
    return Assignment(
        id=record_id,
        client_id=client_id,
        title="Catch the thought",
        instructions="When your chest tightens, write down the thought that came just before.",
        kind=AssignmentKind.COGNITIVE,
        assigned_at=_START,
        review_at=_START + timedelta(days=7),
        status=status,
    )


def _review(record_id: str, assignment_id: str) -> Review:
    return Review(
        id=record_id,
        client_id=CLIENT_A,
        assignment_id=assignment_id,
        reviewed_at=_START + timedelta(days=7),
        completion=Completion.NOT_DONE,
        decision=Decision.REPLACE,
        barriers=(Barrier(kind=BarrierKind.TOO_BIG),),
    )


def _id(record: Any) -> str:
    return str(record.id)


def _add(repository: Repository, record: Any) -> int:
    """Add ``record``, first adding the assignment it names if its client has none (a
    store refuses a record that names a missing assignment). Returns how many records
    were added: a record refused as a duplicate adds none, but the assignment added
    for it stays and counts."""
    added = 0
    if names_an_assignment(type(record)) and record.assignment_id is not None:
        try:
            repository.store(Assignment).get(record.client_id, record.assignment_id)
        except NotFound:
            parent = _assignment(record.assignment_id, client_id=record.client_id)
            repository.store(Assignment).add(parent)
            added += 1
    try:
        repository.store(type(record)).add(record)
    except DuplicateId:
        return added
    return added + 1


def _all(
    store: Store[Any], client_id: str, query: Query | None = None, limit: int = 7
) -> list[Stored[Any]]:
    items: list[Stored[Any]] = []
    cursor = None
    while True:
        page = store.list(client_id, query or Query(), cursor=cursor, limit=limit)
        items.extend(page.items)
        if page.next_cursor is None:
            return items
        cursor = page.next_cursor


class RepositoryContract:
    """The storage contract as a pytest test class. Implement ``make_repository``."""

    @property
    def record_types(self) -> tuple[type, ...]:
        """The record types the contract stores and reads back: every stored type in
        :data:`~therapy_homework.model.records.RECORD_TYPES`."""
        return RECORD_TYPES.classes(stored=True)

    def make_repository(self) -> Repository:
        """Return a new, empty repository."""
        raise NotImplementedError("a contract subclass builds its repository here")

    def close_repository(self, repository: Repository) -> None:
        """Release what ``make_repository`` opened (nothing, by default)."""

    @contextmanager
    def fresh(self) -> Iterator[Repository]:
        """A new repository for one test or one example, closed afterwards."""
        repository = self.make_repository()
        try:
            yield repository
        finally:
            self.close_repository(repository)

    # ------------------------------------------------------------------ round trips

    @_SETTINGS
    @given(data=st.data())
    def test_every_record_type_round_trips(self, data: st.DataObject) -> None:
        """Every record type is stored and read back unchanged, at version 1."""
        record = data.draw(_records(CLIENT_A))
        with self.fresh() as repository:
            store = repository.store(type(record))
            if names_an_assignment(type(record)) and record.assignment_id is not None:
                repository.store(Assignment).add(_assignment(record.assignment_id))
            added = store.add(record)
            assert added == Stored(record, 1)
            assert store.get(CLIENT_A, record.id) == Stored(record, 1)
            assert [s.record for s in _all(store, CLIENT_A)] == [record]

    def test_a_missing_record_is_not_found(self) -> None:
        """Reading an id that was never added raises NotFound."""
        with self.fresh() as repository:
            store = repository.store(Assignment)
            with pytest.raises(NotFound):
                store.get(CLIENT_A, "no-such-id")

    @_SETTINGS
    @given(data=st.data())
    def test_a_duplicate_id_is_refused_and_changes_nothing(self, data: st.DataObject) -> None:
        """Adding an id twice raises DuplicateId and keeps the first record."""
        first = data.draw(ths.assignments(client_id=CLIENT_A))
        second = data.draw(ths.assignments(client_id=CLIENT_A, id=first.id))
        with self.fresh() as repository:
            store = repository.store(Assignment)
            store.add(first)
            with pytest.raises(DuplicateId):
                store.add(second)
            assert store.get(CLIENT_A, first.id) == Stored(first, 1)

    # ------------------------------------------------------------------ versions

    @_SETTINGS
    @given(data=st.data())
    def test_updates_take_the_version_read(self, data: st.DataObject) -> None:
        """An update names the version it read; a stale version raises VersionConflict."""
        record = data.draw(ths.assignments(client_id=CLIENT_A, status=AssignmentStatus.ACTIVE))
        with self.fresh() as repository:
            store = repository.store(Assignment)
            store.add(record)
            retired = attrs.evolve(record, status=AssignmentStatus.RETIRED)
            assert store.update(retired, expected_version=1) == Stored(retired, 2)
            paused = attrs.evolve(record, status=AssignmentStatus.PAUSED)
            with pytest.raises(VersionConflict):
                store.update(paused, expected_version=1)
            assert store.get(CLIENT_A, record.id) == Stored(retired, 2)

    def test_updating_a_missing_record_is_not_found(self) -> None:
        """Updating an id that was never added raises NotFound."""
        record = _assignment("asg-missing")
        with self.fresh() as repository, pytest.raises(NotFound):
            repository.store(Assignment).update(record, expected_version=1)

    def test_racing_updates_exactly_one_wins(self) -> None:
        """Two updates from the same version at once: one lands, the other conflicts."""
        record = _assignment("asg-raced")
        for _ in range(5):
            with self.fresh() as repository:
                repository.store(Assignment).add(record)
                versions = [
                    attrs.evolve(record, status=AssignmentStatus.PAUSED),
                    attrs.evolve(record, status=AssignmentStatus.RETIRED),
                ]
                start = threading.Barrier(2)
                outcomes: list[Any] = [None, None]

                def race(
                    i: int,
                    repository: Repository = repository,
                    start: threading.Barrier = start,
                    outcomes: list[Any] = outcomes,
                    versions: list[Assignment] = versions,
                ) -> None:
                    start.wait()
                    try:
                        outcomes[i] = repository.store(Assignment).update(
                            versions[i], expected_version=1
                        )
                    except VersionConflict as exc:
                        outcomes[i] = exc

                threads = [threading.Thread(target=race, args=(i,)) for i in range(2)]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
                won = [o for o in outcomes if isinstance(o, Stored)]
                lost = [o for o in outcomes if isinstance(o, VersionConflict)]
                assert len(won) == 1, outcomes
                assert len(lost) == 1, outcomes
                assert repository.store(Assignment).get(CLIENT_A, record.id) == won[0]
                assert won[0].version == 2

    # ------------------------------------------------------------------ isolation

    @_SETTINGS
    @given(
        operations=st.lists(
            st.tuples(
                st.sampled_from([CLIENT_A, CLIENT_B]),
                st.sampled_from(["add", "update", "erase"]),
                st.data(),
            ),
            max_size=10,
        )
    )
    def test_clients_never_see_or_touch_each_others_records(
        self, operations: list[tuple[str, str, st.DataObject]]
    ) -> None:
        """One client's reads, updates and erasure never reach another's records."""
        model: dict[str, dict[str, Any]] = {CLIENT_A: {}, CLIENT_B: {}}
        with self.fresh() as repository:
            for client, action, data in operations:
                if action == "add":
                    record = data.draw(ths.assignments(client_id=client))
                    if record.id in model[client]:
                        continue
                    repository.store(Assignment).add(record)
                    model[client][record.id] = (record, 1)
                elif action == "update" and model[client]:
                    record_id = data.draw(st.sampled_from(sorted(model[client])))
                    record, version = model[client][record_id]
                    changed = attrs.evolve(record, title=f"{record.title[:200]} (changed)")
                    repository.store(Assignment).update(changed, expected_version=version)
                    model[client][record_id] = (changed, version + 1)
                elif action == "erase":
                    assert repository.erase_client(client) == len(model[client])
                    model[client] = {}
                for who in (CLIENT_A, CLIENT_B):
                    stored = {
                        s.record.id: (s.record, s.version)
                        for s in _all(repository.store(Assignment), who)
                    }
                    assert stored == model[who]
                    assert all(r.client_id == who for r, _ in stored.values())
            for record_id in model[CLIENT_A]:
                if record_id not in model[CLIENT_B]:
                    with pytest.raises(NotFound):
                        repository.store(Assignment).get(CLIENT_B, record_id)

    # ------------------------------------------------------------------ listing

    @_SETTINGS
    @given(
        count=st.integers(0, 15),
        limit=st.integers(1, 5),
        adds_between=st.lists(st.booleans(), max_size=8),
        data=st.data(),
    )
    def test_pages_neither_skip_nor_repeat_while_records_are_added(
        self, count: int, limit: int, adds_between: list[bool], data: st.DataObject
    ) -> None:
        """Paging through records while others are added skips none and repeats none."""
        records = data.draw(
            st.lists(
                ths.assignments(client_id=CLIENT_A),
                min_size=count,
                max_size=count,
                unique_by=lambda a: a.id,
            )
        )
        with self.fresh() as repository:
            store = repository.store(Assignment)
            for record in records:
                store.add(record)
            seen: list[str] = []
            cursor = None
            later = iter(adds_between)
            added = 0
            while True:
                page = store.list(CLIENT_A, cursor=cursor, limit=limit)
                assert len(page.items) <= limit
                seen.extend(s.record.id for s in page.items)
                if page.next_cursor is None:
                    break
                cursor = page.next_cursor
                if next(later, False):
                    store.add(_assignment(f"added-later-{added}"))
                    store.add(attrs.evolve(_assignment(f"added-later-{added}"), client_id=CLIENT_B))
                    added += 1
            assert len(seen) == len(set(seen)), "a record was listed twice"
            assert seen[: len(records)] == [r.id for r in records], "the order is not stable"
            later_ids = [f"added-later-{i}" for i in range(added)]
            assert seen[len(records) :] == later_ids, "a record added between pages was skipped"

    @_SETTINGS
    @given(
        records=st.lists(ths.assignments(client_id=CLIENT_A), max_size=8, unique_by=lambda a: a.id),
        query=st.builds(Query, status=st.none() | st.sampled_from(AssignmentStatus)),
    )
    def test_filters_select_exactly_the_matching_records(
        self, records: list[Assignment], query: Query
    ) -> None:
        """A query returns exactly the records its filters match, in order."""
        with self.fresh() as repository:
            store = repository.store(Assignment)
            for record in records:
                store.add(record)
            listed = [s.record for s in _all(store, CLIENT_A, query)]
            assert listed == [r for r in records if query.matches(r)]

    @_SETTINGS
    @given(
        mine=st.lists(ths.assignments(client_id=CLIENT_A), max_size=6, unique_by=lambda a: a.id),
        theirs=st.lists(ths.assignments(client_id=CLIENT_B), max_size=6, unique_by=lambda a: a.id),
        query=st.builds(
            Query,
            status=st.none() | st.sampled_from(AssignmentStatus),
            kind=st.none() | st.sampled_from(AssignmentKind),
        ),
        limit=st.integers(1, 4),
    )
    def test_filtered_lists_never_show_another_clients_records(
        self, mine: list[Assignment], theirs: list[Assignment], query: Query, limit: int
    ) -> None:
        """A query with filters, paged, still lists only the asking client's records."""
        with self.fresh() as repository:
            store = repository.store(Assignment)
            for record in [*theirs, *mine]:
                store.add(record)
            for client, records in ((CLIENT_A, mine), (CLIENT_B, theirs)):
                listed = [s.record for s in _all(store, client, query, limit=limit)]
                assert listed == [r for r in records if query.matches(r)]

    def test_a_cursor_works_only_for_the_client_and_query_that_got_it(self) -> None:
        """A cursor is opaque and bound: another client's list, another query, or
        anything the store did not give out is InvalidData naming the cursor."""
        with self.fresh() as repository:
            store = repository.store(Assignment)
            for index in range(3):
                store.add(_assignment(f"asg-{index}"))
                store.add(_assignment(f"asg-{index}", client_id=CLIENT_B))
            cursor = store.list(CLIENT_A, limit=1).next_cursor
            assert cursor is not None
            assert "asg-" not in cursor  # opaque: no id in it
            for client, query in (
                (CLIENT_B, Query()),
                (CLIENT_A, Query(status=AssignmentStatus.ACTIVE)),
            ):
                with pytest.raises(InvalidData) as caught:
                    store.list(client, query, cursor=cursor, limit=1)
                assert caught.value.paths == ["$.cursor"]
            for forged in ("\u00b2", "9" * 5000, "", "1", "1.", "-1.00", "x" * 30):
                with pytest.raises(InvalidData) as caught:
                    store.list(CLIENT_A, cursor=forged, limit=1)
                assert caught.value.paths == ["$.cursor"]

    def test_bad_arguments_are_the_kits_errors(self) -> None:
        """The same mistake gives the same kit error from every store."""
        with self.fresh() as repository:
            store: Any = repository.store(Assignment)  # called wrongly on purpose
            for limit in (0, -1, "5", 2.5, True):
                with pytest.raises(InvalidData) as caught:
                    store.list(CLIENT_A, limit=limit)
                assert caught.value.paths == ["$.limit"]
            with pytest.raises(WrongType):
                store.list(7)
            with pytest.raises(WrongType):
                store.list(CLIENT_A, "status=active")
            with pytest.raises(WrongType):
                store.get(CLIENT_A, 7)
            with pytest.raises(WrongType):
                store.add("an assignment")
            for odd in ("", " padded ", "a\x00b", "x" * 10_000):
                with pytest.raises(InvalidData):
                    store.get(CLIENT_A, odd)
            store.add(_assignment("asg-1"))
            for version in (0, -1, "1", True, 1.0):
                with pytest.raises(InvalidData) as caught:
                    store.delete(CLIENT_A, "asg-1", expected_version=version)
                assert caught.value.paths == ["$.expected_version"]
                with pytest.raises(InvalidData):
                    store.update(_assignment("asg-1"), expected_version=version)
            assert store.get(CLIENT_A, "asg-1").version == 1

    # ------------------------------------------------------------------ references

    def test_a_record_must_name_an_assignment_its_client_has(self) -> None:
        """A review (or thought record, practice log ...) naming no assignment of its
        client is refused, on add and on update."""
        with self.fresh() as repository:
            repository.store(Assignment).add(_assignment("asg-b", client_id=CLIENT_B))
            reviews = repository.store(Review)
            with pytest.raises(BrokenReference):
                reviews.add(_review("rev-1", "asg-missing"))
            with pytest.raises(BrokenReference):
                reviews.add(_review("rev-1", "asg-b"))  # another client's assignment
            assert _all(reviews, CLIENT_A) == []
            repository.store(Assignment).add(_assignment("asg-a"))
            stored = reviews.add(_review("rev-1", "asg-a"))
            moved = attrs.evolve(stored.record, assignment_id="asg-missing")
            with pytest.raises(BrokenReference):
                reviews.update(moved, expected_version=1)
            assert reviews.get(CLIENT_A, "rev-1") == stored

    # ------------------------------------------------------------------ deletion

    def test_deleting_one_record(self) -> None:
        """``delete`` removes one record; a missing one is NotFound, a stale version a
        VersionConflict, and an assignment a record still names is refused."""
        with self.fresh() as repository:
            assignments, reviews = repository.store(Assignment), repository.store(Review)
            assignments.add(_assignment("asg-1"))
            assignments.add(_assignment("asg-2"))
            assignments.add(_assignment("asg-1", client_id=CLIENT_B))
            reviews.add(_review("rev-1", "asg-1"))
            with pytest.raises(BrokenReference):
                assignments.delete(CLIENT_A, "asg-1")
            with pytest.raises(VersionConflict):
                reviews.delete(CLIENT_A, "rev-1", expected_version=2)
            reviews.delete(CLIENT_A, "rev-1", expected_version=1)
            assignments.delete(CLIENT_A, "asg-1")
            with pytest.raises(NotFound):
                assignments.get(CLIENT_A, "asg-1")
            with pytest.raises(NotFound):
                assignments.delete(CLIENT_A, "asg-1")
            with pytest.raises(NotFound):
                reviews.delete(CLIENT_B, "rev-1")
            assert [s.record.id for s in _all(assignments, CLIENT_A)] == ["asg-2"]
            assert assignments.get(CLIENT_B, "asg-1").version == 1  # the other client's stays
            # A deleted id is free again: a new record, at version 1, listed last.
            assert assignments.add(_assignment("asg-1")) == Stored(_assignment("asg-1"), 1)
            assert [s.record.id for s in _all(assignments, CLIENT_A)] == ["asg-2", "asg-1"]
            # Only the same client's records hold an assignment back, of any type.
            reviews.add(_review("rev-2", "asg-1"))
            assignments.delete(CLIENT_B, "asg-1")  # client A's review names A's asg-1
            reviews.delete(CLIENT_A, "rev-2")
            assignments.delete(CLIENT_A, "asg-1")

    @settings(_SETTINGS, max_examples=3)
    @given(data=st.data())
    def test_a_record_of_any_type_holds_its_assignment_back(self, data: st.DataObject) -> None:
        """Every record type that names an assignment (thought records, practice logs,
        an app's own entries ...) stops its deletion, until it is deleted itself."""
        named_by = [t for t in self.record_types if names_an_assignment(t)]
        with self.fresh() as repository:
            assignments = repository.store(Assignment)
            assignments.add(_assignment("asg-1"))
            for entry_type in named_by:
                drawn = data.draw(
                    ths.records(entry_type, client_id=CLIENT_A).filter(
                        lambda r: getattr(r, "assignment_id", None) is not None
                    )
                )
                entry = attrs.evolve(drawn, assignment_id="asg-1")
                repository.store(entry_type).add(entry)
                with pytest.raises(BrokenReference):
                    assignments.delete(CLIENT_A, "asg-1")
                repository.store(entry_type).delete(CLIENT_A, entry.id)
            assignments.delete(CLIENT_A, "asg-1")

    def test_a_failed_unit_of_work_brings_a_deleted_record_back(self) -> None:
        """A delete inside a unit of work that fails is undone."""
        with self.fresh() as repository:
            repository.store(Assignment).add(_assignment("asg-1"))

            def fail() -> None:
                with repository.unit_of_work() as unit:
                    unit.store(Assignment).delete(CLIENT_A, "asg-1")
                    raise RuntimeError("midway")

            with pytest.raises(RuntimeError, match="midway"):
                fail()
            assert repository.store(Assignment).get(CLIENT_A, "asg-1").version == 1

    # ------------------------------------------------------------------ units of work

    def test_a_unit_of_work_lands_whole(self) -> None:
        """The writes of a unit of work are all visible once it ends."""
        old, new = _assignment("asg-old"), _assignment("asg-new")
        with self.fresh() as repository:
            repository.store(Assignment).add(old)
            with repository.unit_of_work() as unit:
                store = unit.store(Assignment)
                store.update(attrs.evolve(old, status=AssignmentStatus.RETIRED), expected_version=1)
                store.add(new)
            store = repository.store(Assignment)
            assert store.get(CLIENT_A, "asg-old").record.status is AssignmentStatus.RETIRED
            assert store.get(CLIENT_A, "asg-new").record == new

    def test_a_failed_unit_of_work_leaves_nothing_behind(self) -> None:
        """A unit of work that raises leaves no write behind."""
        old, new = _assignment("asg-old"), _assignment("asg-new")
        review = _review("rev-1", "asg-old")
        with self.fresh() as repository:
            repository.store(Assignment).add(old)

            def fail_midway() -> None:
                with repository.unit_of_work() as unit:
                    unit.store(Assignment).update(
                        attrs.evolve(old, status=AssignmentStatus.RETIRED), expected_version=1
                    )
                    unit.store(Review).add(review)
                    unit.store(Assignment).add(new)
                    raise RuntimeError("midway")

            with pytest.raises(RuntimeError, match="midway"):
                fail_midway()
            store = repository.store(Assignment)
            assert store.get(CLIENT_A, "asg-old") == Stored(old, 1)
            with pytest.raises(NotFound):
                store.get(CLIENT_A, "asg-new")
            assert _all(repository.store(Review), CLIENT_A) == []

    # ------------------------------------------------------------------ erasure

    @_SETTINGS
    @given(
        mine=st.lists(_records(CLIENT_A), max_size=6),
        theirs=st.lists(_records(CLIENT_B), max_size=6),
    )
    def test_erasure_removes_all_and_only_that_clients_records(
        self, mine: list[Any], theirs: list[Any]
    ) -> None:
        """Erasing a client removes every record of theirs and nothing else."""
        with self.fresh() as repository:
            added = 0
            for record in [*mine, *theirs]:
                try:
                    count = _add(repository, record)
                except DuplicateId:
                    continue
                if record.client_id == CLIENT_A:
                    added += count
            kept = {
                record_type: [s.record for s in _all(repository.store(record_type), CLIENT_B)]
                for record_type in self.record_types
            }
            assert repository.erase_client(CLIENT_A) == added
            for record_type in self.record_types:
                store: Store[Any] = repository.store(record_type)
                assert _all(store, CLIENT_A) == []
                assert [s.record for s in _all(store, CLIENT_B)] == kept[record_type]


# --------------------------------------------------------------------------- async


class _Loop:
    """Runs coroutines to completion on one private event loop."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(coroutine)

    def close(self) -> None:
        self.loop.close()


class _SyncStore:
    def __init__(self, store: Any, loop: _Loop) -> None:
        self._store, self._loop = store, loop

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._store, name)
        return lambda *args, **kwargs: self._loop.run(method(*args, **kwargs))


class _SyncRepository:
    """An async repository seen through synchronous calls, for the shared tests."""

    def __init__(self, repository: AsyncRepository, loop: _Loop) -> None:
        self.repository, self._loop = repository, loop

    def store(self, record_type: type) -> Any:
        return _SyncStore(self.repository.store(record_type), self._loop)

    def erase_client(self, client_id: str) -> int:
        return self._loop.run(self.repository.erase_client(client_id))

    @contextmanager
    def unit_of_work(self) -> Iterator["_SyncRepository"]:
        manager = self.repository.unit_of_work()
        unit = self._loop.run(manager.__aenter__())
        try:
            yield _SyncRepository(unit, self._loop)
        except BaseException as exc:
            if not self._loop.run(manager.__aexit__(type(exc), exc, exc.__traceback__)):
                raise
        else:
            self._loop.run(manager.__aexit__(None, None, None))


class AsyncRepositoryContract(RepositoryContract):
    """The same contract for an :class:`~therapy_homework.storage.AsyncRepository`.

    Implement ``make_async_repository`` (and ``close_async_repository`` if needed).
    The racing-updates test runs two tasks on one event loop instead of two threads.
    """

    def make_async_repository(self) -> AsyncRepository:
        """Return a new, empty async repository."""
        raise NotImplementedError("a contract subclass builds its repository here")

    async def close_async_repository(self, repository: AsyncRepository) -> None:
        """Release what ``make_async_repository`` opened (nothing, by default)."""

    def make_repository(self) -> Repository:
        """A synchronous view of ``make_async_repository``, for the shared tests."""
        loop = _Loop()
        return _SyncRepository(self.make_async_repository(), loop)

    def close_repository(self, repository: Repository) -> None:
        """Close what ``make_async_repository`` opened, and the event loop."""
        wrapped: Any = repository
        wrapped._loop.run(self.close_async_repository(wrapped.repository))
        wrapped._loop.close()

    def test_using_the_repository_inside_its_own_unit_of_work_fails_fast(self) -> None:
        """Calling the repository itself (not the one the unit of work gave) inside the
        unit would wait for the unit to end, forever: it raises MisusedStore at once,
        and the unit rolls back."""
        loop = _Loop()
        try:
            repository = self.make_async_repository()

            async def misuse() -> None:
                async with repository.unit_of_work() as unit:
                    await unit.store(Assignment).add(_assignment("asg-1"))
                    await asyncio.wait_for(
                        repository.store(Assignment).add(_assignment("asg-2")), timeout=5
                    )

            with pytest.raises(MisusedStore):
                loop.run(misuse())

            async def listed() -> list[Any]:
                page = await repository.store(Assignment).list(CLIENT_A)
                return [s.record.id for s in page.items]

            assert loop.run(listed()) == []
            loop.run(self.close_async_repository(repository))
        finally:
            loop.close()

    def test_racing_updates_exactly_one_wins(self) -> None:
        """Two updates from the same version at once: one lands, the other conflicts."""
        record = _assignment("asg-raced")
        loop = _Loop()
        try:
            repository = self.make_async_repository()
            store = repository.store(Assignment)

            async def race() -> list[Any]:
                await store.add(record)
                changes = [
                    attrs.evolve(record, status=AssignmentStatus.PAUSED),
                    attrs.evolve(record, status=AssignmentStatus.RETIRED),
                ]
                return await asyncio.gather(
                    *(store.update(c, expected_version=1) for c in changes),
                    return_exceptions=True,
                )

            outcomes = loop.run(race())
            won = [o for o in outcomes if isinstance(o, Stored)]
            assert len(won) == 1, outcomes
            assert sum(isinstance(o, VersionConflict) for o in outcomes) == 1
            assert loop.run(store.get(CLIENT_A, record.id)) == won[0]
            loop.run(self.close_async_repository(repository))
        finally:
            loop.close()
