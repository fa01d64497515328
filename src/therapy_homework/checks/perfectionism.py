"""Perfectionism: homework framed as a test that can be failed.

Practice is for information, not performance. :func:`check_perfectionism` flags
homework framed as a test that can be failed (an absolute demand, a standard of
performance, proof of the client, a verdict on missing it) and notes that blame the
client for missed homework (labels, claims about will or motives, doubt, sarcasm), and
suggests framing the practice as information: aim for, notice what gets in the way,
what did it tell us. The reading itself is in :mod:`._framing`.

A plain "every day" is not perfectionism: it is a question of capacity.
"""

from collections.abc import Iterator

import attrs

from .._core.fields import describe
from ..errors import Problem, ProblemCode, WrongType
from ..model.assignment import Assignment
from ..model.review import Review
from ._framing import Passage, blame_span, test_span
from .findings import Report, Severity
from .rules import BuiltinRule, Hit, Message, Policy, Registry, register_builtins, run_checker

__all__ = ["check_perfectionism"]

CHECKER = "perfectionism"

INFORMATION_FRAMING = (
    "Frame it as information: 'Aim for ... and notice what gets in the way; whatever "
    "happens tells us something useful.'"
)
REVIEW_FRAMING = (
    "Describe what happened and what got in the way: 'It didn't happen this week; "
    "what got in the way was ...', then ask what it tells us."
)


@attrs.frozen
class PerfectionismSubject:
    """The texts to read, each with its path, and what they are: ``"homework"``,
    ``"review"`` notes, or a ``"text"`` of either kind (a form field, a note)."""

    #: Each text with its path (never shown: client-written text).
    texts: tuple[tuple[str, str], ...] = attrs.field(repr=False)
    kind: str
    #: Each text read once for framing: both rules read the same words.
    passages: tuple[Passage, ...] = attrs.field(init=False, eq=False, repr=False)

    @passages.default
    def _read_passages(self) -> tuple[Passage, ...]:
        return tuple(Passage(text) for _, text in self.texts)


def _absolute(subject: PerfectionismSubject) -> Iterator[Hit]:
    if subject.kind == "review":
        return  # "she did it perfectly" describes; it does not set a test
    for (path, _), passage in zip(subject.texts, subject.passages, strict=True):
        span = test_span(passage)
        if span is not None:
            yield Hit(path=path, span=span, suggestion=INFORMATION_FRAMING)


def _blaming(subject: PerfectionismSubject) -> Iterator[Hit]:
    if subject.kind == "homework":
        return
    for (path, _), passage in zip(subject.texts, subject.passages, strict=True):
        span = blame_span(passage, review=subject.kind == "review")
        if span is not None:
            yield Hit(path=path, span=span, suggestion=REVIEW_FRAMING)


_RULES = (
    BuiltinRule(
        CHECKER,
        "PERF001",
        Severity.WARNING,
        Message(
            "Framed as a test that can be failed (every single day, without fail, "
            "perfectly, no excuses, prove ...): frame it as practice and information.",
            "This is practice, not a test: whatever happens tells us something useful.",
        ),
        _absolute,
        "Journal every single day without fail, no excuses.",
        "Aim to write one line on four evenings this week, and notice what gets in the way.",
    ),
    BuiltinRule(
        CHECKER,
        "PERF002",
        Severity.WARNING,
        Message(
            "The notes blame the client (failed to, non-compliant, refused to, no effort, "
            "lazy ...): describe what happened and what got in the way.",
            "Missing practice is information, not a failing: what got in the way?",
        ),
        _blaming,
        "Failed to do the homework again; non-compliant.",
        "Did not get to it this week; work shifts took the evenings.",
    ),
)

register_builtins(_RULES)


def _texts_of(item: str | Assignment | Review) -> PerfectionismSubject:
    if isinstance(item, str):
        return PerfectionismSubject((("$", item),), kind="text")
    if isinstance(item, Assignment):
        texts = [("$.title", item.title), ("$.instructions", item.instructions)]
        if item.plan is not None:
            texts.append(("$.plan.action", item.plan.action))
            if item.plan.cue is not None:
                texts.append(("$.plan.cue", item.plan.cue))
        return PerfectionismSubject(tuple(texts), kind="homework")
    if isinstance(item, Review):
        texts = []
        if item.noticed is not None:
            texts.append(("$.noticed", item.noticed))
        for i, barrier in enumerate(item.barriers):
            if barrier.note is not None:
                texts.append((f"$.barriers[{i}].note", barrier.note))
        return PerfectionismSubject(tuple(texts), kind="review")
    raise WrongType(
        [
            Problem(
                ("item",),
                f"expected a text, an Assignment or a Review, got {describe(item)}",
                ProblemCode.TYPE,
            )
        ]
    )


def check_perfectionism(
    item: str | Assignment | Review,
    *,
    policy: Policy | None = None,
    registry: Registry | None = None,
) -> Report:
    """Flag pass-or-fail framing in homework, and blaming words in a review's notes.

    A plain text may be either (a form field, a clinician's note): it is read for
    both, with only the words that blame the client for the homework.
    """
    return run_checker(CHECKER, _texts_of(item), policy, registry)
