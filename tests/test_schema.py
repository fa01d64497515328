"""The JSON Schemas and the reader agree: what the kit writes validates, and a document
broken in one structural way is refused by both the schema and ``from_dict``."""

import copy
import json
import subprocess
import sys
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import InvalidData, from_dict, to_dict
from therapy_homework.errors import UnsupportedType
from therapy_homework.model import Assignment, AssignmentKind, Rating, Review, Scale
from therapy_homework.model.rating import BUILTIN_SCALES
from therapy_homework.schema import DIALECT, json_schema
from therapy_homework.serialization import TYPE_NAMES
from therapy_homework.testing import strategies as ths

Path = tuple[str | int, ...]

_TYPES = sorted(TYPE_NAMES, key=lambda cls: TYPE_NAMES[cls])


def _validator(cls: type, *, envelope: bool = True) -> jsonschema.protocols.Validator:
    schema = json_schema(cls, envelope=envelope)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


_VALIDATORS = {
    (cls, envelope): _validator(cls, envelope=envelope)
    for cls in _TYPES
    for envelope in (True, False)
}


def _documents() -> st.SearchStrategy[tuple[type, Any]]:
    return st.sampled_from(_TYPES).flatmap(
        lambda cls: ths.strategy_for(cls).map(lambda obj: (cls, obj))
    )


def _kit_reads(cls: type, data: object, *, envelope: bool = True) -> bool:
    try:
        from_dict(cls, data, envelope=envelope)
    except InvalidData:
        return False
    return True


def _places(data: Any, path: Path = ()) -> list[tuple[Path, Any]]:
    """Every value in a document with its path, except inside extensions (free JSON)."""
    found = [(path, data)]
    if isinstance(data, dict):
        for key, value in data.items():
            if key != "extensions":
                found += _places(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _places(value, (*path, index))
    return found


def _replace(data: Any, path: Path, value: Any) -> Any:
    changed = copy.deepcopy(data)
    holder = changed
    for step in path[:-1]:
        holder = holder[step]
    holder[path[-1]] = value
    return changed


def _wrong_type(value: Any) -> Any:
    """A value of a JSON type that ``value``'s place never takes (None: cannot tell)."""
    if isinstance(value, bool):
        return "true"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return 7
    if isinstance(value, list):
        return {"0": value}
    if isinstance(value, dict):
        return [value]
    return None


@st.composite
def _mutations(draw: st.DrawFn) -> tuple[str, type, Any, bool]:
    """A document the kit wrote, broken in one structural way."""
    cls, obj = draw(_documents())
    envelope = draw(st.booleans())
    data = to_dict(obj, envelope=envelope)
    places = _places(data)
    kind = draw(
        st.sampled_from(
            ["missing", "wrong type", "unknown key", "off a scale", "too long", "naive"]
        )
    )
    if kind == "missing":
        schema = json_schema(cls, envelope=envelope)
        required = [
            (path, key)
            for path, value in places
            if isinstance(value, dict)
            for key in value
            if key in _required_at(schema, data, path)
        ]
        if required:
            path, key = draw(st.sampled_from(required))
            changed = copy.deepcopy(data)
            del _get(changed, path)[key]
            return kind, cls, changed, envelope
    if kind == "wrong type":
        candidates = [(p, v) for p, v in places if p and _wrong_type(v) is not None]
        if candidates:
            path, value = draw(st.sampled_from(candidates))
            return kind, cls, _replace(data, path, _wrong_type(value)), envelope
    if kind == "off a scale":
        ratings = [
            p
            for p, v in places
            if isinstance(v, dict) and isinstance(v.get("scale"), str) and "value" in v
        ]
        if ratings:
            path = draw(st.sampled_from(ratings))
            rating = _get(data, path)
            scale = BUILTIN_SCALES[rating["scale"]]
            off = draw(st.sampled_from([scale.high + 1, scale.low - 1]))
            return kind, cls, _replace(data, (*path, "value"), off), envelope
    if kind == "too long":
        strings = [p for p, v in places if p and isinstance(v, str) and p[-1] != "type"]
        if strings:
            path = draw(st.sampled_from(strings))
            return kind, cls, _replace(data, path, "x" * 10_001), envelope
    if kind == "naive":
        stamps = [p for p, v in places if isinstance(v, str) and len(v) > 19 and v[10:11] == "T"]
        if stamps:
            path = draw(st.sampled_from(stamps))
            return kind, cls, _replace(data, path, _get(data, path)[:19]), envelope
    # An unknown key on any object (every kind falls back to this one).
    objects = [p for p, v in places if isinstance(v, dict)]
    path = draw(st.sampled_from(objects))
    changed = copy.deepcopy(data)
    _get(changed, path)["unexpected"] = 1
    return "unknown key", cls, changed, envelope


def _get(data: Any, path: Path) -> Any:
    for step in path:
        data = data[step]
    return data


def _required_at(schema: dict[str, Any], data: Any, path: Path) -> list[str]:
    """The keys the schema requires of the object at ``path`` of ``data``."""
    node = schema
    for step in path:
        node = _resolve(schema, node)
        node = node["items"] if isinstance(step, int) else node["properties"][step]
    node = _resolve(schema, node)
    required: list[str] = node.get("required", [])
    return required


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while True:
        if "$ref" in node:
            node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
        elif "anyOf" in node:  # an optional value or a scale: the object branch
            node = next(n for n in node["anyOf"] if n.get("type") != "null" and "enum" not in n)
        else:
            return node


class TestAgreement:
    @given(_documents(), st.booleans())
    def test_every_document_the_kit_writes_validates(
        self, found: tuple[type, Any], envelope: bool
    ) -> None:
        cls, obj = found
        data = to_dict(obj, envelope=envelope)
        errors = [e.message for e in _VALIDATORS[cls, envelope].iter_errors(data)]
        assert errors == []
        assert from_dict(cls, data, envelope=envelope) == obj

    @given(_mutations())
    def test_a_document_broken_once_is_refused_by_both(
        self, found: tuple[str, type, Any, bool]
    ) -> None:
        kind, cls, data, envelope = found
        assert not _VALIDATORS[cls, envelope].is_valid(data), kind
        assert not _kit_reads(cls, data, envelope=envelope), kind

    @pytest.mark.parametrize("cls", _TYPES, ids=lambda cls: TYPE_NAMES[cls])
    def test_every_document_type_has_a_valid_schema(self, cls: type) -> None:
        for envelope in (True, False):
            schema = json_schema(cls, envelope=envelope)
            jsonschema.Draft202012Validator.check_schema(schema)
            assert schema["$schema"] == DIALECT
            assert schema["additionalProperties"] is False


class TestEnvelope:
    def test_the_envelope_is_required_by_default_and_optional_without_it(self) -> None:
        data = to_dict(_review())
        plain = {k: v for k, v in data.items() if k not in ("type", "schema_version")}
        assert not _VALIDATORS[Review, True].is_valid(plain)
        assert not _kit_reads(Review, plain)
        assert _VALIDATORS[Review, False].is_valid(plain)
        assert _kit_reads(Review, plain, envelope=False)

    def test_a_wrong_type_name_is_refused_in_both_modes(self) -> None:
        data = {**to_dict(_review()), "type": "assignment"}
        for envelope in (True, False):
            assert not _VALIDATORS[Review, envelope].is_valid(data)
            assert not _kit_reads(Review, data, envelope=envelope)


def _review() -> Review:
    return from_dict(
        Review,
        {
            "type": "review",
            "schema_version": 1,
            "id": "rev-1",
            "client_id": "c-1",
            "assignment_id": "asg-1",
            "reviewed_at": "2026-11-26T17:00:00+00:00",
            "completion": "partly",
        },
    )


class TestWhatTheSchemaSays:
    def test_lengths_bounds_choices_and_formats_come_from_the_field_plan(self) -> None:
        schema = json_schema(Assignment)
        properties = schema["properties"]
        assert properties["title"]["maxLength"] == 300
        assert properties["instructions"]["maxLength"] == 10_000
        assert properties["assigned_at"]["format"] == "date-time"
        assert properties["kind"]["enum"] == [k.value for k in AssignmentKind]
        assert "review_at" not in schema["required"]
        dose = schema["$defs"]["Dose"]["properties"]
        assert dose["count"]["anyOf"][0] == {"type": "integer", "minimum": 1, "maximum": 1000}

    def test_rules_between_fields_are_written_in_the_descriptions(self) -> None:
        schema = json_schema(Assignment)
        assert "review_at, when given, is after assigned_at" in schema["description"]
        assert "Rules beyond each field" in schema["$defs"]["Dose"]["description"]
        assert "Integers are written without a fraction" in schema["description"]

    def test_every_type_with_rules_between_fields_states_them(self) -> None:
        for cls in TYPE_NAMES:
            if hasattr(cls, "_cross_checks"):
                assert "Rules beyond each field:" in (cls.__doc__ or ""), cls.__name__

    def test_a_builtin_scale_rating_off_the_scale_is_refused(self) -> None:
        validator = _VALIDATORS[Rating, True]
        assert validator.is_valid(
            {"type": "rating", "schema_version": 1, "scale": "belief", "value": 100}
        )
        assert not validator.is_valid(
            {"type": "rating", "schema_version": 1, "scale": "belief", "value": 101}
        )
        assert not validator.is_valid(
            {"type": "rating", "schema_version": 1, "scale": "mood", "value": 11}
        )

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("id", "rev-1\n"),
            ("reviewed_at", "2026-11-26T17:00:00+00:00\n"),
            ("reviewed_at", "2026-13-26T17:00:00+00:00"),
            ("reviewed_at", "2026-11-26T24:00:00+00:00"),
            ("reviewed_at", "2026-11-26T17:00:00+25:00"),
            ("reviewed_at", "3000-11-26T17:00:00+00:00"),
            ("extensions", {"org.app\n": 1}),
        ],
    )
    def test_values_the_kit_refuses_are_refused_by_the_schema(
        self, field: str, value: object
    ) -> None:
        data = {**to_dict(_review()), field: value}
        assert not _VALIDATORS[Review, True].is_valid(data)
        assert not _kit_reads(Review, data)

    def test_a_custom_scale_name_with_a_newline_is_refused(self) -> None:
        data = to_dict(Scale(name="craving", label="Urge", low=0, high=10))
        data["name"] = "craving\n"
        assert not _VALIDATORS[Scale, True].is_valid(data)
        assert not _kit_reads(Scale, data)

    def test_a_type_without_a_document_is_refused(self) -> None:
        with pytest.raises(UnsupportedType):
            json_schema(dict)
        with pytest.raises(UnsupportedType):
            json_schema("assignment")  # type: ignore[arg-type]

    def test_each_call_returns_a_new_schema(self) -> None:
        first = json_schema(Scale)
        first["properties"].clear()
        assert json_schema(Scale)["properties"]


class TestCommand:
    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "therapy_homework", "schema", *args],
            capture_output=True,
            text=True,
            check=False,
        )

    def test_it_prints_the_schema_of_a_type(self) -> None:
        done = self._run("assignment")
        assert done.returncode == 0
        assert json.loads(done.stdout) == json_schema(Assignment)

    def test_without_the_envelope(self) -> None:
        done = self._run("assignment", "--no-envelope")
        assert json.loads(done.stdout) == json_schema(Assignment, envelope=False)

    def test_it_lists_the_types_and_refuses_an_unknown_one(self) -> None:
        assert self._run("--list").stdout.split() == sorted(TYPE_NAMES.values())
        assert self._run("nonsense").returncode == 2
        assert self._run().returncode == 2
