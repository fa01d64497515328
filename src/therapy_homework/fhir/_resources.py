"""The kit's records as FHIR R4 resources, and back."""

import inspect
import json
import uuid
from collections.abc import Iterable, Mapping
from typing import Any, Final

from .._core import strict_json
from .._core.extensions import Extensions
from ..errors import InvalidData, Problem, ProblemCode, UnsupportedType
from ..model.assignment import Assignment, AssignmentKind, AssignmentStatus
from ..model.rating import Rating
from ..model.records import RECORD_TYPES, RecordType
from ..serialization import SCHEMA_VERSION, from_dict
from ._items import (
    answer_items,
    field_label,
    flat_values,
    questionnaire_items,
    read_flat,
    read_items,
    write_moment,
)
from ._reader import Path, Reader
from .urls import (
    CLIENT_IDS,
    EXTENSIONS,
    RECORD_IDS,
    RECURRENCE,
    SCALE_ANCHOR,
    SCALE_STEP,
    SCALES,
    TASK_INPUTS,
    TIMEZONE,
    code_system,
    questionnaire_url,
)

__all__ = [
    "TASK_STATUS",
    "VERSION",
    "from_bundle",
    "from_fhir",
    "questionnaire",
    "questionnaires",
    "to_bundle",
    "to_fhir",
]

#: The version of the kit's Questionnaires: the schema version of the records.
VERSION: Final = str(SCHEMA_VERSION)

#: The ``Task.status`` of each assignment status (one to one, so it reads back).
TASK_STATUS: Final[Mapping[AssignmentStatus, str]] = {
    AssignmentStatus.PROPOSED: "draft",
    AssignmentStatus.ACTIVE: "in-progress",
    AssignmentStatus.PAUSED: "on-hold",
    AssignmentStatus.COMPLETED: "completed",
    AssignmentStatus.RETIRED: "cancelled",
}
_STATUS_OF_TASK: Final = {fhir: kit.value for kit, fhir in TASK_STATUS.items()}

#: The assignment fields a Task carries in its own elements; the rest go in ``input``.
_TASK_ELEMENTS: Final = frozenset(
    {
        "id",
        "client_id",
        "title",
        "instructions",
        "kind",
        "assigned_at",
        "review_at",
        "schedule",
        "status",
        "extensions",
    }
)
#: Elements a server adds that a reader may ignore: they carry none of the record.
_SERVER_ELEMENTS: Final = frozenset({"id", "meta", "text"})
_BUNDLE_IDS: Final = uuid.uuid5(uuid.NAMESPACE_URL, "https://fhir.therapy-homework.org")


def _response_type(cls: type) -> RecordType:
    record_type = RECORD_TYPES.get(cls) if isinstance(cls, type) else None
    if record_type is None or cls is Assignment:
        shown = cls.__name__ if isinstance(cls, type) else type(cls).__name__
        raise UnsupportedType(f"no Questionnaire is defined for {shown}")
    return record_type


def _skipped(record_type: RecordType) -> frozenset[str]:
    return frozenset({"id", "client_id", record_type.time_field})


# --------------------------------------------------------------------------- Questionnaires


def questionnaire(cls: type) -> dict[str, Any]:
    """The FHIR ``Questionnaire`` that the QuestionnaireResponses of ``cls`` follow.

    ``cls`` is any registered record type but :class:`Assignment` (which is a
    ``Task``). Its ``url`` is :func:`~therapy_homework.fhir.urls.questionnaire_url` of
    the record type and its ``version`` is :data:`VERSION`.
    """
    record_type = _response_type(cls)
    doc = inspect.cleandoc(cls.__doc__ or "").split("\n\n", 1)[0]
    return {
        "resourceType": "Questionnaire",
        "id": record_type.name.replace("_", "-"),
        "url": questionnaire_url(record_type.name),
        "version": VERSION,
        "name": cls.__name__,
        "title": field_label(record_type.name),
        "status": "active",
        "subjectType": ["Patient"],
        "description": (
            f"{' '.join(doc.split())} The record's id is the response's identifier, the "
            f"client is its subject and {record_type.time_field} is when it was authored."
        ),
        "item": questionnaire_items(cls, _skipped(record_type)),
    }


def questionnaires() -> dict[str, dict[str, Any]]:
    """Every Questionnaire the kit defines, by canonical URL (registered types included)."""
    found = {}
    for record_type in RECORD_TYPES:
        if record_type.cls is not Assignment:
            resource = questionnaire(record_type.cls)
            found[resource["url"]] = resource
    return found


# --------------------------------------------------------------------------- writing


def to_fhir(obj: object) -> dict[str, Any]:
    """The FHIR R4 resource of a record (JSON-ready): an :class:`Assignment` is a
    ``Task``, a :class:`Rating` an ``Observation``, any other record a
    ``QuestionnaireResponse`` of the kit's Questionnaire for its type."""
    if type(obj) is Assignment:
        return _task(obj)
    if type(obj) is Rating:
        return _observation(obj)
    record_type = RECORD_TYPES.get(type(obj))
    if record_type is None:
        raise UnsupportedType(f"no FHIR resource is defined for {type(obj).__name__}")
    return _response(obj, record_type)


def _patient(client_id: str) -> dict[str, Any]:
    return {"type": "Patient", "identifier": {"system": CLIENT_IDS, "value": client_id}}


def _app_extensions(extensions: Extensions) -> list[dict[str, Any]]:
    if not extensions:
        return []
    text = json.dumps(extensions.to_json(), ensure_ascii=False, separators=(",", ":"))
    return [{"url": EXTENSIONS, "valueString": text}]


def _response(obj: Any, record_type: RecordType) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "identifier": {"system": RECORD_IDS, "value": obj.id},
        "questionnaire": f"{questionnaire_url(record_type.name)}|{VERSION}",
        "status": "completed",
        "subject": _patient(obj.client_id),
        "authored": write_moment(getattr(obj, record_type.time_field)),
    }
    extensions = _app_extensions(getattr(obj, "extensions", Extensions()))
    if extensions:
        resource["extension"] = extensions
    items = answer_items(obj, _skipped(record_type))
    if items:
        resource["item"] = items
    return resource


def _task(assignment: Assignment) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Task",
        "identifier": [{"system": RECORD_IDS, "value": assignment.id}],
        "status": TASK_STATUS[assignment.status],
        "intent": "plan",
        "code": {
            "coding": [{"system": code_system(AssignmentKind), "code": assignment.kind.value}],
            "text": assignment.title,
        },
        "description": assignment.instructions,
        "for": _patient(assignment.client_id),
        "authoredOn": write_moment(assignment.assigned_at),
    }
    if assignment.review_at is not None:
        resource["restriction"] = {"period": {"end": write_moment(assignment.review_at)}}
    extensions: list[dict[str, Any]] = []
    if assignment.schedule.recurrence is not None:
        extensions.append({"url": RECURRENCE, "valueString": assignment.schedule.recurrence})
    extensions.append({"url": TIMEZONE, "valueCode": assignment.schedule.timezone})
    extensions += _app_extensions(assignment.extensions)
    resource["extension"] = extensions
    inputs = [
        {"type": {"coding": [{"system": TASK_INPUTS, "code": path}]}, **value}
        for path, value in flat_values(assignment, _TASK_ELEMENTS)
    ]
    if inputs:
        resource["input"] = inputs
    return resource


def _observation(rating: Rating) -> dict[str, Any]:
    scale = rating.scale
    extensions: list[dict[str, Any]] = [{"url": SCALE_STEP, "valueInteger": scale.step}]
    extensions += [
        {
            "url": SCALE_ANCHOR,
            "extension": [
                {"url": "value", "valueInteger": anchor.value},
                {"url": "label", "valueString": anchor.label},
            ],
        }
        for anchor in scale.anchors
    ]
    return {
        "resourceType": "Observation",
        "extension": extensions,
        "status": "final",
        "code": {"coding": [{"system": SCALES, "code": scale.name, "display": scale.label}]},
        "valueInteger": rating.value,
        "referenceRange": [{"low": {"value": scale.low}, "high": {"value": scale.high}}],
    }


def to_bundle(records: Iterable[object]) -> dict[str, Any]:
    """A ``collection`` Bundle of records (each as :func:`to_fhir` writes it).

    Each entry's ``fullUrl`` is a ``urn:uuid`` derived from the record's type and id,
    so the same record always has the same one; a record given twice is
    :class:`InvalidData`.
    """
    entries = []
    seen: dict[str, int] = {}
    problems = []
    for index, record in enumerate(records):
        record_type = RECORD_TYPES.get(type(record))
        if record_type is None:
            raise UnsupportedType(f"a Bundle holds records, not {type(record).__name__}")
        key = f"{record_type.name}/{getattr(record, 'id')}"  # noqa: B009  (every record has one)
        if key in seen:
            problems.append(
                Problem((index,), "is a record already in the bundle", ProblemCode.DUPLICATE)
            )
            continue
        seen[key] = index
        full_url = f"urn:uuid:{uuid.uuid5(_BUNDLE_IDS, key)}"
        entries.append({"fullUrl": full_url, "resource": to_fhir(record)})
    if problems:
        raise InvalidData(problems, subject="Bundle")
    bundle: dict[str, Any] = {"resourceType": "Bundle", "type": "collection"}
    if entries:
        bundle["entry"] = entries
    return bundle


# --------------------------------------------------------------------------- reading


def from_fhir(resource: object) -> object:
    """The record of a FHIR resource as :func:`to_fhir` writes it.

    A resource that does not follow the kit's mapping (another resource type, a
    Questionnaire the kit does not define, a missing element, an unknown item,
    element or extension, a value the record refuses) is :class:`InvalidData` listing
    every problem with its path; nothing is dropped. ``id``, ``meta`` and ``text``,
    which a FHIR server adds, are ignored.
    """
    reader = Reader("FHIR resource")
    data = reader.mapping(resource, ())
    kind = data.get("resourceType") if data is not None else None
    if data is not None and kind == "Task":
        return _read_task(data)
    if data is not None and kind == "Observation":
        return _read_observation(data)
    if data is not None and kind == "QuestionnaireResponse":
        return _read_response(data)
    if data is not None:
        reader.problem(
            ("resourceType",),
            "expected Task, Observation or QuestionnaireResponse",
            ProblemCode.REQUIRED if kind is None else ProblemCode.CHOICE,
        )
    reader.finish()
    raise AssertionError  # pragma: no cover  (finish raised)


def from_bundle(bundle: object) -> tuple[object, ...]:
    """The records of a ``collection`` or ``searchset`` Bundle, in its order (see
    :func:`from_fhir`); a record found twice is a problem."""
    reader = Reader("Bundle")
    data = reader.mapping(bundle, ())
    found: list[object] = []
    if data is not None:
        reader.expect(data.get("resourceType"), "Bundle", ("resourceType",))
        if data.get("type") not in ("collection", "searchset"):
            reader.problem(("type",), "expected collection or searchset", ProblemCode.CHOICE)
        _known(reader, data, ("resourceType", "type", "entry", "total", "link", "timestamp"))
        if "total" in data and type(data["total"]) is not int:
            reader.problem(("total",), "expected an integer", ProblemCode.TYPE)
        reader.string(data.get("timestamp"), ("timestamp",), required=False)
        for index, link in reader.objects(data.get("link"), ("link",)):
            reader.known(link, ("relation", "url"), ("link", index))
            reader.string(link.get("relation"), ("link", index, "relation"))
            reader.string(link.get("url"), ("link", index, "url"))
        seen: set[tuple[type, object]] = set()
        for index, entry in reader.objects(data.get("entry"), ("entry",)):
            reader.known(entry, ("fullUrl", "resource", "search"), ("entry", index))
            reader.string(entry.get("fullUrl"), ("entry", index, "fullUrl"), required=False)
            if "search" in entry:
                reader.mapping(entry["search"], ("entry", index, "search"))
            try:
                record = from_fhir(entry.get("resource"))
            except InvalidData as error:
                reader.add(error, ("entry", index, "resource"))
                continue
            key = (type(record), getattr(record, "id", None))
            if key in seen and key[1] is not None:
                reader.problem(
                    ("entry", index), "is a record already in the bundle", ProblemCode.DUPLICATE
                )
            seen.add(key)
            found.append(record)
    reader.finish()
    return tuple(found)


def _known(reader: Reader, data: Mapping[Any, Any], known: Iterable[str]) -> None:
    """A problem for each top-level element that the mapping does not read."""
    reader.known(data, (*known, *_SERVER_ELEMENTS), ())


def _identifier(reader: Reader, value: object, system: str, where: Path) -> str | None:
    found = reader.mapping(value, where)
    if found is None:
        return None
    reader.known(found, ("system", "value"), where)
    reader.expect(found.get("system"), system, (*where, "system"))
    return reader.string(found.get("value"), (*where, "value"))


def _client(reader: Reader, value: object, where: Path) -> str | None:
    found = reader.mapping(value, where)
    if found is None:
        return None
    reader.known(found, ("type", "identifier"), where)
    if "type" in found:
        reader.expect(found["type"], "Patient", (*where, "type"))
    return _identifier(reader, found.get("identifier"), CLIENT_IDS, (*where, "identifier"))


def _extensions(
    reader: Reader, data: Mapping[str, Any], handlers: Mapping[str, str], places: dict[Path, Path]
) -> dict[str, Any]:
    """The values of the extensions named in ``handlers`` (url: value key); ``places``
    learns where each one is."""
    found: dict[str, Any] = {}
    for index, extension in reader.objects(data.get("extension"), ("extension",)):
        where: Path = ("extension", index)
        named = reader.named(
            extension.get("url"),
            handlers,
            (*where, "url"),
            "is not an extension of the kit's mapping",
        )
        if named is None:
            continue
        url, key = named
        if url == SCALE_ANCHOR:
            places[("scale", "anchors", len(found.get("anchors", ())))] = where
            found.setdefault("anchors", []).append(_anchor(reader, extension, where))
            continue
        if url in found:
            reader.problem((*where, "url"), "is given twice", ProblemCode.DUPLICATE)
            continue
        places[(url,)] = (*where, key)
        reader.known(extension, ("url", key), where)
        value = extension.get(key)
        if value is None:
            reader.problem((*where, key), "is required", ProblemCode.REQUIRED)
            continue
        if url == EXTENSIONS:
            value = _json_object(reader, value, (*where, key))
        found[url] = value
    return found


def _anchor(reader: Reader, extension: Mapping[str, Any], where: Path) -> dict[str, Any]:
    reader.known(extension, ("url", "extension"), where)
    anchor: dict[str, Any] = {}
    for number, part in reader.objects(extension.get("extension"), (*where, "extension")):
        at: Path = (*where, "extension", number)
        name = part.get("url")
        key = (
            {"value": "valueInteger", "label": "valueString"}.get(name)
            if type(name) is str
            else None
        )
        if key is None or name in anchor:
            reader.problem(
                (*at, "url"), "expected value or label, once each", ProblemCode.UNKNOWN_KEY
            )
            continue
        reader.known(part, ("url", key), at)
        anchor[str(name)] = part.get(key)
    return anchor


def _json_object(reader: Reader, value: object, where: Path) -> object:
    text = reader.string(value, where)
    if text is None:
        return None
    try:
        return strict_json.loads(text)
    except InvalidData as error:
        reader.add(error, where)
        return None


def _build(
    reader: Reader, cls: type, fields: dict[str, Any], places: Mapping[Path, Path], default: Path
) -> Any:
    """Build a ``cls`` from ``fields`` unless problems were found; the record's problems
    are placed at the FHIR elements that hold their fields (``places``)."""
    if not reader.problems:
        try:
            return from_dict(cls, fields, envelope=False)
        except InvalidData as error:
            reader.place(error, places, default)
    reader.finish()
    raise AssertionError  # pragma: no cover  (finish raised)


def _read_response(data: Mapping[str, Any]) -> object:
    reader = Reader("QuestionnaireResponse")
    known = ("resourceType", "identifier", "questionnaire", "status", "subject", "authored")
    _known(reader, data, (*known, "extension", "item"))
    canonical = reader.string(data.get("questionnaire"), ("questionnaire",))
    record_type = None
    if canonical is not None:
        url, bar, version = canonical.partition("|")
        record_type = next(
            (
                t
                for t in RECORD_TYPES
                if t.cls is not Assignment and questionnaire_url(t.name) == url
            ),
            None,
        )
        if record_type is None:
            reader.problem(
                ("questionnaire",), "is not a Questionnaire of the kit", ProblemCode.REFERENCE
            )
        elif bar and version != VERSION:
            reader.problem(
                ("questionnaire",),
                f"expected version {VERSION} of the Questionnaire",
                ProblemCode.VERSION,
            )
    if data.get("status") not in ("completed", "amended"):
        reader.problem(("status",), "expected completed or amended", ProblemCode.CHOICE)
    if record_type is None:
        reader.finish()
        raise AssertionError  # pragma: no cover  (finish raised)
    reader.subject = record_type.cls.__name__
    time_field = record_type.time_field
    places: dict[Path, Path] = {
        ("id",): ("identifier", "value"),
        ("client_id",): ("subject", "identifier", "value"),
        (time_field,): ("authored",),
    }
    fields: dict[str, Any] = {
        "id": _identifier(reader, data.get("identifier"), RECORD_IDS, ("identifier",)),
        "client_id": _client(reader, data.get("subject"), ("subject",)),
        time_field: reader.string(data.get("authored"), ("authored",)),
    }
    extensions = _extensions(reader, data, {EXTENSIONS: "valueString"}, places)
    if EXTENSIONS in extensions:
        fields["extensions"] = extensions[EXTENSIONS]
        places[("extensions",)] = places[(EXTENSIONS,)]
    fields.update(read_items(reader, record_type.cls, data.get("item"), ("item",), places=places))
    return _build(reader, record_type.cls, fields, places, ())


def _coding(
    reader: Reader, value: object, where: Path, system: str, *, text: bool = False
) -> tuple[Any, Any]:
    """The code of a CodeableConcept with one coding from ``system``, and its text (or,
    without ``text``, the coding's display)."""
    concept = reader.mapping(value, where)
    if concept is None:
        return None, None
    reader.known(concept, ("coding", "text") if text else ("coding",), where)
    codings = list(reader.objects(concept.get("coding"), (*where, "coding")))
    if len(codings) != 1:
        reader.problem(
            (*where, "coding"), f"expected one coding from {system}", ProblemCode.REQUIRED
        )
        return None, concept.get("text")
    index, coding = codings[0]
    at: Path = (*where, "coding", index)
    reader.known(coding, ("system", "code", "display"), at)
    reader.expect(coding.get("system"), system, (*at, "system"))
    code = reader.string(coding.get("code"), (*at, "code"))
    return code, concept.get("text") if text else coding.get("display")


def _review_at(reader: Reader, data: Mapping[str, Any]) -> object:
    restriction = data.get("restriction")
    if restriction is None:
        return None
    found = reader.mapping(restriction, ("restriction",))
    if found is None:
        return None
    reader.known(found, ("period",), ("restriction",))
    period = reader.mapping(found.get("period"), ("restriction", "period"))
    if period is None:
        return None
    reader.known(period, ("end",), ("restriction", "period"))
    return reader.string(period.get("end"), ("restriction", "period", "end"))


def _inputs(
    reader: Reader, data: Mapping[str, Any]
) -> list[tuple[str, Mapping[Any, Any], Path, str]]:
    """The Task's inputs as ``(path, entry, FHIR path, value key)``."""
    inputs = []
    for index, entry in reader.objects(data.get("input"), ("input",)):
        where: Path = ("input", index)
        path, _ = _coding(reader, entry.get("type"), (*where, "type"), TASK_INPUTS)
        if path is not None:
            keys = [k for k in entry if type(k) is str and k.startswith("value")]
            inputs.append((path, entry, where, keys[0] if keys else "value"))
    return inputs


_TASK_PLACES: Final[Mapping[Path, Path]] = {
    ("id",): ("identifier", 0, "value"),
    ("client_id",): ("for", "identifier", "value"),
    ("title",): ("code", "text"),
    ("instructions",): ("description",),
    ("kind",): ("code", "coding", 0, "code"),
    ("assigned_at",): ("authoredOn",),
    ("review_at",): ("restriction", "period", "end"),
    ("status",): ("status",),
    ("schedule",): ("extension",),
    ("extensions",): ("extension",),
}


def _read_task(data: Mapping[str, Any]) -> Assignment:
    reader = Reader("Assignment")
    known = ("resourceType", "identifier", "status", "intent", "code", "description", "for")
    _known(reader, data, (*known, "authoredOn", "restriction", "extension", "input"))
    identifiers = list(reader.objects(data.get("identifier"), ("identifier",)))
    record_id = None
    if len(identifiers) != 1:
        reader.problem(
            ("identifier",), "expected one identifier (the assignment's id)", ProblemCode.REQUIRED
        )
    else:
        index, identifier = identifiers[0]
        record_id = _identifier(reader, identifier, RECORD_IDS, ("identifier", index))
    status = data.get("status")
    kit_status = _STATUS_OF_TASK.get(status) if type(status) is str else None
    if kit_status is None:
        reader.problem(
            ("status",), f"expected one of: {', '.join(_STATUS_OF_TASK)}", ProblemCode.CHOICE
        )
    reader.expect(data.get("intent"), "plan", ("intent",))
    kind, title = _coding(
        reader, data.get("code"), ("code",), code_system(AssignmentKind), text=True
    )
    review_at = _review_at(reader, data)
    places = dict(_TASK_PLACES)
    handlers = {RECURRENCE: "valueString", TIMEZONE: "valueCode", EXTENSIONS: "valueString"}
    extensions = _extensions(reader, data, handlers, places)
    fields: dict[str, Any] = {
        "id": record_id,
        "client_id": _client(reader, data.get("for"), ("for",)),
        "title": title,
        "instructions": data.get("description"),
        "kind": kind,
        "assigned_at": reader.string(data.get("authoredOn"), ("authoredOn",)),
        "status": kit_status,
        **read_flat(reader, Assignment, _inputs(reader, data), places=places),
    }
    if review_at is not None:
        fields["review_at"] = review_at
    schedule = {}
    for url, name in ((RECURRENCE, "recurrence"), (TIMEZONE, "timezone")):
        if url in extensions:
            schedule[name] = extensions[url]
            places[("schedule", name)] = places[(url,)]
            places[("schedule",)] = places[(url,)]
    if schedule:
        fields["schedule"] = schedule
    if EXTENSIONS in extensions:
        fields["extensions"] = extensions[EXTENSIONS]
        places[("extensions",)] = places[(EXTENSIONS,)]
    built: Assignment = _build(reader, Assignment, fields, places, ())
    return built


def _read_observation(data: Mapping[str, Any]) -> Rating:
    reader = Reader("Rating")
    known = ("resourceType", "extension", "status", "code", "valueInteger", "referenceRange")
    _known(reader, data, known)
    if data.get("status") not in ("final", "amended", "corrected"):
        reader.problem(("status",), "expected final, amended or corrected", ProblemCode.CHOICE)
    name, label = _coding(reader, data.get("code"), ("code",), SCALES)
    scale: dict[str, Any] = {"name": name, "label": label}
    places: dict[Path, Path] = {
        ("value",): ("valueInteger",),
        ("scale",): ("code",),
        ("scale", "name"): ("code", "coding", 0, "code"),
        ("scale", "label"): ("code", "coding", 0, "display"),
    }
    ranges = list(reader.objects(data.get("referenceRange"), ("referenceRange",)))
    if len(ranges) != 1:
        reader.problem(
            ("referenceRange",), "expected one range (the scale's ends)", ProblemCode.REQUIRED
        )
    else:
        index, bounds = ranges[0]
        reader.known(bounds, ("low", "high"), ("referenceRange", index))
        for end in ("low", "high"):
            at: Path = ("referenceRange", index, end)
            quantity = reader.mapping(bounds.get(end), at)
            if quantity is not None:
                reader.known(quantity, ("value",), at)
                scale[end] = quantity.get("value")
                places[("scale", end)] = (*at, "value")
    handlers = {SCALE_STEP: "valueInteger", SCALE_ANCHOR: "extension"}
    extensions = _extensions(reader, data, handlers, places)
    if SCALE_STEP in extensions:
        scale["step"] = extensions[SCALE_STEP]
        places[("scale", "step")] = places[(SCALE_STEP,)]
    scale["anchors"] = extensions.get("anchors", [])
    fields = {"scale": scale, "value": data.get("valueInteger")}
    built: Rating = _build(reader, Rating, fields, places, ())
    return built
