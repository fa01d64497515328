"""The one registry of record types: what a client's records are, in one place.

A *record* is something a client or clinician writes down and an app stores: an
assignment, a thought record, a review, a practice log. Each record type is
registered once, as a :class:`RecordType`: its document type name, its class, the
timestamp field that orders it, whether stores hold it, whether it is a practice
entry (counted by :mod:`therapy_homework.progress` and gathered when a session is
prepared), and optionally how to draw one in tests.

Serialization, the stores, progress, session preparation, the Hypothesis
strategies and the storage contract suite all read this registry, so a record type
of your own, registered here, is seen by every one of them::

    RECORD_TYPES.register(
        RecordType(name="sleep_diary", cls=SleepDiary, time_field="occurred_at", entry=True)
    )

A registered class must be a :func:`~therapy_homework._core.fields.model` class with
``id`` and ``client_id`` fields, and its time field; an entry also has an
``assignment_id``.
"""

from collections.abc import Callable, Iterator
from typing import Any

import attrs

from .._core.fields import require_type, spec_of
from ..errors import InvalidData, Problem, ProblemCode, UnknownName
from .abc_record import AbcRecord
from .assignment import Assignment
from .experiment import BehavioralExperiment
from .practice import PracticeLog
from .repair import CouplesRepairAttempt
from .review import Review
from .thought_record import ThoughtRecord

__all__ = ["RECORD_TYPES", "RecordType", "RecordTypes"]

_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


@attrs.frozen(kw_only=True)
class RecordType:
    """One kind of record, as every part of the kit sees it."""

    #: The ``type`` written in its documents, such as ``"thought_record"``.
    name: str
    #: The class; a model class with ``id`` and ``client_id`` fields.
    cls: type
    #: The timestamp field that orders records in time (time-range queries, weeks).
    time_field: str
    #: Whether stores hold it (and the contract suite tests it).
    stored: bool = True
    #: Whether it is a practice entry: counted by progress, gathered for a session.
    entry: bool = False
    #: How to draw one in tests: a function returning a Hypothesis strategy. The
    #: kit's own types leave it out; the strategies module knows them.
    strategy: Callable[[], Any] | None = attrs.field(default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        problems = []
        name: object = self.name
        cls: object = self.cls
        strategy: object = self.strategy
        if not isinstance(name, str) or not (0 < len(name) <= 64 and _NAME_CHARS.issuperset(name)):
            problems.append(
                Problem(
                    ("name",), "must be 1-64 lowercase letters, digits or '_'", ProblemCode.FORMAT
                )
            )
        fields: set[str] = set()
        if isinstance(cls, type):
            try:
                fields = {spec.name for spec in spec_of(cls)}
            except KeyError:
                problems.append(Problem(("cls",), "must be a model class", ProblemCode.TYPE))
        else:
            problems.append(Problem(("cls",), "must be a class", ProblemCode.TYPE))
        if fields and not {"id", "client_id"} <= fields:
            problems.append(
                Problem(("cls",), "must have id and client_id fields", ProblemCode.TYPE)
            )
        if fields and self.entry and "assignment_id" not in fields:
            problems.append(
                Problem(
                    ("cls",), "must have an assignment_id field to be an entry", ProblemCode.TYPE
                )
            )
        time_field: object = self.time_field
        if not isinstance(time_field, str) or (fields and time_field not in fields):
            problems.append(
                Problem(("time_field",), "is not a field of the class", ProblemCode.UNKNOWN_KEY)
            )
        if strategy is not None and not callable(strategy):
            problems.append(
                Problem(("strategy",), "must be a function returning a strategy", ProblemCode.TYPE)
            )
        if problems:
            raise InvalidData(problems, subject="RecordType")


class RecordTypes:
    """The registry: record types by class and by name, in registration order."""

    def __init__(self) -> None:
        self._by_class: dict[type, RecordType] = {}
        self._listeners: list[Callable[[], None]] = []

    def register(self, record_type: RecordType) -> RecordType:
        """Add ``record_type``; its class and name must be new."""
        require_type("record_type", record_type, RecordType, "a RecordType")
        problems = []
        if record_type.cls in self._by_class:
            problems.append(
                Problem(("record_type", "cls"), "is already registered", ProblemCode.DUPLICATE)
            )
        if any(r.name == record_type.name for r in self):
            problems.append(
                Problem(("record_type", "name"), "is already registered", ProblemCode.DUPLICATE)
            )
        if problems:
            raise InvalidData(problems, subject="RecordTypes")
        self._by_class[record_type.cls] = record_type
        self._changed()
        return record_type

    def unregister(self, cls: type) -> None:
        """Remove the record type of ``cls`` (:class:`UnknownName` if there is none)."""
        if cls not in self._by_class:
            raise UnknownName("that class is not a registered record type")
        del self._by_class[cls]
        self._changed()

    def on_change(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every change (how caches built from the registry reset)."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in self._listeners:
            listener()

    def of(self, cls: type) -> RecordType:
        """The record type of ``cls`` (:class:`UnknownName` if it is not registered)."""
        found = self._by_class.get(cls) if isinstance(cls, type) else None
        if found is None:
            raise UnknownName("that class is not a registered record type")
        return found

    def get(self, cls: object) -> RecordType | None:
        """The record type of ``cls``, or ``None``."""
        return self._by_class.get(cls) if isinstance(cls, type) else None

    def __contains__(self, cls: object) -> bool:
        return isinstance(cls, type) and cls in self._by_class

    def __iter__(self) -> Iterator[RecordType]:
        return iter(tuple(self._by_class.values()))

    def __len__(self) -> int:
        return len(self._by_class)

    def classes(self, *, stored: bool | None = None, entry: bool | None = None) -> tuple[type, ...]:
        """The registered classes, optionally only those stored or only the entries."""
        return tuple(
            r.cls
            for r in self
            if (stored is None or r.stored == stored) and (entry is None or r.entry == entry)
        )


#: The kit's registry, holding its own record types.
RECORD_TYPES = RecordTypes()
for _record_type in (
    RecordType(name="assignment", cls=Assignment, time_field="assigned_at"),
    RecordType(name="thought_record", cls=ThoughtRecord, time_field="occurred_at", entry=True),
    RecordType(name="review", cls=Review, time_field="reviewed_at"),
    RecordType(
        name="couples_repair_attempt",
        cls=CouplesRepairAttempt,
        time_field="occurred_at",
        entry=True,
    ),
    RecordType(name="practice_log", cls=PracticeLog, time_field="occurred_at", entry=True),
    RecordType(name="abc_record", cls=AbcRecord, time_field="occurred_at", entry=True),
    RecordType(
        name="behavioral_experiment",
        cls=BehavioralExperiment,
        time_field="occurred_at",
        entry=True,
    ),
):
    RECORD_TYPES.register(_record_type)
