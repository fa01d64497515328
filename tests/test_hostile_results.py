"""Hostile documents and forms against the readers added for results, drafts and
extensions: the kit's own errors, bounded work, and no echo of what was sent."""

import json
import math

import pytest

from therapy_homework import InvalidData, Review, from_dict, from_json, to_dict
from therapy_homework.checks import Finding
from therapy_homework.drafts import check_draft
from therapy_homework.errors import Problem, ProblemCode
from therapy_homework.model import Extensions, Suggestion
from therapy_homework.planning.preparation import DueAssignment

from .helpers import review


def test_due_assignments_nested_in_each_other_are_refused_not_a_crash() -> None:
    document: dict[str, object] = {"type": "due_assignment", "schema_version": 1}
    for _ in range(300):
        document = {"type": "due_assignment", "schema_version": 1, "entries": [document]}
    with pytest.raises(InvalidData):
        from_json(DueAssignment, json.dumps(document))


def test_a_draft_never_checks_text_longer_than_text_may_be() -> None:
    junk = {f"junk{i}": 1 for i in range(60)}
    data = {"barriers": [{**junk, "kind": "other"}] * 3, "noticed": "Non-compliant. " * 300_000}
    draft = check_draft(Review, data)
    assert draft.problems
    assert not [f for f in draft.report if f.path == "$.noticed"]


def test_a_suggestion_document_is_bounded() -> None:
    huge = {"type": "suggestion", "schema_version": 1, "template": None, "parameters": {}}
    with pytest.raises(InvalidData) as caught:
        from_dict(Suggestion, {**huge, "parts": ["x" * 2_000_000]})
    assert ("$.parts[0]", "too_long") in [(p.path, p.code.value) for p in caught.value.problems]
    many = {f"name{i}": "v" for i in range(100_000)}
    with pytest.raises(InvalidData) as caught:
        from_dict(Suggestion, {**huge, "parts": ["x"], "parameters": many})
    assert [p.code.value for p in caught.value.problems] == ["too_many"]


def test_a_suggestions_parameter_names_are_never_echoed() -> None:
    secret = "Jane Doe told me about the abuse"
    with pytest.raises(InvalidData) as caught:
        Suggestion(parts=("x",), parameters={secret: 5})  # type: ignore[dict-item]
    assert "Jane" not in str(caught.value)
    with pytest.raises(InvalidData) as caught:
        Suggestion.of_text("x").fill({secret: "y"})
    assert "Jane" not in str(caught.value)


def test_a_replacement_is_not_blamed_on_a_decision_already_reported_wrong() -> None:
    document = {**to_dict(review()), "decision": "replce", "replacement_id": "asg-2"}
    with pytest.raises(InvalidData) as caught:
        from_dict(Review, document)
    assert [p.path for p in caught.value.problems] == ["$.decision"]


def test_extensions_with_a_million_values_are_refused_at_once() -> None:
    """The walk stops after a hundred problems, or as soon as there are more values than
    the size limit allows: a million bad values cost no more than a hundred."""
    with pytest.raises(InvalidData) as caught:
        Extensions({"org.a.b": [math.nan] * 1_000_000})
    assert caught.value.truncated
    with pytest.raises(InvalidData) as caught:
        Extensions({"org.a.b": [0] * 1_000_000})
    assert [p.code.value for p in caught.value.problems] == ["too_long"]


def test_a_finding_read_from_a_document_shows_no_text_in_its_repr() -> None:
    document = {
        "type": "finding",
        "schema_version": 1,
        "code": "SPEC004",
        "severity": "warning",
        "message": "§secret message",
        "prompt": "§secret prompt",
        "path": "$",
        "missing": None,
        "span": None,
        "suggestion": None,
    }
    finding = from_dict(Finding, document)
    assert "§secret" not in repr(finding)


def test_an_odd_location_step_renders_without_a_crash() -> None:
    problem = Problem((("a", "b"),), "is odd", ProblemCode.INVALID)  # type: ignore[arg-type]
    assert problem.path == "$[tuple]"
