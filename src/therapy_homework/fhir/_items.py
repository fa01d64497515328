"""A record's fields as FHIR items, and back: one walk over the field plan.

A record's fields become a tree of items named by ``linkId`` (the dotted path of field
names: ``thoughts.belief.value``). A nested type is a group with its own items; a list of
a nested type is a repeated group; a list of values is one item with several answers.
Fields that are ``None``, empty lists and groups with nothing in them are left out; on
the way back a field that is left out takes its default, so nothing is lost.

The same tree gives the Questionnaire's items (:func:`questionnaire_items`), a
QuestionnaireResponse's items (:func:`answer_items`) and, read back, the fields of the
record as the kit's reader takes them (:func:`read_items`), so the three cannot drift.
"""

import enum
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from .._core.fields import Shape, spec_of
from ..errors import ProblemCode
from ._reader import Reader
from .urls import code_system

__all__ = [
    "answer_items",
    "field_label",
    "questionnaire_items",
    "read_items",
    "write_moment",
]

Path = tuple[str | int, ...]

#: The answer's ``value[x]`` key for each kind of field.
_VALUE_KEYS: Final = {
    "text": "valueString",
    "id": "valueString",
    "name": "valueString",
    "datetime": "valueDateTime",
    "bool": "valueBoolean",
    "int": "valueInteger",
    "enum": "valueCoding",
}
#: The widest UTC offset a FHIR dateTime may have.
_WIDEST_OFFSET: Final = timedelta(hours=14)
#: The Questionnaire item type for each kind of field.
_ITEM_TYPES: Final = {
    "id": "string",
    "name": "string",
    "datetime": "dateTime",
    "bool": "boolean",
    "int": "integer",
    "enum": "choice",
}


def field_label(name: str) -> str:
    """The text shown for a field: ``occurred_at`` is "Occurred at"."""
    words = name.replace("_", " ")
    return words[:1].upper() + words[1:]


def write_moment(moment: datetime) -> str:
    """A timestamp as FHIR ``dateTime`` text.

    FHIR offsets are whole minutes from -14:00 to +14:00; any other offset (a
    historical local mean time with seconds, an invented one) is written in UTC: the
    same instant.
    """
    offset = moment.utcoffset()
    if offset is not None and (offset % timedelta(minutes=1) or abs(offset) > _WIDEST_OFFSET):
        moment = moment.astimezone(UTC)
    return moment.isoformat()


@functools.cache
def _shapes(cls: type) -> dict[str, Shape]:
    """The shape of each of ``cls``'s fields, by name (a class's fields never change)."""
    return {name: shape for name, shape, _ in _fields(cls, frozenset())}


def _fields(cls: type, skip: frozenset[str]) -> Iterator[tuple[str, Shape, bool]]:
    for spec in spec_of(cls):
        if spec.name not in skip and spec.shape.kind != "extensions":
            yield spec.name, spec.shape, spec.required


# --------------------------------------------------------------------------- Questionnaire


def questionnaire_items(
    cls: type, skip: frozenset[str] = frozenset(), prefix: str = ""
) -> list[Any]:
    """The Questionnaire items of ``cls``'s fields (less ``skip``)."""
    items: list[Any] = []
    for name, shape, required in _fields(cls, skip):
        link = f"{prefix}{name}"
        repeats = shape.kind == "list"
        inner = shape.item if repeats and shape.item is not None else shape._replace(optional=False)
        item: dict[str, Any] = {"linkId": link, "text": field_label(name)}
        if inner.kind == "model":
            item["type"] = "group"
        elif inner.kind == "text":
            item["type"] = "text" if (inner.limit or 0) > 300 else "string"
        else:
            item["type"] = _ITEM_TYPES[inner.kind]
        if required:
            item["required"] = True
        if repeats:
            item["repeats"] = True
        if inner.kind in ("text", "id", "name") and inner.limit is not None:
            item["maxLength"] = inner.limit
        if inner.kind == "enum":
            members: list[enum.Enum] = list(inner.base)
            system = code_system(inner.base)
            item["answerOption"] = [
                {
                    "valueCoding": {
                        "system": system,
                        "code": m.value,
                        "display": field_label(m.value),
                    }
                }
                for m in members
            ]
        if inner.kind == "model":
            item["item"] = questionnaire_items(inner.base, prefix=f"{link}.")
        items.append(item)
    return items


# --------------------------------------------------------------------------- writing


def answer_items(obj: object, skip: frozenset[str] = frozenset(), prefix: str = "") -> list[Any]:
    """The QuestionnaireResponse items of ``obj``'s fields (less ``skip``)."""
    items: list[Any] = []
    for name, shape, _ in _fields(type(obj), skip):
        value = getattr(obj, name)
        if value is None or (shape.kind == "list" and not value):
            continue
        link = f"{prefix}{name}"
        text = field_label(name)
        inner = shape.item if shape.kind == "list" and shape.item is not None else shape
        if inner.kind == "model":
            for each in value if shape.kind == "list" else (value,):
                children = answer_items(each, prefix=f"{link}.")
                if children:
                    items.append({"linkId": link, "text": text, "item": children})
        else:
            values = value if shape.kind == "list" else (value,)
            answers = [{_VALUE_KEYS[inner.kind]: _write_value(inner, v)} for v in values]
            items.append({"linkId": link, "text": text, "answer": answers})
    return items


def _write_value(shape: Shape, value: Any) -> Any:
    if shape.kind == "datetime":
        return write_moment(value)
    if shape.kind == "enum":
        return {"system": code_system(shape.base), "code": value.value}
    return value


# --------------------------------------------------------------------------- reading

#: The keys of a QuestionnaireResponse item the mapping reads.
_ITEM_KEYS: Final = ("linkId", "text", "answer", "item")
#: A list entry's number in a flat path: 0, 1, ... 999, written without leading zeros.
_NUMBER: Final = re.compile(r"(?:0|[1-9][0-9]{0,2})")


def read_items(
    reader: Reader,
    cls: type,
    items: object,
    where: Path,
    *,
    places: dict[Path, Path],
    location: Path = (),
    prefix: str = "",
) -> dict[str, Any]:
    """The fields of a ``cls`` read from QuestionnaireResponse items found at ``where``.

    Values come back as the kit's documents hold them (text, numbers, enum values,
    nested objects), for :func:`~therapy_homework.from_dict` to check and build.
    Structural problems (an unknown ``linkId``, a wrong ``value[x]``, a field given
    twice, an element the mapping does not read) are recorded on ``reader`` with their
    FHIR paths; ``places`` learns the FHIR path of each field's record ``location``.
    """
    shapes = {f"{prefix}{name}": (name, shape) for name, shape, _ in _fields(cls, frozenset())}
    found: dict[str, Any] = {}
    for index, item in reader.objects(items, where):
        at = (*where, index)
        reader.known(item, _ITEM_KEYS, at)
        reader.string(item.get("text"), (*at, "text"), required=False)
        named = reader.named(
            item.get("linkId"), shapes, (*at, "linkId"), f"is not an item of {cls.__name__}"
        )
        if named is None:
            continue
        link, (name, shape) = named
        listed = shape.kind == "list"
        inner = shape.item if listed and shape.item is not None else shape._replace(optional=False)
        if name in found and not (listed and inner.kind == "model"):
            reader.problem((*at, "linkId"), "is given twice", ProblemCode.DUPLICATE)
            continue
        if inner.kind == "model":
            if "answer" in item:
                reader.problem((*at, "answer"), "a group has items, not answers", ProblemCode.TYPE)
            here = (*location, name, len(found.get(name, ()))) if listed else (*location, name)
            places.setdefault((*location, name), at)
            places[here] = at
            fields = read_items(
                reader,
                inner.base,
                item.get("item", []),
                (*at, "item"),
                places=places,
                location=here,
                prefix=f"{link}.",
            )
            if listed:
                found.setdefault(name, []).append(fields)
            else:
                found[name] = fields
            continue
        if "item" in item:
            reader.problem((*at, "item"), "a question has answers, not items", ProblemCode.TYPE)
        places[(*location, name)] = at
        answers = []
        for number, answer in reader.objects(item.get("answer"), (*at, "answer")):
            key = _VALUE_KEYS[inner.kind]
            here = (*location, name, number) if listed else (*location, name)
            places[here] = (*at, "answer", number, key)
            answers.append(_read_value(reader, inner, answer, (*at, "answer", number)))
        if listed:
            found[name] = answers
        elif len(answers) == 1:
            found[name] = answers[0]
        elif answers:
            reader.problem((*at, "answer"), "takes one answer", ProblemCode.TOO_MANY)
        else:
            reader.problem((*at, "answer"), "is required", ProblemCode.REQUIRED)
    return found


def _read_value(
    reader: Reader, shape: Shape, holder: Mapping[Any, Any], where: Path, extra: Iterable[str] = ()
) -> Any:
    """The value of ``holder``'s ``value[x]`` for a field of ``shape``; any key but that
    one and those in ``extra`` is a problem."""
    key = _VALUE_KEYS[shape.kind]
    reader.known(holder, (key, *extra), where)
    if key not in holder:
        given = any(type(k) is str and k.startswith("value") for k in holder)
        expected = "a valueCoding" if shape.kind == "enum" else f"a {key}"
        reader.problem(
            where, f"expected {expected}", ProblemCode.TYPE if given else ProblemCode.REQUIRED
        )
        return None
    value = holder[key]
    if value is None:
        reader.problem((*where, key), "expected a value, got null", ProblemCode.TYPE)
        return None
    if shape.kind != "enum":
        return value  # the kit's reader checks its type and value, with the field's path
    coding = reader.mapping(value, (*where, key))
    if coding is None:
        return None
    reader.known(coding, ("system", "code", "display"), (*where, key))
    reader.string(coding.get("display"), (*where, key, "display"), required=False)
    system = code_system(shape.base)
    if coding.get("system") != system:
        reader.problem(
            (*where, key, "system"), f"expected the code system {system}", ProblemCode.MISMATCH
        )
        return None
    return reader.string(coding.get("code"), (*where, key, "code"))


# --------------------------------------------------------------------------- flat values


def flat_values(
    obj: object, skip: frozenset[str] = frozenset(), prefix: str = ""
) -> list[tuple[str, dict[str, Any]]]:
    """``obj``'s fields (less ``skip``) as ``(path, value)`` pairs, the value as a FHIR
    ``value[x]``: ``("plan.dose.count", {"valueInteger": 2})``; list entries are
    numbered (``partners.0.id``)."""
    found: list[tuple[str, dict[str, Any]]] = []
    for name, shape, _ in _fields(type(obj), skip):
        value = getattr(obj, name)
        if value is None:
            continue
        listed = shape.kind == "list"
        inner = shape.item if listed and shape.item is not None else shape
        places = (
            [(f"{prefix}{name}.{i}", v) for i, v in enumerate(value)]
            if listed
            else [(f"{prefix}{name}", value)]
        )
        for path, each in places:
            if inner.kind == "model":
                found += flat_values(each, prefix=f"{path}.")
            else:
                found.append((path, {_VALUE_KEYS[inner.kind]: _write_value(inner, each)}))
    return found


def read_flat(
    reader: Reader,
    cls: type,
    values: list[tuple[str, Mapping[Any, Any], Path, str]],
    *,
    places: dict[Path, Path],
) -> dict[str, Any]:
    """The fields of a ``cls`` from ``(path, value[x] holder, FHIR path, value key)``
    entries, as :func:`flat_values` writes them; ``places`` learns the FHIR path of each
    field's record location (a group's is its first entry's)."""
    found: dict[str, Any] = {}
    for path, holder, where, key in values:
        location = _place(reader, cls, found, path.split("."), holder=holder, where=where)
        if location is not None:
            for end in range(1, len(location)):
                places.setdefault(location[:end], where)
            places[location] = (*where, key)
    return _lists(reader, found, cls, ("input",))


def _place(
    reader: Reader,
    cls: type,
    into: dict[str, Any],
    steps: list[str],
    *,
    holder: Mapping[Any, Any],
    where: Path,
) -> Path | None:
    """Put one flat value in place; its record location, or ``None`` if it has none."""
    shapes = _shapes(cls)
    name, rest = steps[0], steps[1:]
    shape = shapes.get(name)
    if shape is None:
        reader.problem(where, f"names no field of {cls.__name__}", ProblemCode.UNKNOWN_KEY)
        return None
    listed = shape.kind == "list"
    inner = shape.item if listed and shape.item is not None else shape._replace(optional=False)
    location: Path = (name,)
    target: dict[Any, Any] = into
    key: Any = name
    if listed:
        if not rest or not _NUMBER.fullmatch(rest[0]):
            reader.problem(where, "a list entry needs its number (0 to 999)", ProblemCode.FORMAT)
            return None
        target = into.setdefault(name, {})
        key = int(rest[0])
        location = (name, key)
        rest = rest[1:]
    if inner.kind == "model":
        if not rest:
            reader.problem(where, "names a group, not one of its fields", ProblemCode.FORMAT)
            return None
        nested = target.setdefault(key, {})
        found = _place(reader, inner.base, nested, rest, holder=holder, where=where)
        return None if found is None else (*location, *found)
    if rest:
        reader.problem(where, f"names no field of {cls.__name__}", ProblemCode.UNKNOWN_KEY)
        return None
    if key in target:
        reader.problem(where, "is given twice", ProblemCode.DUPLICATE)
        return None
    target[key] = _read_value(reader, inner, holder, where, ("type",))
    return location


def _lists(reader: Reader, found: dict[str, Any], cls: type, where: Path) -> dict[str, Any]:
    """Numbered entries (dicts keyed by number) as lists, in order, with no gaps."""
    shapes = _shapes(cls)
    for name, value in found.items():
        shape = shapes[name]
        listed = shape.kind == "list"
        inner = shape.item if listed and shape.item is not None else shape._replace(optional=False)
        entries = list(value.items()) if listed else [(0, value)]
        if inner.kind == "model":
            entries = [(k, _lists(reader, v, inner.base, where)) for k, v in entries]
        if not listed:
            found[name] = entries[0][1]
            continue
        entries.sort(key=lambda entry: int(entry[0]))
        if [k for k, _ in entries] != list(range(len(entries))):
            reader.problem(
                where, f"the entries of {name} are not numbered 0, 1, 2 ...", ProblemCode.ORDER
            )
        found[name] = [v for _, v in entries]
    return found
