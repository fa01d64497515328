"""Every FHIR resource the mapping writes is valid FHIR R4, judged by validators that share
no code with it.

* The ``fhir.resources`` R4B models parse each resource (structure, cardinality, types).
* Coded elements hold codes of the value sets R4 binds them to with strength "required",
  written out here from the specification (the models do not check them).
* Every primitive has its R4 format (the regular expressions of the R4 data types page,
  read as XML Schema regular expressions), JSON carries no nulls and no empty strings,
  arrays or objects, and URIs that name things (systems, extension URLs, canonicals,
  full URLs) are absolute.
* The R4 invariants of the resources written (``inv-1``, ``obs-6``, ``que-*``, ``qrs-*``,
  ``bdl-*``, ``ext-1``, ``per-1`` ...) hold.
* Each QuestionnaireResponse answers the Questionnaire it names, by a checker written here
  from the R4 rules for QuestionnaireResponse, and negative cases prove the checker
  catches what it is for.
"""

import copy
import importlib
import importlib.resources
import json
import math
import re
import types
import typing
import uuid
import xml.etree.ElementTree as ET
import zoneinfo
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any, Final

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from therapy_homework.fhir import questionnaire, questionnaires, to_bundle, to_fhir
from therapy_homework.model import (
    AbcRecord,
    Assignment,
    BehavioralExperiment,
    CouplesRepairAttempt,
    PracticeLog,
    Rating,
    Review,
    ThoughtRecord,
)
from therapy_homework.testing import strategies as ths

JSON = dict[str, Any]

#: The record types written as QuestionnaireResponses of a shipped Questionnaire.
_RESPONSE_TYPES: Final = (
    ThoughtRecord,
    AbcRecord,
    BehavioralExperiment,
    PracticeLog,
    Review,
    CouplesRepairAttempt,
)
#: The R4 resource type of each kind of object (the mapping's contract).
_RESOURCE_TYPES: Final[Mapping[type, str]] = {
    Assignment: "Task",
    Rating: "Observation",
    **dict.fromkeys(_RESPONSE_TYPES, "QuestionnaireResponse"),
}
_RECORD_TYPES: Final = (Assignment, *_RESPONSE_TYPES)


def _objects(cls: type) -> st.SearchStrategy[Any]:
    return ths.ratings() if cls is Rating else ths.records(cls)


def _responses() -> st.SearchStrategy[JSON]:
    return st.sampled_from(_RESPONSE_TYPES).flatmap(ths.records).map(to_fhir)


# =========================================================================== the R4B models

_R4B: Final = importlib.import_module("fhir.resources.R4B")


@cache
def _model(resource_type: str) -> Any:
    """The ``fhir.resources`` R4B model class named ``resource_type``."""
    return _R4B.get_fhir_model_class(resource_type)


def _is_resource_type(name: object) -> bool:
    if not isinstance(name, str) or not re.fullmatch(r"[A-Z][A-Za-z]+", name):
        return False
    try:
        model = _model(name)
    except ValueError:
        return False
    return bool(model.has_resource_base()) and name not in ("Resource", "DomainResource")


def _r4b_parses(resource: JSON, resource_type: str) -> Any:
    """The R4B model of ``resource``; raises (pydantic's ValidationError) if it is not one."""
    return _model(resource_type).model_validate(resource)


# =========================================================================== R4 value sets

#: Codes of the value sets R4 binds these elements to with strength "required", keyed by
#: (R4B model class, element); from http://hl7.org/fhir/R4/valueset-<name>.html.
_REQUIRED_BINDINGS: Final[Mapping[tuple[str, str], frozenset[str]]] = {
    # task-status
    ("Task", "status"): frozenset(
        "draft requested received accepted rejected ready cancelled in-progress on-hold "
        "failed completed entered-in-error".split()
    ),
    # task-intent
    ("Task", "intent"): frozenset(
        "unknown proposal plan order original-order reflex-order filler-order "
        "instance-order option".split()
    ),
    # request-priority
    ("Task", "priority"): frozenset("routine urgent asap stat".split()),
    # observation-status
    ("Observation", "status"): frozenset(
        "registered preliminary final amended corrected cancelled entered-in-error unknown".split()
    ),
    # questionnaire-answers-status
    ("QuestionnaireResponse", "status"): frozenset(
        "in-progress completed amended entered-in-error stopped".split()
    ),
    # publication-status
    ("Questionnaire", "status"): frozenset("draft active retired unknown".split()),
    # item-type (less the abstract "question")
    ("QuestionnaireItem", "type"): frozenset(
        "group display boolean decimal integer date dateTime time string text url choice "
        "open-choice attachment reference quantity".split()
    ),
    # questionnaire-enable-behavior, questionnaire-enable-operator
    ("QuestionnaireItem", "enableBehavior"): frozenset({"all", "any"}),
    ("QuestionnaireItemEnableWhen", "operator"): frozenset(
        {"exists", "=", "!=", ">", "<", ">=", "<="}
    ),
    # bundle-type, search-entry-mode, http-verb
    ("Bundle", "type"): frozenset(
        "document message transaction transaction-response batch batch-response history "
        "searchset collection".split()
    ),
    ("BundleEntrySearch", "mode"): frozenset({"match", "include", "outcome"}),
    ("BundleEntryRequest", "method"): frozenset("GET HEAD POST PUT DELETE PATCH".split()),
    # quantity-comparator, narrative-status, identifier-use
    ("Quantity", "comparator"): frozenset({"<", "<=", ">=", ">"}),
    ("Narrative", "status"): frozenset("generated extensions additional empty".split()),
    ("Identifier", "use"): frozenset("usual official temp secondary old".split()),
}
#: Elements bound (required) to resource-types: any R4 resource type name.
_RESOURCE_TYPE_BINDINGS: Final = frozenset({("Questionnaire", "subjectType")})
#: ``uri`` elements that name something and so must be absolute (every canonical must be).
#: An ``Extension.url`` nested in a complex extension is a bare name, so it is exempt.
_ABSOLUTE_URIS: Final = frozenset(
    {
        ("Coding", "system"),
        ("Identifier", "system"),
        ("Quantity", "system"),
        ("Extension", "url"),
        ("BundleEntry", "fullUrl"),
        ("Questionnaire", "url"),
    }
)

# =========================================================================== R4 primitives

# The regular expressions of http://hl7.org/fhir/R4/datatypes.html are XML Schema ones, in
# which \s is space, tab, CR and LF only, and \S any other character.
_XS_S = r"[ \t\r\n]"
_XS_NS = r"[^ \t\r\n]"
_YEAR = r"([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)"
_MONTH = r"(0[1-9]|1[0-2])"
_DAY = r"(0[1-9]|[1-2][0-9]|3[0-1])"
_TIME = r"([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?"
_ZONE = r"(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))"
_TEXT_PATTERNS: Final[Mapping[str, str]] = {
    # [ \r\n\t\S]+ : in XML Schema terms any non-empty text
    "string": r"(?s).+",
    "markdown": r"(?s).+",
    "xhtml": r"(?s).+",
    "code": rf"{_XS_NS}+({_XS_S}{_XS_NS}+)*",
    "id": r"[A-Za-z0-9\-\.]{1,64}",
    # \S* , and JSON has no empty strings
    "uri": rf"{_XS_NS}+",
    "url": rf"{_XS_NS}+",
    "canonical": rf"{_XS_NS}+",
    "oid": r"urn:oid:[0-2](\.(0|[1-9][0-9]*))+",
    "uuid": r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    "base64Binary": r"(\s*([0-9a-zA-Z\+/\=]){4}\s*)+",
    "date": rf"{_YEAR}(-{_MONTH}(-{_DAY})?)?",
    "dateTime": rf"{_YEAR}(-{_MONTH}(-{_DAY}(T{_TIME}{_ZONE})?)?)?",
    "instant": rf"{_YEAR}-{_MONTH}-{_DAY}T{_TIME}{_ZONE}",
    "time": _TIME,
}
#: The ranges of R4's integer types (32-bit signed).
_INTEGER_RANGES: Final[Mapping[str, tuple[int, int]]] = {
    "integer": (-(2**31), 2**31 - 1),
    "unsignedInt": (0, 2**31 - 1),
    "positiveInt": (1, 2**31 - 1),
}
#: RFC 3986: an absolute URI starts with a scheme.
_ABSOLUTE_URI = re.compile(rf"[A-Za-z][A-Za-z0-9+.\-]*:{_XS_NS}+")


def _is_absolute(uri: str) -> bool:
    return _ABSOLUTE_URI.fullmatch(uri) is not None


def _primitive_problems(kind: str, value: Any, where: str) -> list[str]:
    """What is wrong with a JSON ``value`` of the R4 primitive type ``kind``."""
    if kind == "boolean":
        return [] if type(value) is bool else [f"{where}: {value!r} is not a JSON boolean"]
    if kind in _INTEGER_RANGES:
        low, high = _INTEGER_RANGES[kind]
        if type(value) is not int:
            return [f"{where}: {value!r} is not a JSON integer ({kind})"]
        if not low <= value <= high:
            return [f"{where}: {value} is outside the range of {kind}"]
        return []
    if kind == "decimal":
        if type(value) not in (int, float) or not math.isfinite(value):
            return [f"{where}: {value!r} is not a finite JSON number (decimal)"]
        return []
    if not isinstance(value, str):
        return [f"{where}: {value!r} is not a JSON string ({kind})"]
    pattern = _TEXT_PATTERNS.get(kind)
    if pattern is None:
        return [f"{where}: the primitive type {kind} is unknown to this test"]
    if re.fullmatch(pattern, value) is None:
        return [f"{where}: {value!r} does not have the R4 format of {kind}"]
    if kind in ("date", "dateTime", "instant") and len(value) >= 10:
        try:
            date.fromisoformat(value[:10])
        except ValueError:
            return [f"{where}: {value!r} is not a real calendar date"]
    return []


# =========================================================================== element walker


@cache
def _elements(model: Any) -> Mapping[str, tuple[str, Any, bool]]:
    """The JSON elements of an R4B model: name -> (kind, target, is an array), where kind is
    "primitive" (target: its R4 type), "resource" (any resource) or "complex" (its model)."""
    return {
        field.alias or name: _element_kind(field.annotation)
        for name, field in model.model_fields.items()
        if name != "fhir_comments"
    }


def _element_kind(annotation: Any) -> tuple[str, Any, bool]:
    many = False
    while True:
        origin = typing.get_origin(annotation)
        if origin in (typing.Union, types.UnionType):
            annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
        elif origin is list:
            many = True
            annotation = typing.get_args(annotation)[0]
        else:
            break
    if annotation is bool:
        return "primitive", "boolean", many
    if typing.get_origin(annotation) is typing.Annotated:
        for meta in annotation.__metadata__:
            name = getattr(meta, "__visit_name__", None)
            if isinstance(name, str):
                return "primitive", name, many
        if typing.get_args(annotation)[0] is uuid.UUID:
            return "primitive", "uuid", many
    get_model = getattr(annotation, "get_model_klass", None)
    if get_model is None:
        raise AssertionError(f"the test cannot read the R4B annotation {annotation!r}")
    model = get_model()
    if model.__name__ in ("Resource", "DomainResource"):
        return "resource", None, many
    return "complex", model, many


def _r4_problems(resource: Any) -> list[str]:
    """Everything in ``resource`` that breaks an R4 rule this module checks."""
    problems: list[str] = []
    where = resource.get("resourceType", "?") if isinstance(resource, dict) else "?"
    _check_resource(resource, str(where), problems)
    return problems


def _check_resource(data: Any, where: str, problems: list[str]) -> None:
    if not isinstance(data, dict):
        problems.append(f"{where}: a resource is a JSON object, not {data!r}")
        return
    kind = data.get("resourceType")
    if not _is_resource_type(kind):
        problems.append(f"{where}.resourceType: {kind!r} is not an R4 resource type")
        return
    _check_element(data, _model(kind), where, "", problems, resource=True)


def _check_element(
    data: Any, model: Any, where: str, parent: str, problems: list[str], *, resource: bool = False
) -> None:
    name = model.__name__
    if not isinstance(data, dict):
        problems.append(f"{where}: {name} is a JSON object, not {data!r}")
        return
    if not data:
        problems.append(f"{where}: an empty object (R4 JSON has none)")
        return
    elements = _elements(model)
    for key, value in data.items():
        at = f"{where}.{key}"
        if resource and key == "resourceType":
            continue
        found = elements.get(key)
        if found is None:
            problems.append(f"{at}: is not an element of {name}")
            continue
        kind, target, many = found
        if many != isinstance(value, list):
            shape = "an array" if many else "a single value, not an array"
            problems.append(f"{at}: must be {shape}")
            continue
        if many and not value:
            problems.append(f"{at}: an empty array (R4 JSON has none)")
        for index, each in enumerate(value if many else [value]):
            here = f"{at}[{index}]" if many else at
            if each is None:
                problems.append(f"{here}: null (R4 JSON has none)")
            elif kind == "primitive":
                problems += _primitive_problems(target, each, here)
                _check_code(each, here, problems, name=name, key=key, parent=parent, kind=target)
            elif kind == "resource":
                _check_resource(each, here, problems)
            else:
                _check_element(each, target, here, _context(name, key, parent, elements), problems)
    invariant = _INVARIANTS.get(name)
    if invariant is not None:
        invariant(data, where, parent, problems)


def _context(
    name: str, key: str, parent: str, elements: Mapping[str, tuple[str, Any, bool]]
) -> str:
    """What an element's children are on: its own type, or for the extensions of a primitive
    (JSON ``_name``) the primitive's type, as ``primitive:dateTime``."""
    if name == "FHIRPrimitiveExtension":
        return parent
    primitive = elements.get(key[1:]) if key.startswith("_") else None
    if primitive is not None and primitive[0] == "primitive":
        return f"primitive:{primitive[1]}"
    return name


def _check_code(
    value: Any, where: str, problems: list[str], *, name: str, key: str, parent: str, kind: str
) -> None:
    if not isinstance(value, str):
        return
    codes = _REQUIRED_BINDINGS.get((name, key))
    if codes is not None and value not in codes:
        problems.append(f"{where}: {value!r} is not in the value set R4 requires")
    if (name, key) in _RESOURCE_TYPE_BINDINGS and not _is_resource_type(value):
        problems.append(f"{where}: {value!r} is not an R4 resource type")
    named = kind == "canonical" or (name, key) in _ABSOLUTE_URIS
    nested_extension = name == "Extension" and parent == "Extension"
    if named and not nested_extension and not _is_absolute(value.partition("|")[0]):
        problems.append(f"{where}: {value!r} is not an absolute URI")


# --------------------------------------------------------------------------- invariants


def _values(data: Mapping[str, Any]) -> list[str]:
    """The ``value[x]`` elements present."""
    return [key for key in data if re.fullmatch(r"value[A-Z][A-Za-z0-9]*", key)]


def _moment(text: object) -> datetime | None:
    """A dateTime with a time, as an aware datetime (None: partial, leap second or absent)."""
    if not isinstance(text, str) or "T" not in text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


#: The R4 core extensions this test knows: where each may be used ("Context of Use" on
#: http://hl7.org/fhir/R4/extension-<name>.html) and the value[x] it takes.
_CORE_EXTENSIONS: Final[Mapping[str, tuple[frozenset[str], str]]] = {
    "http://hl7.org/fhir/StructureDefinition/tz-code": (
        frozenset({"primitive:date", "primitive:dateTime", "primitive:instant"}),
        "valueCode",
    ),
    "http://hl7.org/fhir/StructureDefinition/tz-offset": (
        frozenset({"primitive:date"}),
        "valueString",
    ),
}
_CORE_EXTENSION_BASE = "http://hl7.org/fhir/StructureDefinition/"


def _extension(data: JSON, where: str, parent: str, problems: list[str]) -> None:
    # ext-1: Must have either extensions or value[x], not both
    if ("extension" in data) == bool(_values(data)):
        problems.append(f"{where}: must have either extensions or value[x], not both (ext-1)")
    url = data.get("url")
    if not isinstance(url, str) or not url.startswith(_CORE_EXTENSION_BASE):
        return
    known = _CORE_EXTENSIONS.get(url)
    if known is None:
        problems.append(f"{where}: the core extension {url} is unknown to this test")
        return
    contexts, value_key = known
    if parent not in contexts:
        shown = parent.removeprefix("primitive:")
        problems.append(
            f"{where}: {url} is not allowed on {shown} (its context: "
            f"{', '.join(sorted(c.removeprefix('primitive:') for c in contexts))})"
        )
    if _values(data) != [value_key]:
        problems.append(f"{where}: {url} takes {value_key}, not {_values(data)}")
    # tz-code's value is bound (required) to the IANA time zones
    if url.endswith("/tz-code") and data.get("valueCode") not in _IANA_ZONES:
        problems.append(f"{where}.valueCode: {data.get('valueCode')!r} is no IANA time zone")


_IANA_ZONES: Final = frozenset(zoneinfo.available_timezones())


def _reference(data: JSON, where: str, parent: str, problems: list[str]) -> None:
    reference = data.get("reference")
    if not isinstance(reference, str):
        return
    if reference.startswith("#") or _is_absolute(reference):
        return
    relative = re.fullmatch(
        r"([A-Z][A-Za-z]+)/([A-Za-z0-9\-\.]{1,64})(/_history/[A-Za-z0-9\-\.]{1,64})?", reference
    )
    if relative is None or not _is_resource_type(relative[1]):
        problems.append(f"{where}.reference: {reference!r} is no R4 literal reference")
    elif "type" in data and data["type"] != relative[1]:
        problems.append(f"{where}.type: disagrees with the reference {reference!r}")


def _period(data: JSON, where: str, parent: str, problems: list[str]) -> None:
    # per-1: If present, start SHALL have a lower value than end
    start, end = _moment(data.get("start")), _moment(data.get("end"))
    if start is not None and end is not None and start > end:
        problems.append(f"{where}: start is after end (per-1)")


def _quantity(data: JSON, where: str, parent: str, problems: list[str]) -> None:
    # qty-3: If a code for the unit is present, the system SHALL also be present
    if "code" in data and "system" not in data:
        problems.append(f"{where}: a unit code without its system (qty-3)")


_XHTML = "{http://www.w3.org/1999/xhtml}"
_NOT_IN_NARRATIVE: Final = frozenset(
    "script style form input button select textarea iframe object embed applet base link "
    "meta head body html title frame frameset".split()
)


def _narrative(data: JSON, where: str, parent: str, problems: list[str]) -> None:
    div = data.get("div")
    if not isinstance(div, str):
        return
    try:
        root = ET.fromstring(div)
    except ET.ParseError as error:
        problems.append(f"{where}.div: is not well-formed XHTML ({error})")
        return
    if root.tag != f"{_XHTML}div":
        problems.append(f"{where}.div: the root is not an XHTML div")
    for element in root.iter():
        tag = element.tag.removeprefix(_XHTML)
        if tag in _NOT_IN_NARRATIVE or any(a.lower().startswith("on") for a in element.attrib):
            problems.append(f"{where}.div: <{tag}> is not basic HTML formatting (txt-1)")
    if not "".join(root.itertext()).strip() and root.find(f".//{_XHTML}img") is None:
        problems.append(f"{where}.div: has no non-whitespace content (txt-2)")


def _domain_resource(data: JSON, where: str, problems: list[str]) -> None:
    contained = data.get("contained", [])
    text = json.dumps({k: v for k, v in data.items() if k != "contained"})
    for index, inner in enumerate(contained if isinstance(contained, list) else []):
        at = f"{where}.contained[{index}]"
        if not isinstance(inner, dict):
            continue
        if "contained" in inner:
            problems.append(f"{at}: a contained resource contains another (dom-2)")
        meta = inner.get("meta", {})
        if isinstance(meta, dict) and ("versionId" in meta or "lastUpdated" in meta):
            problems.append(f"{at}: a contained resource has a version or update time (dom-4)")
        if isinstance(meta, dict) and "security" in meta:
            problems.append(f"{at}: a contained resource has security labels (dom-5)")
        if f'"#{inner.get("id")}"' not in text:
            problems.append(f"{at}: is referred to from nowhere in the resource (dom-3)")


def _task(data: JSON, where: str, parent: str, problems: list[str]) -> None:
    _domain_resource(data, where, problems)
    # inv-1: Last modified date must be greater than or equal to authored-on date.
    authored, modified = _moment(data.get("authoredOn")), _moment(data.get("lastModified"))
    if authored is not None and modified is not None and modified < authored:
        problems.append(f"{where}: lastModified is before authoredOn (inv-1)")


def _observation(data: JSON, where: str, parent: str, problems: list[str]) -> None:
    _domain_resource(data, where, problems)
    # obs-6: dataAbsentReason SHALL only be present if Observation.value[x] is not present
    if "dataAbsentReason" in data and _values(data):
        problems.append(f"{where}: both a value and a dataAbsentReason (obs-6)")
    # obs-7: a component with the Observation's own code carries no value when it has one
    codes = {
        (coding.get("system"), coding.get("code"))
        for coding in data.get("code", {}).get("coding", [])
    }
    for index, component in enumerate(data.get("component", [])):
        own = {
            (c.get("system"), c.get("code")) for c in component.get("code", {}).get("coding", [])
        }
        if own & codes and _values(data):
            problems.append(f"{where}.component[{index}]: repeats the Observation's code (obs-7)")


def _reference_range(data: JSON, where: str, parent: str, problems: list[str]) -> None:
    # obs-3: Must have at least a low or a high or text
    if not ({"low", "high", "text"} & set(data)):
        problems.append(f"{where}: has no low, high or text (obs-3)")
    # low and high are SimpleQuantity: sqty-1, the comparator is not used
    for end in ("low", "high"):
        if isinstance(data.get(end), dict) and "comparator" in data[end]:
            problems.append(f"{where}.{end}: a SimpleQuantity with a comparator (sqty-1)")


def _distinct_answered(items: object, where: str, problems: list[str]) -> None:
    # qrs-2: Repeated answers are combined in the answers array of a single item
    answered = Counter(
        item.get("linkId")
        for item in (items if isinstance(items, list) else [])
        if isinstance(item, dict) and any(_values(a) for a in item.get("answer", []))
    )
    for link, count in answered.items():
        if count > 1:
            problems.append(f"{where}: {link!r} is answered in {count} items, not one (qrs-2)")


def _response(data: JSON, where: str, parent: str, problems: list[str]) -> None:
    _domain_resource(data, where, problems)
    _distinct_answered(data.get("item"), where, problems)


def _response_item(data: JSON, where: str, parent: str, problems: list[str]) -> None:
    # qrs-1: Nested item can't be beneath both item and answer
    if "item" in data and "answer" in data:
        problems.append(f"{where}: has both answers and items (qrs-1)")
    _distinct_answered(data.get("item"), where, problems)


def _response_answer(data: JSON, where: str, parent: str, problems: list[str]) -> None:
    _distinct_answered(data.get("item"), where, problems)


def _questionnaire(data: JSON, where: str, parent: str, problems: list[str]) -> None:
    _domain_resource(data, where, problems)
    # que-0: Name should be usable as an identifier for the module by machine processing
    name = data.get("name")
    if isinstance(name, str) and not re.fullmatch(r"[A-Z]([A-Za-z0-9_]){0,254}", name):
        problems.append(f"{where}.name: {name!r} is not a machine-friendly name (que-0)")
    # que-2: The link ids for groups and questions must be unique within the questionnaire

    def link_ids(items: object) -> Iterator[object]:
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict):
                yield item.get("linkId")
                yield from link_ids(item.get("item"))

    for link, count in Counter(link_ids(data.get("item"))).items():
        if count > 1:
            problems.append(f"{where}: the linkId {link!r} is used {count} times (que-2)")


_SIMPLE_QUESTIONS: Final = frozenset("boolean decimal integer string text url open-choice".split())
_OPTION_TYPES: Final = frozenset(
    "choice open-choice decimal integer date dateTime time string quantity".split()
)


def _questionnaire_item(data: JSON, where: str, parent: str, problems: list[str]) -> None:
    kind = data.get("type")
    has_items = bool(data.get("item"))
    # que-1: Group items must have nested items, display items cannot have nested items
    if kind == "group" and not has_items:
        problems.append(f"{where}: a group without items (que-1)")
    if kind == "display" and has_items:
        problems.append(f"{where}: a display item with items (que-1)")
    # que-3: Display items cannot have a "code" asserted
    if kind == "display" and "code" in data:
        problems.append(f"{where}: a display item with a code (que-3)")
    # que-4: A question cannot have both answerOption and answerValueSet
    if "answerOption" in data and "answerValueSet" in data:
        problems.append(f"{where}: both answerOption and answerValueSet (que-4)")
    # que-5: Only 'choice' and 'open-choice' items can have answerValueSet
    # (R4 lets the types in _OPTION_TYPES have options)
    if kind not in _OPTION_TYPES and ("answerOption" in data or "answerValueSet" in data):
        problems.append(f"{where}: a {kind} item with answer options (que-5)")
    # que-6: Required and repeat aren't permitted for display items
    if kind == "display" and ("required" in data or "repeats" in data):
        problems.append(f"{where}: a display item that is required or repeats (que-6)")
    # que-8: Initial values can't be specified for groups or display items
    if kind in ("group", "display") and "initial" in data:
        problems.append(f"{where}: initial values on a {kind} (que-8)")
    # que-9: Read-only can't be specified for "display" items
    if kind == "display" and "readOnly" in data:
        problems.append(f"{where}: a read-only display item (que-9)")
    # que-10: Maximum length can only be declared for simple question response types
    if "maxLength" in data and kind not in _SIMPLE_QUESTIONS:
        problems.append(f"{where}: maxLength on a {kind} item (que-10)")
    # que-11: If one or more answerOption is present, initial[x] must be missing
    if "answerOption" in data and "initial" in data:
        problems.append(f"{where}: initial values beside answer options (que-11)")
    # que-12: If there are more than one enableWhen, enableBehavior must be specified
    if len(data.get("enableWhen", [])) > 1 and "enableBehavior" not in data:
        problems.append(f"{where}: several enableWhen without enableBehavior (que-12)")
    # que-13: Can only have multiple initial values for repeating items
    if len(data.get("initial", [])) > 1 and data.get("repeats") is not True:
        problems.append(f"{where}: several initial values on a non-repeating item (que-13)")


def _enable_when(data: JSON, where: str, parent: str, problems: list[str]) -> None:
    # que-7: If the operator is 'exists', the value must be a boolean
    if data.get("operator") == "exists" and "answerBoolean" not in data:
        problems.append(f"{where}: 'exists' with a non-boolean answer (que-7)")


_FULL_URL_RESOURCES = re.compile(r".*/([A-Z][A-Za-z]+)/([A-Za-z0-9\-\.]{1,64})")


def _bundle(data: JSON, where: str, parent: str, problems: list[str]) -> None:
    kind = data.get("type")
    entries = [e for e in data.get("entry", []) if isinstance(e, dict)]
    # bdl-1: total only when a search or history
    if "total" in data and kind not in ("searchset", "history"):
        problems.append(f"{where}.total: only a searchset or history has a total (bdl-1)")
    full_urls: Counter[tuple[object, object]] = Counter()
    for index, entry in enumerate(entries):
        at = f"{where}.entry[{index}]"
        # bdl-2: entry.search only when a search
        if "search" in entry and kind != "searchset":
            problems.append(f"{at}.search: only in a searchset (bdl-2)")
        # bdl-3: entry.request mandatory for batch/transaction/history, otherwise prohibited
        if ("request" in entry) != (kind in ("batch", "transaction", "history")):
            problems.append(f"{at}.request: wrong for a {kind} bundle (bdl-3)")
        # bdl-4: entry.response mandatory for batch-response/transaction-response/history
        if ("response" in entry) != (kind in ("batch-response", "transaction-response", "history")):
            problems.append(f"{at}.response: wrong for a {kind} bundle (bdl-4)")
        # bdl-5: must be a resource unless there's a request or response
        if "resource" not in entry and "request" not in entry and "response" not in entry:
            problems.append(f"{at}: has no resource (bdl-5)")
        full_url = entry.get("fullUrl")
        resource: JSON = entry["resource"] if isinstance(entry.get("resource"), dict) else {}
        if isinstance(full_url, str):
            # bdl-8: fullUrl cannot be a version specific reference
            if "/_history/" in full_url:
                problems.append(f"{at}.fullUrl: is version specific (bdl-8)")
            # a fullUrl that is not a URN agrees with the resource's type and id
            if not full_url.startswith("urn:"):
                named = _FULL_URL_RESOURCES.fullmatch(full_url)
                if named is None or (named[1], named[2]) != (
                    resource.get("resourceType"),
                    resource.get("id"),
                ):
                    problems.append(f"{at}.fullUrl: disagrees with the resource's type and id")
            elif not full_url.startswith(("urn:uuid:", "urn:oid:")):
                problems.append(f"{at}.fullUrl: a URN that is neither urn:uuid nor urn:oid")
            elif full_url.startswith("urn:uuid:") and not re.fullmatch(
                _TEXT_PATTERNS["uuid"], full_url
            ):
                problems.append(f"{at}.fullUrl: {full_url!r} is not an R4 uuid")
            full_urls[full_url, resource.get("meta", {}).get("versionId")] += 1
    # bdl-7: FullUrl must be unique in a bundle, or else entries with the same fullUrl must
    # have different meta.versionId (except in history bundles)
    if kind != "history":
        for (full_url, _), count in full_urls.items():
            if count > 1:
                problems.append(f"{where}: the fullUrl {full_url!r} is in {count} entries (bdl-7)")
    # bdl-9, bdl-10, bdl-11: a document has an identifier, a date and a Composition first
    if kind == "document":
        identifier = data.get("identifier", {})
        if "system" not in identifier or "value" not in identifier:
            problems.append(f"{where}: a document without an identifier (bdl-9)")
        if "timestamp" not in data:
            problems.append(f"{where}: a document without a timestamp (bdl-10)")
        if not entries or entries[0].get("resource", {}).get("resourceType") != "Composition":
            problems.append(f"{where}: a document must start with a Composition (bdl-11)")
    # bdl-12: a message must have a MessageHeader as the first resource
    if kind == "message" and (
        not entries or entries[0].get("resource", {}).get("resourceType") != "MessageHeader"
    ):
        problems.append(f"{where}: a message must start with a MessageHeader (bdl-12)")


_INVARIANTS: Final[Mapping[str, Callable[[JSON, str, str, list[str]], None]]] = {
    "Extension": _extension,
    "Reference": _reference,
    "Period": _period,
    "Quantity": _quantity,
    "Narrative": _narrative,
    "Task": _task,
    "Observation": _observation,
    "ObservationReferenceRange": _reference_range,
    "QuestionnaireResponse": _response,
    "QuestionnaireResponseItem": _response_item,
    "QuestionnaireResponseItemAnswer": _response_answer,
    "Questionnaire": _questionnaire,
    "QuestionnaireItem": _questionnaire_item,
    "QuestionnaireItemEnableWhen": _enable_when,
    "Bundle": _bundle,
}


# =========================================================================== QR vs Questionnaire

#: The ``value[x]`` an answer takes for each R4 item type (QuestionnaireResponse.item.answer).
_ANSWER_KEYS: Final[Mapping[str, frozenset[str]]] = {
    "boolean": frozenset({"valueBoolean"}),
    "decimal": frozenset({"valueDecimal"}),
    "integer": frozenset({"valueInteger"}),
    "date": frozenset({"valueDate"}),
    "dateTime": frozenset({"valueDateTime"}),
    "time": frozenset({"valueTime"}),
    "string": frozenset({"valueString"}),
    "text": frozenset({"valueString"}),
    "url": frozenset({"valueUri"}),
    "choice": frozenset({"valueCoding"}),
    "open-choice": frozenset({"valueCoding", "valueString"}),
    "attachment": frozenset({"valueAttachment"}),
    "reference": frozenset({"valueReference"}),
    "quantity": frozenset({"valueQuantity"}),
}


def response_problems(
    response: Mapping[str, Any], shipped: Sequence[Mapping[str, Any]]
) -> list[str]:
    """What is wrong with a QuestionnaireResponse as an answer to the Questionnaire it names
    (looked up by canonical URL, and version when it pins one, among ``shipped``)."""
    canonical = response.get("questionnaire")
    if not isinstance(canonical, str):
        return ["QuestionnaireResponse.questionnaire: names no Questionnaire"]
    url, bar, version = canonical.partition("|")
    same_url = [q for q in shipped if q.get("url") == url]
    if not same_url:
        return [f"QuestionnaireResponse.questionnaire: no Questionnaire has the url {url!r}"]
    found = [q for q in same_url if not bar or q.get("version") == version]
    if len(found) != 1:
        versions = sorted(str(q.get("version")) for q in same_url)
        return [
            f"QuestionnaireResponse.questionnaire: {canonical!r} matches {len(found)} "
            f"Questionnaires, not one (versions shipped: {versions})"
        ]
    problems: list[str] = []
    subject = response.get("subject", {})
    named = subject.get("type") or str(subject.get("reference", "")).partition("/")[0]
    allowed = found[0].get("subjectType")
    if allowed and named and named not in allowed:
        problems.append(
            f"QuestionnaireResponse.subject: a {named}, not one of the subjectType {allowed}"
        )
    _check_response_items(
        response.get("item", []),
        found[0].get("item", []),
        "QuestionnaireResponse",
        problems,
        completed=response.get("status") == "completed",
    )
    return problems


def _check_response_items(
    items: object, asked: Sequence[JSON], where: str, problems: list[str], *, completed: bool
) -> None:
    if not isinstance(items, list):
        problems.append(f"{where}.item: is not an array")
        return
    positions = {q.get("linkId"): (n, q) for n, q in enumerate(asked)}
    seen: Counter[object] = Counter()
    last = -1
    for n, item in enumerate(items):
        at = f"{where}.item[{n}]"
        link = item.get("linkId") if isinstance(item, dict) else None
        if link not in positions:
            problems.append(f"{at}: the linkId {link!r} is not an item of the Questionnaire here")
            continue
        position, q_item = positions[link]
        if position < last:
            problems.append(
                f"{at}: {link!r} comes after {asked[last].get('linkId')!r}, against the "
                "Questionnaire's order"
            )
        last = max(last, position)
        seen[link] += 1
        if "text" in item and item["text"] != q_item.get("text"):
            problems.append(
                f"{at}.text: {item['text']!r} is not the Questionnaire's {q_item.get('text')!r}"
            )
        if "enableWhen" in q_item:
            problems.append(f"{at}: {link!r} has enableWhen, which this checker cannot judge")
        kind = q_item.get("type")
        if kind == "group":
            if "answer" in item:
                problems.append(f"{at}: the group {link!r} has answers; a group has items")
            if "item" not in item:
                problems.append(f"{at}: the group {link!r} has no items")
            else:
                _check_response_items(
                    item["item"], q_item.get("item", []), at, problems, completed=completed
                )
        elif kind == "display":
            if "answer" in item or "item" in item:
                problems.append(f"{at}: the display item {link!r} has answers or items")
        else:
            _check_answers(item, q_item, at, problems, completed=completed)
    for link, count in seen.items():
        q_item = positions[link][1]
        if count > 1 and not (q_item.get("type") == "group" and q_item.get("repeats") is True):
            problems.append(
                f"{where}: {link!r} appears {count} times but does not repeat (a repeating "
                "question has one item with several answers)"
            )
    if completed:
        for q_item in asked:
            if q_item.get("required") is True and not seen[q_item.get("linkId")]:
                problems.append(f"{where}: the required item {q_item.get('linkId')!r} is missing")


def _check_answers(
    item: JSON, q_item: JSON, at: str, problems: list[str], *, completed: bool
) -> None:
    link = q_item.get("linkId")
    kind = q_item.get("type")
    if "item" in item:
        problems.append(f"{at}: the question {link!r} has items; a question has answers")
    answers = item.get("answer")
    if not isinstance(answers, list) or not answers:
        problems.append(f"{at}: the question {link!r} has no answer")
        return
    if len(answers) > 1 and q_item.get("repeats") is not True:
        problems.append(f"{at}: {link!r} takes one answer, not {len(answers)}")
    expected = _ANSWER_KEYS.get(str(kind), frozenset())
    options = [o for o in q_item.get("answerOption", []) if isinstance(o, dict)]
    for number, answer in enumerate(answers):
        where = f"{at}.answer[{number}]"
        keys = _values(answer)
        if len(keys) != 1:
            problems.append(f"{where}: {len(keys)} value[x], not one")
            continue
        key = keys[0]
        value = answer[key]
        if key not in expected:
            problems.append(f"{where}.{key}: a {kind} item {link!r} expects {sorted(expected)}")
            continue
        if key == "valueCoding" and not isinstance(value, dict):
            problems.append(f"{where}.valueCoding: is not a Coding")
        elif key == "valueCoding" and options:
            offered = {
                (o["valueCoding"].get("system"), o["valueCoding"].get("code"))
                for o in options
                if isinstance(o.get("valueCoding"), dict)
            }
            if (value.get("system"), value.get("code")) not in offered:
                problems.append(
                    f"{where}.valueCoding: {value.get('system')}#{value.get('code')} is not "
                    f"one of the answerOption codings of {link!r}"
                )
        elif key == "valueCoding" and kind == "choice" and "answerValueSet" not in q_item:
            problems.append(f"{where}: the choice item {link!r} offers no options")
        limit = q_item.get("maxLength")
        if isinstance(limit, int) and isinstance(value, str) and len(value) > limit:
            problems.append(f"{where}.{key}: {len(value)} characters, over the maxLength {limit}")
        if "item" in answer:
            if not q_item.get("item"):
                problems.append(f"{where}.item: {link!r} has no nested items in the Questionnaire")
            else:
                _check_response_items(
                    answer["item"], q_item["item"], where, problems, completed=completed
                )


def _shipped() -> list[JSON]:
    return list(questionnaires().values())


# =========================================================================== the tests


class TestEachRecordIsAValidR4Resource:
    @pytest.mark.parametrize("cls", list(_RESOURCE_TYPES), ids=lambda cls: cls.__name__)
    @given(data=st.data())
    def test_it_parses_as_its_r4b_model(self, cls: type, data: st.DataObject) -> None:
        resource = to_fhir(data.draw(_objects(cls)))
        assert resource["resourceType"] == _RESOURCE_TYPES[cls]
        parsed = _r4b_parses(resource, _RESOURCE_TYPES[cls])
        assert parsed.get_resource_type() == _RESOURCE_TYPES[cls]
        # plain JSON: it survives a strict trip through JSON text unchanged
        assert json.loads(json.dumps(resource, allow_nan=False)) == resource

    @pytest.mark.parametrize("cls", list(_RESOURCE_TYPES), ids=lambda cls: cls.__name__)
    @given(data=st.data())
    def test_it_keeps_the_r4_rules_the_models_leave_unchecked(
        self, cls: type, data: st.DataObject
    ) -> None:
        resource = to_fhir(data.draw(_objects(cls)))
        assert _r4_problems(resource) == []


class TestEachResponseAnswersItsQuestionnaire:
    @pytest.mark.parametrize("cls", _RESPONSE_TYPES, ids=lambda cls: cls.__name__)
    @given(data=st.data())
    def test_it_follows_the_questionnaire_it_names(self, cls: type, data: st.DataObject) -> None:
        response = to_fhir(data.draw(ths.records(cls)))
        assert response_problems(response, _shipped()) == []

    @pytest.mark.parametrize("cls", _RESPONSE_TYPES, ids=lambda cls: cls.__name__)
    @given(data=st.data())
    def test_it_names_the_questionnaire_of_its_type_with_its_version(
        self, cls: type, data: st.DataObject
    ) -> None:
        response = to_fhir(data.draw(ths.records(cls)))
        own = questionnaire(cls)
        assert response["questionnaire"] == f"{own['url']}|{own['version']}"


class TestShippedQuestionnaires:
    @pytest.mark.parametrize("cls", _RESPONSE_TYPES, ids=lambda cls: cls.__name__)
    def test_each_is_a_valid_r4_questionnaire(self, cls: type) -> None:
        resource = questionnaire(cls)
        parsed = _r4b_parses(resource, "Questionnaire")
        assert parsed.get_resource_type() == "Questionnaire"
        assert json.loads(json.dumps(resource, allow_nan=False)) == resource
        assert _r4_problems(resource) == []

    @pytest.mark.parametrize("cls", _RESPONSE_TYPES, ids=lambda cls: cls.__name__)
    def test_each_can_be_named_by_a_versioned_canonical(self, cls: type) -> None:
        resource = questionnaire(cls)
        assert _is_absolute(resource["url"])
        assert isinstance(resource.get("version"), str)
        assert "|" not in resource["url"]
        assert "|" not in resource["version"]

    @pytest.mark.parametrize("cls", _RESPONSE_TYPES, ids=lambda cls: cls.__name__)
    def test_every_choice_offers_codings_the_checker_can_compare(self, cls: type) -> None:
        def choices(items: list[JSON]) -> Iterator[JSON]:
            for item in items:
                if item["type"] == "choice":
                    yield item
                yield from choices(item.get("item", []))

        for item in choices(questionnaire(cls)["item"]):
            options = item.get("answerOption", [])
            assert options, item["linkId"]
            for option in options:
                assert set(option) == {"valueCoding"}, item["linkId"]
                assert {"system", "code"} <= set(option["valueCoding"]), item["linkId"]
                assert _is_absolute(option["valueCoding"]["system"])

    def test_the_catalogue_holds_each_by_its_url(self) -> None:
        shipped = questionnaires()
        for url, resource in shipped.items():
            assert url == resource["url"]
        for cls in _RESPONSE_TYPES:
            assert shipped[questionnaire(cls)["url"]] == questionnaire(cls)

    def test_the_json_files_are_valid_and_are_the_questionnaires(self) -> None:
        folder = importlib.resources.files("therapy_homework.fhir") / "questionnaires"
        files = sorted(
            (entry for entry in folder.iterdir() if entry.name.endswith(".json")),
            key=lambda entry: entry.name,
        )
        assert files
        found = {}
        for entry in files:
            resource = json.loads(entry.read_text(encoding="utf-8"))
            _r4b_parses(resource, "Questionnaire")
            assert _r4_problems(resource) == [], entry.name
            found[resource["url"]] = resource
        for cls in _RESPONSE_TYPES:
            assert found.get(questionnaire(cls)["url"]) == questionnaire(cls), cls.__name__


class TestBundles:
    @given(
        st.lists(
            st.sampled_from(_RECORD_TYPES).flatmap(ths.records),
            max_size=6,
            unique_by=lambda record: (type(record), record.id),
        )
    )
    def test_a_bundle_of_records_is_a_valid_r4_collection(self, records: list[Any]) -> None:
        bundle = to_bundle(records)
        parsed = _r4b_parses(bundle, "Bundle")
        assert parsed.type == "collection"
        assert json.loads(json.dumps(bundle, allow_nan=False)) == bundle
        assert _r4_problems(bundle) == []
        entries = bundle.get("entry", [])
        assert len(entries) == len(records)
        shipped = _shipped()
        for entry in entries:
            if entry["resource"]["resourceType"] == "QuestionnaireResponse":
                assert response_problems(entry["resource"], shipped) == []


# --------------------------------------------------------------------------- the checker's teeth


def _answered(response: JSON) -> list[tuple[JSON, JSON, list[Any], str]]:
    """Every item of a response with its Questionnaire item, the array holding it and the
    key that array is under: found by walking both trees by linkId, apart from the checker."""
    url = response["questionnaire"].partition("|")[0]
    found: list[tuple[JSON, JSON, list[Any], str]] = []

    def walk(holder: JSON, asked: list[JSON]) -> None:
        by_link = {q["linkId"]: q for q in asked}
        items = holder.get("item", [])
        for item in items:
            q_item = by_link[item["linkId"]]
            found.append((item, q_item, items, "item"))
            if "item" in item:
                walk(item, q_item.get("item", []))
            for answer in item.get("answer", []):
                if "item" in answer:
                    walk(answer, q_item.get("item", []))

    walk(response, questionnaires()[url]["item"])
    return found


def _problems_after(response: JSON, change: Callable[[JSON], str | None]) -> tuple[str, list[str]]:
    """The checker's problems with a copy of ``response`` changed by ``change`` (which
    returns the linkId it broke, or None when the response has no place to break)."""
    assert response_problems(response, _shipped()) == []
    changed = copy.deepcopy(response)
    link = change(changed)
    assume(link is not None)
    assert link is not None
    return link, response_problems(changed, _shipped())


class TestTheCheckerCatchesBrokenResponses:
    @given(_responses())
    def test_a_linkid_the_questionnaire_lacks(self, response: JSON) -> None:
        def rename(changed: JSON) -> str | None:
            if "item" not in changed:
                return None
            changed["item"][0]["linkId"] += ".not-asked"
            return str(changed["item"][0]["linkId"])

        link, problems = _problems_after(response, rename)
        assert any(f"linkId {link!r} is not an item" in p for p in problems), problems

    @given(_responses())
    def test_an_answer_of_the_wrong_type(self, response: JSON) -> None:
        def retype(changed: JSON) -> str | None:
            for item, _, _, _ in _answered(changed):
                if "answer" in item:
                    answer = item["answer"][0]
                    key = _values(answer)[0]
                    del answer[key]
                    if key == "valueString":
                        answer["valueInteger"] = 1
                    else:
                        answer["valueString"] = "a string"
                    return str(item["linkId"])
            return None

        link, problems = _problems_after(response, retype)
        assert any(f"item {link!r} expects" in p for p in problems), problems

    @given(_responses())
    def test_a_missing_required_item(self, response: JSON) -> None:
        def drop(changed: JSON) -> str | None:
            for item, q_item, holder, _ in _answered(changed):
                same = [i for i in holder if i["linkId"] == item["linkId"]]
                if q_item.get("required") is True and len(same) == 1 and len(holder) > 1:
                    holder.remove(item)
                    return str(item["linkId"])
            return None

        link, problems = _problems_after(response, drop)
        assert any(f"required item {link!r} is missing" in p for p in problems), problems

    @given(_responses())
    def test_a_choice_outside_the_options(self, response: JSON) -> None:
        def unoffer(changed: JSON) -> str | None:
            for item, _, _, _ in _answered(changed):
                for answer in item.get("answer", []):
                    if "valueCoding" in answer:
                        answer["valueCoding"]["code"] += "-not-offered"
                        return str(item["linkId"])
            return None

        link, problems = _problems_after(response, unoffer)
        assert any(f"answerOption codings of {link!r}" in p for p in problems), problems

    @given(_responses())
    def test_two_answers_to_an_item_that_does_not_repeat(self, response: JSON) -> None:
        def double(changed: JSON) -> str | None:
            for item, q_item, _, _ in _answered(changed):
                if "answer" in item and q_item.get("repeats") is not True:
                    item["answer"].append(copy.deepcopy(item["answer"][0]))
                    return str(item["linkId"])
            return None

        link, problems = _problems_after(response, double)
        assert any(f"{link!r} takes one answer, not 2" in p for p in problems), problems

    @given(_responses())
    def test_a_question_given_twice(self, response: JSON) -> None:
        def twice(changed: JSON) -> str | None:
            for item, q_item, holder, _ in _answered(changed):
                if "answer" in item and q_item.get("repeats") is not True:
                    holder.insert(holder.index(item) + 1, copy.deepcopy(item))
                    return str(item["linkId"])
            return None

        link, problems = _problems_after(response, twice)
        assert any(f"{link!r} appears 2 times" in p for p in problems), problems

    @given(_responses())
    def test_items_out_of_the_questionnaires_order(self, response: JSON) -> None:
        def swap(changed: JSON) -> str | None:
            for item, _, holder, _ in _answered(changed):
                index = holder.index(item)
                if index + 1 < len(holder) and holder[index + 1]["linkId"] != item["linkId"]:
                    holder[index], holder[index + 1] = holder[index + 1], holder[index]
                    return str(item["linkId"])
            return None

        link, problems = _problems_after(response, swap)
        assert any(f"{link!r} comes after" in p for p in problems), problems

    @given(_responses())
    def test_a_version_the_kit_does_not_ship(self, response: JSON) -> None:
        def bump(changed: JSON) -> str | None:
            changed["questionnaire"] += ".0-not-shipped"
            return str(changed["questionnaire"])

        canonical, problems = _problems_after(response, bump)
        assert any(f"{canonical!r} matches 0" in p for p in problems), problems


def _break_status(task: JSON) -> str:
    task["status"] = "not-a-task-status"
    return "Task.status"


def _break_moment(task: JSON) -> str:
    task["authoredOn"] = "2026-02-30T10:00:00+01:00"
    return "Task.authoredOn"


def _break_zone(task: JSON) -> str:
    task["authoredOn"] = "2026-02-20T10:00:00"
    return "Task.authoredOn"


def _break_system(task: JSON) -> str:
    task["identifier"][0]["system"] = "record-ids"
    return "Task.identifier[0].system"


def _break_extension(task: JSON) -> str:
    task["extension"][0]["extension"] = [{"url": "part", "valueString": "x"}]
    return "Task.extension[0]"


def _break_null(task: JSON) -> str:
    task["description"] = None
    return "Task.description"


def _break_empty(task: JSON) -> str:
    task["input"] = []
    return "Task.input"


class TestTheRuleCheckCatchesBrokenResources:
    @pytest.mark.parametrize(
        "breaks",
        [
            _break_status,
            _break_moment,
            _break_zone,
            _break_system,
            _break_extension,
            _break_null,
            _break_empty,
        ],
        ids=lambda breaks: breaks.__name__.removeprefix("_break_"),
    )
    @given(ths.assignments())
    def test_a_task_broken_once(self, breaks: Callable[[JSON], str], assignment: Any) -> None:
        task = to_fhir(assignment)
        before = _r4_problems(task)
        where = breaks(task)
        problems = [p for p in _r4_problems(task) if p not in before]
        assert any(p.startswith(f"{where}:") for p in problems), problems

    def test_a_core_extension_only_where_its_context_allows(self) -> None:
        zone = {"url": "http://hl7.org/fhir/StructureDefinition/tz-code", "valueCode": "UTC"}
        task: JSON = {
            "resourceType": "Task",
            "status": "draft",
            "intent": "plan",
            "authoredOn": "2026-11-19T17:00:00Z",
            "_authoredOn": {"extension": [zone]},
        }
        assert _r4_problems(task) == []
        _r4b_parses(task, "Task")
        task["extension"] = task.pop("_authoredOn")["extension"]
        assert any(p.startswith("Task.extension[0]: ") for p in _r4_problems(task))
        task["extension"][0] = {**zone, "valueCode": "Mars/Olympus_Mons"}
        assert any(p.startswith("Task.extension[0].valueCode:") for p in _r4_problems(task))

    @given(_responses())
    def test_a_relative_questionnaire_canonical(self, response: JSON) -> None:
        response["questionnaire"] = "Questionnaire/thought-record|1"
        problems = _r4_problems(response)
        assert any("not an absolute URI" in p for p in problems), problems

    @given(_responses())
    def test_an_item_with_answers_and_items(self, response: JSON) -> None:
        assume("item" in response)
        first = response["item"][0]
        if "answer" in first:
            first["item"] = [{"linkId": "x", "answer": [{"valueString": "x"}]}]
        else:
            first["answer"] = [{"valueString": "x"}]
        problems = _r4_problems(response)
        assert any(p.startswith("QuestionnaireResponse.item[0]: has both") for p in problems)
