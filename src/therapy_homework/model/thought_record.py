"""The seven-column thought record (Beck), with a safety appraisal.

A :class:`ThoughtRecord` holds the situation and when it happened, what the body
did, the emotions with their intensity, the automatic thoughts with how strongly
each was believed (at most one marked *hot*), the evidence on both sides, a
balanced thought, and the re-ratings afterwards. Optional labels name cognitive
distortions; an optional :class:`SafetyAppraisal` keeps a genuinely unsafe
situation apart from an over-learned expectation of danger, so that a real threat
is never treated as a thinking error.
"""

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Annotated

import attrs

from .._core.extensions import EMPTY_EXTENSIONS, Extensions
from .._core.fields import Bounded, Choice, Identifier, ShortText, Text, first_duplicate, model
from ..errors import Problem, ProblemCode
from .rating import Rating

__all__ = [
    "AutomaticThought",
    "BalancedThought",
    "Distortion",
    "Emotion",
    "SafetyAppraisal",
    "SafetyAssessment",
    "ThoughtRecord",
]


class Distortion(Choice):
    """The standard vocabulary of cognitive distortions."""

    ALL_OR_NOTHING = "all_or_nothing"
    OVERGENERALIZING = "overgeneralizing"
    MENTAL_FILTER = "mental_filter"
    DISCOUNTING_POSITIVES = "discounting_positives"
    MIND_READING = "mind_reading"
    FORTUNE_TELLING = "fortune_telling"
    CATASTROPHIZING = "catastrophizing"
    MAGNIFYING_OR_MINIMIZING = "magnifying_or_minimizing"
    EMOTIONAL_REASONING = "emotional_reasoning"
    SHOULD_STATEMENTS = "should_statements"
    LABELING = "labeling"
    PERSONALIZATION = "personalization"
    BLAMING = "blaming"


class SafetyAssessment(Choice):
    """How the danger in a situation was appraised, with the client."""

    #: The situation was genuinely unsafe: plan for safety, do not dispute it.
    GENUINELY_UNSAFE = "genuinely_unsafe"
    #: The sense of danger was an over-learned expectation, worth testing.
    OVERLEARNED_EXPECTATION = "overlearned_expectation"
    #: Some real risk, and an alarm louder than the risk.
    BOTH = "both"
    UNSURE = "unsure"


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class SafetyAppraisal:
    """Whether the danger felt was real, learned, or both, with an optional note."""

    assessment: SafetyAssessment
    note: Text | None = None


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class Emotion:
    """An emotion felt, in the client's word for it, with its intensity."""

    name: ShortText
    intensity: Rating


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class AutomaticThought:
    """A thought as it came, with how strongly it was believed at the time."""

    text: Text
    belief: Rating
    hot: bool = False


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class BalancedThought:
    """The more balanced thought written after weighing the evidence."""

    text: Text
    belief: Rating


_Thoughts = Annotated[tuple[AutomaticThought, ...], Bounded(0, 50)]
_Emotions = Annotated[tuple[Emotion, ...], Bounded(0, 50)]


def _same(a: object, b: object) -> bool:
    return a is b or a == b


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class ThoughtRecord:
    """One thought record.

    Rules beyond each field: at least one automatic thought; at most one marked
    hot; no distortion label twice; a re-rated belief needs the thought it
    re-rates (the hot one, or the only one) and uses that thought's scale; each
    re-rated emotion is one of the emotions named, on the same scale, once.
    """

    id: Identifier
    client_id: Identifier
    occurred_at: datetime
    situation: Text
    thoughts: _Thoughts
    assignment_id: Identifier | None = None
    body_sensations: tuple[Text, ...] = ()
    emotions: _Emotions = ()
    evidence_for: tuple[Text, ...] = ()
    evidence_against: tuple[Text, ...] = ()
    balanced_thought: BalancedThought | None = None
    rerated_emotions: _Emotions = ()
    rerated_belief: Rating | None = None
    distortions: tuple[Distortion, ...] = ()
    custom_distortions: tuple[ShortText, ...] = ()
    safety: SafetyAppraisal | None = None
    #: The app's own data under namespaced keys (audit, tenant, external ids): carried
    #: exactly, never read by the kit, never shown (see :class:`Extensions`).
    extensions: Extensions = EMPTY_EXTENSIONS

    @property
    def hot_thought(self) -> AutomaticThought | None:
        """The thought marked hot, or the only thought when there is one."""
        for thought in self.thoughts:
            if thought.hot:
                return thought
        return self.thoughts[0] if len(self.thoughts) == 1 else None

    def _cross_checks(self) -> Iterable[Problem]:
        # The common case, decided without building anything: every rule holds.
        return () if self._consistent() else list(self._problems())

    def _consistent(self) -> bool:
        thoughts = self.thoughts
        hot = [t for t in thoughts if t.hot]
        if not thoughts or len(hot) > 1:
            return False
        if len(set(self.distortions)) != len(self.distortions):
            return False
        custom = self.custom_distortions
        if custom and len({d.casefold() for d in custom}) != len(custom):
            return False
        rerated = self.rerated_belief
        if rerated is not None:
            target = hot[0] if hot else (thoughts[0] if len(thoughts) == 1 else None)
            if target is None or not _same(target.belief.scale, rerated.scale):
                return False
        scales = {e.name.casefold(): e.intensity.scale for e in self.emotions}
        if len(scales) != len(self.emotions):
            return False
        seen: set[str] = set()
        for emotion in self.rerated_emotions:
            key = emotion.name.casefold()
            if key in seen or key not in scales or not _same(scales[key], emotion.intensity.scale):
                return False
            seen.add(key)
        return True

    def _problems(self) -> Iterator[Problem]:
        if not self.thoughts:
            yield Problem(
                ("thoughts",), "needs at least one automatic thought", ProblemCode.TOO_FEW
            )
        hot = [i for i, t in enumerate(self.thoughts) if t.hot]
        for index in hot[1:]:
            yield Problem(
                ("thoughts", index, "hot"),
                "only one thought can be the hot thought",
                ProblemCode.DUPLICATE,
            )
        duplicate = first_duplicate(self.distortions)
        if duplicate is not None:
            yield Problem(("distortions", duplicate), "is already listed", ProblemCode.DUPLICATE)
        duplicate = first_duplicate(d.casefold() for d in self.custom_distortions)
        if duplicate is not None:
            yield Problem(
                ("custom_distortions", duplicate), "is already listed", ProblemCode.DUPLICATE
            )
        if self.rerated_belief is not None and len(hot) <= 1:
            target = self.hot_thought
            if target is None:
                yield Problem(
                    ("rerated_belief",),
                    "mark the hot thought so the re-rating has a thought to belong to",
                    ProblemCode.REQUIRED,
                )
            elif target.belief.scale != self.rerated_belief.scale:
                yield Problem(
                    ("rerated_belief",),
                    "must use the scale of the hot thought's belief",
                    ProblemCode.MISMATCH,
                )
        yield from self._rerating_problems()

    def _rerating_problems(self) -> Iterator[Problem]:
        scales = {e.name.casefold(): e.intensity.scale for e in self.emotions}
        duplicate = first_duplicate(e.name.casefold() for e in self.emotions)
        if duplicate is not None:
            yield Problem(
                ("emotions", duplicate, "name"),
                "names an emotion already listed",
                ProblemCode.DUPLICATE,
            )
        seen: set[str] = set()
        for index, emotion in enumerate(self.rerated_emotions):
            key = emotion.name.casefold()
            if key in seen:
                yield Problem(
                    ("rerated_emotions", index, "name"), "is re-rated twice", ProblemCode.DUPLICATE
                )
            seen.add(key)
            if key not in scales:
                yield Problem(
                    ("rerated_emotions", index, "name"),
                    "re-rates an emotion that is not listed",
                    ProblemCode.REFERENCE,
                )
            elif scales[key] != emotion.intensity.scale:
                yield Problem(
                    ("rerated_emotions", index, "intensity"),
                    "must use the scale of the first rating",
                    ProblemCode.MISMATCH,
                )
