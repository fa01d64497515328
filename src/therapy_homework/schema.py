"""JSON Schema (draft 2020-12) of the kit's documents, from the serializer's own field plan.

>>> from therapy_homework.model import Assignment
>>> from therapy_homework.schema import json_schema
>>> schema = json_schema(Assignment)
>>> schema["properties"]["type"]
{'const': 'assignment'}
>>> schema["required"][:3]
['type', 'schema_version', 'id']
>>> schema["additionalProperties"]
False

The schema says what :func:`~therapy_homework.from_dict` reads: the same fields,
the same lengths, bounds and choices, the same required keys, because both come from
the one analysis of each field's annotation (:class:`~therapy_homework._core.fields.Shape`).
``envelope=False`` gives the schema of the plain body that
``from_dict(..., envelope=False)`` reads, where ``type`` and ``schema_version`` may be
left out.

What a schema cannot say is written in its ``description`` and in each definition's:
the rules between fields (the docstring paragraph "Rules beyond each field" of each
type), and a few rules about single values listed in :data:`LIMITS`. A document that
passes the schema can still be refused for one of those; one that fails it is refused
by the kit too, but for the spellings :data:`LIMITS` names that the kit also reads
(text with spaces around it, other ISO 8601 spellings of a timestamp).
"""

import enum
import inspect
import re
from typing import Any, Final

from ._core.extensions import (
    KEY_PATTERN,
    MAX_EXTENSION_BYTES,
    MAX_EXTENSION_KEYS,
    MAX_KEY_LENGTH,
)
from ._core.fields import (
    MAX_ID,
    MAX_NAME,
    MAX_YEAR,
    MIN_YEAR,
    NAME_CHARACTERS,
    Shape,
    spec_of,
)
from .errors import DefinitionError, UnsupportedType
from .model.rating import BUILTIN_SCALES, Rating, Scale
from .serialization import SCHEMA_VERSION, TYPE_NAMES

__all__ = ["DIALECT", "LIMITS", "SCHEMA_BASE", "json_schema"]

#: The JSON Schema dialect of every schema the kit writes.
DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"
#: The base of each schema's ``$id``: ``{SCHEMA_BASE}/1/assignment.json`` (the document),
#: ``{SCHEMA_BASE}/1/assignment-body.json`` (without the envelope). The ``$id`` makes the
#: ``#/$defs/...`` references resolve inside the schema wherever it is embedded (an
#: OpenAPI 3.1 request body, for example).
SCHEMA_BASE: Final = "https://therapy-homework.org/schema"

#: Rules about single values that the schemas below cannot state (or state only in part).
LIMITS: Final = (
    "Text is stripped of surrounding whitespace before its length is checked; optional "
    "text that is only whitespace reads as null.",
    "Identifiers contain printable characters only (the pattern excludes ASCII control "
    "characters; other non-printable characters are refused by the kit alone).",
    "Integers are written without a fraction: the kit refuses 5.0 where JSON Schema's "
    "'integer' accepts it.",
    f"Timestamps fall in the years {MIN_YEAR}-{MAX_YEAR} on a date that exists (the "
    "pattern lets 30 February through). The kit writes RFC 3339 text with a UTC offset, "
    "except that an offset with seconds (a historical local mean time) keeps its seconds, "
    "which a strict date-time format check refuses; the kit also reads the other ISO 8601 "
    "spellings that Python's datetime.fromisoformat accepts, as long as they have an offset.",
    "A rating on a custom scale must lie on that scale; the schema checks this only for "
    "the built-in scales, which are written by name.",
    f"Extensions: at most {MAX_EXTENSION_KEYS} keys (checked), at most "
    f"{MAX_EXTENSION_BYTES:,} characters as compact JSON and nested at most 4 deep "
    "(not checked by the schema); numbers are finite and integers safe for JavaScript.",
)

_RULES_HEADING: Final = "Rules beyond each field:"

#: The very end of the text. Python's ``$`` (which ``jsonschema`` uses) also matches
#: before a final newline; JavaScript's does not. This means the same in both.
_END: Final = r"(?![\s\S])"


def _years(low: int, high: int) -> str:
    """A pattern of the years ``low`` to ``high``, whole centuries (1900-2999)."""
    if low % 100 or (high + 1) % 100:
        raise DefinitionError("the timestamp pattern is written for whole centuries of years")
    centuries = "|".join(str(c) for c in range(low // 100, (high + 1) // 100))
    return f"(?:{centuries})[0-9]{{2}}"


_SECONDS: Final = r"(?::[0-5][0-9](?:\.[0-9]{1,6})?)?"
# An aware timestamp as the kit writes it (``datetime.isoformat``): RFC 3339, except
# that an offset may have seconds (a historical local mean time).
_TIMESTAMP: Final = (
    f"^{_years(MIN_YEAR, MAX_YEAR)}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])"
    f"T(?:[01][0-9]|2[0-3]):[0-5][0-9]{_SECONDS}"
    f"(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9]{_SECONDS}){_END}"
)
# Printable, and no space at either end.
_IDENTIFIER: Final = rf"^[^\s\x00-\x1f\x7f](?:[^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f])?{_END}"
_EXTENSION_KEY: Final = f"^(?:{KEY_PATTERN}){_END}"
_NAME: Final = f"^[{re.escape(NAME_CHARACTERS)}]{{1,{MAX_NAME}}}{_END}"
_NOT_BLANK: Final = r"\S"
# reStructuredText markup in docstrings: ``code`` and :role:`Target`.
_MARKUP: Final = re.compile(r"``([^`]+)``|:[a-z]+:`~?([^`]+)`")


def json_schema(cls: type, *, envelope: bool = True) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the documents of ``cls``.

    ``cls`` is a record type (``Assignment``, ``ThoughtRecord`` ...) or one of the
    value types that are documents of their own (``Rating``, ``Scale``, ``Plan`` ...):
    any type in :data:`~therapy_homework.serialization.TYPE_NAMES`. With
    ``envelope=True`` (the default) ``type`` and ``schema_version`` are required, as
    :func:`~therapy_homework.from_dict` requires them; with ``envelope=False`` they
    may be left out, as ``from_dict(..., envelope=False)`` allows. A new dict is
    returned on each call.
    """
    name = TYPE_NAMES.get(cls) if isinstance(cls, type) else None
    if name is None:
        shown = cls.__name__ if isinstance(cls, type) else type(cls).__name__
        raise UnsupportedType(f"no JSON Schema is defined for {shown}")
    defs: dict[str, Any] = {}
    root = _object(cls, defs)
    properties = {
        "type": {"const": name},
        "schema_version": {"const": SCHEMA_VERSION},
        **root["properties"],
    }
    required = root["required"]
    if envelope:
        required = ["type", "schema_version", *required]
    description = [root.pop("description"), "Rules that the schema cannot state:", *LIMITS]
    schema: dict[str, Any] = {
        "$schema": DIALECT,
        "$id": f"{SCHEMA_BASE}/{SCHEMA_VERSION}/{name}{'' if envelope else '-body'}.json",
        "title": cls.__name__,
        "description": "\n".join(description),
        **root,
        "properties": properties,
        "required": required,
    }
    if defs:
        schema["$defs"] = dict(sorted(defs.items()))
    return schema


def _object(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for spec in spec_of(cls):
        properties[spec.name] = _value(spec.shape, defs)
        if spec.required:
            required.append(spec.name)
    found: dict[str, Any] = {
        "description": _description(cls),
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    if cls is Rating:
        found["allOf"] = [_builtin_rating(scale) for scale in BUILTIN_SCALES.values()]
    return found


def _description(cls: type) -> str:
    """The first line of the type's docstring, and its paragraph of rules beyond each field."""
    doc = _MARKUP.sub(lambda m: m[1] or m[2], inspect.cleandoc(cls.__doc__ or ""))
    paragraphs = [" ".join(p.split()) for p in doc.split("\n\n")]
    parts = paragraphs[:1]
    parts += [p for p in paragraphs[1:] if p.startswith(_RULES_HEADING)]
    return "\n".join(parts)


def _builtin_rating(scale: Scale) -> dict[str, Any]:
    value: dict[str, Any] = {"minimum": scale.low, "maximum": scale.high}
    if scale.low % scale.step == 0:
        value["multipleOf"] = scale.step
    return {
        "if": {"properties": {"scale": {"const": scale.name}}, "required": ["scale"]},
        "then": {"properties": {"value": value}},
    }


def _reference(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    key = cls.__name__
    if key not in defs:
        defs[key] = {}  # placed first, so a type that contains itself cannot recurse
        defs[key] = _object(cls, defs)
    return {"$ref": f"#/$defs/{key}"}


def _value(shape: Shape, defs: dict[str, Any]) -> dict[str, Any]:
    if shape.optional:
        inner = _value(shape._replace(optional=False), defs)
        if shape.kind == "text":
            # Whitespace-only optional text reads as null: only the length is checked.
            inner = {"type": "string", "maxLength": shape.limit}
        return {"anyOf": [inner, {"type": "null"}]}
    kind = shape.kind
    if kind == "text":
        return {"type": "string", "minLength": 1, "maxLength": shape.limit, "pattern": _NOT_BLANK}
    if kind == "id":
        return {"type": "string", "minLength": 1, "maxLength": MAX_ID, "pattern": _IDENTIFIER}
    if kind == "name":
        return {"type": "string", "pattern": _NAME}
    if kind == "datetime":
        return {"type": "string", "format": "date-time", "pattern": _TIMESTAMP}
    if kind == "bool":
        return {"type": "boolean"}
    if kind == "int":
        found: dict[str, Any] = {"type": "integer"}
        if shape.bounds is not None:
            found["minimum"] = shape.bounds.low
            found["maximum"] = shape.bounds.high
        return found
    if kind == "enum":
        members: list[enum.Enum] = list(shape.base)
        return {"enum": [m.value for m in members]}
    if kind == "model":
        reference = _reference(shape.base, defs)
        if shape.base is Scale:  # a built-in scale is written by its name
            return {"anyOf": [{"enum": list(BUILTIN_SCALES)}, reference]}
        return reference
    if kind == "list":
        assert shape.item is not None
        return {"type": "array", "maxItems": shape.limit, "items": _value(shape.item, defs)}
    if kind == "extensions":
        return {
            "type": "object",
            "maxProperties": MAX_EXTENSION_KEYS,
            "propertyNames": {"pattern": _EXTENSION_KEY, "maxLength": MAX_KEY_LENGTH},
        }
    raise UnsupportedType(f"no JSON Schema is defined for a field of kind {kind}")
