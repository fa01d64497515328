"""Strict, versioned conversion between the kit's types and JSON-ready data.

>>> from therapy_homework import Rating, from_dict, to_dict
>>> from therapy_homework.model import BELIEF
>>> data = to_dict(BELIEF.rate(80))
>>> data
{'type': 'rating', 'schema_version': 1, 'scale': 'belief', 'value': 80}
>>> from_dict(Rating, data) == BELIEF.rate(80)
True

Every document carries its ``type`` and ``schema_version``. Reading is strict:
unknown keys, ``"7"`` where a number belongs, a number where text belongs, a
timestamp without an offset, a rating off its scale all raise one
:class:`~therapy_homework.InvalidData` that lists **every** problem with its path
(``$.thoughts[0].belief.value``) and never quotes the offending value.

How it works. One :class:`cattrs.Converter` holds every hook, registered in
``_Codec`` below. Reading only *converts* (text to a timestamp, a list to a tuple,
a value to an enum member); the types' own constructors do the checking, so no
value is validated twice. Each type gets two readers: a generated straight-line
*fast* path that assumes valid data, and a *careful* path that the fast path falls
back to on any failure, which reads field by field and collects every problem.
Data written by an older schema version goes through a :class:`Serializer`'s
migrations first; data from a newer version is refused.
"""

import enum
import json
import typing
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Final, TypeVar

from ._core import strict_json
from ._core.codegen import Namespace
from ._core.documents import RESULT_TYPES, Fields, ResultDocument
from ._core.extensions import EMPTY_EXTENSIONS, Extensions
from ._core.fields import (
    MAX_ITEMS,
    Shape,
    cross_problems,
    describe,
    fast_test,
    field_problems,
    has_plan,
    require_count,
    require_type,
    spec_of,
    store_lines,
    with_article,
)
from .errors import MAX_PROBLEMS, InvalidData, Problem, ProblemCode, UnsupportedType
from .model.abc_record import Disputation
from .model.assignment import Dose, Plan, RecordSpec, ThreeQuestions
from .model.capacity import CapacitySnapshot
from .model.partners import Partner
from .model.rating import BUILTIN_SCALES, Anchor, Rating, Scale
from .model.records import RECORD_TYPES
from .model.repair import Repair, TensionRating
from .model.review import Barrier
from .model.schedule import Schedule
from .model.thought_record import (
    AutomaticThought,
    BalancedThought,
    Emotion,
    SafetyAppraisal,
)

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "SCHEMA_VERSION",
    "TYPE_NAMES",
    "Migration",
    "Serializer",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

#: The schema version this release writes.
SCHEMA_VERSION: Final = 1

#: Upgrades one record's data from schema version ``n`` to ``n + 1``. It receives
#: the record's type name and its fields (without ``type`` and ``schema_version``)
#: and returns the fields as version ``n + 1`` has them.
Migration = Callable[[str, dict[str, Any]], dict[str, Any]]

#: The ``type`` written for each value type (the parts of records). Record types
#: come from :data:`~therapy_homework.model.records.RECORD_TYPES`.
_VALUE_TYPES: Final[Mapping[type, str]] = {
    Rating: "rating",
    Scale: "scale",
    Anchor: "anchor",
    Partner: "partner",
    Schedule: "schedule",
    Plan: "plan",
    Dose: "dose",
    RecordSpec: "record_spec",
    ThreeQuestions: "three_questions",
    Emotion: "emotion",
    AutomaticThought: "automatic_thought",
    BalancedThought: "balanced_thought",
    SafetyAppraisal: "safety_appraisal",
    Barrier: "barrier",
    Repair: "repair",
    TensionRating: "tension_rating",
    CapacitySnapshot: "capacity_snapshot",
    Disputation: "disputation",
}


class _TypeNames(Mapping[type, str]):
    """Every serializable class and the ``type`` its documents carry: the registered
    record types, then the value types. A live view: a record type registered later
    is in it."""

    def __getitem__(self, cls: type) -> str:
        record_type = RECORD_TYPES.get(cls)
        if record_type is not None:
            return record_type.name
        return _VALUE_TYPES[cls]

    def __iter__(self) -> Iterator[type]:
        yield from RECORD_TYPES.classes()
        yield from _VALUE_TYPES

    def __len__(self) -> int:
        return len(RECORD_TYPES) + len(_VALUE_TYPES)

    def __contains__(self, cls: object) -> bool:
        return cls in RECORD_TYPES or (isinstance(cls, type) and cls in _VALUE_TYPES)


#: The ``type`` written for each serializable class (records and their parts).
TYPE_NAMES: Final[Mapping[type, str]] = _TypeNames()

_TYPE_KEY: Final = "type"
_VERSION_KEY: Final = "schema_version"
_MISSING: Final = object()
#: What bad data makes the generated fast reader raise; anything else is a bug.
_DATA_ERRORS: Final = (KeyError, TypeError, ValueError)

Hook = Callable[..., Any]


def _unsupported(cls: object) -> UnsupportedType:
    # Only a class's own name is shown: anything else passed here might be client text.
    what = cls.__name__ if isinstance(cls, type) else describe(cls)
    return UnsupportedType(f"cannot deserialize into {what}; give one of the kit's types")


def _fail(message: str, code: ProblemCode) -> InvalidData:
    return InvalidData([Problem((), message, code)])


def _close_matches(key: str, known: frozenset[str]) -> list[str]:
    import difflib  # noqa: PLC0415  (only when a document has an unknown key)

    return difflib.get_close_matches(key, known, n=1, cutoff=0.8)


def _unknown_keys(data: dict[Any, Any], known: frozenset[str], name: str) -> list[Problem]:
    """One problem per key of ``data`` that is not a field (at most ``MAX_PROBLEMS``).

    A key is never echoed back: a client's name or a sentence may have been used as a
    key. A near miss of a real field names the field it was probably meant to be.
    """
    problems: list[Problem] = []
    for position, key in enumerate(data, start=1):
        if key in known:
            continue
        if len(problems) == MAX_PROBLEMS:
            break
        message = f"key {position} is not a field of {name}"
        close = _close_matches(key, known) if type(key) is str and len(key) <= 64 else ()
        if close:
            message += f" (did you mean {close[0]!r}?)"
        problems.append(Problem((), message, ProblemCode.UNKNOWN_KEY))
    return problems


# --------------------------------------------------------------------------- type predicates


def _is_model(tp: Any) -> bool:
    # Any model class, a part of an app's own record type included.
    return isinstance(tp, type) and has_plan(tp)


def _enums_in(shape: Shape) -> set[type[enum.Enum]]:
    if shape.kind == "enum":
        return {shape.base}
    return _enums_in(shape.item) if shape.item is not None else set()


def _enums_used() -> list[type[enum.Enum]]:
    found: set[type[enum.Enum]] = set()
    for cls in TYPE_NAMES:
        for spec in spec_of(cls):
            found |= _enums_in(spec.shape)
    return sorted(found, key=lambda e: e.__name__)


def _not_a_list() -> Any:
    # Not a list (or longer than its field takes), or not text where an enum's value
    # belongs: a data error, and the careful path says which.
    raise TypeError


def _remembering_builtin_ratings(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``read``, remembering each rating on a built-in scale it has read.

    A rating is an immutable value, and a built-in scale has a few hundred values at
    most, so the same ``{"scale": "belief", "value": 80}`` is read once and then found.
    """
    known: dict[tuple[str, int], Any] = {}

    def fast(o: Any) -> Any:
        if type(o) is dict and len(o) == 2:
            scale, value = o.get("scale"), o.get("value")
            if type(scale) is str and type(value) is int:
                key = (scale, value)
                found = known.get(key)
                if found is None:
                    found = known[key] = read(o)
                return found
        return read(o)

    return fast


#: The most schedules :func:`_remembering_schedules` keeps (a clinic uses a few rules).
_SCHEDULES_KEPT: Final = 1024


def _remembering_schedules(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``read``, remembering the schedules it has read (immutable values, and a clinic's
    assignments share a few rules and time zones); at most a thousand are kept."""
    known: dict[tuple[object, object], Any] = {}

    def fast(o: Any) -> Any:
        if type(o) is dict and len(o) == 2:
            recurrence, zone = o.get("recurrence", _MISSING), o.get("timezone")
            if (recurrence is None or type(recurrence) is str) and type(zone) is str:
                key = (recurrence, zone)
                found = known.get(key)
                if found is None:
                    found = read(o)
                    if len(known) < _SCHEDULES_KEPT:
                        known[key] = found
                return found
        return read(o)

    return fast


def _still_to_check(shape: Shape, var: str, ns: Namespace) -> str | None:
    """The constructor's fast test for what reading ``shape`` did not already ensure
    (an enum member or a model read by its own reader needs no test), or ``None``."""
    kind = shape.kind
    if kind in ("enum", "model", "extensions"):
        return None
    if kind == "list":
        assert shape.item is not None
        if shape.item.kind in ("enum", "model"):
            return None  # the list's length was checked while reading it
    return fast_test(shape, var, ns)


def _too_many(value: list[Any], limit: int) -> Problem:
    return Problem((), f"has {len(value):,} entries; the limit is {limit:,}", ProblemCode.TOO_MANY)


def _structure_datetime(value: Any, _: Any = None) -> datetime:
    if type(value) is not str:
        raise _fail(
            f"expected a timestamp (ISO 8601 text), got {describe(value)}", ProblemCode.TYPE
        )
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise _fail("is not an ISO 8601 timestamp", ProblemCode.FORMAT) from None


def _structure_extensions(value: Any, _: Any = None) -> Extensions:
    if type(value) is dict and not value:
        return EMPTY_EXTENSIONS  # the common case: none, and nothing to check
    if type(value) is not dict:
        raise _fail(
            f"expected an object of namespaced keys, got {describe(value)}", ProblemCode.TYPE
        )
    return Extensions(value)


def _builtin_scale(name: str) -> Scale:
    scale = BUILTIN_SCALES.get(name)
    if scale is None:
        raise _fail(
            f"is not a built-in scale name (one of: {', '.join(BUILTIN_SCALES)}); "
            "give a custom scale as an object",
            ProblemCode.CHOICE,
        )
    return scale


class _Structurer:
    """Reading hooks: conversion only, with a fast and a careful path per model.

    Both paths are generated from the same field plan (:func:`spec_of`: each field's
    :class:`Shape`), so they cannot disagree about what a field holds; a property
    test shows they give the same answer on valid data and on data with one mutation.
    """

    def __init__(self, converter: "cattrs.Converter") -> None:
        self._converter = converter
        self._fast: dict[type, Callable[[Any], Any]] = {}
        self._enums: dict[type, Hook] = {}
        #: The full reader of each model (a scale as an object, never by name).
        self.full: dict[type, Hook] = {}

    def hook(self, shape: Shape) -> Hook | None:
        """The converting hook for a field of ``shape``, or ``None`` where values pass
        as they are (text, numbers, true or false: the constructor checks them)."""
        if shape.optional:
            inner = self.hook(shape._replace(optional=False))
            return None if inner is None else self._optional(inner)
        kind = shape.kind
        if kind == "list":
            assert shape.item is not None
            return self._list(self.hook(shape.item))
        if kind == "datetime":
            return _structure_datetime
        if kind == "enum":
            return self.enum(shape.base)
        if kind == "model":
            return typing.cast(Hook, self._converter.get_structure_hook(shape.base))
        if kind == "extensions":
            return _structure_extensions
        return None

    @staticmethod
    def _optional(inner: Hook) -> Hook:
        def structure(value: Any, _: Any = None) -> Any:
            return None if value is None else inner(value)

        return structure

    @staticmethod
    def _list(item: Hook | None) -> Hook:
        def structure(value: Any, _: Any = None) -> Any:
            if type(value) is not list:
                raise _fail(f"expected a list, got {describe(value)}", ProblemCode.TYPE)
            if len(value) > MAX_ITEMS:
                raise InvalidData([_too_many(value, MAX_ITEMS)])
            if item is None:
                return tuple(value)
            out = []
            problems: list[Problem] = []
            for index, element in enumerate(value):
                try:
                    out.append(item(element))
                except InvalidData as exc:
                    problems.extend(p.under(index) for p in exc.problems)
                    if len(problems) >= MAX_PROBLEMS:
                        raise InvalidData(problems, truncated=True) from None
            if problems:
                raise InvalidData(problems)
            return tuple(out)

        return structure

    def enum(self, tp: type[enum.Enum]) -> Hook:
        """The reader of one enum: its value, exactly (no other spelling)."""
        if tp not in self._enums:
            by_value = {member.value: member for member in tp}
            message = f"expected one of: {', '.join(map(str, by_value))}"

            def structure(value: Any, _: Any = None) -> Any:
                member = by_value.get(value) if type(value) is str else None
                if member is None:
                    raise _fail(message, ProblemCode.CHOICE)
                return member

            self._enums[tp] = structure
        return self._enums[tp]

    def model(self, cls: type) -> Hook:
        fast = self.fast(cls)
        careful = self._careful(cls)

        def structure(data: Any, _: Any = None) -> Any:
            # Only a data problem sends the data through the careful path, which names
            # every problem; anything else is a bug and is not swallowed.
            try:
                return fast(data)
            except _DATA_ERRORS:
                pass
            return careful(data)

        self.full[cls] = structure
        if cls is not Scale:
            return structure

        def scale(value: Any, _: Any = None) -> Any:
            return _builtin_scale(value) if type(value) is str else structure(value)

        return scale

    # -- the two paths

    def careful_document(self, cls: type) -> Callable[[Any], Any]:
        """The careful reader of a whole document (its envelope already checked)."""
        return self._careful(cls, envelope=(_TYPE_KEY, _VERSION_KEY))

    def careful(self, cls: type) -> Callable[[Any], Any]:
        """The careful reader of ``cls`` alone (for the agreement tests)."""
        return self._careful(cls)

    def _careful(self, cls: type, envelope: tuple[str, ...] = ()) -> Callable[[Any], Any]:
        specs = spec_of(cls)
        known = frozenset([*(spec.name for spec in specs), *envelope])
        fields = [
            (
                spec.name,
                self.hook(spec.shape),
                spec.required,
                spec.shape.limit if spec.shape.kind == "list" else None,
            )
            for spec in specs
        ]
        name = cls.__name__
        order: dict[str | int, int] = {spec.name: i for i, spec in enumerate(specs)}
        last = len(order)

        def careful(data: Any) -> Any:
            if type(data) is not dict:
                raise _fail(f"expected an object ({name}), got {describe(data)}", ProblemCode.TYPE)
            kwargs: dict[str, Any] = {}
            problems: list[Problem] = []
            truncated = False
            for field, hook, required, limit in fields:
                if field not in data:
                    if required:
                        problems.append(Problem((field,), "is required", ProblemCode.REQUIRED))
                    continue
                value = data[field]
                if limit is not None and type(value) is list and len(value) > limit:
                    # Refused at once: an over-long list is not read entry by entry.
                    problems.append(_too_many(value, limit).under(field))
                elif hook is None:
                    kwargs[field] = value
                else:
                    try:
                        kwargs[field] = hook(value)
                    except InvalidData as exc:
                        problems.extend(p.under(field) for p in exc.problems)
                        truncated = truncated or exc.truncated
            if len(data) > len(known) or not known.issuperset(data):
                unknown = _unknown_keys(data, known, name)
                truncated = truncated or len(unknown) == MAX_PROBLEMS
                problems.extend(unknown)
            if problems:
                # Also check what could be read, so one error lists everything,
                # in the order of the fields (unknown keys last).
                problems.extend(field_problems(cls, kwargs))
                # ... and the rules across fields, on the fields that are usable.
                wrong = [p.location[0] for p in problems if p.location]
                problems.extend(cross_problems(cls, kwargs, wrong))
                problems.sort(key=lambda p: order.get(p.location[0], last) if p.location else last)
                raise InvalidData(problems, truncated=truncated)
            try:
                return cls(**kwargs)
            except InvalidData as exc:
                raise InvalidData(exc.problems, truncated=exc.truncated) from None

        return careful

    def fast(self, cls: type) -> Callable[[Any], Any]:
        """Generated straight-line reader for ``cls`` that raises on anything unusual."""
        if cls not in self._fast:
            fast = self._generate(cls, envelope=())
            if cls is Scale:
                whole = fast

                def fast(value: Any) -> Any:
                    return BUILTIN_SCALES[value] if type(value) is str else whole(value)

            elif cls is Rating:
                fast = _remembering_builtin_ratings(fast)
            elif cls is Schedule:
                fast = _remembering_schedules(fast)
            self._fast[cls] = fast
        return self._fast[cls]

    def document(self, cls: type) -> Callable[[Any], Any]:
        """Like :meth:`fast`, for a whole document whose envelope was already checked."""
        return self._generate(cls, envelope=(_TYPE_KEY, _VERSION_KEY))

    def _generate(self, cls: type, envelope: tuple[str, ...]) -> Callable[[Any], Any]:
        """The fast reader: converts each field and runs the constructor's own fast
        test on it, then stores the values and runs the cross-field checks, all in one
        generated function (no ``__init__`` call, no value checked twice). Anything
        unusual raises ``KeyError``, and the careful path says what is wrong."""
        specs = spec_of(cls)
        ns = Namespace(
            _cls=cls,
            _new=object.__new__,
            _known=frozenset([*(spec.name for spec in specs), *envelope]),
            _missing=_MISSING,
            _dict=dict,
            _list=list,
            _str=str,
            _datetime=datetime,
            _timezone=timezone,
        )
        lines = [
            "def fast(o):",
            "    if type(o) is not _dict or not o.keys() <= _known:",
            "        raise KeyError",
        ]
        for spec in specs:
            field = spec.name
            converted = self._expression(spec.shape, "x", ns)
            if spec.required:
                lines.append(f"    x = o[{field!r}]")
                lines.append(f"    v_{field} = {converted}")
            else:
                default = ns.add("default_", spec.default)
                lines.append(f"    x = o.get({field!r}, _missing)")
                lines.append(f"    v_{field} = {default} if x is _missing else {converted}")
            test = _still_to_check(spec.shape, f"v_{field}", ns)
            if test is not None:
                lines.append(f"    if not {test}:")
                lines.append("        raise KeyError")
        lines.append("    self = _new(_cls)")
        lines += store_lines(cls, specs, ns, "v_")
        if hasattr(cls, "_cross_checks"):
            lines += [
                "    found = self._cross_checks()",
                "    if found and (type(found) is list or type(found) is tuple or list(found)):",
                "        raise KeyError",
            ]
        lines.append("    return self")
        label = f"read {'document ' if envelope else ''}{cls.__qualname__}"
        return typing.cast(Callable[[Any], Any], ns.compile("fast", lines, label))

    def _expression(self, shape: Shape, var: str, ns: Namespace, depth: int = 0) -> str:
        """Source that converts ``var`` to a value of ``shape``, raising on bad data."""
        if shape.optional:
            inner = self._expression(shape._replace(optional=False), var, ns, depth)
            return var if inner == var else f"(None if {var} is None else {inner})"
        kind = shape.kind
        if kind == "list":
            assert shape.item is not None
            element = f"e{depth}"
            item = self._expression(shape.item, element, ns, depth + 1)
            # Inline, no call: a list within its limit, else a data error.
            bad = ns.add("not_a_list", _not_a_list)
            listed = f"({var} if type({var}) is _list and len({var}) <= {shape.limit} else {bad}())"
            if item == element:
                return f"tuple({listed})"
            return f"tuple([{item} for {element} in {listed}])"
        if kind == "datetime":
            return f"{ns.add('fromisoformat', datetime.fromisoformat)}({var})"
        if kind == "enum":
            # Only from text, as the careful path reads it (not from a member or a
            # str subclass that happens to hash alike).
            by_value = ns.add("by_value", {m.value: m for m in shape.base})
            bad = ns.add("not_text", _not_a_list)
            return f"{by_value}[{var} if type({var}) is _str else {bad}()]"
        if kind == "model":
            return f"{ns.add('read', self.fast(shape.base))}({var})"
        if kind == "extensions":
            return f"{ns.add('extensions', _structure_extensions)}({var})"
        return var  # text, numbers, true or false: the constructor checks them


# --------------------------------------------------------------------------- writing


class _Unstructurer:
    """Writing hooks: generated per model from its field plan; a built-in scale is
    written by its name."""

    def __init__(self, converter: "cattrs.Converter") -> None:
        self._converter = converter
        #: The full writer of each model (a scale as an object, never by name).
        self.full: dict[type, Hook] = {}
        #: Writers of whole documents: ``write(obj, version)`` with the envelope.
        self.documents: dict[type, Hook] = {}
        self._temps = 0

    def model(self, cls: type) -> Hook:
        ns = Namespace()
        items = [
            f"{spec.name!r}: {self._expression(spec.shape, f'i.{spec.name}', ns)}"
            for spec in spec_of(cls)
        ]
        lines = ["def write(i):", f"    return {{{', '.join(items)}}}"]
        full: Hook = ns.compile("write", lines, f"write {cls.__qualname__}")
        if cls in TYPE_NAMES:  # a document of its own (a part only of an app's record is not)
            envelope = f"{_TYPE_KEY!r}: {TYPE_NAMES[cls]!r}, {_VERSION_KEY!r}: version"
            lines = ["def write(i, version):", f"    return {{{envelope}, {', '.join(items)}}}"]
            self.documents[cls] = ns.compile("write", lines, f"write document {cls.__qualname__}")
        self.full[cls] = full
        if cls is not Scale:
            return full

        def compact(scale: Scale) -> Any:
            builtin = BUILTIN_SCALES.get(scale.name)
            if builtin is scale or builtin == scale:
                return scale.name
            return full(scale)

        return compact

    def _expression(self, shape: Shape, var: str, ns: Namespace, depth: int = 0) -> str:
        if shape.optional:
            inner = self._expression(shape._replace(optional=False), var, ns, depth)
            return var if inner == var else f"(None if {var} is None else {inner})"
        kind = shape.kind
        if kind == "list":
            assert shape.item is not None
            element = f"e{depth}"
            item = self._expression(shape.item, element, ns, depth + 1)
            return f"list({var})" if item == element else f"[{item} for {element} in {var}]"
        if kind == "datetime":
            return f"{var}.isoformat()"
        if kind == "enum":
            return f"{var}._value_"  # what .value returns, without the descriptor
        if kind == "model":
            return self._inline(shape.base, var, ns, depth)
        if kind == "extensions":
            return f"{var}.to_json()"
        return var

    def _inline(self, cls: type, var: str, ns: Namespace, depth: int) -> str:
        """A nested model written in place, as a dict literal (no call per object)."""
        self._temps += 1
        t = f"t{self._temps}"
        if cls is Scale:
            # A built-in scale by its name; any other scale whole.
            builtin = ns.add("builtin", BUILTIN_SCALES)
            compact = ns.add("compact", self._converter.get_unstructure_hook(Scale))
            return f"({t}.name if {builtin}.get(({t} := {var}).name) is {t} else {compact}({t}))"
        items = []
        for index, spec in enumerate(spec_of(cls)):
            source = f"({t} := {var}).{spec.name}" if index == 0 else f"{t}.{spec.name}"
            items.append(f"{spec.name!r}: {self._expression(spec.shape, source, ns, depth + 1)}")
        if not items:  # pragma: no cover - every model has a field
            return "{}"
        return f"{{{', '.join(items)}}}"


# --------------------------------------------------------------------------- the registry


class _Codec:
    """The converter with every hook registered: the one place to read them all."""

    def __init__(self) -> None:
        import cattrs  # noqa: PLC0415  (imported with the codec, on first use)

        converter = cattrs.Converter()
        reading = _Structurer(converter)
        writing = _Unstructurer(converter)
        # Each model's hooks, generated from its field plan on first use.
        converter.register_structure_hook_factory(_is_model, reading.model)
        converter.register_unstructure_hook_factory(_is_model, writing.model)
        for cls in TYPE_NAMES:
            converter.get_structure_hook(cls)
            converter.get_unstructure_hook(cls)
        self.converter = converter
        self.reading = reading
        self.writing = writing
        # Documents always carry the full form (a scale is an object there).
        self.read: dict[type, Hook] = {cls: reading.careful_document(cls) for cls in TYPE_NAMES}
        #: Each type's document name and generated reader, for the common case.
        self.read_document: dict[type, tuple[str, Hook]] = {
            cls: (TYPE_NAMES[cls], reading.document(cls)) for cls in TYPE_NAMES
        }
        self.write_document: dict[type, Hook] = dict(writing.documents)

    def writing_full(self, obj: object) -> Any:
        """The body of ``obj`` as its full writer gives it (no envelope; a scale whole)."""
        return self.writing.full[type(obj)](obj)


_CODEC: _Codec | None = None


def _forget_codec() -> None:
    # A record type was registered or removed: build the hooks again on next use.
    global _CODEC  # noqa: PLW0603
    _CODEC = None


RECORD_TYPES.on_change(_forget_codec)


def _codec() -> _Codec:
    # Built on first use rather than at import: importing the kit stays cheap for
    # programs (a CLI, a worker) that never serialize.
    global _CODEC  # noqa: PLW0603
    if _CODEC is None:
        _CODEC = _Codec()
    return _CODEC


# --------------------------------------------------------------------------- the public face


class Serializer:
    """Reads and writes one schema version, with migrations from older ones.

    The module-level :func:`to_dict`, :func:`from_dict`, :func:`to_json` and
    :func:`from_json` use a default instance at :data:`SCHEMA_VERSION`. A release
    that changes the schema adds one :data:`Migration` per older version::

        def v1_to_v2(type_name, fields):
            if type_name == "assignment":
                fields = {**fields, "new_field": None}
            return fields

        serializer = Serializer(version=2, migrations={1: v1_to_v2})
    """

    def __init__(
        self, *, version: int = SCHEMA_VERSION, migrations: Mapping[int, Migration] | None = None
    ) -> None:
        require_count("version", version, at_least=1)
        if migrations is not None:
            require_type("migrations", migrations, Mapping, "a mapping from versions to functions")
        self.version = version
        self.migrations: Mapping[int, Migration] = dict(migrations or {})

    def to_dict(self, obj: object, *, envelope: bool = True) -> dict[str, Any]:
        """A JSON-ready dict of ``obj``, tagged with its type and schema version.

        Timestamps become ISO 8601 text with their offset, enums their values,
        tuples lists. A built-in scale inside a rating is written by its name.
        With ``envelope=False`` the ``type`` and ``schema_version`` keys are left
        out (for an API whose endpoint already says what the body is).
        """
        write = (_CODEC or _codec()).write_document.get(type(obj))
        if write is not None:
            document = typing.cast(dict[str, Any], write(obj, self.version))
        else:  # one of the kit's results (a report, a page ...), or nothing it writes
            document = self._result(obj)
        if not envelope:
            del document[_TYPE_KEY], document[_VERSION_KEY]
        return document

    def from_dict(self, cls: type[T], data: object, *, envelope: bool = True) -> T:
        """Build a ``cls`` from ``data``, or raise :class:`InvalidData` listing every problem.

        A document carries its ``type`` and ``schema_version`` (the envelope). With
        ``envelope=False`` either may be left out: a request body of plain fields is
        read as a document of ``cls`` at the current version (given, they are still
        checked). Problems with the envelope and with the fields are reported
        together.
        """
        codec = _CODEC or _codec()
        found = codec.read_document.get(cls) if isinstance(cls, type) else None
        if found is None:
            if _is_result(cls):
                return typing.cast(T, self._read_result(cls, data, envelope))
            raise _unsupported(cls)
        name, fast = found
        if not envelope and type(data) is dict:
            data = dict(data)  # the keys keep their positions; the envelope goes last
            data.setdefault(_TYPE_KEY, name)
            data.setdefault(_VERSION_KEY, self.version)
        if (
            type(data) is dict
            and data.get(_TYPE_KEY) == name
            and type(data.get(_VERSION_KEY)) is int
            and data[_VERSION_KEY] == self.version
        ):
            # The common case: a current document. Try the generated reader first.
            try:
                return typing.cast(T, fast(data))
            except _DATA_ERRORS:  # the careful path below names every problem
                pass
        read = codec.read[cls]
        fields, wrong = self._current_fields(name, data)
        try:
            built = typing.cast(T, read(fields))
        except InvalidData as exc:
            raise InvalidData(
                [*wrong, *exc.problems], subject=cls.__name__, truncated=exc.truncated
            ) from None
        if wrong:
            raise InvalidData(wrong, subject=cls.__name__)
        return built

    def to_json(self, obj: object, *, indent: int | None = None, envelope: bool = True) -> str:
        """``obj`` as JSON text (non-ASCII characters kept as they are)."""
        if indent is not None:
            require_count("indent", indent, at_least=0)
        return json.dumps(self.to_dict(obj, envelope=envelope), ensure_ascii=False, indent=indent)

    def from_json(self, cls: type[T], text: str | bytes, *, envelope: bool = True) -> T:
        """Build a ``cls`` from JSON text; malformed JSON is :class:`InvalidData` too.

        Duplicate keys and the non-standard constants ``NaN`` and ``Infinity`` are
        refused rather than silently resolved.
        """
        if not isinstance(cls, type) or (cls not in TYPE_NAMES and not _is_result(cls)):
            raise _unsupported(cls)
        try:
            data = strict_json.loads(text)
        except InvalidData as exc:
            raise InvalidData(exc.problems, subject=cls.__name__) from None
        return self.from_dict(cls, data, envelope=envelope)

    def _result(self, obj: object) -> dict[str, Any]:
        cls = type(obj)
        if not _is_result(cls):
            raise UnsupportedType(f"cannot serialize {with_article(cls.__name__)}")
        result = typing.cast(ResultDocument, obj)
        fields = result._write(self._write_nested)
        return {_TYPE_KEY: result._DOCUMENT, _VERSION_KEY: self.version, **fields}

    def _write_nested(self, obj: object, envelope: bool = True) -> dict[str, Any]:
        return self.to_dict(obj, envelope=envelope)

    def _read_result(self, cls: type, data: object, envelope: bool) -> object:
        name: str = getattr(cls, "_DOCUMENT")  # noqa: B009  (set by result_document)
        if not envelope and type(data) is dict:
            data = {**data}
            data.setdefault(_TYPE_KEY, name)
            data.setdefault(_VERSION_KEY, self.version)
        current, wrong = self._current_fields(name, data)
        fields = Fields(current, cls.__name__, self._read_nested, frozenset(_ENVELOPE))
        fields.problems.extend(wrong)
        try:
            return getattr(cls, "_read")(fields)  # noqa: B009
        except RecursionError:
            raise InvalidData(
                [
                    Problem(
                        (), "is nested too deeply to be a document of the kit", ProblemCode.FORMAT
                    )
                ],
                subject=cls.__name__,
            ) from None
        except InvalidData as error:
            raise InvalidData(
                error.problems, subject=cls.__name__, truncated=error.truncated
            ) from None

    def _read_nested(self, value: object, expected: type | None) -> object:
        """A document nested in a result: of the ``expected`` type (its envelope may be
        left out), or of the type its envelope names."""
        if expected is not None:
            return self.from_dict(expected, value, envelope=False)
        if type(value) is not dict:
            raise _fail(f"expected an object, got {describe(value)}", ProblemCode.TYPE)
        cls = _document_class(value.get(_TYPE_KEY))
        if cls is None:
            raise InvalidData(
                [
                    Problem(
                        (_TYPE_KEY,), "is not a type of document the kit reads", ProblemCode.CHOICE
                    )
                ]
            )
        return self.from_dict(cls, value)

    def _current_fields(self, type_name: str, data: object) -> tuple[dict[str, Any], list[Problem]]:
        """Check the envelope, run migrations, and return a current document, with the
        envelope's problems. A missing or wrong ``type`` or ``schema_version`` does not
        stop the fields from being read (as the current version), so one error lists
        everything; a version this release cannot read does."""
        if type(data) is not dict:
            raise _fail(f"expected an object, got {describe(data)}", ProblemCode.TYPE)
        problems = []
        found_type = data.get(_TYPE_KEY, _MISSING)
        if found_type is _MISSING:
            problems.append(
                Problem((_TYPE_KEY,), f"is required (expected {type_name!r})", ProblemCode.REQUIRED)
            )
        elif found_type != type_name:
            problems.append(Problem((_TYPE_KEY,), f"expected {type_name!r}", ProblemCode.MISMATCH))
        version = data.get(_VERSION_KEY, _MISSING)
        if version is _MISSING:
            problems.append(Problem((_VERSION_KEY,), "is required", ProblemCode.REQUIRED))
        elif type(version) is not int or version < 1:
            problems.append(
                Problem((_VERSION_KEY,), "must be a positive integer", ProblemCode.OUT_OF_RANGE)
            )
        elif version > self.version:
            problems.append(
                Problem(
                    (_VERSION_KEY,),
                    f"is {version}, newer than this release reads ({self.version}); "
                    "upgrade therapy_homework to read it",
                    ProblemCode.VERSION,
                )
            )
        if any(p.code is ProblemCode.VERSION for p in problems):
            raise InvalidData(problems)
        if problems:
            current = dict(data)  # the keys keep their positions in the document
            current[_TYPE_KEY] = type_name
            current[_VERSION_KEY] = self.version
            return current, problems
        if version == self.version:
            return data, []  # read as it is, so a problem's key positions are the document's
        fields = dict(data)
        del fields[_TYPE_KEY], fields[_VERSION_KEY]
        for step in range(typing.cast(int, version), self.version):
            fields = self._migrate(step, type_name, fields)
        return {_TYPE_KEY: type_name, _VERSION_KEY: self.version, **fields}, []

    def _migrate(self, step: int, type_name: str, fields: dict[str, Any]) -> dict[str, Any]:
        migrate = self.migrations.get(step)
        if migrate is None:
            raise InvalidData(
                [Problem((_VERSION_KEY,), f"no migration from version {step}", ProblemCode.VERSION)]
            )
        try:
            upgraded = migrate(type_name, fields)
        except InvalidData:
            raise
        except Exception as exc:
            raise _fail(
                f"could not be migrated from version {step} ({type(exc).__name__})",
                ProblemCode.VERSION,
            ) from exc
        if type(upgraded) is not dict:
            raise _fail(
                f"the migration from version {step} did not return an object", ProblemCode.VERSION
            )
        return upgraded


_ENVELOPE: Final = (_TYPE_KEY, _VERSION_KEY)
_TOO_DEEP: Final = Problem(
    (), "is nested too deeply to be a document of the kit", ProblemCode.FORMAT
)


def _is_result(cls: object) -> bool:
    """Whether ``cls`` is one of the kit's result types (a report, a page ...)."""
    name = getattr(cls, "_DOCUMENT", None)
    return isinstance(name, str) and RESULT_TYPES.get(name) is cls


def _document_class(name: object) -> type | None:
    """The class of the documents named ``name``: a record or value type, or a result."""
    if type(name) is not str:
        return None
    found = RESULT_TYPES.get(name)
    if found is not None:
        return found
    return next((cls for cls, known in TYPE_NAMES.items() if known == name), None)


_DEFAULT = Serializer()


def to_dict(obj: object, *, envelope: bool = True) -> dict[str, Any]:
    """A JSON-ready dict of any of the kit's types (see :meth:`Serializer.to_dict`)."""
    return _DEFAULT.to_dict(obj, envelope=envelope)


def from_dict(cls: type[T], data: object, *, envelope: bool = True) -> T:
    """Build ``cls`` from a dict (see :meth:`Serializer.from_dict`)."""
    return _DEFAULT.from_dict(cls, data, envelope=envelope)


def to_json(obj: object, *, indent: int | None = None, envelope: bool = True) -> str:
    """JSON text of any of the kit's types (see :meth:`Serializer.to_json`)."""
    return _DEFAULT.to_json(obj, indent=indent, envelope=envelope)


def from_json(cls: type[T], text: str | bytes, *, envelope: bool = True) -> T:
    """Build ``cls`` from JSON text (see :meth:`Serializer.from_json`)."""
    return _DEFAULT.from_json(cls, text, envelope=envelope)
