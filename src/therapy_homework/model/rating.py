"""Ratings on scales: belief 0-100 %, distress (SUDS) 0-100, intensity 0-10, and your own.

A :class:`Scale` has integer bounds, a step and labelled anchors. A :class:`Rating`
is a value on one scale; it is rejected when it falls outside the scale or between
its steps. Ratings on the same scale order and subtract; ratings on different
scales refuse to (:class:`~therapy_homework.errors.ScaleMismatch`), because 80 % belief
and 80 SUDS are not the same quantity.

>>> from therapy_homework.model import BELIEF
>>> before, after = BELIEF.rate(90), BELIEF.rate(55)
>>> after < before, before - after
(True, 35)
"""

from collections.abc import Iterable, Iterator
from typing import Annotated

import attrs

from .._core.fields import Bounded, Name, ShortText, describe, first_duplicate, model
from ..errors import Problem, ProblemCode, ScaleMismatch, WrongType

__all__ = [
    "BELIEF",
    "BUILTIN_SCALES",
    "DIFFICULTY",
    "HELPFULNESS",
    "INTENSITY",
    "MOOD",
    "SUDS",
    "TENSION",
    "Anchor",
    "Rating",
    "Scale",
]

_LIMIT = 1_000_000
ScaleBound = Annotated[int, Bounded(-_LIMIT, _LIMIT)]


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class Anchor:
    """A labelled point on a scale, such as ``0 = "no distress"``."""

    value: ScaleBound
    label: ShortText


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class Scale:
    """A rating scale: integer values from ``low`` to ``high`` in steps of ``step``.

    ``name`` is a short machine name (``"suds"``); ``label`` says what is rated.
    Anchors label some of the values. Build your own for anything the built-in scales do not cover::

        craving = Scale(name="craving", label="Urge to drink", low=0, high=10)

    Rules beyond each field: ``high`` is greater than ``low``; ``step`` divides the
    distance between them evenly; anchors lie on the scale, in ascending order, one
    per value.
    """

    name: Name
    label: ShortText
    low: ScaleBound
    high: ScaleBound
    step: Annotated[int, Bounded(1, _LIMIT)] = 1
    anchors: tuple[Anchor, ...] = ()

    def _cross_checks(self) -> Iterator[Problem]:
        if self.high <= self.low:
            yield Problem(("high",), "must be greater than low", ProblemCode.OUT_OF_RANGE)
            return
        if (self.high - self.low) % self.step:
            yield Problem(
                ("step",), "must divide the distance from low to high evenly", ProblemCode.INVALID
            )
            return
        for index, anchor in enumerate(self.anchors):
            if not self.contains(anchor.value):
                yield Problem(
                    ("anchors", index, "value"),
                    "is not a value on this scale",
                    ProblemCode.NOT_ON_SCALE,
                )
        values = [a.value for a in self.anchors]
        if values != sorted(values):
            yield Problem(("anchors",), "must be in ascending order of value", ProblemCode.ORDER)
        duplicate = first_duplicate(values)
        if duplicate is not None:
            yield Problem(
                ("anchors", duplicate, "value"),
                "labels a value that has an anchor",
                ProblemCode.DUPLICATE,
            )

    def contains(self, value: int) -> bool:
        """Whether ``value`` is one of this scale's values (anything but a whole number is not)."""
        if type(value) is not int:
            return False
        return self.low <= value <= self.high and (value - self.low) % self.step == 0

    def values(self) -> range:
        """Every value on the scale, lowest first."""
        return range(self.low, self.high + 1, self.step)

    def rate(self, value: int) -> "Rating":
        """A :class:`Rating` of ``value`` on this scale (validated)."""
        return Rating(scale=self, value=value)

    def anchor_for(self, value: int) -> str | None:
        """The anchor label of ``value``, if it has one."""
        for anchor in self.anchors:
            if anchor.value == value:
                return anchor.label
        return None


def _scale_name(scale: object) -> str:
    return repr(scale.name) if isinstance(scale, Scale) else repr(scale)


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class Rating:
    """A value on a :class:`Scale`.

    Ratings on the same scale compare with ``<``, ``<=``, ``>``, ``>=`` and
    subtract to an ``int``; mixing scales raises :class:`ScaleMismatch`.
    ``==`` is ordinary equality: same scale and same value.

    Rules beyond each field: the value lies on the scale (between its ends, on one
    of its steps).
    """

    scale: Scale = attrs.field(repr=_scale_name)
    value: ScaleBound

    def _cross_checks(self) -> Iterable[Problem]:
        scale, value = self.scale, self.value
        if scale.low <= value <= scale.high and not (value - scale.low) % scale.step:
            return ()
        if not scale.low <= value <= scale.high:
            message = f"{value} is outside the {scale.name} scale ({scale.low} to {scale.high})"
        else:
            message = (
                f"{value} is between the steps of the {scale.name} scale "
                f"(steps of {scale.step} from {scale.low})"
            )
        return [Problem(("value",), message, ProblemCode.NOT_ON_SCALE)]

    def _same_scale(self, other: object, operation: str) -> "Rating":
        if not isinstance(other, Rating):
            raise WrongType(
                [
                    Problem(
                        (), f"cannot {operation} a Rating and {describe(other)}", ProblemCode.TYPE
                    )
                ]
            )
        if other.scale != self.scale:
            raise ScaleMismatch(
                f"cannot {operation} a rating on the {self.scale.name} scale and one on "
                f"the {other.scale.name} scale"
            )
        return other

    def __lt__(self, other: object) -> bool:
        return self.value < self._same_scale(other, "compare").value

    def __le__(self, other: object) -> bool:
        return self.value <= self._same_scale(other, "compare").value

    def __gt__(self, other: object) -> bool:
        return self.value > self._same_scale(other, "compare").value

    def __ge__(self, other: object) -> bool:
        return self.value >= self._same_scale(other, "compare").value

    def __sub__(self, other: object) -> int:
        """The difference in scale units: ``after - before``."""
        return self.value - self._same_scale(other, "subtract").value

    @property
    def label(self) -> str | None:
        """The anchor label of this value, if the scale labels it."""
        return self.scale.anchor_for(self.value)


def _anchors(*pairs: tuple[int, str]) -> tuple[Anchor, ...]:
    return tuple(Anchor(value=v, label=label) for v, label in pairs)


#: Subjective Units of Distress, 0-100.
SUDS = Scale(
    name="suds",
    label="Distress (subjective units of distress)",
    low=0,
    high=100,
    anchors=_anchors((0, "no distress"), (50, "moderate distress"), (100, "worst imaginable")),
)
#: How strongly a thought is believed, 0-100 %.
BELIEF = Scale(
    name="belief",
    label="Belief in the thought (%)",
    low=0,
    high=100,
    anchors=_anchors((0, "not at all"), (50, "half"), (100, "completely")),
)
#: How intense an emotion is, 0-10.
INTENSITY = Scale(
    name="intensity",
    label="Emotion intensity",
    low=0,
    high=10,
    anchors=_anchors((0, "none"), (5, "moderate"), (10, "most intense")),
)
#: Mood, 0-10.
MOOD = Scale(
    name="mood",
    label="Mood",
    low=0,
    high=10,
    anchors=_anchors((0, "lowest"), (5, "neutral"), (10, "best")),
)
#: Tension in a conversation, 0-10, as each partner felt it.
TENSION = Scale(
    name="tension",
    label="Tension",
    low=0,
    high=10,
    anchors=_anchors((0, "calm"), (10, "flooded")),
)
#: How helpful a piece of homework felt, 0-10.
HELPFULNESS = Scale(
    name="helpfulness",
    label="How helpful the practice felt",
    low=0,
    high=10,
    anchors=_anchors((0, "not at all"), (10, "very")),
)
#: How hard a piece of homework felt, 0-10.
DIFFICULTY = Scale(
    name="difficulty",
    label="How hard the practice felt",
    low=0,
    high=10,
    anchors=_anchors((0, "easy"), (10, "very hard")),
)

#: The built-in scales by name. Serialization writes these by name only.
BUILTIN_SCALES: dict[str, Scale] = {
    s.name: s for s in (SUDS, BELIEF, INTENSITY, MOOD, TENSION, HELPFULNESS, DIFFICULTY)
}
