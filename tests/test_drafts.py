"""Half-filled forms: check_draft never raises on the form's data, lists every problem with
its code, and runs every check that can run on what is there."""

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import Assignment, Review, check_assignment, check_review, to_dict
from therapy_homework.drafts import Draft, check_draft
from therapy_homework.errors import UnsupportedType
from therapy_homework.model import RECORD_TYPES
from therapy_homework.testing import strategies as ths

from .helpers import assignment, review

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)


def test_a_blank_form_lists_what_is_required() -> None:
    draft = check_draft(Assignment, {})
    assert not draft.complete
    assert {(p.path, p.code.value) for p in draft.problems} >= {
        ("$.id", "required"),
        ("$.title", "required"),
        ("$.instructions", "required"),
    }
    assert draft.value is None


def test_vague_instructions_are_flagged_before_the_form_is_complete() -> None:
    draft = check_draft(Assignment, {"title": "Homework", "instructions": "Journal more."})
    assert not draft.complete
    assert "SPEC004" in draft.report.codes or "SPEC002" in draft.report.codes
    assert {f.path for f in draft.report} == {"$.instructions"}


def test_a_test_framed_title_is_flagged_with_its_words() -> None:
    title = "Walk daily, no excuses"
    draft = check_draft(Assignment, {"title": title})
    [finding] = [f for f in draft.report if f.code == "PERF001"]
    assert finding.path == "$.title"
    assert finding.span is not None
    assert title[slice(*finding.span)] == "no excuses"


def test_a_text_already_reported_wrong_is_not_also_checked() -> None:
    draft = check_draft(Assignment, {"instructions": "x" * 20_000})
    assert ("$.instructions", "too_long") in [(p.path, p.code.value) for p in draft.problems]
    assert not [f for f in draft.report if f.path == "$.instructions"]


def test_blame_in_a_half_filled_review_is_flagged() -> None:
    draft = check_draft(Review, {"noticed": "Non-compliant again, as usual."})
    assert not draft.complete
    assert "PERF002" in draft.report.codes


def test_a_complete_form_gets_the_full_check_and_its_record() -> None:
    homework = assignment()
    draft = check_draft(Assignment, to_dict(homework, envelope=False))
    assert draft.complete
    assert draft.value == homework
    assert draft.report == check_assignment(homework)
    notes = review()
    assert check_draft(Review, to_dict(notes)).report == check_review(notes)


def test_the_result_serializes_for_a_forms_api_without_the_clients_text() -> None:
    text = "Journal more, §secret, every single day without fail"
    draft = check_draft(Assignment, {"instructions": text})
    body = json.dumps(draft.to_dict())
    assert "§secret" not in body
    assert "§secret" not in repr(draft)
    assert json.loads(body)["complete"] is False


def test_only_the_kits_types_have_drafts() -> None:
    with pytest.raises(UnsupportedType):
        check_draft(dict, {})


@given(st.sampled_from(RECORD_TYPES.classes()), JSON_VALUES)
def test_any_form_data_gives_problems_never_an_exception(cls: type, data: Any) -> None:
    draft: Draft[object] = check_draft(cls, data)
    assert isinstance(draft, Draft)
    assert draft.complete == (not draft.problems)
    for problem in draft.problems:
        assert problem.path.startswith("$")


@given(ths.assignments(), st.data())
def test_removing_fields_never_raises_and_names_each_required_one(
    homework: Assignment, data: st.DataObject
) -> None:
    form = to_dict(homework, envelope=False)
    removed = data.draw(st.sets(st.sampled_from(sorted(form))))
    partial = {k: v for k, v in form.items() if k not in removed}
    draft = check_draft(Assignment, partial)
    required = {"id", "client_id", "title", "instructions", "kind", "assigned_at"}
    reported = {p.path for p in draft.problems if p.code.value == "required"}
    assert reported == {f"$.{name}" for name in removed & required}
    if not draft.complete:  # the checks of one text each read only texts that are there
        for finding in draft.report:
            assert finding.path.split(".")[1] not in removed
