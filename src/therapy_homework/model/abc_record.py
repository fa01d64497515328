"""The REBT A-B-C-D-E record: :class:`AbcRecord`.

*A* is the activating event; *B* the belief about it, classified by its
irrational form and rated for how strongly it is held; *C* the emotional and
behavioural consequences; *D* the disputation (is it true, does it follow, does it
help?); *E* the effective new belief, rated too. The original belief can be
re-rated after the disputation, which is what the progress measures follow.
"""

from collections.abc import Iterator
from datetime import datetime
from typing import Annotated

import attrs

from .._core.extensions import EMPTY_EXTENSIONS, Extensions
from .._core.fields import Bounded, Choice, Identifier, Text, first_duplicate, model
from ..errors import Problem, ProblemCode
from .rating import Rating
from .thought_record import Emotion

__all__ = ["AbcRecord", "BeliefKind", "Disputation"]


class BeliefKind(Choice):
    """The irrational forms REBT names in a belief."""

    #: A rigid "must", "should" or "have to".
    DEMAND = "demand"
    #: "It would be awful, the worst thing."
    AWFULIZING = "awfulizing"
    #: Low frustration tolerance: "I can't stand it."
    LOW_FRUSTRATION_TOLERANCE = "low_frustration_tolerance"
    #: A global rating of oneself: "I am a failure."
    GLOBAL_RATING_OF_SELF = "global_rating_of_self"
    #: A global rating of another person or people: "They are useless."
    GLOBAL_RATING_OF_OTHERS = "global_rating_of_others"


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class Disputation:
    """The questions put to the belief: the evidence, the logic, the usefulness.

    Rules beyond each field: at least one of the three is answered.
    """

    evidence: Text | None = None
    logic: Text | None = None
    usefulness: Text | None = None

    def _cross_checks(self) -> Iterator[Problem]:
        if self.evidence is None and self.logic is None and self.usefulness is None:
            yield Problem(
                (),
                "answer at least one question: evidence, logic or usefulness",
                ProblemCode.REQUIRED,
            )


_Emotions = Annotated[tuple[Emotion, ...], Bounded(0, 50)]
_Kinds = Annotated[tuple[BeliefKind, ...], Bounded(0, len(BeliefKind))]


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class AbcRecord:
    """One A-B-C-D-E record.

    Rules beyond each field: each belief kind and each emotion appear once; the
    effective belief's rating needs the effective belief; the re-rated belief uses
    the scale of the first rating.
    """

    id: Identifier
    client_id: Identifier
    occurred_at: datetime
    activating_event: Text
    belief: Text
    belief_rating: Rating
    belief_kinds: _Kinds = ()
    emotional_consequences: _Emotions = ()
    behavioural_consequences: tuple[Text, ...] = ()
    disputation: Disputation | None = None
    effective_belief: Text | None = None
    effective_belief_rating: Rating | None = None
    rerated_belief: Rating | None = None
    assignment_id: Identifier | None = None
    #: The app's own data under namespaced keys (audit, tenant, external ids): carried
    #: exactly, never read by the kit, never shown (see :class:`Extensions`).
    extensions: Extensions = EMPTY_EXTENSIONS

    def _cross_checks(self) -> Iterator[Problem]:
        duplicate = first_duplicate(self.belief_kinds)
        if duplicate is not None:
            yield Problem(("belief_kinds", duplicate), "is already listed", ProblemCode.DUPLICATE)
        duplicate = first_duplicate(e.name.casefold() for e in self.emotional_consequences)
        if duplicate is not None:
            yield Problem(
                ("emotional_consequences", duplicate, "name"),
                "names an emotion already listed",
                ProblemCode.DUPLICATE,
            )
        if self.effective_belief_rating is not None and self.effective_belief is None:
            yield Problem(
                ("effective_belief_rating",),
                "rates an effective belief that is not written",
                ProblemCode.REFERENCE,
            )
        if (
            self.rerated_belief is not None
            and self.rerated_belief.scale != self.belief_rating.scale
        ):
            yield Problem(
                ("rerated_belief",), "must use the scale of belief_rating", ProblemCode.MISMATCH
            )
