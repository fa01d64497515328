"""Reading foreign FHIR JSON strictly: every problem with its FHIR path, never a crash."""

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, TypeVar

from .._core.fields import describe
from ..errors import MAX_PROBLEMS, InvalidData, Problem, ProblemCode

__all__ = ["Reader"]

Path = tuple[str | int, ...]
V = TypeVar("V")


class Reader:
    """Collects the problems found in one resource (at most ``MAX_PROBLEMS``)."""

    def __init__(self, subject: str) -> None:
        self.subject = subject
        self.problems: list[Problem] = []

    def problem(self, where: Path, message: str, code: ProblemCode) -> None:
        if len(self.problems) <= MAX_PROBLEMS:
            self.problems.append(Problem(where, message, code))

    def mapping(self, value: object, where: Path) -> Mapping[str, Any] | None:
        """``value`` if it is a JSON object; otherwise a problem and ``None``."""
        if type(value) is dict:
            return value
        self.problem(where, f"expected an object, got {describe(value)}", ProblemCode.TYPE)
        return None

    def objects(self, value: object, where: Path) -> Iterator[tuple[int, Mapping[str, Any]]]:
        """The objects of a JSON array (absent: none); anything else is a problem."""
        if value is None:
            return
        if type(value) is not list:
            self.problem(where, f"expected a list, got {describe(value)}", ProblemCode.TYPE)
            return
        for index, entry in enumerate(value):
            found = self.mapping(entry, (*where, index))
            if found is not None:
                yield index, found

    def string(self, value: object, where: Path, *, required: bool = True) -> str | None:
        """``value`` if it is text."""
        if value is None:
            if required:
                self.problem(where, "is required", ProblemCode.REQUIRED)
            return None
        if type(value) is not str:
            self.problem(where, f"expected text, got {describe(value)}", ProblemCode.TYPE)
            return None
        return value

    def named(
        self, value: object, table: Mapping[str, V], where: Path, unknown: str
    ) -> tuple[str, V] | None:
        """The text ``value`` and what ``table`` holds for it. Missing or not text: a
        problem; text that is not in ``table``: the problem ``unknown`` (a fixed message,
        never the caller's text)."""
        name = self.string(value, where)
        if name is None:
            return None
        if name not in table:
            self.problem(where, unknown, ProblemCode.UNKNOWN_KEY)
            return None
        return name, table[name]

    def known(self, data: Mapping[Any, Any], keys: Iterable[str], where: Path) -> None:
        """A problem for each key of ``data`` that is not one of ``keys``.

        The key is named by its position, never quoted: a caller's key may be anything.
        """
        allowed = set(keys)
        for position, key in enumerate(data, start=1):
            if key not in allowed:
                self.problem(
                    where,
                    f"key {position} is not part of the kit's mapping",
                    ProblemCode.UNKNOWN_KEY,
                )

    def expect(self, value: object, expected: str, where: Path) -> None:
        """A problem unless ``value`` is exactly the text ``expected``."""
        if value != expected:
            code = ProblemCode.REQUIRED if value is None else ProblemCode.MISMATCH
            self.problem(where, f"expected {expected!r}", code)

    def add(self, error: InvalidData, prefix: Path = ()) -> None:
        """The problems of ``error``, placed under ``prefix``."""
        for problem in error.problems:
            self.problem((*prefix, *problem.location), problem.message, problem.code)

    def place(self, error: InvalidData, places: Mapping[Path, Path], default: Path) -> None:
        """The problems of ``error`` (at a record's field paths), each placed at the FHIR
        element that holds the longest leading part of its path (``default`` if none)."""
        for problem in error.problems:
            location = problem.location
            found = default
            for end in range(len(location), 0, -1):
                if location[:end] in places:
                    found = places[location[:end]]
                    break
            self.problem(found, problem.message, problem.code)

    def finish(self) -> None:
        """Raise :class:`InvalidData` with every problem found, if any."""
        if self.problems:
            raise InvalidData(self.problems, subject=self.subject)
