"""Problems as an app uses them: a stable code beside each path, every problem in one
pass, and request bodies read without the envelope."""

from datetime import timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import Assignment, InvalidData, from_dict, from_json, to_dict, to_json
from therapy_homework.errors import Problem, ProblemCode
from therapy_homework.model import RECORD_TYPES, Rating, Review

from .helpers import T0, assignment, review


def _problems(cls: type, data: object, **options: Any) -> list[tuple[str, str]]:
    with pytest.raises(InvalidData) as caught:
        from_dict(cls, data, **options)
    return [(p.path, p.code.value) for p in caught.value.problems]


def _document(**changes: object) -> dict[str, object]:
    document = to_dict(assignment())
    for key, value in changes.items():
        if value is ...:
            del document[key]
        else:
            document[key] = value
    return document


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"instructions": ...}, ("$.instructions", "required")),
        ({"title": 7}, ("$.title", "type")),
        ({"title": ""}, ("$.title", "empty")),
        ({"title": "x" * 10_000}, ("$.title", "too_long")),
        ({"assigned_at": "2026-11-27T09:00:00"}, ("$.assigned_at", "not_aware")),
        ({"assigned_at": "1066-10-14T09:00:00+00:00"}, ("$.assigned_at", "out_of_range")),
        ({"assigned_at": "next Tuesday"}, ("$.assigned_at", "format")),
        ({"kind": "homework"}, ("$.kind", "choice")),
        ({"review_at": (T0 - timedelta(days=1)).isoformat()}, ("$.review_at", "order")),
        ({"id": " padded "}, ("$.id", "format")),
        ({"schema_version": 99}, ("$.schema_version", "version")),
        ({"type": "review"}, ("$.type", "mismatch")),
        ({"partners": [{"id": "p"}] * 1000}, ("$.partners", "too_many")),
    ],
)
def test_each_kind_of_problem_has_its_code(
    changes: dict[str, object], expected: tuple[str, str]
) -> None:
    assert expected in _problems(Assignment, _document(**changes))


def test_an_unknown_key_is_named_by_position_with_its_code() -> None:
    assert _problems(Assignment, {**_document(), "colour": "blue"}) == [("$", "unknown_key")]


def test_a_rating_off_its_scale_is_not_on_scale() -> None:
    document = {"type": "rating", "schema_version": 1, "scale": "belief", "value": 120}
    assert _problems(Rating, document) == [("$.value", "not_on_scale")]


def test_a_review_repeating_a_barrier_is_a_duplicate() -> None:
    document = to_dict(review())
    document["barriers"] = [{"kind": "too_big", "note": None}] * 2
    assert ("$.barriers[1].kind", "duplicate") in _problems(Review, document)


def test_a_problem_serializes_for_an_error_body() -> None:
    problem = Problem(("plan", "dose", "count"), "expected an integer, got text", ProblemCode.TYPE)
    assert problem.to_dict() == {
        "path": "$.plan.dose.count",
        "code": "type",
        "message": "expected an integer, got text",
    }
    assert problem.under("assignments", 0).code is ProblemCode.TYPE


# ------------------------------------------------------------------- every problem at once


def test_a_bad_kind_and_a_review_before_the_assignment_come_in_one_error() -> None:
    document = _document(kind="homework", review_at=(T0 - timedelta(days=3)).isoformat())
    assert _problems(Assignment, document) == [("$.kind", "choice"), ("$.review_at", "order")]


def test_the_constructor_also_reports_rules_across_fields_beside_bad_fields() -> None:
    with pytest.raises(InvalidData) as caught:
        assignment(kind="homework", review_at=T0 - timedelta(days=3))
    assert [(p.path, p.code.value) for p in caught.value.problems] == [
        ("$.kind", "choice"),
        ("$.review_at", "order"),
    ]


def test_a_rule_that_needs_a_wrong_field_is_skipped_not_repeated() -> None:
    """``review_at`` is compared with ``assigned_at``; when ``assigned_at`` is itself wrong
    the comparison says nothing more."""
    document = _document(assigned_at="yesterday", review_at=(T0 - timedelta(days=3)).isoformat())
    assert _problems(Assignment, document) == [("$.assigned_at", "format")]


@given(st.sampled_from(RECORD_TYPES.classes()), st.data())
def test_reading_a_record_with_a_missing_field_lists_the_field_with_its_code(
    cls: type, data: st.DataObject
) -> None:
    from therapy_homework._core.fields import spec_of
    from therapy_homework.testing import strategies as ths

    record = data.draw(ths.records(cls))
    document = to_dict(record)
    required = sorted(spec.name for spec in spec_of(cls) if spec.required)
    field = data.draw(st.sampled_from(required))
    del document[field]
    problems = _problems(cls, document)
    assert (f"$.{field}", "required") in problems


# ------------------------------------------------------------------------ without envelope


def test_a_body_without_the_envelope_reads_when_asked() -> None:
    homework = assignment()
    body = to_dict(homework, envelope=False)
    assert "type" not in body
    assert "schema_version" not in body
    assert from_dict(Assignment, body, envelope=False) == homework
    assert from_json(Assignment, to_json(homework, envelope=False), envelope=False) == homework


def test_without_the_envelope_a_given_envelope_is_still_checked() -> None:
    body = {**to_dict(assignment(), envelope=False), "type": "review"}
    assert _problems(Assignment, body, envelope=False) == [("$.type", "mismatch")]
    full = to_dict(assignment())
    assert from_dict(Assignment, full, envelope=False) == assignment()


def test_a_missing_envelope_is_reported_with_the_fields_problems() -> None:
    body = {**to_dict(assignment(), envelope=False), "kind": "homework"}
    assert _problems(Assignment, body) == [
        ("$.type", "required"),
        ("$.schema_version", "required"),
        ("$.kind", "choice"),
    ]


def test_unknown_keys_in_a_plain_body_keep_their_positions() -> None:
    body = {"colour": "blue", **to_dict(assignment(), envelope=False)}
    with pytest.raises(InvalidData) as caught:
        from_dict(Assignment, body, envelope=False)
    assert caught.value.problems[0].message.startswith("key 1 is not a field")


def test_a_version_this_release_cannot_read_stops_before_the_fields() -> None:
    assert _problems(Assignment, _document(schema_version=99, kind="x")) == [
        ("$.schema_version", "version")
    ]
