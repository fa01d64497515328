"""The specificity check: can anyone tell, next session, whether and how it was done?

The brief's working definition: homework is *specific* when it names a concrete,
observable action (for noticing and grief work, the exact thing to attend to) and a
bounded occasion (a cue, a day or time, a count, or a dose); writing also needs a
focus. It is *vague* when it names an outcome or a state, a mental command, a soft
verb with no action, or an unbounded habit. Length is no signal either way.

>>> from therapy_homework import check_specificity
>>> check_specificity("Text Sam by Friday to set a coffee date.").ok
True
>>> report = check_specificity("Journal more")
>>> [(f.code, f.missing.value) for f in report]
[('SPEC004', 'occasion'), ('SPEC006', 'focus')]

:func:`check_specificity` reads a plain text, or an :class:`~therapy_homework.Assignment`
(its instructions, its structured plan, or both: an element found in either counts).
"""

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

from ._language import Analysis, Head, HeadKind, analyse
from .assignment import Assignment, AssignmentKind
from .findings import Missing, Report, Severity
from .rules import DEFAULT_REGISTRY, MESSAGES, Hit, Message, Policy, Registry

if TYPE_CHECKING:
    from .templates import Template

__all__ = ["FILL_IN_PROMPT", "SpecificitySubject", "check_specificity", "suggest_rewrite"]

CHECKER = "specificity"

#: The rewrite offered when no template in the catalogue fits the text's topic.
FILL_IN_PROMPT = (
    "Fill in the blanks: [what exactly you will do] [when: a day, or the moment that "
    "starts it] [how much: how many times or minutes], then note [what to write down]."
)

#: Kinds of homework that are not asked for a dose: attention is the task.
NO_DOSE_KINDS = frozenset({AssignmentKind.NOTICING, AssignmentKind.GRIEF, AssignmentKind.VALUES})

_CONCRETE = (HeadKind.ACTION, HeadKind.WRITING, HeadKind.ATTENTION, HeadKind.READING)
_HAS_DOING = (*_CONCRETE, HeadKind.HABIT)


@attrs.frozen
class _Source:
    """One piece of text the check read, and where it lives."""

    path: str
    analysis: Analysis


@attrs.frozen(kw_only=True)
class SpecificitySubject:
    """What the specificity rules look at: the texts read, and the assignment if any."""

    sources: tuple[_Source, ...]
    assignment: Assignment | None
    kind: AssignmentKind | None
    suggestion: str

    @property
    def heads(self) -> tuple[Head, ...]:
        """The clause heads of every text read."""
        return tuple(h for s in self.sources for h in s.analysis.heads)

    @property
    def has_action(self) -> bool:
        """A concrete action, with its focus where it needs one, in any text read."""
        return any(s.analysis.actions for s in self.sources)

    @property
    def has_doing(self) -> bool:
        """Any head that asks for doing something, even unbounded or unfocused."""
        return any(h.kind in _HAS_DOING for h in self.heads)

    @property
    def bounded(self) -> bool:
        """A bounded occasion in any text, or in the plan's cue, dose or schedule."""
        if any(s.analysis.bounded for s in self.sources):
            return True
        assignment = self.assignment
        if assignment is None:
            return False
        plan = assignment.plan
        if plan is not None and plan.dose is not None:
            return True
        return assignment.schedule.recurrence is not None and assignment.review_at is not None

    @property
    def unbounded_habit(self) -> bool:
        """ "More", "every day" or "when you can" with nothing that bounds it."""
        return any(
            a.has_comparative or a.has_frequency or a.has_unbounded_cue
            for a in (s.analysis for s in self.sources)
        ) or any(h.kind == HeadKind.HABIT for h in self.heads)

    @property
    def main_path(self) -> str:
        """Where an action would go: the plan's action, or the text."""
        assignment = self.assignment
        if assignment is not None and assignment.plan is not None:
            return "$.plan.action"
        return self.sources[0].path if self.sources else "$"

    @property
    def occasion_path(self) -> str:
        """Where an occasion would go: the plan's cue, or the text."""
        assignment = self.assignment
        if assignment is not None and assignment.plan is not None:
            return "$.plan.cue"
        return self.main_path


# --------------------------------------------------------------------------- rules


_Finder = Callable[[SpecificitySubject], Iterable[Hit]]


@attrs.frozen
class _Rule:
    code: str
    severity: Severity
    message: Message
    find: _Finder
    checker: str = CHECKER

    def check(self, subject: SpecificitySubject) -> Iterable[Hit]:
        return self.find(subject)


def _vague_category(subject: SpecificitySubject) -> str | None:
    """Why there is nothing to do: the first vague head's kind; ``""`` for no head."""
    if subject.has_doing or subject.has_action:
        return None
    if any(s.analysis.softened for s in subject.sources):
        return HeadKind.SOFT
    return next((h.kind for h in subject.heads if h.kind not in _HAS_DOING), "")


def _no_action(*kinds: str) -> _Finder:
    def find(subject: SpecificitySubject) -> Iterator[Hit]:
        if _vague_category(subject) in kinds:
            yield Hit(path=subject.main_path, missing=Missing.ACTION, suggestion=subject.suggestion)

    return find


def _unbounded_habit(subject: SpecificitySubject) -> Iterator[Hit]:
    if not subject.bounded and subject.unbounded_habit:
        yield Hit(
            path=subject.occasion_path, missing=Missing.OCCASION, suggestion=subject.suggestion
        )


def _no_occasion(subject: SpecificitySubject) -> Iterator[Hit]:
    if not subject.bounded and not subject.unbounded_habit:
        yield Hit(
            path=subject.occasion_path, missing=Missing.OCCASION, suggestion=subject.suggestion
        )


def _unfocused(kinds: tuple[str, ...]) -> _Finder:
    def find(subject: SpecificitySubject) -> Iterator[Hit]:
        if subject.has_action:
            return
        assignment = subject.assignment
        if (
            assignment is not None
            and assignment.plan is not None
            and assignment.plan.record is not None
            and assignment.plan.record.what is not None
        ):
            return  # the plan says what to write down
        for source in subject.sources:
            if any(h.kind in kinds for h in source.analysis.unfocused):
                yield Hit(
                    path=subject.main_path, missing=Missing.FOCUS, suggestion=subject.suggestion
                )
                return

    return find


def _plan_without_dose(subject: SpecificitySubject) -> Iterator[Hit]:
    assignment = subject.assignment
    if assignment is None or assignment.plan is None or assignment.plan.dose is not None:
        return
    if assignment.kind in NO_DOSE_KINDS:
        return
    if any(s.analysis.has_dose or s.analysis.has_count for s in subject.sources):
        return
    yield Hit(path="$.plan.dose", missing=Missing.DOSE)


def _plan_without_record(subject: SpecificitySubject) -> Iterator[Hit]:
    assignment = subject.assignment
    if assignment is None or assignment.plan is None or assignment.plan.record is not None:
        return
    if any(h.kind == HeadKind.WRITING and h.focused for h in subject.heads):
        return
    yield Hit(path="$.plan.record", missing=Missing.RECORD)


def _no_end(subject: SpecificitySubject) -> Iterator[Hit]:
    assignment = subject.assignment
    if assignment is None or assignment.review_at is not None:
        return
    recurrence = assignment.schedule.recurrence
    if recurrence is None and assignment.plan is None:
        return  # a plain text assignment: its own words say when
    if recurrence is not None and (
        "COUNT=" in recurrence.upper() or "UNTIL=" in recurrence.upper()
    ):
        return
    yield Hit(path="$.review_at", missing=Missing.OCCASION)


_RULES = (
    _Rule(
        "SPEC001",
        Severity.PROBLEM,
        Message(
            "Names an outcome or a state (better, healthier, be more ...), not something "
            "to do: say the action that would move toward it.",
            "What is one thing you could actually do this week that would move you toward this?",
        ),
        _no_action(HeadKind.STATE, HeadKind.OUTCOME, HeadKind.ABSTRACT),
    ),
    _Rule(
        "SPEC002",
        Severity.PROBLEM,
        Message(
            "Asks for a state of mind (calm down, stop overthinking, let go) that cannot "
            "be done on purpose: name a step the client can take instead.",
            "What could you do, with your body or on paper, when this comes up?",
        ),
        _no_action(HeadKind.MENTAL),
    ),
    _Rule(
        "SPEC003",
        Severity.PROBLEM,
        Message(
            "Uses a soft verb (try to, work on, deal with, focus on, keep ...) with no "
            "action under it: say what exactly to do.",
            "If you were doing this, what would someone see you do?",
        ),
        _no_action(HeadKind.SOFT),
    ),
    _Rule(
        "SPEC004",
        Severity.PROBLEM,
        Message(
            "Open-ended: 'more', 'every day' or 'when you can' with no count, amount or "
            "end. Give a number of times or minutes, or the days.",
            "How many times, or how many minutes, feels doable before we meet again?",
        ),
        _unbounded_habit,
    ),
    _Rule(
        "SPEC005",
        Severity.PROBLEM,
        Message(
            "Does not say when: no cue, day, time, count or amount. Tie it to a moment "
            "(when..., after..., on Tuesday) or give how many times.",
            "When will you do this: on which day, or right after what?",
        ),
        _no_occasion,
    ),
    _Rule(
        "SPEC006",
        Severity.PROBLEM,
        Message(
            "Asks for writing or reading without saying what about: name the focus "
            "(the exact thought, the situation, the chapter).",
            "What exactly should go on the page?",
        ),
        _unfocused((HeadKind.WRITING, HeadKind.READING)),
    ),
    _Rule(
        "SPEC007",
        Severity.PROBLEM,
        Message(
            "No concrete action found: say what the client will do, in words that let "
            "anyone tell afterwards whether it happened.",
            "What will you do, in a few words?",
        ),
        _no_action(""),
    ),
    _Rule(
        "SPEC008",
        Severity.PROBLEM,
        Message(
            "Asks to notice without saying what: name the exact thing to attend to (what "
            "the body does, the first sensation, the thought just before).",
            "What exactly will you pay attention to?",
        ),
        _unfocused((HeadKind.ATTENTION,)),
    ),
    _Rule(
        "SPEC011",
        Severity.WARNING,
        Message(
            "The plan has no dose: say how many times, or how many minutes each time.",
            "How many times, or for how long, feels doable?",
        ),
        _plan_without_dose,
    ),
    _Rule(
        "SPEC012",
        Severity.INFO,
        Message(
            "The plan does not say what to write down or rate afterwards; a note or a "
            "rating makes the review easier.",
            "What could you jot down afterwards, so we can look at it together?",
        ),
        _plan_without_record,
    ),
    _Rule(
        "SPEC013",
        Severity.WARNING,
        Message(
            "The practice has no end: set a review time, or give the schedule a count "
            "or an end date.",
            "When shall we look at how this went?",
        ),
        _no_end,
    ),
)

for _rule in _RULES:
    MESSAGES[_rule.code] = _rule.message
    DEFAULT_REGISTRY.register(_rule)


# --------------------------------------------------------------------------- the check


def suggest_rewrite(text: str, kind: AssignmentKind | None = None) -> str:
    """A concrete rewrite from the catalogue matched to the text's topic, or the
    fill-in-the-blanks prompt when no template fits."""
    return _suggestion(analyse(text), kind)


def _suggestion(analysis: Analysis, kind: AssignmentKind | None) -> str:
    template = _best_template(analysis.topics, kind)
    return FILL_IN_PROMPT if template is None else template.example()


def _best_template(topics: tuple[str, ...], kind: AssignmentKind | None) -> "Template | None":
    from .templates import CATALOGUE  # noqa: PLC0415  (the catalogue imports this module)

    for topic in topics:
        candidates = [t for t in CATALOGUE if topic in t.topics]
        if not candidates:
            continue
        same_kind = [t for t in candidates if t.kind == kind]
        return (same_kind or candidates)[0]
    return None


def _subject(item: str | Assignment, kind: AssignmentKind | None) -> SpecificitySubject:
    if isinstance(item, Assignment):
        sources = [_Source("$.instructions", analyse(item.instructions))]
        if item.plan is not None:
            plan = item.plan
            sources.append(_Source("$.plan.action", analyse(plan.action)))
            if plan.cue is not None:
                sources.append(_Source("$.plan.cue", _cue_analysis(plan.cue)))
        kind = item.kind
        assignment: Assignment | None = item
    elif isinstance(item, str):
        sources = [_Source("$", analyse(item))]
        assignment = None
    else:
        raise TypeError(
            f"check_specificity takes a text or an Assignment, not {type(item).__name__}"
        )
    topics = tuple(t for s in sources for t in s.analysis.topics)
    merged = attrs.evolve(sources[0].analysis, topics=topics)
    return SpecificitySubject(
        sources=tuple(sources),
        assignment=assignment,
        kind=kind,
        suggestion=_suggestion(merged, kind),
    )


def _cue_analysis(cue: str) -> Analysis:
    # A plan's cue is an occasion by its nature ("after lunch", "Tuesday"), unless it
    # is one that bounds nothing ("whenever you can").
    analysis = analyse(cue)
    bounded = not analysis.has_unbounded_cue and not analysis.has_frequency
    return attrs.evolve(analysis, heads=(), has_cue=bounded or analysis.has_cue)


def check_specificity(
    item: str | Assignment,
    *,
    kind: AssignmentKind | None = None,
    policy: Policy | None = None,
    registry: Registry | None = None,
) -> Report:
    """Check a homework text, or an assignment, against the working definition.

    ``kind`` tells the check what sort of work a plain text is (an assignment carries
    its own). Returns a :class:`~therapy_homework.Report`; it is ``ok`` when the
    homework is specific. Pure and deterministic: the same input gives the same
    report, and nothing is read or written.
    """
    subject = _subject(item, kind)
    return (registry or DEFAULT_REGISTRY).run(CHECKER, subject, policy)
