"""The review of one assignment at a session: what happened, what got in the way, what next.

Missed homework is information, not a verdict. A :class:`Review` records how much
was done (done, partly, not done: no pass or fail), the barriers met, what the
client noticed, optional ratings, and the decision for next time.
"""

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Annotated

import attrs

from .._core.extensions import EMPTY_EXTENSIONS, Extensions
from .._core.fields import Bounded, Choice, Identifier, Text, first_duplicate, model
from ..errors import Problem, ProblemCode
from .rating import Rating

__all__ = [
    "Barrier",
    "BarrierKind",
    "Completion",
    "Decision",
    "Review",
]


class Completion(Choice):
    """How much of the practice happened."""

    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not_done"


class BarrierKind(Choice):
    """What got in the way; each points to a different adjustment."""

    #: The task was bigger than the week allowed.
    TOO_BIG = "too_big"
    #: It touched something that needs more support first.
    NEEDS_SUPPORT = "needs_support"
    #: The week was taken over by getting through it.
    SURVIVAL_MODE = "survival_mode"
    #: Part of the client wants the change and part protects against it.
    AMBIVALENCE = "ambivalence"
    #: "If I can't do it perfectly I shouldn't do it at all."
    PERFECTIONISTIC_BELIEF = "perfectionistic_belief"
    #: Time, place, privacy, money, transport and the like.
    PRACTICAL_OBSTACLE = "practical_obstacle"
    #: The instructions were not clear.
    UNCLEAR_INSTRUCTIONS = "unclear_instructions"
    #: Why the task mattered was not clear.
    RATIONALE_UNCLEAR = "rationale_unclear"
    FORGOT = "forgot"
    OTHER = "other"


class Decision(Choice):
    """What happens to the assignment next."""

    CONTINUE = "continue"
    SHRINK = "shrink"
    #: Set the homework aside until the week settles, and come back to it at a review.
    PAUSE = "pause"
    REHEARSE_IN_SESSION = "rehearse_in_session"
    RESCHEDULE = "reschedule"
    CLARIFY = "clarify"
    REVISIT_WHY = "revisit_why"
    RETIRE = "retire"
    REPLACE = "replace"


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class Barrier:
    """One thing that got in the way, with an optional note in the client's words."""

    kind: BarrierKind
    note: Text | None = None


_Barriers = Annotated[tuple[Barrier, ...], Bounded(0, len(BarrierKind))]


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class Review:
    """The review of one assignment.

    ``replacement_id`` names the assignment that replaces this one.

    Rules beyond each field: each barrier kind appears at most once;
    ``replacement_id`` is given only with :attr:`Decision.REPLACE` and names a
    different assignment.
    """

    id: Identifier
    client_id: Identifier
    assignment_id: Identifier
    reviewed_at: datetime
    completion: Completion
    #: What happens next; ``None`` while it is not decided yet (a review may be
    #: recorded first, and :func:`~therapy_homework.suggest_adjustments` consulted).
    decision: Decision | None = None
    barriers: _Barriers = ()
    noticed: Text | None = None
    helpfulness: Rating | None = None
    difficulty: Rating | None = None
    replacement_id: Identifier | None = None
    #: The app's own data under namespaced keys (audit, tenant, external ids): carried
    #: exactly, never read by the kit, never shown (see :class:`Extensions`).
    extensions: Extensions = EMPTY_EXTENSIONS

    def _cross_checks(self) -> Iterable[Problem]:
        barriers = self.barriers
        if self.replacement_id is None and (
            not barriers or len({b.kind for b in barriers}) == len(barriers)
        ):
            return ()  # the common case, decided without building anything
        return list(self._problems())

    def _problems(self) -> Iterator[Problem]:
        duplicate = first_duplicate(b.kind for b in self.barriers)
        if duplicate is not None:
            yield Problem(
                ("barriers", duplicate, "kind"), "is already listed", ProblemCode.DUPLICATE
            )
        if self.replacement_id is not None and isinstance(self.decision, Decision | None):
            if self.decision is not Decision.REPLACE:
                yield Problem(
                    ("replacement_id",),
                    "is only given when the decision is replace",
                    ProblemCode.INVALID,
                )
            elif self.replacement_id == self.assignment_id:
                yield Problem(
                    ("replacement_id",), "must name a different assignment", ProblemCode.INVALID
                )
