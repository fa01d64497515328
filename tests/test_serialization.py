"""Strict, versioned serialization: exact round trips, every problem with its path."""

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import (
    Assignment,
    CouplesRepairAttempt,
    InvalidData,
    Rating,
    Scale,
    ThoughtRecord,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from therapy_homework.errors import UnsupportedType
from therapy_homework.model import BELIEF, BUILTIN_SCALES
from therapy_homework.serialization import SCHEMA_VERSION, TYPE_NAMES, Serializer
from therapy_homework.testing import strategies as ths

from .helpers import assignment

ALL_TYPES = sorted(TYPE_NAMES, key=lambda cls: cls.__name__)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


def _plain_json(value: Any) -> bool:
    """Only JSON's own types: no enum members, tuples or datetimes sneaking through."""
    if value is None or type(value) in (bool, int, float, str):
        return True
    if type(value) is list:
        return all(_plain_json(v) for v in value)
    if type(value) is dict:
        return all(type(k) is str and _plain_json(v) for k, v in value.items())
    return False


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("cls", ALL_TYPES, ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_round_trip_is_exact_for_every_type(cls: type, data: st.DataObject) -> None:
    obj = data.draw(st.from_type(cls))
    document = to_dict(obj)
    assert _plain_json(document)
    assert document["type"] == TYPE_NAMES[cls]
    assert document["schema_version"] == SCHEMA_VERSION
    assert from_dict(cls, document) == obj
    assert from_json(cls, to_json(obj)) == obj


@given(ths.ratings(scale=BELIEF))
def test_builtin_scales_are_written_by_name(rating: Rating) -> None:
    assert to_dict(rating)["scale"] == "belief"


@given(ths.scales(builtin=False))
def test_custom_scales_are_written_whole(scale: Scale) -> None:
    written = to_dict(scale.rate(scale.low))["scale"]
    if BUILTIN_SCALES.get(scale.name) == scale:
        assert written == scale.name
    else:
        assert written == {
            k: v for k, v in to_dict(scale).items() if k not in ("type", "schema_version")
        }
    assert from_dict(Rating, to_dict(scale.rate(scale.high))).scale == scale


def test_timestamps_are_iso_8601_with_offset() -> None:
    document = to_dict(assignment())
    assert document["assigned_at"] == "2026-11-19T17:00:00+00:00"
    assert document["kind"] == "cognitive"
    assert type(document["kind"]) is str


def test_unsupported_types_are_refused_clearly() -> None:
    with pytest.raises(UnsupportedType, match="cannot serialize a dict"):
        to_dict({})
    with pytest.raises(UnsupportedType):
        from_dict(dict, {})


# --------------------------------------------------------------------------- strictness


def _assignment_document(**changes: Any) -> dict[str, Any]:
    document = to_dict(assignment())
    document.update(changes)
    return document


def _problems(cls: type, document: Any) -> dict[str, str]:
    with pytest.raises(InvalidData) as caught:
        from_dict(cls, document)
    return {p.path: p.message for p in caught.value.problems}


def test_a_string_where_an_integer_belongs_is_refused() -> None:
    document = to_dict(BELIEF.rate(70))
    document["value"] = "7"
    assert _problems(Rating, document) == {"$.value": "expected an integer, got text"}


def test_a_number_where_text_belongs_is_refused() -> None:
    assert _problems(Assignment, _assignment_document(title=7)) == {
        "$.title": "expected text, got an integer"
    }


def test_a_float_is_not_an_integer() -> None:
    document = to_dict(BELIEF.rate(70))
    document["value"] = 70.0
    assert list(_problems(Rating, document)) == ["$.value"]


def test_an_extra_key_is_refused_by_its_position_not_its_name() -> None:
    document = _assignment_document(colour="blue")
    problems = _problems(Assignment, document)
    assert problems == {"$": f"key {len(document)} is not a field of Assignment"}


def test_a_key_is_never_echoed_even_when_it_looks_like_a_field_name() -> None:
    # A client's name, or a word from their homework, may have been used as a key.
    for key in ("my secret plan", "SECRET_XYZ", "Anna"):
        with pytest.raises(InvalidData) as caught:
            from_dict(Assignment, _assignment_document(**{key: 1}))
        assert key not in str(caught.value)
        assert caught.value.paths == ["$"]


def test_a_near_miss_of_a_field_names_the_field_meant() -> None:
    document = _assignment_document()
    document["plan"] = {"acton": "Walk for ten minutes", "dose": {"count": 2}}
    problems = _problems(Assignment, document)
    assert problems == {
        "$.plan.action": "is required",
        "$.plan": "key 1 is not a field of Plan (did you mean 'action'?)",
    }


def test_a_naive_timestamp_is_refused() -> None:
    problems = _problems(Assignment, _assignment_document(assigned_at="2026-11-19T17:00:00"))
    assert problems == {"$.assigned_at": "must be timezone-aware (give a UTC offset)"}


def test_a_missing_required_field_is_named() -> None:
    document = _assignment_document()
    del document["instructions"]
    assert _problems(Assignment, document) == {"$.instructions": "is required"}


def test_an_unknown_enum_value_lists_the_allowed_ones() -> None:
    problems = _problems(Assignment, _assignment_document(kind="homework"))
    assert problems["$.kind"].startswith("expected one of: cognitive, behavioural")


def test_off_scale_rating_deep_inside_is_reported_with_its_path() -> None:
    record = from_json(ThoughtRecord, to_json(_thought_record_fixture()))
    document = to_dict(record)
    document["thoughts"][0]["belief"]["value"] = 120
    problems = _problems(ThoughtRecord, document)
    assert problems == {"$.thoughts[0].belief.value": "120 is outside the belief scale (0 to 100)"}


def test_two_hot_thoughts_are_refused_on_read() -> None:
    document = to_dict(_thought_record_fixture())
    document["thoughts"].append(dict(document["thoughts"][0]))
    assert list(_problems(ThoughtRecord, document)) == ["$.thoughts[1].hot"]


def test_an_initiator_outside_the_couple_is_refused_on_read() -> None:
    attempt = from_dict(CouplesRepairAttempt, _attempt_fixture())
    document = to_dict(attempt)
    document["initiator_id"] = "p-nobody"
    assert list(_problems(CouplesRepairAttempt, document)) == ["$.initiator_id"]


def test_every_problem_is_listed_at_once() -> None:
    document = _assignment_document(title=7, extra=1, assigned_at="2026-01-01T10:00")
    document["plan"] = {"action": "Write", "dose": {"count": "3"}, "record": {"scale": "nope"}}
    document["partners"] = [{"id": "p1"}, {"id": 5}]
    problems = _problems(Assignment, document)
    assert set(problems) == {
        "$.title",
        "$",  # the unknown key, by its position
        "$.assigned_at",
        "$.plan.dose.count",
        "$.plan.record.scale",
        "$.partners[1].id",
    }


def test_an_unknown_scale_name_is_refused() -> None:
    document = to_dict(BELIEF.rate(70))
    document["scale"] = "happiness"
    assert list(_problems(Rating, document)) == ["$.scale"]


def test_a_list_is_required_where_a_list_belongs() -> None:
    problems = _problems(Assignment, _assignment_document(partners="p1,p2"))
    assert problems == {"$.partners": "expected a list, got text"}


def test_data_for_another_type_is_refused() -> None:
    problems = _problems(Rating, to_dict(assignment()))
    assert problems["$.type"] == "expected 'rating'"


# --------------------------------------------------------------------------- versions


def test_data_from_a_newer_schema_is_refused() -> None:
    problems = _problems(Assignment, _assignment_document(schema_version=SCHEMA_VERSION + 1))
    assert "newer than this release reads" in problems["$.schema_version"]


@pytest.mark.parametrize("version", [None, 0, -1, "1", 1.0, True])
def test_a_schema_version_must_be_a_positive_integer(version: Any) -> None:
    document = _assignment_document(schema_version=version)
    if version is None:
        del document["schema_version"]
    assert list(_problems(Assignment, document)) == ["$.schema_version"]


def test_migrations_upgrade_old_data_step_by_step() -> None:
    calls: list[tuple[int, str]] = []

    def v1_to_v2(type_name: str, fields: dict[str, Any]) -> dict[str, Any]:
        calls.append((1, type_name))
        return {**fields, "headline": fields["title"]}

    def v2_to_v3(type_name: str, fields: dict[str, Any]) -> dict[str, Any]:
        calls.append((2, type_name))
        fields = dict(fields)
        fields["title"] = fields.pop("headline")
        return fields

    serializer = Serializer(version=3, migrations={1: v1_to_v2, 2: v2_to_v3})
    old = to_dict(assignment())  # written at version 1
    assert serializer.from_dict(Assignment, old) == assignment()
    assert calls == [(1, "assignment"), (2, "assignment")]
    assert serializer.to_dict(assignment())["schema_version"] == 3


def test_a_missing_migration_is_reported() -> None:
    serializer = Serializer(version=2)
    problems = _problems_with(serializer, Assignment, to_dict(assignment()))
    assert problems == {"$.schema_version": "no migration from version 1"}


@pytest.mark.parametrize("version", [0, -1, True, "2"])
def test_a_serializer_version_is_a_whole_number_from_one(version: Any) -> None:
    with pytest.raises(InvalidData) as caught:
        Serializer(version=version)
    assert caught.value.paths == ["$.version"]


def test_a_failing_migration_becomes_invalid_data() -> None:
    def broken(type_name: str, fields: dict[str, Any]) -> dict[str, Any]:
        raise KeyError("surprise")

    serializer = Serializer(version=2, migrations={1: broken})
    problems = _problems_with(serializer, Assignment, to_dict(assignment()))
    assert problems == {"$": "could not be migrated from version 1 (KeyError)"}


def _problems_with(serializer: Serializer, cls: type, document: Any) -> dict[str, str]:
    with pytest.raises(InvalidData) as caught:
        serializer.from_dict(cls, document)
    return {p.path: p.message for p in caught.value.problems}


# --------------------------------------------------------------------------- JSON


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "is not valid JSON (line 1, column 2)"),
        ('{"value": NaN}', "contains NaN, which JSON does not allow"),
        ('{"value": 1, "value": 2}', "has the same key twice in one object"),
        ("[]", "expected an object, got a list"),
    ],
)
def test_malformed_json_is_invalid_data(text: str, message: str) -> None:
    with pytest.raises(InvalidData) as caught:
        from_json(Rating, text)
    assert [p.message for p in caught.value.problems] == [message]


# --------------------------------------------------------------------------- robustness


@pytest.mark.parametrize("cls", ALL_TYPES, ids=lambda cls: cls.__name__)
@given(data=json_values)
def test_arbitrary_json_raises_only_invalid_data(cls: type, data: Any) -> None:
    try:
        from_dict(cls, data)
    except InvalidData as exc:
        assert exc.problems
    for document in ({"type": TYPE_NAMES[cls], "schema_version": 1, "x": data},):
        with pytest.raises(InvalidData):
            from_dict(cls, document)


@pytest.mark.parametrize("cls", [Assignment, ThoughtRecord, CouplesRepairAttempt])
@given(data=st.data(), replacement=json_values)
def test_corrupting_any_field_raises_only_invalid_data(
    cls: type, data: st.DataObject, replacement: Any
) -> None:
    document = to_dict(data.draw(st.from_type(cls)))
    field = data.draw(st.sampled_from(sorted(document)))
    document[field] = replacement
    try:
        obj: object = from_dict(cls, document)
    except InvalidData as exc:
        assert exc.problems
        assert all(p.path.startswith("$") for p in exc.problems)
    else:
        assert isinstance(obj, cls)


# --------------------------------------------------------------------------- fixtures


def _thought_record_fixture() -> ThoughtRecord:
    from therapy_homework.cli import demo_objects
    from therapy_homework.model import AutomaticThought

    _, record, _ = demo_objects()
    assert record.thoughts == (record.thoughts[0],)
    assert isinstance(record.thoughts[0], AutomaticThought)
    return record


def _attempt_fixture() -> dict[str, Any]:
    return {
        "type": "couples_repair_attempt",
        "schema_version": 1,
        "id": "rep-1",
        "client_id": "couple-1",
        "partners": [
            {"id": "p-ana", "name": "Ana", "term": "wife", "pronouns": "she/her"},
            {"id": "p-jo", "name": "Jo", "term": "wife", "pronouns": "she/her"},
        ],
        "occurred_at": "2026-11-20T19:30:00+01:00",
        "initiator_id": "p-jo",
        "topic": "Visiting family for the holidays",
        "start_up": "soft",
        "repair": {"kind": "i_feel", "words": "I feel torn, not angry at you"},
        "reception": "accepted",
        "tension": [
            {
                "partner_id": "p-ana",
                "before": {"scale": "tension", "value": 7},
                "after": {"scale": "tension", "value": 3},
            }
        ],
    }


def test_json_documents_read_from_outside_work() -> None:
    attempt = from_json(CouplesRepairAttempt, json.dumps(_attempt_fixture()))
    assert attempt.initiator_id == "p-jo"
    assert attempt.tension[0].change == -4
