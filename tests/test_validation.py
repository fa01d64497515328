"""Rules every domain type shares: frozen, keyword-only, checked on construction."""

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given

from therapy_homework import Assignment, AssignmentKind, InvalidData, Partner, Plan, Problem
from therapy_homework.model import new_id
from therapy_homework.testing import strategies as ths

from .helpers import T0, assignment


def test_types_are_frozen() -> None:
    a = assignment()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.title = "changed"  # type: ignore[misc]


def test_types_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Partner("p1")  # type: ignore[call-arg]


def test_types_are_slotted() -> None:
    assert not hasattr(assignment(), "__dict__")


def test_naive_timestamp_is_rejected() -> None:
    with pytest.raises(InvalidData) as caught:
        assignment(assigned_at=datetime(2026, 11, 19, 17, 0), review_at=None)
    assert caught.value.paths == ["$.assigned_at"]
    assert "timezone-aware" in str(caught.value)


def test_a_zone_is_kept_as_its_offset_at_that_instant() -> None:
    local = datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=ZoneInfo("Europe/Berlin"))
    a = assignment(assigned_at=local, review_at=None)
    # The same instant (a ZoneInfo time in the repeated hour never compares equal
    # to another zone's, which is why the kit keeps the fixed offset instead).
    assert a.assigned_at.timestamp() == local.timestamp()
    assert a.assigned_at.utcoffset() == timedelta(hours=1)
    assert type(a.assigned_at.tzinfo) is timezone


def test_text_is_stripped() -> None:
    a = assignment(title="  Catch the thought \n")
    assert a.title == "Catch the thought"


def test_blank_optional_text_becomes_none() -> None:
    plan = Plan(action="Write it down", cue="   ")
    assert plan.cue is None


def test_required_text_cannot_be_blank() -> None:
    with pytest.raises(InvalidData) as caught:
        assignment(instructions="   ")
    assert caught.value.paths == ["$.instructions"]
    assert "must not be empty" in str(caught.value)


def test_text_is_bounded() -> None:
    with pytest.raises(InvalidData, match="10,001 characters long; the limit is 10,000"):
        assignment(instructions="x" * 10_001)
    assert len(assignment(instructions="x" * 10_000).instructions) == 10_000


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(InvalidData) as caught:
        Assignment(
            id="",
            client_id=" padded ",
            title=7,  # type: ignore[arg-type]
            instructions="",
            kind="cognitive",  # type: ignore[arg-type]
            assigned_at=datetime(2026, 1, 1),
        )
    assert caught.value.paths == [
        "$.id",
        "$.client_id",
        "$.title",
        "$.instructions",
        "$.kind",
        "$.assigned_at",
    ]
    assert caught.value.subject == "Assignment"


def test_review_must_follow_assignment() -> None:
    with pytest.raises(InvalidData) as caught:
        assignment(review_at=T0)
    assert caught.value.paths == ["$.review_at"]


def test_lists_are_stored_as_tuples() -> None:
    a = assignment(partners=[Partner(id="p1"), Partner(id="p2")])
    assert a.partners == (Partner(id="p1"), Partner(id="p2"))


def test_a_partner_cannot_be_listed_twice() -> None:
    with pytest.raises(InvalidData) as caught:
        assignment(partners=(Partner(id="p1"), Partner(id="p1", term="partner")))
    assert caught.value.paths == ["$.partners[1].id"]


def test_new_id_is_random_and_usable() -> None:
    first, second = new_id(), new_id("asg_")
    assert first != second
    assert second.startswith("asg_")
    assert assignment(id=second).id == second


def test_invalid_data_is_a_value_error_listing_problems() -> None:
    error = InvalidData([Problem(("a", 0, "b"), "is wrong")], subject="Thing")
    assert isinstance(error, ValueError)
    assert str(error) == "Thing: 1 problem: $.a[0].b: is wrong"
    assert error.under("outer").paths == ["$.outer.a[0].b"]


def test_evolve_validates_like_construction() -> None:
    a = assignment()
    assert attrs.evolve(a, title="New title").title == "New title"
    with pytest.raises(InvalidData):
        attrs.evolve(a, review_at=a.assigned_at - timedelta(days=1))


@given(ths.assignments(kind=AssignmentKind.VALUES, client_id="c-9"))
def test_pinned_fields_are_respected(a: Assignment) -> None:
    assert a.kind is AssignmentKind.VALUES
    assert a.client_id == "c-9"
    assert a.assigned_at.tzinfo is not None
    if a.review_at is not None:
        assert a.review_at > a.assigned_at


def test_ids_reject_control_characters_and_padding() -> None:
    for bad in ["a\nb", " a", "a ", "x" * 129]:
        with pytest.raises(InvalidData):
            assignment(id=bad)
    assert assignment(id="x" * 128).id == "x" * 128


def test_utc_timestamps_pass_unchanged() -> None:
    moment = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    assert assignment(assigned_at=moment, review_at=None).assigned_at is moment
