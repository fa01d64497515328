"""Everything the kit returns serializes: reports, findings, adjustments, session
preparations, stored records and pages, through to_dict/to_json, and reads back exactly;
a hostile result document is InvalidData with paths and codes, never a crash."""

import json
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import (
    Assignment,
    InvalidData,
    Report,
    check_assignment,
    from_dict,
    from_json,
    suggest_adjustments,
    to_dict,
    to_json,
)
from therapy_homework.checks import Finding
from therapy_homework.errors import UnsupportedType
from therapy_homework.model import AssignmentStatus, Suggestion
from therapy_homework.planning import Adjustment, SessionPreparation
from therapy_homework.planning.preparation import prepare_review_from
from therapy_homework.storage import InMemoryRepository, Page, Stored
from therapy_homework.testing import strategies as ths

from .helpers import T0, assignment, review

_FINDING = to_dict(check_assignment(assignment(instructions="Journal more.")).findings[0])
RESULTS = (Report, Finding, Adjustment, SessionPreparation, Stored, Page, Suggestion)
RESULT_NAMES = {
    Report: "report",
    Finding: "finding",
    Adjustment: "adjustment",
    SessionPreparation: "session_preparation",
    Stored: "stored",
    Page: "page",
    Suggestion: "suggestion",
}


def _round_trip(value: object) -> None:
    cls = type(value)
    document = to_dict(value)
    assert document["type"]
    assert json.loads(json.dumps(document)) == document  # JSON-ready
    assert from_dict(cls, document) == value
    assert from_json(cls, to_json(value)) == value
    assert from_dict(cls, to_dict(value, envelope=False), envelope=False) == value


@given(ths.assignments())
def test_a_report_and_its_findings_round_trip(homework: Assignment) -> None:
    report = check_assignment(homework)
    _round_trip(report)
    for finding in report:
        _round_trip(finding)
        restored = from_dict(Finding, to_dict(finding))
        assert restored.span == finding.span
        assert restored.suggestion == finding.suggestion


def test_a_report_document_keeps_what_an_api_shows() -> None:
    report = check_assignment(assignment(instructions="Journal more."))
    document = to_dict(report)
    assert document["ok"] is False
    assert {f["code"] for f in document["findings"]} == set(report.codes)


@given(ths.assignments(), st.data())
def test_adjustments_round_trip(homework: Assignment, data: st.DataObject) -> None:
    notes = data.draw(ths.reviews(client_id=homework.client_id, assignment_id=homework.id))
    for adjustment in suggest_adjustments(notes, homework):
        _round_trip(adjustment)


def test_a_session_preparation_round_trips_with_its_entries_and_reports() -> None:
    homework = assignment(status=AssignmentStatus.ACTIVE, review_at=T0 + timedelta(days=2))
    notes = review()
    preparation = prepare_review_from(
        "client-1", T0 + timedelta(days=7), assignments=[homework], reviews=[notes]
    )
    assert preparation.due
    _round_trip(preparation)


def test_stored_records_and_pages_round_trip() -> None:
    repository = InMemoryRepository()
    store = repository.store(Assignment)
    for index in range(3):
        store.add(assignment(id=f"asg-{index}"))
    page = store.list("client-1", limit=2)
    assert page.next_cursor is not None
    _round_trip(page)
    _round_trip(page.items[0])
    reviews = repository.store(type(review()))
    _round_trip(reviews.add(review()))


def test_what_the_kit_does_not_return_is_not_written() -> None:
    with pytest.raises(UnsupportedType):
        to_dict(object())


@pytest.mark.parametrize(
    ("cls", "document", "expected"),
    [
        (Report, {"type": "report", "schema_version": 1}, ("$.ok", "required")),
        (
            Report,
            {"type": "report", "schema_version": 1, "ok": True, "findings": 3},
            ("$.findings", "type"),
        ),
        (Finding, {**_FINDING, "severity": "fatal"}, ("$.severity", "choice")),
        (Finding, {**_FINDING, "span": [5, 2]}, ("$.span", "type")),
        (
            Adjustment,
            {"type": "adjustment", "schema_version": 1, "reason": 7},
            ("$.reason", "type"),
        ),
        (
            Stored,
            {"type": "stored", "schema_version": 1, "record": {"type": "nope"}, "version": 1},
            ("$.record.type", "choice"),
        ),
        (
            Stored,
            {"type": "stored", "schema_version": 1, "record": to_dict(assignment()), "version": 0},
            ("$.version", "out_of_range"),
        ),
        (
            Page,
            {"type": "page", "schema_version": 1, "items": [], "next_cursor": None, "extra": 1},
            ("$", "unknown_key"),
        ),
        (
            SessionPreparation,
            {
                "type": "session_preparation",
                "schema_version": 1,
                "client_id": "c",
                "session_at": "2026-01-01T00:00:00",
                "due": [],
            },
            ("$.session_at", "not_aware"),
        ),
    ],
)
def test_a_bad_result_document_names_the_field_and_code(
    cls: type, document: dict[str, Any], expected: tuple[str, str]
) -> None:
    with pytest.raises(InvalidData) as caught:
        from_dict(cls, document)
    assert expected in [(p.path, p.code.value) for p in caught.value.problems]


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=10,
)


@given(st.sampled_from(RESULTS), st.dictionaries(st.text(max_size=12), JSON, max_size=6))
def test_any_document_is_read_or_refused_with_the_kits_error(
    cls: type, fields: dict[str, Any]
) -> None:
    document = {"type": RESULT_NAMES[cls], "schema_version": 1, **fields}
    try:
        from_dict(cls, document)
    except InvalidData as error:
        assert all(p.path.startswith("$") for p in error.problems)


@given(ths.assignments(), st.data())
def test_one_mutation_of_a_report_is_refused(homework: Assignment, data: st.DataObject) -> None:
    document = to_dict(check_assignment(homework))
    findings = document["findings"]
    if not findings:
        return
    index = data.draw(st.integers(0, len(findings) - 1))
    key = data.draw(st.sampled_from(["code", "severity", "message", "prompt", "path"]))
    findings[index][key] = data.draw(st.sampled_from([None, 7, [], {"x": 1}]))
    with pytest.raises(InvalidData) as caught:
        from_dict(Report, document)
    assert f"$.findings[{index}].{key}" in caught.value.paths
