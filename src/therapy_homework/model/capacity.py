"""The client's week as the clinician sees it: what capacity homework must fit.

A :class:`CapacitySnapshot` holds energy and motivation, executive-function strain,
current stressors, and optionally the minutes the client has. The capacity check
(:func:`therapy_homework.checks.check_capacity`) compares it with what homework asks.
"""

from collections.abc import Iterable
from datetime import datetime
from typing import Annotated

import attrs

from .._core.fields import Bounded, Choice, Identifier, first_duplicate, model
from ..errors import Problem, ProblemCode
from .rating import Rating

__all__ = ["CapacitySnapshot", "ExecutiveStrain", "Stressor"]


class ExecutiveStrain(Choice):
    """How hard planning, starting and remembering are for the client this week."""

    NONE = "none"
    SOME = "some"
    HIGH = "high"


class Stressor(Choice):
    """What is weighing on the client's week."""

    BURNOUT = "burnout"
    GRIEF = "grief"
    DEPRESSION = "depression"
    #: Survival mode or an acute crisis: the week is about getting through it.
    SURVIVAL_MODE = "survival_mode"
    CAREGIVING = "caregiving"
    ILLNESS_OR_PAIN = "illness_or_pain"
    TRAUMA_ACTIVATION = "trauma_activation"
    MINORITY_STRESS_EVENT = "minority_stress_event"
    OTHER = "other"


_Stressors = Annotated[tuple[Stressor, ...], Bounded(0, len(Stressor))]


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class CapacitySnapshot:
    """A client's week as the clinician sees it, at ``as_of``.

    ``energy`` and ``motivation`` are ratings (any scale; the check uses where the
    value sits between the scale's ends). ``minutes_per_week``, when given, is the
    time the client has for homework and replaces the estimate from the rest.

    Rules beyond each field: each stressor appears once.
    """

    client_id: Identifier
    as_of: datetime
    energy: Rating
    motivation: Rating
    executive_strain: ExecutiveStrain = ExecutiveStrain.NONE
    stressors: _Stressors = ()
    minutes_per_week: Annotated[int, Bounded(0, 7 * 24 * 60)] | None = None

    def _cross_checks(self) -> Iterable[Problem]:
        duplicate = first_duplicate(self.stressors)
        if duplicate is not None:
            return [Problem(("stressors", duplicate), "is already listed", ProblemCode.DUPLICATE)]
        return ()
