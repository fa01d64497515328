"""Result documents: what the kit returns (reports, adjustments, pages ...) as documents.

The records have field plans and a generated codec. The kit's *results* are not records,
but an app stores them, returns them from an API and reads them back, so they serialize
through the same ``to_dict``/``from_dict``. Each result class is registered here with
:func:`result_document` and implements two methods:

* ``_write(self, write)``: its fields as JSON-ready values; ``write(obj)`` gives the
  document of a nested record or result (with its envelope, so any type can be nested);
* ``_read(cls, fields)``: the object, from a :class:`Fields` reader that checks each
  field strictly and collects every problem with its path and code.

This module sits below every layer, so checks, planning and storage can register their
classes without depending on the serializer; the serializer injects how nested documents
are read and written.
"""

from collections.abc import Callable, Iterator
from datetime import datetime
from enum import Enum
from typing import Any, ClassVar, Protocol, TypeVar

from ..errors import MAX_PROBLEMS, InvalidData, Problem, ProblemCode
from .fields import MAX_ITEMS, MAX_TEXT, describe

__all__ = ["RESULT_TYPES", "Fields", "ResultDocument", "result_document"]

E = TypeVar("E", bound=Enum)
C = TypeVar("C", bound=type)


class ResultDocument(Protocol):
    """What a result class provides to be written and read as a document."""

    _DOCUMENT: ClassVar[str]

    def _write(self, write: Callable[[object], dict[str, Any]]) -> dict[str, Any]: ...


#: The result classes by document name ("report", "adjustment" ...).
RESULT_TYPES: dict[str, type] = {}


def result_document(name: str) -> Callable[[C], C]:
    """Register a result class under the document name ``name``."""

    def register(cls: C) -> C:
        cls._DOCUMENT = name  # type: ignore[attr-defined]
        RESULT_TYPES[name] = cls
        return cls

    return register


class Fields:
    """The fields of one result document, read strictly.

    Each accessor returns the value or ``None`` and records a problem (with the field's
    path and code) when the value is missing or wrong; :meth:`finish` raises one
    :class:`InvalidData` listing them all, and names keys that are not fields.
    """

    def __init__(
        self,
        data: dict[str, Any],
        name: str,
        read_any: Callable[[object, type | None], object],
        known: frozenset[str] = frozenset(),
    ) -> None:
        self.data = data
        self.name = name
        self.problems: list[Problem] = []
        self._read_any = read_any
        self._used: set[str] = set(known)

    def _problem(self, key: str | tuple[str | int, ...], message: str, code: ProblemCode) -> None:
        location = key if isinstance(key, tuple) else (key,)
        if len(self.problems) <= MAX_PROBLEMS:
            self.problems.append(Problem(location, message, code))

    def _get(self, key: str, optional: bool) -> tuple[bool, Any]:
        self._used.add(key)
        if key not in self.data:
            if not optional:
                self._problem(key, "is required", ProblemCode.REQUIRED)
            return False, None
        value = self.data[key]
        if value is None:
            if not optional:
                self._problem(key, "expected a value, got null", ProblemCode.TYPE)
            return False, None
        return True, value

    def text(self, key: str, *, optional: bool = False) -> Any:
        found, value = self._get(key, optional)
        if not found:
            return None
        if type(value) is not str:
            self._problem(key, f"expected text, got {describe(value)}", ProblemCode.TYPE)
            return None
        if len(value) > MAX_TEXT:
            self._problem(key, f"is longer than {MAX_TEXT:,} characters", ProblemCode.TOO_LONG)
            return None
        return value

    def integer(self, key: str, *, at_least: int = 0, optional: bool = False) -> Any:
        found, value = self._get(key, optional)
        if not found:
            return None
        if type(value) is not int:
            self._problem(key, f"expected an integer, got {describe(value)}", ProblemCode.TYPE)
            return None
        if not at_least <= value < 2**63:
            self._problem(key, f"must be at least {at_least}", ProblemCode.OUT_OF_RANGE)
            return None
        return value

    def boolean(self, key: str) -> Any:
        found, value = self._get(key, False)
        if found and type(value) is not bool:
            self._problem(key, f"expected true or false, got {describe(value)}", ProblemCode.TYPE)
            return None
        return value

    def choice(self, key: str, enum: type[E], *, optional: bool = False) -> E | None:
        found, value = self._get(key, optional)
        if not found:
            return None
        for member in enum:
            if member.value == value and type(value) is type(member.value):
                return member
        allowed = ", ".join(str(m.value) for m in enum)
        self._problem(key, f"expected one of: {allowed}", ProblemCode.CHOICE)
        return None

    def moment(self, key: str) -> Any:
        found, value = self._get(key, False)
        if not found:
            return None
        if type(value) is not str:
            self._problem(key, f"expected a timestamp, got {describe(value)}", ProblemCode.TYPE)
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            self._problem(key, "is not an ISO 8601 timestamp", ProblemCode.FORMAT)
            return None
        if moment.utcoffset() is None:
            self._problem(key, "must be timezone-aware", ProblemCode.NOT_AWARE)
            return None
        return moment

    def span(self, key: str) -> Any:
        found, value = self._get(key, True)
        if not found:
            return None
        if (
            type(value) is not list
            or len(value) != 2
            or not all(type(v) is int for v in value)
            or not 0 <= value[0] < value[1] <= 2**31
        ):
            self._problem(key, "expected [start, end] offsets", ProblemCode.TYPE)
            return None
        return (value[0], value[1])

    def mapping(self, key: str, *, most: int = MAX_ITEMS) -> Any:
        found, value = self._get(key, False)
        if not found:
            return None
        if type(value) is not dict:
            self._problem(key, f"expected an object, got {describe(value)}", ProblemCode.TYPE)
            return None
        if len(value) > most:
            self._problem(
                key, f"has {len(value):,} entries; the limit is {most:,}", ProblemCode.TOO_MANY
            )
            return None
        return value

    def bounded_text(self, location: tuple[str | int, ...], value: str) -> str | None:
        """``value`` (text found at ``location``), unless it is longer than text may be."""
        if len(value) > MAX_TEXT:
            self._problem(location, f"is longer than {MAX_TEXT:,} characters", ProblemCode.TOO_LONG)
            return None
        return value

    def items(self, key: str) -> Iterator[tuple[int, Any]]:
        """The entries of a list field, with their indexes."""
        found, value = self._get(key, False)
        if not found:
            return
        if type(value) is not list:
            self._problem(key, f"expected a list, got {describe(value)}", ProblemCode.TYPE)
            return
        if len(value) > MAX_ITEMS:
            self._problem(
                key, f"has {len(value):,} entries; the limit is {MAX_ITEMS:,}", ProblemCode.TOO_MANY
            )
            return
        yield from enumerate(value)

    def document(
        self, key: str, expected: type | tuple[type, ...] | None = None, *, optional: bool = False
    ) -> Any:
        """A nested document (a record or a result, with its envelope)."""
        found, value = self._get(key, optional)
        return self.read(key, value, expected) if found else None

    def read(
        self,
        location: str | tuple[str | int, ...],
        value: object,
        expected: type | tuple[type, ...] | None = None,
    ) -> Any:
        """Read ``value`` as a nested document found at ``location``."""
        prefix = location if isinstance(location, tuple) else (location,)
        try:
            found = self._read_any(value, expected if isinstance(expected, type) else None)
        except InvalidData as error:
            for problem in error.problems:
                self._problem(prefix + problem.location, problem.message, problem.code)
            return None
        if expected is not None and not isinstance(found, expected):
            self._problem(
                (*prefix, "type"), "is not a document of the expected type", ProblemCode.MISMATCH
            )
            return None
        return found

    def finish(self) -> None:
        """Raise :class:`InvalidData` listing every problem found, unknown keys too."""
        for position, key in enumerate(self.data, start=1):
            if key not in self._used:
                self._problem(
                    (), f"key {position} is not a field of {self.name}", ProblemCode.UNKNOWN_KEY
                )
        if self.problems:
            raise InvalidData(self.problems, subject=self.name)
