"""Perfectionism: homework framed as a test that can be failed.

Practice is for information, not performance. :func:`check_perfectionism` flags
pass-or-fail and absolute framing in homework ("every single day without fail",
"perfectly", "no excuses", "don't mess this up", "100 %", "prove") and blaming words
in a review's notes ("failed to", "non-compliant", "didn't bother", "lazy"), and
suggests framing the practice as information: aim for, notice what gets in the way,
what did it tell us.

A plain "every day" is not perfectionism: it is a question of capacity.
"""

from collections.abc import Iterator

import attrs

from .._core.fields import describe
from ..errors import Problem, WrongType
from ..model.assignment import Assignment
from ..model.review import Review
from ._reader import PhraseSet, words
from .findings import Report, Severity
from .rules import BuiltinRule, Hit, Message, Policy, Registry, register_builtins, run_checker

__all__ = ["check_perfectionism"]

CHECKER = "perfectionism"

# Phrases, matched as whole words (case-folded, hyphens as spaces).
ABSOLUTE_PHRASES = PhraseSet(
    [
        "every single day",
        "every single time",
        "without fail",
        "no matter what",
        "no excuses",
        "no exceptions",
        "perfectly",
        "perfect",
        "flawlessly",
        "don't mess this up",
        "do not mess this up",
        "don't mess it up",
        "don't screw",
        "don't fail",
        "do not fail",
        "100 percent",
        "one hundred percent",
        "prove",
        "never miss",
        "never skip",
        "at all costs",
        "pass or fail",
        "get it right",
        "must not miss",
        "or else",
        "not an option",
        "without missing",
        "every single",
        "zero tolerance",
        "no days off",
    ]
)
#: Words that blame the client for the homework, as clinicians' notes write them. In a
#: text of unknown kind (it may be an assignment), only these are read.
_BLAME_ANYWHERE = [
    "failed to",
    "non compliant",
    "noncompliant",
    "non compliance",
    "noncompliance",
    "poor compliance",
    "non adherent",
    "nonadherent",
    "didn't bother",
    "did not bother",
    "couldn't be bothered",
    "can't be bothered",
    "refused to",
    "refuses to",
    "no effort",
    "didn't try",
    "did not try",
    "sabotaged",
    "chose not to",
]
BLAME_ANYWHERE = PhraseSet(_BLAME_ANYWHERE)
BLAMING_PHRASES = PhraseSet(
    [
        *_BLAME_ANYWHERE,
        # Words that also describe a feeling ("notice when you feel lazy"): blame only
        # in a review's notes.
        "unwilling",
        "failed",
        "failure",
        "non compliant",
        "noncompliant",
        "non compliance",
        "noncompliance",
        "didn't bother",
        "did not bother",
        "couldn't be bothered",
        "lazy",
        "laziness",
        "refused to",
        "no effort",
        "didn't try",
        "did not try",
        "unmotivated",
        "resistant",
        "excuses",
        "should have",
    ]
)

INFORMATION_FRAMING = (
    "Frame it as information: 'Aim for ... and notice what gets in the way; whatever "
    "happens tells us something useful.'"
)
REVIEW_FRAMING = (
    "Describe what happened and what got in the way: 'It didn't happen this week; "
    "what got in the way was ...', then ask what it tells us."
)


def _found(text: str, phrases: PhraseSet) -> bool:
    # The tokenizer drops "%": spell it out so that "100%" reads "100 percent".
    return bool(phrases.matches(words(text.replace("%", " percent "))))


def _span(text: str, phrases: PhraseSet) -> tuple[int, int] | None:
    """Where the first phrase is in ``text`` ("100%" is found as the number alone)."""
    return phrases.first_span(text)


@attrs.frozen
class PerfectionismSubject:
    """The texts to read, each with its path, and what they are: ``"homework"``,
    ``"review"`` notes, or a ``"text"`` of either kind (a form field, a note)."""

    texts: tuple[tuple[str, str], ...]
    kind: str


def _absolute(subject: PerfectionismSubject) -> Iterator[Hit]:
    if subject.kind == "review":
        return  # "she did it perfectly" describes; it does not set a test
    for path, text in subject.texts:
        if _found(text, ABSOLUTE_PHRASES):
            span = _span(text, ABSOLUTE_PHRASES)
            yield Hit(path=path, span=span, suggestion=INFORMATION_FRAMING)


def _blaming(subject: PerfectionismSubject) -> Iterator[Hit]:
    if subject.kind == "homework":
        return
    # In a plain text (which may be homework: "notice when you feel you failed"), only
    # the words that blame the client for the homework count.
    phrases = BLAMING_PHRASES if subject.kind == "review" else BLAME_ANYWHERE
    for path, text in subject.texts:
        if _found(text, phrases):
            yield Hit(path=path, span=_span(text, phrases), suggestion=REVIEW_FRAMING)


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
        [Problem(("item",), f"expected a text, an Assignment or a Review, got {describe(item)}")]
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
