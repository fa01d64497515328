"""Session preparation: what a clinician opens before a session.

For one client and a session time: the assignments due for review, each with the
entries logged under it since it was set, its latest review, whether it is forgotten
(its review time passed with no review), and the report of every check.
:func:`prepare_review_from` is the pure twin that takes plain lists;
:func:`prepare_review` reads them from a :class:`~therapy_homework.storage.Repository`.
"""

import inspect
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

import attrs

from .._core.documents import Fields, result_document
from .._core.fields import require_items, require_moment, require_type
from ..checks import check_assignment
from ..checks.findings import Report
from ..errors import Problem, ProblemCode, WrongType
from ..model.assignment import Assignment, AssignmentStatus
from ..model.capacity import CapacitySnapshot
from ..model.records import RECORD_TYPES
from ..model.review import Review
from ..progress import review_coverage
from ..storage import AsyncRepository, AsyncStore, Query, Repository, Store, record_time

__all__ = [
    "DueAssignment",
    "SessionPreparation",
    "prepare_review",
    "prepare_review_async",
    "prepare_review_from",
]


@result_document("due_assignment")
@attrs.frozen(kw_only=True)
class DueAssignment:
    """One assignment due for review, with what is known about it."""

    assignment: Assignment
    #: Records logged under it since it was set (thought records, repair attempts ...),
    #: oldest first.
    entries: tuple[Any, ...]
    latest_review: Review | None
    #: Its review time passed before the session with no review.
    forgotten: bool
    report: Report

    def _write(self, write: Callable[..., dict[str, Any]]) -> dict[str, Any]:
        review = self.latest_review
        return {
            "assignment": write(self.assignment, envelope=False),
            "entries": [write(e) for e in self.entries],  # each names its own type
            "latest_review": None if review is None else write(review, envelope=False),
            "forgotten": self.forgotten,
            "report": write(self.report, envelope=False),
        }

    @classmethod
    def _read(cls, fields: Fields) -> "DueAssignment":
        found = {
            "assignment": fields.document("assignment", Assignment),
            "entries": tuple(
                fields.read(("entries", i), e, RECORD_TYPES.classes(entry=True))
                for i, e in fields.items("entries")
            ),
            "latest_review": fields.document("latest_review", Review, optional=True),
            "forgotten": fields.boolean("forgotten"),
            "report": fields.document("report", Report),
        }
        fields.finish()
        return cls(**found)


@result_document("session_preparation")
@attrs.frozen(kw_only=True)
class SessionPreparation:
    """Everything due at one session for one client."""

    client_id: str
    session_at: datetime
    due: tuple[DueAssignment, ...]

    def _write(self, write: Callable[..., dict[str, Any]]) -> dict[str, Any]:
        return {
            "client_id": self.client_id,
            "session_at": self.session_at.isoformat(),
            "due": [write(d, envelope=False) for d in self.due],
        }

    @classmethod
    def _read(cls, fields: Fields) -> "SessionPreparation":
        found = {
            "client_id": fields.text("client_id"),
            "session_at": fields.moment("session_at"),
            "due": tuple(fields.read(("due", i), d, DueAssignment) for i, d in fields.items("due")),
        }
        fields.finish()
        return cls(**found)

    @property
    def forgotten(self) -> tuple[Assignment, ...]:
        """The due assignments whose review time passed with no review."""
        return tuple(d.assignment for d in self.due if d.forgotten)


def prepare_review_from(
    client_id: str,
    session_at: datetime,
    *,
    assignments: Iterable[Assignment],
    entries: Iterable[Any] = (),
    reviews: Iterable[Review] = (),
    snapshot: CapacitySnapshot | None = None,
    window: timedelta = timedelta(days=1),
) -> SessionPreparation:
    """Prepare the review from plain lists (the pure twin of :func:`prepare_review`).

    Due: the client's active assignments whose review time is before
    ``session_at + window``, in order of review time. Records of other clients are
    ignored.
    """
    require_type("client_id", client_id, str, "an identifier (text)")
    require_moment("session_at", session_at)
    require_type("window", window, timedelta, "a timedelta")
    if snapshot is not None:
        require_type("snapshot", snapshot, CapacitySnapshot, "a CapacitySnapshot")
    assignments = require_items("assignments", assignments, Assignment, "an Assignment")
    reviews = require_items("reviews", reviews, Review, "a Review")
    entries = require_items("entries", entries, object, "a record")
    mine = [a for a in assignments if a.client_id == client_id]
    own_reviews = [r for r in reviews if r.client_id == client_id]
    own_entries = [e for e in entries if getattr(e, "client_id", None) == client_id]
    active = [a for a in mine if a.status is AssignmentStatus.ACTIVE]
    due = sorted(
        (a for a in active if a.review_at is not None and a.review_at < session_at + window),
        key=lambda a: (a.review_at, a.id),
    )
    # Forgotten: due by now and never reviewed since it was set (a late review counts).
    forgotten = set(review_coverage(active, own_reviews, as_of=session_at, grace=None).unreviewed)
    prepared = []
    for assignment in due:
        logged = [
            e
            for e in own_entries
            if getattr(e, "assignment_id", None) == assignment.id
            and (record_time(e) is None or record_time(e) >= assignment.assigned_at)
        ]
        logged.sort(key=lambda e: (record_time(e) or assignment.assigned_at, e.id))
        reviewed = [r for r in own_reviews if r.assignment_id == assignment.id]
        latest = max(reviewed, key=lambda r: (r.reviewed_at, r.id), default=None)
        prepared.append(
            DueAssignment(
                assignment=assignment,
                entries=tuple(logged),
                latest_review=latest,
                forgotten=assignment.id in forgotten,
                report=check_assignment(assignment, snapshot=snapshot, active=active),
            )
        )
    return SessionPreparation(client_id=client_id, session_at=session_at, due=tuple(prepared))


def _everything(store: Store[Any], client_id: str, query: Query | None = None) -> list[Any]:
    records: list[Any] = []
    cursor = None
    while True:
        page: Any = store.list(client_id, query or Query(), cursor=cursor, limit=200)
        if inspect.isawaitable(page):
            if inspect.iscoroutine(page):
                page.close()  # never awaited: close it rather than leave a warning
            raise WrongType(
                [
                    Problem(
                        ("repository",),
                        "is an async repository: use prepare_review_async",
                        ProblemCode.TYPE,
                    )
                ]
            )
        records.extend(s.record for s in page.items)
        if page.next_cursor is None:
            return records
        cursor = page.next_cursor


async def _everything_async(
    store: AsyncStore[Any], client_id: str, query: Query | None = None
) -> list[Any]:
    records: list[Any] = []
    cursor = None
    while True:
        page = await store.list(client_id, query or Query(), cursor=cursor, limit=200)
        records.extend(s.record for s in page.items)
        if page.next_cursor is None:
            return records
        cursor = page.next_cursor


def _arguments(
    repository: object, client_id: object, session_at: object, entry_types: object
) -> tuple[type, ...]:
    """Check the arguments both twins take; the entry types to read."""
    if not callable(getattr(repository, "store", None)):
        raise WrongType(
            [Problem(("repository",), "expected a Repository (with store())", ProblemCode.TYPE)]
        )
    require_type("client_id", client_id, str, "an identifier (text)")
    require_moment("session_at", session_at)
    if entry_types is None:
        return RECORD_TYPES.classes(entry=True)
    return tuple(require_items("entry_types", entry_types, type, "a record class"))


def prepare_review(
    repository: Repository,
    client_id: str,
    session_at: datetime,
    *,
    snapshot: CapacitySnapshot | None = None,
    entry_types: Sequence[type] | None = None,
    window: timedelta = timedelta(days=1),
) -> SessionPreparation:
    """Prepare the review of one client's homework from ``repository``.

    Reads the client's active assignments, their reviews, and the entries of
    ``entry_types`` (by default every registered entry type), then does what
    :func:`prepare_review_from` does. For an async repository, use
    :func:`prepare_review_async` (given one, this raises :class:`WrongType` at once).
    """
    types = _arguments(repository, client_id, session_at, entry_types)
    active = Query(status=AssignmentStatus.ACTIVE)
    assignments = _everything(repository.store(Assignment), client_id, active)
    reviews = _everything(repository.store(Review), client_id)
    entries = [e for t in types for e in _everything(repository.store(t), client_id)]
    return prepare_review_from(
        client_id,
        session_at,
        assignments=assignments,
        entries=entries,
        reviews=reviews,
        snapshot=snapshot,
        window=window,
    )


async def prepare_review_async(
    repository: AsyncRepository,
    client_id: str,
    session_at: datetime,
    *,
    snapshot: CapacitySnapshot | None = None,
    entry_types: Sequence[type] | None = None,
    window: timedelta = timedelta(days=1),
) -> SessionPreparation:
    """:func:`prepare_review` for an async repository (such as
    :class:`~therapy_homework.storage.AsyncInMemoryRepository`): the same reading, awaited."""
    types = _arguments(repository, client_id, session_at, entry_types)
    active = Query(status=AssignmentStatus.ACTIVE)
    assignments = await _everything_async(repository.store(Assignment), client_id, active)
    reviews = await _everything_async(repository.store(Review), client_id)
    entries = [e for t in types for e in await _everything_async(repository.store(t), client_id)]
    return prepare_review_from(
        client_id,
        session_at,
        assignments=assignments,
        entries=entries,
        reviews=reviews,
        snapshot=snapshot,
        window=window,
    )
