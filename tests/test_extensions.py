"""An app's own data on a record: namespaced JSON values, carried exactly, bounded, never
read by the kit and never shown; subclassing points here instead."""

import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import Assignment, InvalidData, from_dict, from_json, to_dict, to_json
from therapy_homework.errors import DefinitionError
from therapy_homework.model import RECORD_TYPES, Extensions
from therapy_homework.storage import InMemoryRepository
from therapy_homework.testing import strategies as ths

from .helpers import assignment

AUDIT = {"org.example.created_by": "user-9", "com.clinic.tenant": "north", "org.ehr.ids": [1, 2]}


@given(st.sampled_from(RECORD_TYPES.classes()), ths.extensions(), st.data())
def test_every_record_carries_extensions_exactly(
    cls: type, extensions: Extensions, data: st.DataObject
) -> None:
    record = attrs.evolve(data.draw(ths.records(cls)), extensions=extensions)
    document = to_dict(record)
    assert document["extensions"] == extensions.to_json()
    assert from_dict(cls, document) == record
    assert from_json(cls, to_json(record)).extensions.to_json() == extensions.to_json()


def test_a_plain_dict_is_accepted_and_frozen() -> None:
    homework = assignment(extensions=AUDIT)
    assert isinstance(homework.extensions, Extensions)
    assert homework.extensions["org.ehr.ids"] == (1, 2)  # immutable, like the record
    assert homework.extensions.to_json() == AUDIT
    with pytest.raises(TypeError):
        homework.extensions["org.example.created_by"] = "someone else"  # type: ignore[index]


def test_a_document_without_extensions_reads_with_none() -> None:
    document = to_dict(assignment())
    del document["extensions"]
    assert from_dict(Assignment, document).extensions == Extensions()


def test_the_kit_never_shows_extension_values() -> None:
    homework = assignment(extensions={"org.example.note": "§secret about the client"})
    assert "§secret" not in repr(homework)
    assert "§secret" not in repr(homework.extensions)
    assert repr(homework.extensions) == "Extensions(<1 entry>)"


def test_the_stores_keep_extensions() -> None:
    repository = InMemoryRepository()
    homework = assignment(extensions=AUDIT)
    repository.store(Assignment).add(homework)
    stored = repository.store(Assignment).get(homework.client_id, homework.id)
    assert stored.record.extensions == homework.extensions


@pytest.mark.parametrize(
    ("extensions", "expected"),
    [
        ({"created_by": "x"}, ("$.extensions", "format")),
        ({"Org.Example.x": 1}, ("$.extensions", "format")),
        ({"org.example.n": 2**60}, ("$.extensions['org.example.n']", "out_of_range")),
        ({"org.example.n": float("inf")}, ("$.extensions['org.example.n']", "out_of_range")),
        ({"org.example.v": {1, 2}}, ("$.extensions['org.example.v']", "type")),
        (
            {"org.example.deep": [[[[["too deep"]]]]]},
            ("$.extensions['org.example.deep'][0][0][0]", "too_many"),
        ),
        ({f"org.example.k{i}": i for i in range(40)}, ("$.extensions", "too_many")),
        ({"org.example.big": "x" * 9000}, ("$.extensions", "too_long")),
        ([("org.example.a", 1)], ("$.extensions", "type")),
    ],
)
def test_extensions_are_bounded_and_checked(extensions: Any, expected: tuple[str, str]) -> None:
    with pytest.raises(InvalidData) as caught:
        assignment(extensions=extensions)
    assert expected in [(p.path, p.code.value) for p in caught.value.problems]
    try:
        as_json = json.dumps({**to_dict(assignment()), "extensions": extensions})
    except (TypeError, ValueError):
        return  # not JSON: only a Python caller can pass it
    with pytest.raises(InvalidData):
        from_json(Assignment, as_json)


def test_a_bad_key_is_never_echoed() -> None:
    with pytest.raises(InvalidData) as caught:
        assignment(extensions={"Jane Doe's diagnosis": "x"})
    assert "Jane" not in str(caught.value)


def test_a_hundred_thousand_keys_are_refused_at_once() -> None:
    hostile = {f"org.example.k{i}": i for i in range(100_000)}
    with pytest.raises(InvalidData) as caught:
        Extensions(hostile)
    assert [p.code.value for p in caught.value.problems] == ["too_many"]


def test_subclassing_a_record_points_to_extensions() -> None:
    with pytest.raises(DefinitionError, match="extensions"):

        class MyAssignment(Assignment):
            pass


@given(ths.extensions(), ths.extensions())
def test_equal_extensions_hash_alike(a: Extensions, b: Extensions) -> None:
    assert (a == b) == (
        a.to_json() == b.to_json()
        or json.dumps(a.to_json(), sort_keys=True) == json.dumps(b.to_json(), sort_keys=True)
    )
    if a == b:
        assert hash(a) == hash(b)
