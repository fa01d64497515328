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

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

import attrs

from ._language import Analysis, Head, HeadKind, analyse
from .assignment import Assignment, AssignmentKind
from .findings import Missing, Report, Severity
from .rules import DEFAULT_REGISTRY, BuiltinRule, Hit, Message, Policy, Registry, register_builtins

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


class _Source(NamedTuple):
    """One piece of text the check read, and where it lives."""

    path: str
    analysis: Analysis


@attrs.frozen(kw_only=True)
class SpecificitySubject:
    """What the specificity rules look at, computed once per check.

    ``sources`` are the texts read (with their paths); the other fields are the
    facts the rules use, found in any of them (or in the plan's fields).
    """

    sources: tuple[_Source, ...]
    assignment: Assignment | None
    kind: AssignmentKind | None
    #: The clause heads of every text read.
    heads: tuple[Head, ...]
    #: A concrete action, with its focus where it needs one.
    has_action: bool
    #: Any head that asks for doing something, even unbounded or unfocused.
    has_doing: bool
    #: A bounded occasion in a text, or the plan's cue, dose or schedule.
    bounded: bool
    #: "More", "every day" or "when you can".
    unbounded_habit: bool
    #: "try to", "make an effort to" came before the verb.
    softened: bool
    #: Where an action would go: the plan's action, or the text.
    main_path: str
    #: Where an occasion would go: the plan's cue, or the text.
    occasion_path: str

    @property
    def topics(self) -> tuple[str, ...]:
        """What the texts are about, most mentioned first."""
        return tuple(t for s in self.sources for t in s.analysis.topics)

    @property
    def suggestion(self) -> str:
        """A concrete rewrite matched to the topic (computed only when a rule needs it)."""
        return _suggestion(self.topics, self.kind)


# --------------------------------------------------------------------------- rules


_Finder = Callable[[SpecificitySubject], Sequence[Hit]]
_NONE: tuple[Hit, ...] = ()


def _vague_category(subject: SpecificitySubject) -> str | None:
    """Why there is nothing to do: the first vague head's kind; ``""`` for no head."""
    if subject.has_doing or subject.has_action:
        return None
    if subject.softened:
        return HeadKind.SOFT
    return next((h.kind for h in subject.heads if h.kind not in _HAS_DOING), "")


def _hit(subject: SpecificitySubject, path: str, missing: Missing) -> tuple[Hit, ...]:
    return (Hit(path=path, missing=missing, suggestion=subject.suggestion),)


def _no_action(*kinds: str) -> _Finder:
    def find(subject: SpecificitySubject) -> Sequence[Hit]:
        if _vague_category(subject) in kinds:
            return _hit(subject, subject.main_path, Missing.ACTION)
        return _NONE

    return find


def _unbounded_habit(subject: SpecificitySubject) -> Sequence[Hit]:
    if subject.bounded or not subject.unbounded_habit:
        return _NONE
    return _hit(subject, subject.occasion_path, Missing.OCCASION)


def _no_occasion(subject: SpecificitySubject) -> Sequence[Hit]:
    if subject.bounded or subject.unbounded_habit:
        return _NONE
    return _hit(subject, subject.occasion_path, Missing.OCCASION)


def _unfocused(kinds: tuple[str, ...]) -> _Finder:
    def find(subject: SpecificitySubject) -> Sequence[Hit]:
        if subject.has_action:
            return _NONE
        plan = subject.assignment.plan if subject.assignment is not None else None
        if plan is not None and plan.record is not None and plan.record.what is not None:
            return _NONE  # the plan says what to write down
        for source in subject.sources:
            if any(h.kind in kinds for h in source.analysis.unfocused):
                return _hit(subject, subject.main_path, Missing.FOCUS)
        return _NONE

    return find


def _plan_without_dose(subject: SpecificitySubject) -> Sequence[Hit]:
    assignment = subject.assignment
    if assignment is None or assignment.plan is None or assignment.plan.dose is not None:
        return _NONE
    if assignment.kind in NO_DOSE_KINDS:
        return _NONE
    if any(s.analysis.has_dose or s.analysis.has_count for s in subject.sources):
        return _NONE
    return (Hit(path="$.plan.dose", missing=Missing.DOSE),)


def _plan_without_record(subject: SpecificitySubject) -> Sequence[Hit]:
    assignment = subject.assignment
    if assignment is None or assignment.plan is None or assignment.plan.record is not None:
        return _NONE
    if any(h.kind == HeadKind.WRITING and h.focused for h in subject.heads):
        return _NONE
    return (Hit(path="$.plan.record", missing=Missing.RECORD),)


def _no_end(subject: SpecificitySubject) -> Sequence[Hit]:
    assignment = subject.assignment
    if assignment is None or assignment.review_at is not None:
        return _NONE
    recurrence = assignment.schedule.recurrence
    if recurrence is None and assignment.plan is None:
        return _NONE  # a plain text assignment: its own words say when
    if recurrence is not None and (
        "COUNT=" in recurrence.upper() or "UNTIL=" in recurrence.upper()
    ):
        return _NONE
    return (Hit(path="$.review_at", missing=Missing.OCCASION),)


_RULES = (
    BuiltinRule(
        CHECKER,
        "SPEC001",
        Severity.PROBLEM,
        Message(
            "Names an outcome or a state (better, healthier, be more ...), not something "
            "to do: say the action that would move toward it.",
            "What is one thing you could actually do this week that would move you toward this?",
        ),
        _no_action(HeadKind.STATE, HeadKind.OUTCOME, HeadKind.ABSTRACT),
        example_bad="Be nicer to yourself",
        example_good=(
            "Each night this week, write down one thing you did that you would praise in a friend."
        ),
    ),
    BuiltinRule(
        CHECKER,
        "SPEC002",
        Severity.PROBLEM,
        Message(
            "Asks for a state of mind (calm down, stop overthinking, let go) that cannot "
            "be done on purpose: name a step the client can take instead.",
            "What could you do, with your body or on paper, when this comes up?",
        ),
        _no_action(HeadKind.MENTAL),
        example_bad="Stop overthinking",
        example_good=(
            "On two evenings this week, set a ten-minute timer "
            "and write out the feared and the likely outcome."
        ),
    ),
    BuiltinRule(
        CHECKER,
        "SPEC003",
        Severity.PROBLEM,
        Message(
            "Uses a soft verb (try to, work on, deal with, focus on, keep ...) with no "
            "action under it: say what exactly to do.",
            "If you were doing this, what would someone see you do?",
        ),
        _no_action(HeadKind.SOFT),
        example_bad="Work on your self-esteem",
        example_good="Before Friday, list three things you did well this week.",
    ),
    BuiltinRule(
        CHECKER,
        "SPEC004",
        Severity.PROBLEM,
        Message(
            "Open-ended: 'more', 'every day' or 'when you can' with no count, amount or "
            "end. Give a number of times or minutes, or the days.",
            "How many times, or how many minutes, feels doable before we meet again?",
        ),
        _unbounded_habit,
        example_bad="Exercise more",
        example_good="Walk for fifteen minutes after lunch on Tuesday and Thursday.",
    ),
    BuiltinRule(
        CHECKER,
        "SPEC005",
        Severity.PROBLEM,
        Message(
            "Does not say when: no cue, day, time, count or amount. Tie it to a moment "
            "(when..., after..., on Tuesday) or give how many times.",
            "When will you do this: on which day, or right after what?",
        ),
        _no_occasion,
        example_bad="Practise breathing exercises",
        example_good=(
            "Practise box breathing for two minutes right after you wake up, on four mornings."
        ),
    ),
    BuiltinRule(
        CHECKER,
        "SPEC006",
        Severity.PROBLEM,
        Message(
            "Asks for writing or reading without saying what about: name the focus "
            "(the exact thought, the situation, the chapter).",
            "What exactly should go on the page?",
        ),
        _unfocused((HeadKind.WRITING, HeadKind.READING)),
        example_bad="Journal every day",
        example_good=(
            "Each evening this week, write down the most "
            "stressful moment of the day and how you responded."
        ),
    ),
    BuiltinRule(
        CHECKER,
        "SPEC007",
        Severity.PROBLEM,
        Message(
            "No concrete action found: say what the client will do, in words that let "
            "anyone tell afterwards whether it happened.",
            "What will you do, in a few words?",
        ),
        _no_action(""),
        example_bad="Whatever feels right for you",
        example_good="Text one friend by Wednesday to suggest a day to meet.",
    ),
    BuiltinRule(
        CHECKER,
        "SPEC008",
        Severity.PROBLEM,
        Message(
            "Asks to notice without saying what: name the exact thing to attend to (what "
            "the body does, the first sensation, the thought just before).",
            "What exactly will you pay attention to?",
        ),
        _unfocused((HeadKind.ATTENTION,)),
        example_bad="Notice when you feel anxious",
        example_good=(
            "When you feel anxious, notice where in your body you feel it and rate it from 0 to 10."
        ),
    ),
    BuiltinRule(
        CHECKER,
        "SPEC011",
        Severity.WARNING,
        Message(
            "The plan has no dose: say how many times, or how many minutes each time.",
            "How many times, or for how long, feels doable?",
        ),
        _plan_without_dose,
        example_bad="A behavioural assignment whose plan has an action and a cue but no dose",
        example_good="The same plan with dose=Dose(count=2, minutes=10)",
    ),
    BuiltinRule(
        CHECKER,
        "SPEC012",
        Severity.INFO,
        Message(
            "The plan does not say what to write down or rate afterwards; a note or a "
            "rating makes the review easier.",
            "What could you jot down afterwards, so we can look at it together?",
        ),
        _plan_without_record,
        example_bad="A plan with no record",
        example_good="The same plan with record=RecordSpec(what='What happened', scale=SUDS)",
    ),
    BuiltinRule(
        CHECKER,
        "SPEC013",
        Severity.WARNING,
        Message(
            "The practice has no end: set a review time, or give the schedule a count "
            "or an end date.",
            "When shall we look at how this went?",
        ),
        _no_end,
        example_bad="An assignment with a plan and no review_at",
        example_good="The same assignment with review_at a week after assigned_at",
    ),
)

register_builtins(_RULES)


# --------------------------------------------------------------------------- the check


def suggest_rewrite(text: str, kind: AssignmentKind | None = None) -> str:
    """A concrete rewrite from the catalogue matched to the text's topic, or the
    fill-in-the-blanks prompt when no template fits."""
    return _suggestion(analyse(text).topics, kind)


@lru_cache(maxsize=512)
def _suggestion(topics: tuple[str, ...], kind: AssignmentKind | None) -> str:
    from .templates import CATALOGUE  # noqa: PLC0415  (the catalogue imports this module)

    for topic in topics:
        candidates = [t for t in CATALOGUE if topic in t.topics]
        if candidates:
            same_kind = [t for t in candidates if t.kind == kind]
            return (same_kind or candidates)[0].example()
    return FILL_IN_PROMPT


def _subject(item: str | Assignment, kind: AssignmentKind | None) -> SpecificitySubject:
    assignment: Assignment | None = None
    if isinstance(item, Assignment):
        assignment = item
        kind = item.kind
        sources = [_Source("$.instructions", analyse(item.instructions))]
        plan = item.plan
        if plan is not None:
            sources.append(_Source("$.plan.action", analyse(plan.action)))
            if plan.cue is not None:
                sources.append(_Source("$.plan.cue", _cue_analysis(plan.cue)))
        main_path = "$.plan.action" if plan is not None else "$.instructions"
        occasion_path = "$.plan.cue" if plan is not None else "$.instructions"
    elif isinstance(item, str):
        sources = [_Source("$", analyse(item))]
        main_path = occasion_path = "$"
    else:
        raise TypeError(
            f"check_specificity takes a text or an Assignment, not {type(item).__name__}"
        )
    heads: list[Head] = []
    bounded = has_action = unbounded = softened = False
    for source in sources:
        analysis = source.analysis
        heads.extend(analysis.heads)
        bounded = bounded or analysis.bounded
        has_action = has_action or bool(analysis.actions)
        softened = softened or analysis.softened
        unbounded = unbounded or (
            analysis.has_comparative or analysis.has_frequency or analysis.has_unbounded_cue
        )
    if not bounded and assignment is not None:
        plan = assignment.plan
        bounded = (plan is not None and plan.dose is not None) or (
            assignment.schedule.recurrence is not None and assignment.review_at is not None
        )
    has_doing = False
    for head in heads:
        if head.kind in _HAS_DOING:
            has_doing = True
        elif head.kind == HeadKind.HABIT:
            unbounded = True
    return SpecificitySubject(
        sources=tuple(sources),
        assignment=assignment,
        kind=kind,
        heads=tuple(heads),
        has_action=has_action,
        has_doing=has_doing,
        bounded=bounded,
        unbounded_habit=unbounded,
        softened=softened,
        main_path=main_path,
        occasion_path=occasion_path,
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
