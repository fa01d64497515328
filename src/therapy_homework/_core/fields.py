"""How every domain type validates itself: one place, one pass, every problem at once.

A domain type is declared with :func:`model`. Its field *annotations* say what a
valid value is (``Text`` for client-written text, ``Identifier`` for an opaque id,
``datetime`` for an aware timestamp, ``tuple[X, ...]`` for a list of ``X`` ...).
From them this module derives, once per class:

* a converter per field (text is stripped, lists become tuples),
* a check per field (type, bounds, emptiness, awareness of timestamps),
* a ``repr`` per field that never shows client-written text.

The generated ``__attrs_post_init__`` runs every field check, then the class's own
cross-field checks (``_cross_checks``), and raises one :class:`InvalidData` with
every problem found. The structuring hooks in :mod:`therapy_homework.serialization`
only *convert* (``"2026-01-05T10:00+01:00"`` to a datetime, a list to a tuple);
they leave checking to the constructor, so no value is validated twice.
"""

import contextlib
import enum
import inspect
import types
import typing
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from typing import Annotated, Any, NamedTuple, TypeVar

import attrs

from ..errors import DefinitionError, InvalidData, Problem, ProblemCode, WrongType
from .codegen import Namespace
from .extensions import Extensions, extension_problems

__all__ = [
    "MAX_ITEMS",
    "MAX_TEXT",
    "MAX_YEAR",
    "MIN_YEAR",
    "Bounded",
    "Choice",
    "FieldSpec",
    "Identifier",
    "Label",
    "Name",
    "Shape",
    "ShortText",
    "Text",
    "check_for",
    "cross_problems",
    "describe",
    "fast_test",
    "field_problems",
    "first_duplicate",
    "has_plan",
    "identifier_problems",
    "list_limit",
    "model",
    "require_items",
    "require_moment",
    "require_type",
    "shape_of",
    "spec_of",
    "store_lines",
    "with_article",
]

T = TypeVar("T")

#: Longest free text accepted, in characters.
MAX_TEXT = 10_000
#: Most entries accepted in one list field.
MAX_ITEMS = 200
#: Longest short text (a title, a name, a term).
MAX_SHORT_TEXT = 300
#: Longest identifier.
MAX_ID = 128
#: The years a timestamp may fall in. Far enough from the ends of the calendar that
#: adding a review window or a year of occurrences can never overflow.
MIN_YEAR = 1900
MAX_YEAR = 2999
_YEAR_PROBLEM = f"must fall between the years {MIN_YEAR} and {MAX_YEAR}"


# --------------------------------------------------------------------------- markers


# Small plain classes rather than attrs classes: they are built at import time, where
# every millisecond counts. Equality includes the class, so two markers with the same
# values never pass for each other inside ``Annotated`` (which compares metadata).


class _Marker:
    __slots__ = ()

    def _key(self) -> tuple[object, ...]:
        return ()

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other._key() == self._key()

    def __hash__(self) -> int:
        return hash((type(self), self._key()))

    def __repr__(self) -> str:
        return f"{type(self).__name__}{self._key()}"


class _TextMarker(_Marker):
    __slots__ = ("max_length", "redact")

    def __init__(self, max_length: int, redact: bool) -> None:
        self.max_length = max_length
        self.redact = redact

    def _key(self) -> tuple[object, ...]:
        return (self.max_length, self.redact)


class _IdMarker(_Marker):
    __slots__ = ()


class Bounded(_Marker):
    """Annotation marker: an integer between ``low`` and ``high`` inclusive."""

    __slots__ = ("high", "low")

    def __init__(self, low: int, high: int) -> None:
        self.low = low
        self.high = high

    def _key(self) -> tuple[object, ...]:
        return (self.low, self.high)


class _NameMarker(_Marker):
    __slots__ = ()


#: Text a client or clinician wrote about a client: stripped, 1-10,000 characters,
#: never shown in ``repr()`` or in any message.
Text = Annotated[str, _TextMarker(MAX_TEXT, redact=True)]
#: Short client text (a title, a partner's name or term, an emotion word): stripped,
#: 1-300 characters, never shown.
ShortText = Annotated[str, _TextMarker(MAX_SHORT_TEXT, redact=True)]
#: Descriptive text that is not about a client (a scale's label): shown in repr.
Label = Annotated[str, _TextMarker(MAX_SHORT_TEXT, redact=False)]
#: An opaque identifier supplied by the host application.
Identifier = Annotated[str, _IdMarker()]
#: A machine name: lowercase letters, digits, ``_`` and ``-``; 1-64 characters.
Name = Annotated[str, _NameMarker()]


# --------------------------------------------------------------------------- choices


class _Missing:
    """``_missing_`` for the kit's enums: a value that is not a member is
    :class:`InvalidData` (a ``ValueError``) naming the members, never the value."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        members = ", ".join(str(m.value) for m in typing.cast(Iterable[enum.Enum], cls))
        raise InvalidData(
            [Problem((), f"expected one of: {members}", ProblemCode.CHOICE)],
            subject=typing.cast(type, cls).__name__,
        )


class Choice(_Missing, enum.StrEnum):
    """Base of the kit's text enums (see :class:`_Missing`)."""


# --------------------------------------------------------------------------- describing values

_KIND_NAMES: dict[type, str] = {
    str: "text",
    int: "an integer",
    float: "a number",
    bool: "true or false",
    list: "a list",
    tuple: "a list",
    dict: "an object",
    type(None): "null",
}


def with_article(noun: str) -> str:
    """``noun`` with "a" or "an": "an Assignment", "a Review"."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def describe(value: object) -> str:
    """Name the *kind* of a value for a message, never the value itself."""
    kind = _KIND_NAMES.get(type(value))
    if kind is not None:
        return kind
    return with_article(type(value).__name__)


# --------------------------------------------------------------------------- checks

Check = Callable[[Any], list[Problem] | None]
Convert = Callable[[Any], Any]


def _one(message: str, code: ProblemCode) -> list[Problem]:
    return [Problem((), message, code)]


def _text_check(marker: _TextMarker) -> Check:
    limit = marker.max_length

    def check(value: object) -> list[Problem] | None:
        if type(value) is not str:
            return _one(f"expected text, got {describe(value)}", ProblemCode.TYPE)
        if not value:
            return _one("must not be empty", ProblemCode.EMPTY)
        if len(value) > limit:
            return _one(
                f"is {len(value):,} characters long; the limit is {limit:,}", ProblemCode.TOO_LONG
            )
        return None

    return check


def identifier_problems(value: object) -> list[Problem] | None:
    """What is wrong with ``value`` as an identifier (``None`` when nothing is)."""
    return _id_check(value)


def _id_check(value: object) -> list[Problem] | None:
    if type(value) is not str:
        return _one(f"expected an identifier (text), got {describe(value)}", ProblemCode.TYPE)
    if not value:
        return _one("must not be empty", ProblemCode.EMPTY)
    if len(value) > MAX_ID:
        return _one(
            f"is {len(value):,} characters long; the limit is {MAX_ID}", ProblemCode.TOO_LONG
        )
    if value != value.strip() or not value.isprintable():
        return _one(
            "must not start or end with spaces or contain control characters", ProblemCode.FORMAT
        )
    return None


#: The characters of a machine name (a scale's name), and its longest length.
NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_-"
MAX_NAME = 64
_NAME_CHARS = frozenset(NAME_CHARACTERS)


def _name_check(value: object) -> list[Problem] | None:
    if type(value) is not str:
        return _one(f"expected a name (text), got {describe(value)}", ProblemCode.TYPE)
    if not 1 <= len(value) <= MAX_NAME or not _NAME_CHARS.issuperset(value):
        return _one("must be 1-64 lowercase letters, digits, '_' or '-'", ProblemCode.FORMAT)
    return None


def _datetime_check(value: object) -> list[Problem] | None:
    if not isinstance(value, datetime):
        return _one(f"expected a timestamp, got {describe(value)}", ProblemCode.TYPE)
    if value.utcoffset() is None:
        return _one("must be timezone-aware (give a UTC offset)", ProblemCode.NOT_AWARE)
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        return _one(_YEAR_PROBLEM, ProblemCode.OUT_OF_RANGE)
    return None


def require_timestamps(**moments: object) -> None:
    """Raise :class:`InvalidData` naming each argument that is not an aware datetime.

    ``None`` is allowed (an optional argument left out).
    """
    problems = [
        problem.under(name)
        for name, moment in moments.items()
        if moment is not None
        for problem in (_datetime_check(moment) or ())
    ]
    if problems:
        raise InvalidData(problems)


def require_moment(name: str, value: object) -> None:
    """Raise :class:`InvalidData` unless ``value`` is an aware datetime (``None`` is not)."""
    if value is None:
        raise WrongType([Problem((name,), "expected a timestamp, got null", ProblemCode.TYPE)])
    require_timestamps(**{name: value})


def require_type(name: str, value: object, expected: type | tuple[type, ...], what: str) -> None:
    """Raise :class:`WrongType` naming argument ``name`` unless ``value`` is ``expected``.

    ``what`` names what was expected, for the message ("an Assignment").
    """
    if not isinstance(value, expected):
        raise WrongType(
            [Problem((name,), f"expected {what}, got {describe(value)}", ProblemCode.TYPE)]
        )


def require_items(
    name: str, values: object, expected: type | tuple[type, ...], what: str
) -> list[Any]:
    """The items of ``values`` as a list; :class:`WrongType` naming each wrong one.

    ``values`` must be an iterable other than text or a mapping.
    """
    if isinstance(values, str | bytes | dict) or not hasattr(values, "__iter__"):
        raise WrongType(
            [
                Problem(
                    (name,), f"expected a list of {what}, got {describe(values)}", ProblemCode.TYPE
                )
            ]
        )
    found = list(typing.cast(Iterable[Any], values))
    problems = [
        Problem((name, index), f"is not {what}", ProblemCode.TYPE)
        for index, item in enumerate(found)
        if not isinstance(item, expected)
    ]
    if problems:
        raise WrongType(problems)
    return found


def require_count(name: str, value: object, *, at_least: int) -> None:
    """Raise :class:`InvalidData` unless ``value`` is a whole number of at least ``at_least``.

    For keyword arguments such as ``limit=`` or ``minimum=``; ``True`` is not a number.
    """
    if type(value) is not int or value < at_least:
        raise InvalidData(
            [
                Problem(
                    (name,),
                    f"must be a whole number of at least {at_least}",
                    ProblemCode.OUT_OF_RANGE,
                )
            ]
        )


def _extensions_check(value: object) -> list[Problem] | None:
    if type(value) is Extensions:
        return None
    return extension_problems(value) or [
        Problem((), "expected Extensions or an object of namespaced keys", ProblemCode.TYPE)
    ]


def _bool_check(value: object) -> list[Problem] | None:
    if type(value) is not bool:
        return _one(f"expected true or false, got {describe(value)}", ProblemCode.TYPE)
    return None


def _int_check(bounds: Bounded | None) -> Check:
    def check(value: object) -> list[Problem] | None:
        if type(value) is not int:
            return _one(f"expected an integer, got {describe(value)}", ProblemCode.TYPE)
        if bounds is not None and not bounds.low <= value <= bounds.high:
            # A hostile integer may have thousands of digits: name only a small one.
            got = f"; got {value:,}" if -(10**15) < value < 10**15 else ""
            return _one(
                f"must be between {bounds.low:,} and {bounds.high:,}{got}", ProblemCode.OUT_OF_RANGE
            )
        return None

    return check


def _enum_check(cls: type[enum.Enum]) -> Check:
    allowed = ", ".join(str(m.value) for m in cls)
    message = f"expected a {cls.__name__} (one of: {allowed})"

    def check(value: object) -> list[Problem] | None:
        if not isinstance(value, cls):
            return _one(message, ProblemCode.CHOICE)
        return None

    return check


def _instance_check(cls: type) -> Check:
    message = f"expected a {cls.__name__}"

    def check(value: object) -> list[Problem] | None:
        if not isinstance(value, cls):
            return _one(message, ProblemCode.TYPE)
        return None

    return check


def _optional_check(inner: Check) -> Check:
    def check(value: object) -> list[Problem] | None:
        if value is None:
            return None
        return inner(value)

    return check


def _tuple_check(inner: Check, max_items: int) -> Check:
    def check(value: object) -> list[Problem] | None:
        if type(value) is not tuple:
            return _one(f"expected a list, got {describe(value)}", ProblemCode.TYPE)
        if len(value) > max_items:
            return _one(
                f"has {len(value):,} entries; the limit is {max_items:,}", ProblemCode.TOO_MANY
            )
        problems: list[Problem] | None = None
        for index, item in enumerate(value):
            found = inner(item)
            if found:
                if problems is None:
                    problems = []
                problems.extend(p.under(index) for p in found)
        return problems

    return check


# --------------------------------------------------------------------------- converters


def _strip(value: object) -> object:
    return value.strip() if type(value) is str else value


def _strip_or_none(value: object) -> object:
    if type(value) is str:
        return value.strip() or None
    return value


def _fixed_offset(value: object) -> object:
    # An aware timestamp is kept as an instant with its UTC offset. A zone such as
    # ZoneInfo("Europe/Berlin") is replaced by the fixed offset in force at that
    # instant: that is what serialization writes, so a round trip is exact, and
    # two timestamps in a repeated (daylight-saving) hour still compare equal.
    if isinstance(value, datetime):
        offset = value.utcoffset()
        if offset is not None and type(value.tzinfo) is not timezone:
            return value.replace(tzinfo=timezone(offset), fold=0)
    return value


def _as_extensions(value: object) -> object:
    # A plain mapping becomes Extensions; one that is not valid is left for the check
    # to report (with every problem), rather than raising here.
    if isinstance(value, dict):
        with contextlib.suppress(InvalidData):
            return Extensions(value)
    return value


def _as_tuple(value: object) -> object:
    return tuple(value) if type(value) is list else value


def _as_text_tuple(value: object) -> object:
    if type(value) is list or type(value) is tuple:
        return tuple(v.strip() if type(v) is str else v for v in value)
    return value


# --------------------------------------------------------------------------- reprs


def _redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


def _redacted_items(value: object) -> str:
    if isinstance(value, tuple):
        return f"<{len(value)} redacted>"
    return "<redacted>"


# --------------------------------------------------------------------------- type analysis


class Shape(NamedTuple):
    """What one field's annotation means, read once: the one analysis of annotations.

    The checking constructor, the reader and the writer are all generated from the
    shapes of a class's fields, so they cannot disagree about what a field holds.
    """

    #: ``"text"``, ``"id"``, ``"name"``, ``"datetime"``, ``"bool"``, ``"int"``,
    #: ``"enum"``, ``"model"``, ``"list"`` or ``"extensions"``.
    kind: str
    #: The plain type: ``str``, ``int``, ``datetime``, the enum or the model class,
    #: ``tuple`` for a list.
    base: Any
    #: ``None`` is allowed.
    optional: bool = False
    #: The shape of each entry of a list.
    item: "Shape | None" = None
    #: Longest text; most entries of a list.
    limit: int | None = None
    #: Client-written text, never shown (for text, or the entries of a list of text).
    redact: bool = False
    #: Inclusive bounds of an integer.
    bounds: Bounded | None = None


def _split_annotated(tp: Any) -> tuple[Any, tuple[Any, ...]]:
    if typing.get_origin(tp) is Annotated:
        base, *meta = typing.get_args(tp)
        return base, tuple(meta)
    return tp, ()


_SHAPES: dict[Any, Shape] = {}


def shape_of(tp: Any) -> Shape:
    """The :class:`Shape` of a model field annotated with ``tp``.

    :class:`DefinitionError` for an annotation the kit cannot check (a union other
    than ``X | None``, a tuple other than ``tuple[X, ...]``, an unknown type).
    """
    with contextlib.suppress(KeyError, TypeError):  # TypeError: an unhashable annotation
        return _SHAPES[tp]
    shape = _analyse(tp)
    with contextlib.suppress(TypeError):
        _SHAPES[tp] = shape
    return shape


def _analyse(tp: Any) -> Shape:
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        args = typing.get_args(tp)
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1 or len(args) != 2:
            raise DefinitionError(f"unsupported union in a model field: {tp!r}")
        return shape_of(inner[0])._replace(optional=True)
    base, meta = _split_annotated(tp)
    bounds = next((m for m in meta if isinstance(m, Bounded)), None)
    if typing.get_origin(base) is tuple:
        args = typing.get_args(base)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise DefinitionError(f"model fields use tuple[X, ...], not {tp!r}")
        item = shape_of(args[0])
        limit = bounds.high if bounds is not None else MAX_ITEMS
        return Shape("list", tuple, item=item, limit=limit, redact=item.redact)
    for marker in meta:
        if isinstance(marker, _TextMarker):
            return Shape("text", str, limit=marker.max_length, redact=marker.redact)
        if isinstance(marker, _IdMarker):
            return Shape("id", str, limit=MAX_ID)
        if isinstance(marker, _NameMarker):
            return Shape("name", str, limit=MAX_NAME)
    if base is Extensions:
        return Shape("extensions", Extensions)
    if base is datetime:
        return Shape("datetime", datetime)
    if base is bool:
        return Shape("bool", bool)
    if base is int:
        return Shape("int", int, bounds=bounds)
    if isinstance(base, type) and issubclass(base, enum.Enum):
        return Shape("enum", base)
    if isinstance(base, type) and attrs.has(base):
        return Shape("model", base)
    raise DefinitionError(f"no check is defined for a model field of type {tp!r}")


class FieldSpec(NamedTuple):
    """The plan of one field: its shape, and what was derived from it."""

    name: str
    shape: Shape
    check: Check
    convert: Convert | None
    redact: Callable[[object], str] | None
    required: bool
    default: Any = None


def _plain(tp: Any) -> Any:
    """``tp`` without the kit's ``Annotated`` markers, for signatures and documentation."""
    if typing.get_origin(tp) is Annotated:
        return _plain(typing.get_args(tp)[0])
    args = typing.get_args(tp)
    if not args:
        return tp
    plain = tuple(_plain(a) for a in args)
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        return typing.Union[plain]  # noqa: UP007
    return tp.copy_with(plain) if hasattr(tp, "copy_with") else origin[plain]


def list_limit(tp: Any) -> int | None:
    """The most entries a list field annotated with ``tp`` takes, or ``None`` if not a list."""
    shape = shape_of(tp)
    return shape.limit if shape.kind == "list" else None


def check_for(tp: Any) -> Check:
    """Derive the check for a value annotated with ``tp``."""
    return _check_of(shape_of(tp))


def _check_of(shape: Shape) -> Check:
    if shape.optional:
        return _optional_check(_check_of(shape._replace(optional=False)))
    kind = shape.kind
    if kind == "list":
        assert shape.item is not None
        assert shape.limit is not None
        return _tuple_check(_check_of(shape.item), shape.limit)
    if kind == "text":
        assert shape.limit is not None
        return _text_check(_TextMarker(shape.limit, shape.redact))
    if kind == "id":
        return _id_check
    if kind == "name":
        return _name_check
    if kind == "datetime":
        return _datetime_check
    if kind == "bool":
        return _bool_check
    if kind == "int":
        return _int_check(shape.bounds)
    if kind == "enum":
        return _enum_check(shape.base)
    if kind == "extensions":
        return _extensions_check
    return _instance_check(shape.base)


def fast_test(shape: Shape, var: str, names: Namespace, depth: int = 0) -> str:
    """A Python expression that is true when ``var`` certainly passes the check of
    ``shape`` (see :func:`check_for`).

    When it is false, the generated code calls the full check, which says what is
    wrong; the expression only decides, cheaply, whether that call is needed. A
    property test proves the claim: whenever the expression is true, the check
    finds nothing.
    """
    if shape.optional:
        inner = fast_test(shape._replace(optional=False), var, names, depth)
        return f"({var} is None or {inner})"
    kind = shape.kind
    if kind == "list":
        assert shape.item is not None
        x = f"_x{depth}"
        each = fast_test(shape.item, x, names, depth + 1)
        return (
            f"(type({var}) is tuple and len({var}) <= {shape.limit} "
            f"and (not {var} or all({each} for {x} in {var})))"
        )
    if kind == "text":
        # ``strip()`` returns the very same object when there is nothing to strip.
        return (
            f"(type({var}) is str and 0 < len({var}) <= {shape.limit} and {var}.strip() is {var})"
        )
    if kind == "id":
        return (
            f"(type({var}) is str and 0 < len({var}) <= {MAX_ID} "
            f"and {var}.isprintable() and {var}.strip() is {var})"
        )
    if kind == "extensions":
        return f"(type({var}) is {names.add('Extensions', Extensions)})"
    if kind == "name":
        chars = names.add("name_chars", _NAME_CHARS)
        return f"(type({var}) is str and 0 < len({var}) <= 64 and {chars}.issuperset({var}))"
    if kind == "datetime":
        return (
            f"(type({var}) is _datetime and type({var}.tzinfo) is _timezone "
            f"and {MIN_YEAR} <= {var}.year <= {MAX_YEAR})"
        )
    if kind == "bool":
        return f"(type({var}) is bool)"
    if kind == "int":
        if shape.bounds is None:
            return f"(type({var}) is int)"
        return f"(type({var}) is int and {shape.bounds.low} <= {var} <= {shape.bounds.high})"
    return f"(type({var}) is {names.add(shape.base.__name__, shape.base)})"


def _generate_init(cls: type, specs: tuple[FieldSpec, ...]) -> Any:
    """Generate ``__init__``: check every argument, store them, run cross-field checks.

    Values are stored through the slots' own descriptors, which is how a frozen
    class can be written once; the class refuses every later assignment.
    """
    names = Namespace(
        _datetime=datetime,
        _timezone=timezone,
        _under=_under,
        _InvalidData=InvalidData,
        _cross=cross_problems,
        _cls=cls,
    )
    fields = attrs.fields(cls)
    parameters = []
    body = ["    problems = None"]
    for spec, attribute in zip(specs, fields, strict=True):
        arg = spec.name
        if attribute.default is attrs.NOTHING:
            parameters.append(arg)
        else:
            parameters.append(f"{arg}={names.add('default_', attribute.default)}")
        check = names.add("check_", spec.check)
        test = fast_test(spec.shape, arg, names)
        body.append(f"    if not {test}:")
        if spec.convert is not None:
            body.append(f"        {arg} = {names.add('convert_', spec.convert)}({arg})")
        body += [
            f"        found = {check}({arg})",
            "        if found:",
            f"            problems = _under(problems, found, {arg!r})",
        ]
    body += store_lines(cls, specs, names, "")
    if hasattr(cls, "_cross_checks"):
        given = ", ".join(f"{spec.name!r}: {spec.name}" for spec in specs)
        body += [
            "    if problems is None:",
            "        found = self._cross_checks()",
            "        if found:",
            "            problems = list(found) or None",
            "    else:",
            f"        problems += _cross(_cls, {{{given}}}, "
            "[p.location[0] for p in problems if p.location])",
        ]
    body += ["    if problems:", f"        raise _InvalidData(problems, subject={cls.__name__!r})"]
    signature = ", ".join(["self", "*", *parameters]) if parameters else "self"
    lines = [f"def __init__({signature}):", *body]
    init = names.compile("__init__", lines, f"init {cls.__qualname__}")
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = f"Build a {cls.__name__}, or raise InvalidData listing every problem."
    init.__annotations__ = {f.name: _plain(f.type) for f in fields} | {"return": None}
    return init


def store_lines(
    cls: type, specs: tuple[FieldSpec, ...], names: Namespace, prefix: str
) -> list[str]:
    """Generated lines that store each field's value (the variable ``prefix + name``)
    in ``self`` through the slot's own descriptor: how a frozen class is written once,
    by the constructor and by the fast reader alike."""
    return [
        f"    {names.add('set_', cls.__dict__[spec.name].__set__)}(self, {prefix}{spec.name})"
        for spec in specs
    ]


def _under(problems: list[Problem] | None, found: list[Problem], name: str) -> list[Problem]:
    if problems is None:
        problems = []
    problems.extend(p.under(name) for p in found)
    return problems


def _converter_for(shape: Shape) -> Convert | None:
    if shape.kind == "text":
        return _strip_or_none if shape.optional else _strip
    if shape.kind == "datetime":
        return _fixed_offset
    if shape.kind == "list" and not shape.optional:
        assert shape.item is not None
        return _as_text_tuple if shape.item.kind == "text" else _as_tuple
    if shape.kind == "extensions":
        return _as_extensions
    return None


def _redactor_for(shape: Shape) -> Callable[[object], str] | None:
    if not shape.redact:
        return None
    return _redacted_items if shape.kind == "list" else _redacted


_SPECS: dict[type, tuple[FieldSpec, ...]] = {}


def has_plan(cls: type) -> bool:
    """Whether ``cls`` is a :func:`model` class (has a field plan)."""
    return cls in _SPECS


def spec_of(cls: type) -> tuple[FieldSpec, ...]:
    """The field specs of a :func:`model` class."""
    return _SPECS[cls]


def field_problems(cls: type, values: dict[str, Any]) -> list[Problem]:
    """Check the given field values of ``cls`` without building an object.

    Used by deserialization to report problems in the fields that *could* be
    read alongside those that could not, so one error lists everything.
    """
    problems: list[Problem] = []
    for spec in _SPECS[cls]:
        if spec.name not in values:
            continue
        value = values[spec.name]
        if spec.convert is not None:
            value = spec.convert(value)
        found = spec.check(value)
        if found:
            problems.extend(p.under(spec.name) for p in found)
    return problems


class _Stop(AttributeError):
    """A cross-field rule reached a field that is missing or invalid."""


class _Unusable:
    """Stands for a missing or invalid field while the cross-field rules run on the
    valid ones: any use of it stops the rule that needs it, so a rule never reports
    on a value that is already reported as wrong."""

    __slots__ = ()

    def _stop(self, *args: object) -> Any:
        raise _Stop

    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __hash__ = _stop
    __bool__ = __len__ = __iter__ = __contains__ = __index__ = __int__ = __float__ = _stop
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __mod__ = __rmod__ = _stop
    __getattr__ = _stop


_UNUSABLE = _Unusable()


def cross_problems(
    cls: type, values: dict[str, Any], unusable: Iterable[str | int]
) -> list[Problem]:
    """The cross-field problems of ``cls`` that can be found from the usable fields.

    ``values`` are the fields as given (missing optional ones take their defaults);
    the fields in ``unusable`` (already reported) and missing required ones stand in
    as values that stop any rule that reads them. Used when some fields are wrong,
    so that one error still lists every problem the data allow: a bad ``kind``
    together with a review set before the assignment is reported in one pass.
    """
    if not hasattr(cls, "_cross_checks"):
        return []
    skip = set(unusable)
    subject: Any = object.__new__(cls)
    for spec in _SPECS[cls]:
        if spec.name in skip:
            value: Any = _UNUSABLE
        elif spec.name in values:
            value = values[spec.name]
            if spec.convert is not None:
                value = spec.convert(value)
        elif not spec.required:
            value = spec.default
        else:
            value = _UNUSABLE
            skip.add(spec.name)
        cls.__dict__[spec.name].__set__(subject, value)
    found: list[Problem] = []
    # A rule that reaches an unusable field, or meets partial data it cannot read,
    # stops: it adds nothing to what is already reported.
    with contextlib.suppress(Exception):
        for problem in subject._cross_checks() or ():
            if not problem.location or problem.location[0] not in skip:
                found.append(problem)
    return found


def model(cls: type[T]) -> type[T]:
    """Give an attrs frozen class the kit's checking ``__init__`` and a safe ``__repr__``.

    Use it on top of ``@attrs.frozen(kw_only=True)``, which type checkers
    understand (so ``attrs.evolve`` and ``attrs.fields`` type-check for users)::

        @model
        @attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
        class Dose:
            count: int | None = None

    A class may define ``_cross_checks(self) -> Iterable[Problem]`` for rules that
    span several fields. When some fields are wrong it still runs, on the others
    (see :func:`cross_problems`), so one error lists every problem. Return an empty
    tuple (not an empty generator) on the common path: it is cheaper.
    """
    if not attrs.has(cls) or "__slots__" not in cls.__dict__:
        raise DefinitionError(f"{cls.__name__} must be an attrs frozen, slotted class")
    fields = attrs.fields(cls)
    if any(isinstance(f.default, attrs.Factory) for f in fields):  # type: ignore[arg-type]
        raise DefinitionError("model fields take plain (immutable) defaults, not factories")
    for f in fields:
        # The generated __init__ replaces attrs's, so these would be silently ignored.
        if f.validator is not None or f.converter is not None or f.alias != f.name:
            raise DefinitionError(
                f"{cls.__name__}.{f.name}: model fields take no validator, converter or "
                "alias; the annotation says what is valid (use _cross_checks for rules "
                "across fields)"
            )
    specs = tuple(_plan(f) for f in fields)
    _SPECS[cls] = specs
    # Generated on first use, so importing the kit compiles nothing it does not run.
    cls.__init__ = _init_on_first_call(cls, specs)  # type: ignore[method-assign]
    cls.__repr__ = _repr_on_first_call(cls, specs)  # type: ignore[method-assign]
    setattr(cls, "__init_subclass__", classmethod(_no_subclasses))  # noqa: B010
    return typing.cast(type[T], cls)


def _no_subclasses(cls: type, /, **_: Any) -> None:
    # A subclass would be checked, stored and serialized as its base, silently losing
    # what it adds: refused when it is defined, pointing to the supported way.
    base = next(b for b in cls.__mro__[1:] if b in _SPECS)
    raise DefinitionError(
        f"{base.__name__} cannot be subclassed: carry the app's own data (audit fields, "
        "a tenant, external ids) in the record's `extensions`, under namespaced keys "
        "such as 'org.example.created_by'"
    )


def _plan(field: "attrs.Attribute[Any]") -> FieldSpec:
    shape = shape_of(field.type)
    required = field.default is attrs.NOTHING
    return FieldSpec(
        name=field.name,
        shape=shape,
        check=_check_of(shape),
        convert=_converter_for(shape),
        redact=_redactor_for(shape),
        required=required,
        default=None if required else field.default,
    )


def _init_on_first_call(cls: type, specs: tuple[FieldSpec, ...]) -> Any:
    """A stand-in ``__init__`` that generates the real one, installs it, and calls it."""

    def __init__(self: Any, **fields: Any) -> None:  # noqa: N807
        init = _generate_init(cls, specs)
        if cls.__dict__.get("__init__") is __init__:
            cls.__init__ = init  # type: ignore[misc]
        init(self, **fields)

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    __init__.__module__ = cls.__module__
    __init__.__doc__ = f"Build a {cls.__name__}, or raise InvalidData listing every problem."
    __init__.__signature__ = _signature(cls)  # type: ignore[attr-defined]
    __init__.__annotations__ = {f.name: _plain(f.type) for f in attrs.fields(cls)} | {
        "return": None
    }
    return __init__


def _repr_on_first_call(cls: type, specs: tuple[FieldSpec, ...]) -> Any:
    def __repr__(self: Any) -> str:  # noqa: N807
        real = _generate_repr(cls, specs)
        if cls.__dict__.get("__repr__") is __repr__:
            cls.__repr__ = real  # type: ignore[method-assign]
        return typing.cast(str, real(self))

    __repr__.__qualname__ = f"{cls.__qualname__}.__repr__"
    return __repr__


def _signature(cls: type) -> inspect.Signature:
    """The constructor's signature (keyword-only fields), for help() and the docs."""
    parameters = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    for field in attrs.fields(cls):
        default = inspect.Parameter.empty if field.default is attrs.NOTHING else field.default
        parameters.append(
            inspect.Parameter(
                field.name,
                inspect.Parameter.KEYWORD_ONLY,
                default=default,
                annotation=_plain(field.type),
            )
        )
    return inspect.Signature(parameters, return_annotation=None)


def _generate_repr(cls: type, specs: tuple[FieldSpec, ...]) -> Any:
    """``Name(field=..., ...)``, with client text shown as ``<redacted>``."""
    names = Namespace()
    parts = []
    for spec, attribute in zip(specs, attrs.fields(cls), strict=True):
        shown = spec.redact or (attribute.repr if callable(attribute.repr) else repr)
        parts.append(f"{spec.name}={{{names.add('show_', shown)}(self.{spec.name})}}")
    lines = ["def __repr__(self):", f"    return f'{cls.__name__}({', '.join(parts)})'"]
    function = names.compile("__repr__", lines, f"repr {cls.__qualname__}")
    function.__qualname__ = f"{cls.__qualname__}.__repr__"
    return function


def first_duplicate(values: Iterable[T]) -> int | None:
    """The index of the first value seen before, or ``None``."""
    seen: set[T] = set()
    for index, value in enumerate(values):
        if value in seen:
            return index
        seen.add(value)
    return None
