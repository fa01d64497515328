"""Suggestions: structured rewrites with slots a clinician fills in."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import Finding, InvalidData, Severity, check_specificity
from therapy_homework.checks import FILL_IN
from therapy_homework.model import EXAMPLE_VALUES, ParameterKind, Slot, Suggestion
from therapy_homework.testing import strategies as ths

WHEN = Slot(name="when", kind=ParameterKind.WHEN, prompt="when", example="after dinner")
COUNT = Slot(name="count", kind=ParameterKind.COUNT, prompt="how many times", example="twice")
CALL = Suggestion(parts=("Call Sam ", WHEN, ", ", COUNT, " before the next session."))


def test_text_shows_each_slot_with_its_prompt_and_example() -> None:
    assert CALL.text == (
        "Call Sam [when: after dinner], [how many times: twice] before the next session."
    )
    assert CALL.slot_names == ("when", "count")
    assert CALL.slots == (WHEN, COUNT)


def test_fill_uses_given_values_and_examples_for_the_rest() -> None:
    assert CALL.fill() == "Call Sam after dinner, twice before the next session."
    assert CALL.fill({"when": " on Sunday "}) == (
        "Call Sam on Sunday, twice before the next session."
    )


def test_fill_reports_every_bad_value_at_once_by_path() -> None:
    with pytest.raises(InvalidData) as caught:
        CALL.fill({"where": "home", "when": "   ", "count": "x" * 201})
    paths = {p.path for p in caught.value.problems}
    assert paths == {"$.values", "$.values.when", "$.values.count"}  # unknown: by position


def test_fill_refuses_a_value_that_is_not_text() -> None:
    with pytest.raises(InvalidData) as caught:
        CALL.fill({"when": 7})  # type: ignore[dict-item]
    assert [p.path for p in caught.value.problems] == ["$.values.when"]


def test_to_dict_is_json_ready_and_names_the_slots() -> None:
    data = CALL.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["template"] is None
    assert [s["name"] for s in data["slots"]] == ["when", "count"]
    assert data["slots"][0] == {
        "name": "when",
        "kind": "when",
        "prompt": "when",
        "example": "after dinner",
    }


def test_plain_text_is_a_suggestion_with_no_slots() -> None:
    plain = Suggestion.of_text("Walk for ten minutes after lunch on Monday.")
    assert plain.slots == ()
    assert plain.fill() == plain.text


def test_repr_shows_no_client_words() -> None:
    secret = "my brother Tom hit me"
    suggestion = Suggestion(parts=(f"Tell {secret} ", WHEN), parameters={"person": secret})
    assert "Tom" not in repr(suggestion)
    assert "Tom" not in str(suggestion)


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"parts": ("Call ", 3)}, "$.parts[1]"),
        ({"parts": "Call Sam"}, "$.parts"),
        ({"parts": (), "template": ""}, "$.template"),
        ({"parts": (), "parameters": {"person": 1}}, "$.parameters"),
        ({"parts": (), "parameters": ["person"]}, "$.parameters"),
    ],
)
def test_an_invalid_suggestion_cannot_be_built(kwargs: dict[str, object], path: str) -> None:
    with pytest.raises(InvalidData) as caught:
        Suggestion(**kwargs)  # type: ignore[arg-type]
    assert path in {p.path for p in caught.value.problems}


def test_an_invalid_slot_cannot_be_built() -> None:
    with pytest.raises(InvalidData) as caught:
        Slot(name="", kind="when", prompt="when", example=" ")  # type: ignore[arg-type]
    assert {p.path for p in caught.value.problems} == {"$.name", "$.kind", "$.example"}


def test_every_kind_has_example_values() -> None:
    for kind in ParameterKind:
        assert EXAMPLE_VALUES[kind]
        assert all(v.strip() == v and v for v in EXAMPLE_VALUES[kind])
    with pytest.raises(TypeError):
        EXAMPLE_VALUES[ParameterKind.WHEN] = ("now",)  # type: ignore[index]


def test_the_fill_in_suggestion_is_all_slots_and_frame() -> None:
    assert set(FILL_IN.slot_names) == {"action", "when", "count", "record"}
    assert check_specificity(FILL_IN.fill()).ok


@given(ths.suggestions(), st.data())
def test_fill_puts_every_value_in_its_place(suggestion: Suggestion, data: st.DataObject) -> None:
    values = data.draw(ths.slot_values(suggestion))
    filled = suggestion.fill(values)
    for value in values.values():
        assert value.strip()[1:] in filled
    assert "[" not in filled  # every slot was filled


@given(ths.suggestions())
def test_fill_with_the_examples_equals_the_text_without_brackets(suggestion: Suggestion) -> None:
    expected = "".join(p.example if isinstance(p, Slot) else p for p in suggestion.parts)
    if suggestion.parts and isinstance(suggestion.parts[0], Slot):
        expected = expected[:1].upper() + expected[1:]  # a sentence opens with a capital
    assert suggestion.fill() == expected
    assert (
        Suggestion(
            parts=suggestion.parts, template=suggestion.template, parameters=suggestion.parameters
        )
        == suggestion
    )


# --------------------------------------------------------------------------- findings


def test_a_findings_suggestion_is_made_when_first_asked_for() -> None:
    made: list[int] = []

    def later() -> Suggestion:
        made.append(1)
        return CALL

    finding = Finding(
        code="SPEC001",
        severity=Severity.PROBLEM,
        message="m",
        prompt="p",
        path="$",
        suggestion=later,
    )
    assert made == []
    assert finding.suggestion is CALL
    assert finding.suggestion is CALL
    assert made == [1]


def test_findings_compare_by_their_suggestions_made_or_not() -> None:
    common = {"code": "SPEC001", "severity": Severity.PROBLEM, "message": "m", "prompt": "p"}
    eager = Finding(path="$", suggestion=CALL, **common)  # type: ignore[arg-type]
    lazy = Finding(path="$", suggestion=lambda: CALL, **common)  # type: ignore[arg-type]
    other = Finding(path="$", suggestion="Walk on Monday.", **common)  # type: ignore[arg-type]
    assert eager == lazy
    assert eager != other
    assert other.suggestion == Suggestion.of_text("Walk on Monday.")


def test_a_finding_carries_the_structured_suggestion_in_its_dict() -> None:
    finding = check_specificity("Journal more").findings[0]
    data = finding.to_dict()
    assert data["suggestion"] == finding.suggestion.to_dict()  # type: ignore[union-attr]
    assert {"focus", "when"} <= {s["name"] for s in data["suggestion"]["slots"]}


@pytest.mark.parametrize("values", ["when", [("when", "now")], 5])
def test_fill_refuses_values_that_are_not_a_mapping(values: object) -> None:
    with pytest.raises(InvalidData) as caught:
        CALL.fill(values)  # type: ignore[arg-type]
    assert [p.path for p in caught.value.problems] == ["$.values"]


def test_a_suggestion_is_immutable_and_hashable() -> None:
    suggestion = Suggestion(parts=("Call ", WHEN), parameters={"person": "Sam"})
    with pytest.raises(TypeError):
        suggestion.parameters["person"] = "Alex"  # type: ignore[index]
    assert hash(suggestion) == hash(Suggestion(parts=("Call ", WHEN), parameters={"person": "Sam"}))
    assert {suggestion, check_specificity("Journal more").findings[0].suggestion}


@pytest.mark.parametrize("kind", [5, "bogus", object()])
def test_the_kind_of_a_text_must_be_an_assignment_kind(kind: object) -> None:
    from therapy_homework.checks import suggest_rewrite

    for call in (
        lambda: check_specificity("Journal more", kind=kind),  # type: ignore[arg-type]
        lambda: suggest_rewrite("Journal more", kind=kind),  # type: ignore[arg-type]
    ):
        with pytest.raises(InvalidData) as caught:
            call()
        assert [p.path for p in caught.value.problems] == ["$.kind"]
    assert not check_specificity("Journal more", kind="cognitive").ok  # type: ignore[arg-type]


def test_an_adjustment_holds_a_finished_suggestion() -> None:
    from therapy_homework.model import Decision
    from therapy_homework.planning import Adjustment

    with pytest.raises(InvalidData):
        Adjustment(decision=Decision.SHRINK, reason="r", suggestion=lambda: CALL)  # type: ignore[arg-type]
    adjustment = Adjustment(decision=Decision.SHRINK, reason="r", suggestion="Walk on Monday.")
    assert adjustment.suggestion == Suggestion.of_text("Walk on Monday.")
    assert hash(adjustment) == hash(attrs_evolve(adjustment))


def attrs_evolve(obj: object) -> object:
    import attrs

    return attrs.evolve(obj)  # type: ignore[misc]
