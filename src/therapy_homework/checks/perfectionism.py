"""Perfectionism: homework framed as a test that can be failed.

Practice is for information, not performance. :func:`check_perfectionism` flags
pass-or-fail and absolute framing in homework ("every single day without fail",
"perfectly", "no excuses", "don't mess this up", "100 %", "prove") and blaming words
in a review's notes ("failed to", "non-compliant", "didn't bother", "lazy"), and
suggests framing the practice as information: aim for, notice what gets in the way,
what did it tell us.

A plain "every day" is not perfectionism: it is a question of capacity.
"""

import re
from collections.abc import Iterator

import attrs

from .._core.fields import describe
from ..errors import Problem, WrongType
from ..model.assignment import Assignment
from ..model.review import Review
from ._reader import PhraseSet, words, words_with_spans
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
        # Missing framed as failing the client.
        "means you've failed",
        "means you have failed",
        "means you failed",
        "then you've failed",
        "you'll have failed",
        "you will have failed",
        "start over",
        "start again from",
        "is wasted",
        "be wasted",
        # Missing forbidden.
        "not allowed to skip",
        "not allowed to miss",
        "skipping is",
        "missing is",
        "unacceptable",
        "not acceptable",
        "no blanks",
        "no gaps",
        "no slip ups",
        "tolerated",
        "compulsory",
        "mandatory",
        "no ifs or buts",
        "no ifs",
        # Totality and exactness as the standard.
        "exactly as written",
        "any deviation",
        "all the questions right",
        "get them all right",
        "get everything right",
        "every box",
        "in full",
        "don't come back until",
        "do not come back until",
        # Stakes.
        "or we'll",
        "or we will",
        "rethink therapy",
        "show me you're serious",
        "you're serious",
    ]
)
#: Words that blame the client for the homework, as clinicians' notes write them. In a
#: text of unknown kind (it may be an assignment), only these are read.
_BLAME_ANYWHERE = [
    "failed to",
    "nil effort",
    "zero effort",
    "minimal effort",
    "little effort",
    "poor effort",
    "lack of effort",
    "no commitment",
    "lack of commitment",
    "poor motivation",
    "lack of motivation",
    "lacks motivation",
    "no motivation",
    "not motivated",
    "lacks the willpower",
    "lack of willpower",
    "no willpower",
    "lack of discipline",
    "lacks discipline",
    "not taking therapy seriously",
    "not taking it seriously",
    "not taking this seriously",
    "not taking the work seriously",
    "not pulling",
    "half hearted",
    "bare minimum",
    "apathy",
    "apathetic",
    "obstructive",
    "oppositional",
    "defiant",
    "defiance",
    "sabotage",
    "sabotaging",
    "self sabotage",
    "cannot be bothered",
    "can't be arsed",
    "couldn't be arsed",
    "can't be troubled",
    "couldn't be troubled",
    "hasn't bothered",
    "hadn't bothered",
    "won't bother",
    "elected not to",
    "choosing not to",
    "won't tolerate",
    "wouldn't even",
    "won't even",
    "never follows through",
    "doesn't follow through",
    "does not follow through",
    "lack of follow through",
    "wasn't interested",
    "not interested enough",
    "making excuses",
    "wants to get better",
    "want to get better",
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
#: Words that blame only beside a report that the homework was not done ("typical",
#: "as usual", "ignoring", "excuses"): "as usual, her shift ran late" is neutral.
#: Words that judge the person rather than report the week ("typical", "attitude",
#: "conveniently", "backbone", "priorities"): blame when the note also reports that
#: the homework was not done or only partly done. "As usual, her shift ran late" and
#: "her priorities this week were the funeral" alone are neutral.
_BLAME_BESIDE_MISSING = PhraseSet(
    [
        "typical",
        "as usual",
        "as always",
        "as ever",
        "yet again",
        "once more",
        "same story",
        "ignoring",
        "ignored",
        "neglected",
        "turned down",
        "won't do",
        "wont do",
        "won't engage",
        "not engaging",
        "idle",
        "lazy",
        # Character and attitude words.
        "attitude",
        "priorities",
        "backbone",
        "spine",
        "willpower",
        "discipline",
        "readiness",
        "not inclined",
        "appetite for",
        "invested in",
        "conveniently",
        "convenient",
        "deliberate",
        "deliberately",
        "undermining",
        "wilful",
        "willful",
        "manipulative",
        "entitled",
        "excuse",
        "shield",
        "frankly",
        "clearly",
        "apparently",
        "supposedly",
        "allegedly",
        "somehow",
        "the hard graft",
        "the work",
        # Insinuation: the will, not the week, is doubted.
        "selective",
        "interesting how",
        "funny how",
        "remarkable",
        "found time",
        "finds time",
        "seems to remember",
        "comfortable staying",
        "excellent timing",
        "says more about",
        "speaks volumes",
        "passenger",
        "when he decides",
        "when she decides",
        "when they decide",
        "which of us",
    ]
)
#: Signs that the homework was not done, or only partly: the context that turns a
#: judging word into blame for it.
_NOTHING_DONE = frozenset(
    "not no nothing nil zero never none blank empty untouched incomplete didn't hasn't "
    "hadn't won't wouldn't couldn't skipped missed forgot forgotten lost neglected ignored "
    "ignoring avoided only partly half".split()
)
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


# Families of wording, read over the text's words joined by single spaces. Each names
# the clinical idea, so that new wording of the same idea is caught, not one sentence.
_TEST_FRAMING = re.compile(
    r"\b(?:"
    # missing means starting over, or makes the whole effort worthless
    r"restart (?:the )?(?:programme|program|week|whole|count|log|hierarchy|course)"
    r"|start over|(?:start|begin) (?:again )?from (?:the beginning|scratch|day one|zero)"
    r"|back to (?:the )?start|back to square one"
    r"|(?:is|are|becomes?|would be|will be) (?:wasted|useless|pointless|worthless)"
    r"|wasted (?:week|day|effort)|anything less"
    r"|(?:one|any|a single) (?:gap|gaps|miss|slip|lapse|missed day)"
    r"|no room for"
    # missing shows something about the client, or lets someone down
    r"|(?:you'?ve|you have|you'?ll have|you will have) let (?:\w+ )?\w+ down"
    r"|not serious|(?:show|prove) (?:me |us )?(?:that )?you'?re"
    r"|means? you'?re (?:avoiding|not trying|weak|giving up)"
    # rigid completion demands
    r"|don'?t come back (?:without|until)"
    r"|(?:must|have to|has to) (?:fill|complete|do|finish) (?:in )?(?:all|every|each)"
    r"|until (?:your |the )?(?:anxiety|distress|fear|suds|urge)"
    r" (?:is |are |reaches )?(?:at )?(?:zero|0|nothing)"
    r"|however you feel|no matter how you feel"
    # being watched or exposed for missing it
    r"|(?:will be|are) checking|brought up in (?:group|front)"
    # homework as a test of the client, and the clinician's stakes in it
    r"|(?:real |a )?test of whether|(?:i'?ll|i will|we'?ll|we will) be disappointed"
    r"|disappoint (?:me|us)|(?:goes|go|going|will go) back to (?:zero|the beginning|square one)"
    r"|question whether (?:you|this|therapy)|choosing to stay (?:unwell|ill|stuck|sick)"
    r"|can'?t (?:manage|do) (?:something|even) (?:this|so) (?:small|simple|easy)"
    r")\b"
)
_BLAME_FRAMING = re.compile(
    r"\b(?:"
    # character and will
    r"(?:lack|lacks|lacking|lacked) (?:the |any |all )?"
    r"(?:discipline|motivation|willpower|commitment|drive|effort)"
    r"|(?:doesn'?t|does not|didn'?t|don'?t|won'?t) (?:really |actually |even |seem to )?care"
    r"|idleness|wallow\w*|dodg\w+|shirk\w*|malinger\w*"
    r"|not taking (?:it|this|therapy|treatment|the work|things|homework|recovery"
    r"|the programme|the program)(?: \w+)? seriously"
    # insinuation and sarcasm
    r"|(?:seems|appears) (?:content|happy|more invested|to prefer|to enjoy)|would rather"
    r"|more invested in|speaks? for (?:itself|themselves)|(?:very|how|rather) convenient"
    r"|of course (?:it|he|she|they) (?:didn'?t|did not|wasn'?t|hadn'?t|couldn'?t)"
    r"|how hard (?:he|she|they) (?:is|are|was|were) (?:actually |really )?trying"
    r"|(?:actually|really) (?:trying|wants? to (?:change|get better|recover))"
    r"|(?:do|doing) the work for (?:him|her|them)|everyone else (?:to )?do the work"
    r")\b"
)


def _place(text: str, pattern: re.Pattern[str]) -> tuple[int, int] | None:
    """Where the first wording of a family is in ``text`` (called once the plain words
    matched: placing it needs the slower reading with positions)."""
    tokens, spans = words_with_spans(text)
    joined = " ".join(tokens)
    match = pattern.search(joined)
    if match is None:  # the words read with their places differ (a folded abbreviation)
        return None
    first = joined.count(" ", 0, match.start())
    last = joined.count(" ", 0, max(match.start(), match.end() - 1))
    return spans[first][0], spans[last][1]


#: A rating range ("0-100%", "0 to 100 %"): a scale to rate on, not a demand.
_RATING_RANGE = re.compile(r"\b0\s*(?:-|\u2013|to)\s*100\s*%")


@attrs.frozen
class PerfectionismSubject:
    """The texts to read, each with its path, and what they are: ``"homework"``,
    ``"review"`` notes, or a ``"text"`` of either kind (a form field, a note)."""

    texts: tuple[tuple[str, str], ...]
    kind: str


def _read(text: str) -> list[str]:
    """The words the framing rules read, once per text: "100%" spelled "100 percent"
    (the tokenizer drops "%"), except in a rating range, where 100 % tops the scale."""
    return words(_RATING_RANGE.sub("0 to 100", text).replace("%", " percent "))


def _absolute(subject: PerfectionismSubject) -> Iterator[Hit]:
    if subject.kind == "review":
        return  # "she did it perfectly" describes; it does not set a test
    for path, text in subject.texts:
        tokens = _read(text)
        if ABSOLUTE_PHRASES.matches(tokens):
            span = ABSOLUTE_PHRASES.first_span(text)
            yield Hit(path=path, span=span, suggestion=INFORMATION_FRAMING)
        elif _TEST_FRAMING.search(" ".join(tokens)) is not None:
            yield Hit(path=path, span=_place(text, _TEST_FRAMING), suggestion=INFORMATION_FRAMING)


def _blaming(subject: PerfectionismSubject) -> Iterator[Hit]:
    if subject.kind == "homework":
        return
    # In a plain text (which may be homework: "notice when you feel you failed"), only
    # the words that blame the client for the homework count.
    phrases = BLAMING_PHRASES if subject.kind == "review" else BLAME_ANYWHERE
    for path, text in subject.texts:
        tokens = _read(text)
        # The client's own words, quoted in the note, are theirs: not the note's blame.
        own = _read(_QUOTED.sub(" ", text)) if _QUOTED.search(text) else tokens
        if phrases.matches(own):
            yield Hit(path=path, span=phrases.first_span(text), suggestion=REVIEW_FRAMING)
        elif _BLAME_BESIDE_MISSING.matches(own) and _reports_missing(text, tokens):
            span = _BLAME_BESIDE_MISSING.first_span(text)
            yield Hit(path=path, span=span, suggestion=REVIEW_FRAMING)
        elif _BLAME_FRAMING.search(" ".join(tokens)) is not None:
            yield Hit(path=path, span=_place(text, _BLAME_FRAMING), suggestion=REVIEW_FRAMING)


def _reports_missing(text: str, tokens: list[str]) -> bool:
    """Whether a note reports the homework as not done, or only partly done: the
    context that turns a judging word ("typical", "attitude") into blame for it."""
    return not _NOTHING_DONE.isdisjoint(tokens) or _PART_DONE.search(text) is not None


#: A quotation: the client's own words ("called herself 'idle'"), not the note's.
_QUOTED = re.compile(
    r"(?:^|(?<=[\s(]))['\u2018\"\u201c]"
    r"(?:[^'\u2019\"\u201d]|['\u2019](?=\w)){1,80}"  # an apostrophe inside a word stays
    r"['\u2019\"\u201d](?=[\s.,;:!?)\-]|$)"
)


#: A count of what was done out of what was asked ("one of four", "2/7", "3 out of 5").
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_PART_DONE = re.compile(rf"(?i)\b{_NUMBER}\s*(?:/|of|out of)\s*{_NUMBER}\b")


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
