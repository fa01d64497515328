"""The kit's errors: one base class, precise kinds below it.

Catch :class:`TherapyHomeworkError` to handle anything the kit raises, or a
concrete kind to handle one case. No message ever contains text a client
wrote: problems name the *field path* and what is wrong, never the value.
"""

import enum
import itertools
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

__all__ = [
    "BrokenReference",
    "DefinitionError",
    "DuplicateId",
    "InvalidData",
    "MisusedStore",
    "NotFound",
    "Problem",
    "ProblemCode",
    "ScaleMismatch",
    "ScheduleError",
    "StorageError",
    "TherapyHomeworkError",
    "TooManyOccurrences",
    "UnboundedSchedule",
    "UnknownName",
    "UnsupportedType",
    "VersionConflict",
    "WrongType",
]

Location = tuple[str | int, ...]

#: The most problems one :class:`InvalidData` lists; beyond it, ``truncated`` is true.
MAX_PROBLEMS: Final = 100


def render_path(location: Location) -> str:
    """Render a location as a JSONPath-like string: ``("a", 0, "b")`` -> ``$.a[0].b``."""
    parts = ["$"]
    for step in location:
        if isinstance(step, int):
            parts.append(f"[{step}]")
        elif not isinstance(step, str):  # a caller's odd key (a tuple, say)
            parts.append(f"[{type(step).__name__}]")  # type: ignore[unreachable]
        elif step.isidentifier():
            parts.append(f".{step}")
        else:  # a namespaced extension key ("org.example.created_by")
            parts.append(f"['{step}']")
    return "".join(parts)


class ProblemCode(enum.StrEnum):
    """What kind of problem a :class:`Problem` is: a stable code an app can translate
    or act on without reading the English message. New codes may be added in a minor
    release; a code never changes meaning."""

    #: A required field or key is missing (or a record gives none of what it needs).
    REQUIRED = "required"
    #: The value is of the wrong type: text where a number belongs, an object for a list.
    TYPE = "type"
    #: Text that must say something is empty.
    EMPTY = "empty"
    #: Text longer than its limit.
    TOO_LONG = "too_long"
    #: A list with more entries than its limit.
    TOO_MANY = "too_many"
    #: Fewer entries than needed (a thought record without a thought, one partner).
    TOO_FEW = "too_few"
    #: A timestamp without a UTC offset.
    NOT_AWARE = "not_aware"
    #: A number, a year or a count outside its bounds.
    OUT_OF_RANGE = "out_of_range"
    #: A rating whose value is not a point of its scale.
    NOT_ON_SCALE = "not_on_scale"
    #: Not one of the allowed values (an unknown kind, decision or status).
    CHOICE = "choice"
    #: Text in the wrong format: an identifier, a name, a time zone, a recurrence
    #: rule, JSON, a cursor.
    FORMAT = "format"
    #: Two fields out of order (a review before the assignment was set; an outcome
    #: re-rated before it is written).
    ORDER = "order"
    #: Listed twice, or already registered.
    DUPLICATE = "duplicate"
    #: Fields that must agree do not (two scales, a record and its assignment).
    MISMATCH = "mismatch"
    #: Refers to something that is not there (a partner not listed, an emotion not
    #: rated, an assignment the store does not hold).
    REFERENCE = "reference"
    #: A key that is not a field of the document.
    UNKNOWN_KEY = "unknown_key"
    #: A ``schema_version`` this release cannot read.
    VERSION = "version"
    #: Any other rule of the domain.
    INVALID = "invalid"


@attrs.frozen
class Problem:
    """One thing wrong with some data: where it is, what kind of problem, what is wrong.

    ``location`` is the sequence of field names and list indexes that lead to the
    value; :attr:`path` renders it as ``$.thoughts[0].belief.value``. ``code`` is a
    stable :class:`ProblemCode`. ``message`` describes the problem without repeating
    the value, so it is safe to log and to show in a form next to the field.
    """

    location: Location
    message: str
    code: ProblemCode = ProblemCode.INVALID

    @property
    def path(self) -> str:
        """The location as a path string, such as ``$.thoughts[0].belief.value``."""
        return render_path(self.location)

    def under(self, *prefix: str | int) -> "Problem":
        """The same problem, seen from a container ``prefix`` levels up."""
        return Problem(prefix + self.location, self.message, self.code)

    def to_dict(self) -> dict[str, str]:
        """``{"path": ..., "code": ..., "message": ...}``: for an API's error body."""
        return {"path": self.path, "code": self.code.value, "message": self.message}

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class TherapyHomeworkError(Exception):
    """Base class of every error raised by :mod:`therapy_homework`."""


class InvalidData(TherapyHomeworkError, ValueError):
    """Data that cannot become a valid object, with **every** problem found.

    Raised by the constructors of the domain types and by
    :func:`therapy_homework.from_dict`. :attr:`problems` lists each problem with
    its path, so a form can highlight every field at once::

        try:
            from_dict(Assignment, payload)
        except InvalidData as exc:
            for problem in exc.problems:
                form.mark(problem.path, problem.message)
    """

    problems: tuple[Problem, ...]
    subject: str | None
    #: Whether more problems were found than are listed (at most 100 are kept, so the
    #: error stays small however hostile the data).
    truncated: bool

    def __init__(
        self, problems: Iterable[Problem], *, subject: str | None = None, truncated: bool = False
    ) -> None:
        # However hostile the data, the error stays small: at most MAX_PROBLEMS are kept.
        kept = tuple(itertools.islice(problems, MAX_PROBLEMS + 1))
        self.truncated = truncated or len(kept) > MAX_PROBLEMS
        self.problems = kept[:MAX_PROBLEMS]
        self.subject = subject
        super().__init__(self._summary())

    def _summary(self) -> str:
        count = len(self.problems)
        head = f"{self.subject}: " if self.subject else ""
        noun = "problem" if count == 1 else "problems"
        listed = "; ".join(str(p) for p in self.problems)
        if self.truncated:
            return f"{head}more than {count} {noun}; the first {count}: {listed}"
        return f"{head}{count} {noun}: {listed}"

    def under(self, *prefix: str | int) -> "InvalidData":
        """The same problems, seen from a container ``prefix`` levels up."""
        return InvalidData(
            [p.under(*prefix) for p in self.problems],
            subject=self.subject,
            truncated=self.truncated,
        )

    @property
    def paths(self) -> Sequence[str]:
        """The path of each problem, in order."""
        return [p.path for p in self.problems]

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (type(self), self.problems, self.subject, self.truncated))


def _rebuild(
    cls: type[InvalidData],
    problems: tuple[Problem, ...],
    subject: str | None,
    truncated: bool = False,
) -> InvalidData:
    # The same class comes back (a WrongType stays a TypeError across processes).
    return cls(problems, subject=subject, truncated=truncated)


class WrongType(InvalidData, TypeError):
    """An argument of the wrong type, such as a text where an assignment belongs.

    It is an :class:`InvalidData` (with the argument's path), and a ``TypeError``,
    so an ``except TypeError`` written for Python's own errors still catches it.
    """


class UnknownName(TherapyHomeworkError, KeyError):
    """A name the kit does not know: a template id, a rule code.

    Also a ``KeyError``. Its message says what kind of name was not found; the name
    itself is repeated only when it is the kit's own (a code, an id).
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class DefinitionError(TherapyHomeworkError, TypeError):
    """A class or rule defined with the kit is not well formed (raised when it is defined)."""


class ScaleMismatch(TherapyHomeworkError, ValueError):
    """Two ratings on different scales were compared or subtracted.

    A belief of 80 % and a distress of 80 SUDS are not the same quantity; the kit
    refuses to order or subtract them rather than give a meaningless answer.
    """


# --------------------------------------------------------------------------- by area


class ScheduleError(TherapyHomeworkError, ValueError):
    """A schedule that cannot be evaluated as asked."""


class UnboundedSchedule(ScheduleError):
    """Occurrences were asked for with no end: no review time, no window end, no limit."""


class TooManyOccurrences(ScheduleError):
    """More occurrences than the limit fall in the window asked for."""


class UnsupportedType(TherapyHomeworkError, TypeError):
    """A class or object that the kit does not know how to serialize."""


class StorageError(TherapyHomeworkError):
    """Base class of the errors a store raises. Messages name ids, never record text."""


class NotFound(StorageError, LookupError):
    """No record with that id for that client."""


class DuplicateId(StorageError, ValueError):
    """The client already has a record with that id."""


class BrokenReference(StorageError, ValueError):
    """A record names an assignment the client does not have (a review, a thought
    record, a practice log ...), or an assignment to delete is still named by one."""


class MisusedStore(StorageError, RuntimeError):
    """A store used in a way that can never work, such as the repository itself called
    inside its own unit of work (use the repository the unit of work gives you)."""


class VersionConflict(StorageError):
    """The record changed since the caller read it: read it again, then update."""
