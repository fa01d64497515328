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

import contextlib
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

import attrs

from .._core.fields import check_for
from ..errors import InvalidData, Problem, ProblemCode
from ..model.assignment import Assignment, AssignmentKind
from ..model.suggestions import Suggestion
from ._analysis import CONCRETE, Analysis, Discount, Head, HeadKind
from ._reader import analyse, with_spans
from ._rewrite import FILL_IN, rewrite
from ._scoring import contributions, signals, verdict_of
from .findings import Missing, Report, Severity
from .rules import BuiltinRule, Hit, Message, Policy, Registry, register_builtins, run_checker

__all__ = ["FILL_IN", "check_specificity", "suggest_rewrite"]

CHECKER = "specificity"

#: Kinds of homework that are not asked for a dose: attention is the task.
NO_DOSE_KINDS = frozenset({AssignmentKind.NOTICING, AssignmentKind.GRIEF, AssignmentKind.VALUES})

_HAS_DOING = CONCRETE | {HeadKind.HABIT}


class _Source(NamedTuple):
    """One piece of text the check read, and where it lives."""

    path: str
    text: str
    analysis: Analysis

    def __repr__(self) -> str:
        # The text is the client's: shown by its path and length only.
        return f"_Source(path={self.path!r}, characters={len(self.text)})"


@attrs.frozen(kw_only=True)
class SpecificitySubject:
    """What the specificity rules look at, computed once per check.

    ``sources`` are the texts read (with their paths); the other fields are the
    facts the rules use, found in any of them (or in the plan's fields).
    """

    sources: tuple[_Source, ...] = attrs.field(repr=False)
    assignment: Assignment | None = attrs.field(repr=False)
    kind: AssignmentKind | None
    #: The clause heads of every text read.
    heads: tuple[Head, ...] = attrs.field(repr=False)
    #: A concrete action, with its focus where it needs one.
    has_action: bool
    #: A concrete action together with an occasion that bounds it.
    bound_action: bool
    #: The verdict: specific by the working definition (see :mod:`._scoring`).
    specific: bool
    #: The signals of the main text (see :mod:`._scoring`).
    found: Mapping[str, float] = attrs.field(repr=False)
    #: Any head that asks for doing something, even unbounded or unfocused.
    has_doing: bool
    #: A bounded occasion in a text, or the plan's cue, dose or schedule.
    bounded: bool
    #: "More", "every day" or "when you can".
    unbounded_habit: bool
    #: Things that looked like bounds but were not (research, goals, "until ...").
    discounted: frozenset[str]
    #: "try to", "make an effort to" came before the verb.
    softened: bool
    #: Where an action would go: the plan's action, or the text.
    main_path: str
    #: Where an occasion would go: the plan's cue, or the text.
    occasion_path: str
    #: The codes of the text rules that apply (see :func:`verdict`).
    codes: frozenset[str] = attrs.field(
        # a lambda, because verdict is defined further down
        default=attrs.Factory(lambda self: verdict(self), takes_self=True)  # noqa: PLW0108
    )

    @property
    def ok(self) -> bool:
        """Whether the homework is specific by the working definition."""
        return self.specific

    _later: "_Rewrite" = attrs.field(
        default=attrs.Factory(lambda self: _Rewrite(self.sources, self.kind), takes_self=True),
        init=False,
        repr=False,
        eq=False,
    )

    @property
    def suggestion(self) -> Suggestion:
        """A rewrite on the text's own topic (computed once, when first asked for)."""
        return self.make_suggestion()

    def make_suggestion(self) -> Suggestion:
        """The :attr:`suggestion` (a finding calls this when its suggestion is asked for)."""
        return self._later()


class _Rewrite:
    """The rewrite of a check's texts, made once when first asked for. A finding keeps
    this, not the whole subject: only the texts read and the kind."""

    __slots__ = ("_kind", "_made", "_sources")

    def __init__(self, sources: tuple[_Source, ...], kind: AssignmentKind | None) -> None:
        self._sources = sources
        self._kind = kind
        self._made: Suggestion | None = None

    def __call__(self) -> Suggestion:
        if self._made is None:
            made = FILL_IN
            for source in self._sources:
                if source.analysis.heads:
                    made = rewrite(source.text, self._kind, source.analysis)
                    break
            self._made = made
        return self._made

    def __repr__(self) -> str:
        return "_Rewrite()"


# --------------------------------------------------------------------------- rules


_Finder = Callable[[SpecificitySubject], Sequence[Hit]]
_NONE: tuple[Hit, ...] = ()


_ACTION_CODES = {
    HeadKind.STATE: "SPEC001",
    HeadKind.OUTCOME: "SPEC001",
    HeadKind.STANCE: "SPEC001",
    HeadKind.MENTAL: "SPEC002",
    HeadKind.SOFT: "SPEC003",
    HeadKind.GENERIC: "SPEC003",
}
_FOCUS_CODES = {
    HeadKind.WRITING: "SPEC006",
    HeadKind.READING: "SPEC006",
    HeadKind.HABIT: "SPEC006",
    HeadKind.ATTENTION: "SPEC008",
}


def verdict(subject: SpecificitySubject) -> frozenset[str]:
    """The codes of the text rules that apply, decided together so that a report is
    ok exactly when the verdict is "specific", and otherwise names what is missing."""
    if subject.specific:
        return frozenset()
    # from the heads, in one pass: the first unfocused kind, the first kind that does
    # nothing, and whether one is an open habit
    unfocused = not_doing = None
    habit = False
    for head in subject.heads:
        kind = head.kind
        if unfocused is None and not head.focused:
            unfocused = kind
        if not_doing is None and kind not in _HAS_DOING:
            not_doing = kind
        habit = habit or kind == HeadKind.HABIT
    codes: set[str] = set()
    if not subject.has_action:
        if unfocused is not None and not _plan_says_what(subject):
            codes.add(_FOCUS_CODES.get(unfocused, "SPEC006"))
        elif not_doing is not None:
            codes.add(_ACTION_CODES.get(not_doing, "SPEC007"))
        elif not subject.has_doing:
            codes.add("SPEC003" if subject.softened else "SPEC007")
    if subject.bound_action and not codes:
        # An action and a bound were found, but the rest of the text outweighs them:
        # name the strongest reason.
        codes.add(_strongest(subject))
    elif subject.has_action or not subject.bounded or habit or not codes:
        if subject.unbounded_habit or habit:
            codes.add("SPEC004")
        elif subject.discounted:
            codes.add("SPEC009")
        else:
            codes.add("SPEC005")
    return frozenset(codes)


# The code that names each signal, when a signal is what made a text vague.
_SIGNAL_CODES = {
    **dict.fromkeys(
        (
            "heads_state",
            "heads_outcome",
            "heads_stance",
            "first_state",
            "first_outcome",
            "first_stance",
        ),
        "SPEC001",
    ),
    **dict.fromkeys(("heads_mental", "first_mental"), "SPEC002"),
    **dict.fromkeys(
        ("heads_soft", "heads_generic", "first_soft", "first_generic", "softened"), "SPEC003"
    ),
    **dict.fromkeys(
        ("comparative", "unbounded", "heads_habit", "first_habit", "frequency", "optional"),
        "SPEC004",
    ),
    **dict.fromkeys(
        (
            "discount_research",
            "discount_goal",
            "discount_outcome",
            "discount_amount",
            "discount_period",
        ),
        "SPEC009",
    ),
}


def _strongest(subject: SpecificitySubject) -> str:
    for name, push in contributions(subject.found):
        if push < 0 and name in _SIGNAL_CODES:
            code = _SIGNAL_CODES[name]
            if code != "SPEC009" or subject.discounted:
                return code
    return "SPEC005"


def _plan_says_what(subject: SpecificitySubject) -> bool:
    plan = subject.assignment.plan if subject.assignment is not None else None
    return plan is not None and plan.record is not None and plan.record.what is not None


def _hit(subject: SpecificitySubject, path: str, missing: Missing, code: str) -> tuple[Hit, ...]:
    if code not in _KINDS_OF_CODE:  # about the whole text: no words to point at
        return (Hit(path=path, missing=missing, suggestion=subject._later),)

    def span() -> tuple[int, int] | None:  # found only when the finding's span is asked for
        return _head_span(subject, path, code)

    return (Hit(path=path, missing=missing, span=span, suggestion=subject._later),)


#: The head kinds behind each code about the text's verb or focus.
_KINDS_OF_CODE: dict[str, frozenset[str]] = {
    code: frozenset(kind for kind, c in {**_ACTION_CODES, **_FOCUS_CODES}.items() if c == code)
    for code in {*_ACTION_CODES.values(), *_FOCUS_CODES.values()}
}


def _head_span(subject: SpecificitySubject, path: str, code: str) -> tuple[int, int] | None:
    """Where the verb that made the text vague is, in the text at ``path`` (for a code
    about the verb or its focus; the others are about the whole text)."""
    kinds = _KINDS_OF_CODE.get(code)
    if not kinds:
        return None
    for source in subject.sources:
        if source.path != path:
            continue
        for head in source.analysis.heads:
            if head.kind in kinds:
                spans = with_spans(source.analysis, source.text).spans
                if head.clause < len(spans) and head.at < len(spans[head.clause]):
                    return spans[head.clause][head.at]
    return None


def _finder(code: str, missing: Missing, *, occasion: bool = False) -> _Finder:
    def find(subject: SpecificitySubject) -> Sequence[Hit]:
        if code not in subject.codes:
            return _NONE
        path = subject.occasion_path if occasion else subject.main_path
        if code != "SPEC009":
            return _hit(subject, path, missing, code)
        why = "; ".join(v for k, v in _DISCOUNTS.items() if k in subject.discounted)
        return (Hit(path=path, missing=missing, suggestion=subject._later, values={"what": why}),)

    return find


_DISCOUNTS = {
    Discount.RESEARCH: "a figure about research",
    Discount.GOAL: "a goal, a target or a ratio",
    Discount.OUTCOME: "an end that is an outcome ('until it feels ...')",
    Discount.AMOUNT: "an amount with no number ('some', 'a few')",
    Discount.PERIOD: "a period with nothing to count in it ('this week')",
}


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
            "Names an outcome, a state or a way of being (better, be more ..., treat "
            "yourself kindly), not something to do: say the action that would move "
            "toward it.",
            "What is one thing you could actually do this week that would move you toward this?",
        ),
        _finder("SPEC001", Missing.ACTION),
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
            "Asks for something that happens only in the mind (calm down, reflect, remind "
            "yourself, let go): no one could see it done. Name a step the client can take.",
            "What could you do, with your body or on paper, when this comes up?",
        ),
        _finder("SPEC002", Missing.ACTION),
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
            "Uses a soft verb or a general word (work on, deal with, use the tools, do "
            "some things) with no action under it: say what exactly to do.",
            "If you were doing this, what would someone see you do?",
        ),
        _finder("SPEC003", Missing.ACTION),
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
        _finder("SPEC004", Missing.OCCASION, occasion=True),
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
        _finder("SPEC005", Missing.OCCASION, occasion=True),
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
        _finder("SPEC006", Missing.FOCUS),
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
        _finder("SPEC007", Missing.ACTION),
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
        _finder("SPEC008", Missing.FOCUS),
        example_bad="Notice when you feel anxious",
        example_good=(
            "When you feel anxious, notice where in your body you feel it and rate it from 0 to 10."
        ),
    ),
    BuiltinRule(
        CHECKER,
        "SPEC009",
        Severity.PROBLEM,
        Message(
            "Has no real occasion: what looks like one is {what}. Give a cue, a day, "
            "a count or a number of minutes.",
            "When will you do this, and how many times?",
        ),
        _finder("SPEC009", Missing.OCCASION, occasion=True),
        example_bad=(
            "Make self-compassion a priority: studies find that six weeks of practice "
            "reduces rumination."
        ),
        example_good="Each evening this week, write one kind sentence to yourself.",
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


def suggest_rewrite(text: str, kind: AssignmentKind | None = None) -> Suggestion:
    """A rewrite of ``text`` that keeps its own action and topic and adds, as slots,
    what the working definition finds missing (see :class:`~therapy_homework.model.Suggestion`).
    """
    if not isinstance(text, str):
        raise InvalidData(
            [Problem((), f"must be text, not {type(text).__name__}", ProblemCode.TYPE)],
            subject="suggest_rewrite",
        )
    return rewrite(text, _kind(kind, "suggest_rewrite"))


_KIND_CHECK = check_for(AssignmentKind | None)


def _kind(kind: object, subject: str) -> AssignmentKind | None:
    """``kind`` as an :class:`AssignmentKind` (its value is accepted too), or ``None``."""
    if kind is None:
        return None
    if isinstance(kind, str) and not isinstance(kind, AssignmentKind):
        with contextlib.suppress(ValueError):  # the check below names what is expected
            kind = AssignmentKind(kind)
    problems = _KIND_CHECK(kind)
    if problems:
        raise InvalidData([p.under("kind") for p in problems], subject=subject)
    return kind  # type: ignore[return-value]


def _plan_bounds(item: Assignment) -> bool:
    """Whether an assignment's structure bounds its action: a cue that is a real
    occasion, a dose, or a recurrence with a review date."""
    plan = item.plan
    bounded = False
    if plan is not None:
        if plan.cue is not None:
            cue = analyse(plan.cue)
            bounded = not cue.has_unbounded_cue and not (cue.has_frequency and not cue.bounded)
        bounded = bounded or plan.dose is not None
    return bounded or (item.schedule.recurrence is not None and item.review_at is not None)


def _doing(analysis: Analysis) -> tuple[bool, bool, bool]:
    """One pass over a text's heads: whether any asks for doing something, whether one is
    an action (with its focus), and whether the text is an open habit ("more", "every
    day" or "when you can", with nothing in it that bounds it)."""
    has_action = has_doing = habit = False
    for head in analysis.heads:
        head_kind = head.kind
        if head_kind in _HAS_DOING:
            has_doing = True
            if head_kind == HeadKind.HABIT:
                habit = True
            elif head.focused:
                has_action = True
    open_habit = not analysis.bounded and (
        habit or analysis.has_comparative or analysis.has_frequency or analysis.has_unbounded_cue
    )
    return has_doing, has_action, open_habit


def _text_subject(text: str, kind: AssignmentKind | None) -> SpecificitySubject:
    """The subject of a plain text: one source, nothing from a plan (the common case,
    read without the merging :func:`_subject` does for an assignment's texts)."""
    analysis = analyse(text)
    found = signals(analysis)
    has_doing, has_action, open_habit = _doing(analysis)
    return SpecificitySubject(
        sources=(_Source("$", text, analysis),),
        assignment=None,
        kind=kind,
        heads=analysis.heads,
        has_action=has_action,
        bound_action=analysis.bound_action,
        specific=verdict_of(analysis, found),
        found=found,
        has_doing=has_doing,
        bounded=analysis.bounded,
        unbounded_habit=open_habit,
        discounted=analysis.discounted,
        softened=analysis.softened,
        main_path="$",
        occasion_path="$",
    )


def _subject(item: str | Assignment, kind: AssignmentKind | None) -> SpecificitySubject:
    if isinstance(item, str):
        return _text_subject(item, kind)
    assignment: Assignment | None = None
    plan_bounded = False
    if isinstance(item, Assignment):
        assignment = item
        kind = item.kind
        sources = [_Source("$.instructions", item.instructions, analyse(item.instructions))]
        plan = item.plan
        if plan is not None:
            sources.append(_Source("$.plan.action", plan.action, analyse(plan.action)))
        plan_bounded = _plan_bounds(item)
        main_path = "$.plan.action" if plan is not None else "$.instructions"
        occasion_path = "$.plan.cue" if plan is not None else "$.instructions"
    else:
        raise InvalidData(
            [
                Problem(
                    (),
                    f"must be a text or an Assignment, not {type(item).__name__}",
                    ProblemCode.TYPE,
                )
            ],
            subject="check_specificity",
        )
    main = sources[0]
    found = signals(main.analysis)
    specific = verdict_of(main.analysis, found)
    heads: list[Head] = []
    bounded = plan_bounded
    has_action = has_doing = bound_action = unbounded = softened = False
    discounted: set[str] = set()
    for source in sources:
        analysis = source.analysis
        doing, action, open_habit = _doing(analysis)
        has_doing = has_doing or doing
        has_action = has_action or action
        unbounded = unbounded or open_habit
        heads.extend(analysis.heads)
        bounded = bounded or analysis.bounded
        bound_action = bound_action or analysis.bound_action
        softened = softened or analysis.softened
        discounted |= analysis.discounted
    # A structured plan bounds its own action: its cue, dose or schedule.
    bound_action = bound_action or (has_action and plan_bounded)
    if assignment is not None and assignment.plan is not None:
        plan_text = sources[1]
        plan_found = signals(plan_text.analysis)
        specific = (
            specific
            or verdict_of(plan_text.analysis, plan_found)
            or (bool(plan_text.analysis.actions) and plan_bounded)
        )
    if bounded:
        unbounded = False
    return SpecificitySubject(
        sources=tuple(sources),
        assignment=assignment,
        kind=kind,
        heads=tuple(heads),
        has_action=has_action,
        bound_action=bound_action,
        specific=specific,
        found=found,
        has_doing=has_doing,
        bounded=bounded,
        unbounded_habit=unbounded,
        discounted=frozenset(discounted),
        softened=softened,
        main_path=main_path,
        occasion_path=occasion_path,
    )


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
    subject = _subject(item, _kind(kind, "check_specificity"))
    return run_checker(CHECKER, subject, policy, registry)
