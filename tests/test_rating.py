"""Scales and ratings: bounds, steps, anchors, ordering and differences."""

import operator
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import InvalidData, Rating, Scale
from therapy_homework.errors import ScaleMismatch
from therapy_homework.model import BELIEF, BUILTIN_SCALES, INTENSITY, MOOD, SUDS, Anchor
from therapy_homework.testing import strategies as ths


def test_builtin_scales_match_the_brief() -> None:
    assert (SUDS.low, SUDS.high) == (0, 100)
    assert (BELIEF.low, BELIEF.high) == (0, 100)
    assert (INTENSITY.low, INTENSITY.high) == (0, 10)
    assert (MOOD.low, MOOD.high) == (0, 10)
    assert SUDS.anchor_for(0) == "no distress"
    assert set(BUILTIN_SCALES) >= {"suds", "belief", "intensity", "mood"}


def test_off_scale_rating_is_rejected_with_its_path() -> None:
    with pytest.raises(InvalidData) as caught:
        SUDS.rate(101)
    assert caught.value.paths == ["$.value"]
    assert "outside the suds scale" in str(caught.value)


def test_rating_between_steps_is_rejected() -> None:
    tens = Scale(name="tens", label="In tens", low=0, high=100, step=10)
    assert tens.rate(40).value == 40
    with pytest.raises(InvalidData, match="between the steps"):
        tens.rate(45)


def test_a_bool_is_not_a_rating_value() -> None:
    with pytest.raises(InvalidData, match="expected an integer"):
        Rating(scale=INTENSITY, value=True)


@pytest.mark.parametrize(
    ("fields", "path"),
    [
        ({"low": 5, "high": 5}, "$.high"),
        ({"low": 0, "high": 10, "step": 3}, "$.step"),
        ({"low": 0, "high": 10, "anchors": (Anchor(value=11, label="x"),)}, "$.anchors[0].value"),
        (
            {
                "low": 0,
                "high": 10,
                "anchors": (Anchor(value=5, label="b"), Anchor(value=1, label="a")),
            },
            "$.anchors",
        ),
        ({"low": 0, "high": 10, "step": 0}, "$.step"),
    ],
)
def test_invalid_scales(fields: dict[str, object], path: str) -> None:
    with pytest.raises(InvalidData) as caught:
        Scale(name="custom", label="Custom", **fields)  # type: ignore[arg-type]
    assert path in caught.value.paths


def test_scale_names_are_machine_names() -> None:
    with pytest.raises(InvalidData, match="lowercase"):
        Scale(name="My Scale", label="x", low=0, high=1)


def test_same_scale_ratings_order_and_subtract() -> None:
    before, after = BELIEF.rate(90), BELIEF.rate(55)
    assert after < before
    assert before > after
    assert after <= BELIEF.rate(55)
    assert before >= BELIEF.rate(90)
    assert after - before == -35
    assert sorted([before, after]) == [after, before]


@pytest.mark.parametrize(
    "operation", [operator.lt, operator.le, operator.gt, operator.ge, operator.sub]
)
def test_ratings_on_different_scales_refuse_to_compare(
    operation: Callable[[Rating, Rating], object],
) -> None:
    with pytest.raises(ScaleMismatch, match="belief scale and one on the suds scale"):
        operation(BELIEF.rate(80), SUDS.rate(80))


def test_comparing_a_rating_with_a_number_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        _ = BELIEF.rate(80) < 90  # type: ignore[operator]


def test_rating_label_comes_from_the_anchor() -> None:
    assert SUDS.rate(100).label == "worst imaginable"
    assert SUDS.rate(37).label is None


@given(ths.ratings())
def test_every_generated_rating_is_on_its_scale(rating: Rating) -> None:
    assert rating.scale.contains(rating.value)
    assert rating.value in rating.scale.values()


@given(ths.scales(), st.data())
def test_ratings_order_like_their_values(scale: Scale, data: st.DataObject) -> None:
    a = data.draw(ths.ratings(scale=scale))
    b = data.draw(ths.ratings(scale=scale))
    assert (a < b) == (a.value < b.value)
    assert (a <= b) == (a.value <= b.value)
    assert a - b == -(b - a)
    assert (a == b) == (a.value == b.value)


@given(ths.scales(), st.integers(-10_000, 10_000))
def test_a_value_is_accepted_exactly_when_the_scale_contains_it(scale: Scale, value: int) -> None:
    if scale.contains(value):
        assert scale.rate(value).value == value
    else:
        with pytest.raises(InvalidData):
            scale.rate(value)
