"""Reading homework text: is there something to *do*, and is it bounded?

This is the language half of the specificity check. It implements the working
definition of the clinical brief with small, documented word lists rather than a
statistical model, so that every decision can be explained in a finding:

* the text is split into word tokens (linear time: one regular expression with no
  nested repetition, then one pass over the tokens), and into clauses at
  punctuation and at "and", "then", "or", "but";
* the *head* of each clause is its first word once fillers ("then", "please",
  "I will", "I'd like you to") are skipped. Instructions are imperatives, so the
  head is the verb: "*write* down the exact thought", "*walk* for ten minutes";
* a head is a concrete action unless it names a state or an outcome ("be",
  "improve", "communicate *better*"), a mental command ("calm down", "stop",
  "let go"), a soft verb ("work on", "deal with", "focus on"), or an abstract object
  ("practise *self-care*"). Writing and noticing need a focus: *what* to write or
  notice;
* an occasion is a cue ("when...", "after...", "during one..."), a day or time, a
  count ("once", "one request", "three times") or a dose ("ten minutes"). Frequency
  alone ("every day") and comparatives ("more") are not bounds.

Words inside quotation marks are a script to say, not instructions: they are not
analysed, but their presence makes an action concrete.
"""

import re
from collections.abc import Iterable
from typing import Final, NamedTuple

import attrs

__all__ = ["Analysis", "Head", "HeadKind", "PhraseSet", "analyse", "words"]


# --------------------------------------------------------------------------- word lists

NUMBERS: Final = frozenset(
    (
        "a an one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty "
        "forty-five fifty sixty ninety hundred half couple few several"
    ).split()
)
_STRICT_NUMBERS: Final = NUMBERS - {"a", "an", "half", "few", "several", "couple"}
UNITS: Final = frozenset(
    (
        "minute minutes min mins hour hours hr hrs second seconds breath breaths page "
        "pages round rounds rep reps set sets step steps lap laps"
    ).split()
)
WEEKDAYS: Final = frozenset(
    (
        "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays "
        "wednesdays thursdays fridays saturdays sundays weekday weekdays weekend weekends"
    ).split()
)
TIME_WORDS: Final = frozenset("today tonight tomorrow noon midnight bedtime".split())
PARTS_OF_DAY: Final = frozenset("morning mornings evening evenings night nights afternoon".split())
SESSION_WORDS: Final = frozenset("session appointment visit meeting".split())
COUNT_WORDS: Final = frozenset("once twice thrice".split())
FREQUENCY_WORDS: Final = frozenset(
    ("daily nightly weekly regularly often always usually constantly consistently").split()
)
COMPARATIVES: Final = frozenset("more less fewer".split())
OUTCOME_ADVERBS: Final = frozenset(
    (
        "better worse well properly effectively healthier nicer kinder calmer happier "
        "easier harder stronger smoother differently appropriately calmly positively "
        "constructively assertively mindfully healthily"
    ).split()
)
CUE_WORDS: Final = frozenset("when whenever after before during while if until".split())

# Heads that are not actions, by the reason the brief gives.
STATE_VERBS: Final = frozenset(
    (
        "be become stay remain feel grow heal improve get gain increase reduce lower "
        "boost enjoy love embrace allow"
    ).split()
)
# Adjectives that head a clause in "be more mindful and present": states, not actions.
STATE_ADJECTIVES: Final = frozenset(
    (
        "present mindful patient positive gentle kind kinder nice nicer aware open honest "
        "grateful confident assertive compassionate understanding supportive careful "
        "happy happier healthy healthier better relaxed available vulnerable mindfully"
    ).split()
)
MENTAL_VERBS: Final = frozenset(
    (
        "calm relax stop quit let think remember accept forgive believe trust understand "
        "realize realise worry overthink ruminate process release move forget consider "
        "reflect see know learn face cope handle manage"
    ).split()
)
SOFT_VERBS: Final = frozenset(
    (
        "try work deal focus keep continue aim attempt strive explore find make look open "
        "practice practise spend challenge"
    ).split()
)
# Soft heads that become actions with a concrete object or in a concrete phrase.
CONDITIONAL_ACTIONS: Final = frozenset(
    "keep make look open practice practise spend challenge get find".split()
)
# Verbs whose object says what to write or record: they need a focus.
WRITING_VERBS: Final = frozenset(
    ("write jot journal list log record note track document diary type rate score measure").split()
)
ATTENTION_VERBS: Final = frozenset("notice observe watch sense".split())
READING_VERBS: Final = frozenset(["read"])
PARTICLES: Final = frozenset("down out up back".split())

FILLERS: Final = frozenset(
    (
        "then and or but also please just maybe perhaps simply gently first finally now "
        "so again instead i you we will would could should can might may must shall i'll "
        "you'll we'll let's lets to really"
    ).split()
)
NEGATIONS: Final = frozenset("don't dont never not".split())
# Words that start a noun phrase or otherwise cannot be an imperative verb.
NOT_VERBS: Final = (
    frozenset(
        (
            "the a an this that these those my your our their his her its each every any some "
            "all no what which who whose where how why whatever whoever it they he she them "
            "him me us on in at by for with from of over under into onto about around through "
            "without within than as like because since though although unless there here yes "
            "okay ok it's that's there's i'm you're between among across against along behind "
            "beside beyond toward towards upon via per throughout despite except during next "
            "last especially even always still only mostly actually definitely honestly "
            "basically hopefully ideally usually sometimes often homework task tasks "
            "assignment goal goals idea aim"
        ).split()
    )
    | NUMBERS
    | WEEKDAYS
    | TIME_WORDS
    | PARTS_OF_DAY
    | CUE_WORDS
    | COUNT_WORDS
)
# Objects that name an area of life rather than something to do.
ABSTRACT_OBJECTS: Final = frozenset(
    (
        "self-care selfcare care mindfulness boundaries boundary communication "
        "self-esteem esteem confidence gratitude acceptance patience assertiveness "
        "relaxation habits coping skills feelings emotions fears grief anger stress "
        "anxiety past positivity balance wellbeing wellness healing growth effort peace "
        "sure time space"
    ).split()
)
# Objects that make a conditional head concrete ("keep a log", "make a list").
CONCRETE_OBJECTS: Final = frozenset(
    (
        "list log journal diary record note call appointment plan timer alarm reminder "
        "photo photograph picture letter card script statement track breathing walk"
    ).split()
)
# "when you can", "if possible": cue words that do not bound anything.
UNBOUNDED_AFTER_CUE: Final = frozenset(
    "can possible needed necessary appropriate convenient ready".split()
)
_MEDIA: Final = frozenset(
    (
        "notebook journal diary phone app notes worksheet card paper sheet log form pad "
        "notepad list word words sentence sentences line lines"
    ).split()
)
FOCUS_STOPS: Final = (
    frozenset(
        (
            "more less every daily regularly often freely anything something stuff things "
            "everything whatever whenever in for as when if"
        ).split()
    )
    | FREQUENCY_WORDS
    | PARTS_OF_DAY
)

# Stems that say what a text is about, for matching a suggestion.
TOPICS: Final[dict[str, str]] = {
    **dict.fromkeys(
        (
            "communicate communication talk talking conversation conversations listen argue "
            "arguing argument arguments fight fighting conflict partner spouse husband wife "
            "boyfriend girlfriend defensive criticism complain complaint"
        ).split(),
        "communication",
    ),
    **dict.fromkeys(
        (
            "overthinking overthink worry worrying worries ruminate ruminating rumination "
            "spiral spiralling what-if catastrophizing"
        ).split(),
        "worry",
    ),
    **dict.fromkeys(
        (
            "calm relax relaxed anger angry rage temper revving stress stressed tense panic "
            "overwhelmed reactive react reacting"
        ).split(),
        "calm",
    ),
    **dict.fromkeys(
        (
            "journal journaling diary write writing thoughts thought negative beliefs belief "
            "self-talk"
        ).split(),
        "thoughts",
    ),
    **dict.fromkeys(
        (
            "exercise exercising walk walking move moving active activity gym sleep tired "
            "energy bed"
        ).split(),
        "activity",
    ),
    **dict.fromkeys(
        "grief grieve grieving loss lost died death mourning past memories".split(),
        "grief",
    ),
    **dict.fromkeys(
        ("friends friend lonely loneliness isolated social socialize people connect").split(),
        "connection",
    ),
    **dict.fromkeys(
        (
            "assertive assertiveness boundaries boundary people-pleasing pleasing no say mom "
            "mother dad father family boss"
        ).split(),
        "boundaries",
    ),
    **dict.fromkeys(
        (
            "self-esteem esteem confidence positive kind kinder nicer strengths values value "
            "self-care care compassion worth"
        ).split(),
        "self-worth",
    ),
    **dict.fromkeys(
        (
            "mindful mindfulness present feelings feeling emotions emotion accept notice body "
            "sensations"
        ).split(),
        "feelings",
    ),
    **dict.fromkeys("fear fears afraid avoid avoiding avoidance scared face".split(), "fear"),
    **dict.fromkeys("read reading book workbook chapter article".split(), "reading"),
    **dict.fromkeys("reassurance reassure checking check phone".split(), "reassurance"),
}


def words(text: str) -> list[str]:
    """The word tokens of ``text``, case-folded (a helper for tests and templates)."""
    return [t for t in _tokens(text) if t not in _PUNCTUATION]


class PhraseSet:
    """Fixed word sequences to look for in text, found in one pass over its words."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = tuple(tuple(words(p)) for p in phrases)
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.phrases:
            self._by_first.setdefault(phrase[0], []).append(phrase)

    def matches(self, tokens: list[str]) -> list[tuple[str, ...]]:
        """Every phrase that occurs in ``tokens``, in the order first found."""
        found: list[tuple[str, ...]] = []
        by_first = self._by_first
        for i, token in enumerate(tokens):
            candidates = by_first.get(token)
            if candidates is None:
                continue
            for phrase in candidates:
                if phrase not in found and tuple(tokens[i : i + len(phrase)]) == phrase:
                    found.append(phrase)
        return found


# --------------------------------------------------------------------------- tokens

# One pass, no nested repetition: each alternative is a plain character class run.
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+|[.,;:!?()\"“”‘’']")
# Line breaks are white space like any other: a report must not depend on layout.
_PUNCTUATION: Final = frozenset(".,;:!?()")
_QUOTES: Final = frozenset("\"“”‘’'")
_CLAUSE_WORDS: Final = frozenset("and then or but".split())
_ABBREVIATIONS: Final = (("a.m.", "am"), ("p.m.", "pm"), ("e.g.", "eg"), ("i.e.", "ie"))


_TRANSLATE: Final = str.maketrans({"-": " ", "’": "'"})


def _tokens(text: str) -> list[str]:
    folded = text.casefold().translate(_TRANSLATE)
    if "." in folded:
        for short, plain in _ABBREVIATIONS:
            if short in folded:
                folded = folded.replace(short, plain)
    return _TOKEN.findall(folded)


# --------------------------------------------------------------------------- analysis


class HeadKind:
    """Why a clause head is, or is not, an action (string constants)."""

    ACTION = "action"
    WRITING = "writing"
    ATTENTION = "attention"
    READING = "reading"
    STATE = "state"
    OUTCOME = "outcome"
    MENTAL = "mental"
    SOFT = "soft"
    HABIT = "habit"
    ABSTRACT = "abstract"


class Head(NamedTuple):
    """The first word of a clause, classified."""

    word: str
    kind: str
    focused: bool = True


@attrs.define(slots=True, eq=False)
class Analysis:
    """What the text says, in the terms of the working definition (read-only by use)."""

    heads: tuple[Head, ...]
    has_cue: bool
    has_time: bool
    has_span: bool
    has_count: bool
    has_dose: bool
    has_frequency: bool
    has_unbounded_cue: bool
    has_comparative: bool
    has_script: bool
    softened: bool
    #: The words outside quotes, for finding the topic when a suggestion is needed.
    unquoted: tuple[str, ...]
    _topics: tuple[str, ...] | None = attrs.field(default=None, init=False, repr=False)

    @property
    def topics(self) -> tuple[str, ...]:
        """What the text is about, most mentioned first (found once, when first asked)."""
        if self._topics is None:
            self._topics = _topics(self.unquoted)
        return self._topics

    @property
    def actions(self) -> tuple[Head, ...]:
        """Heads that are concrete actions with what they need (a focus)."""
        concrete = (HeadKind.ACTION, HeadKind.WRITING, HeadKind.ATTENTION, HeadKind.READING)
        return tuple(h for h in self.heads if h.kind in concrete and h.focused)

    @property
    def unfocused(self) -> tuple[Head, ...]:
        """Writing, reading or noticing heads that do not say what about."""
        return tuple(h for h in self.heads if not h.focused)

    @property
    def vague_heads(self) -> tuple[Head, ...]:
        """Heads that name a state, an outcome, a mental command or a soft verb."""
        concrete = (HeadKind.ACTION, HeadKind.WRITING, HeadKind.ATTENTION, HeadKind.READING)
        return tuple(h for h in self.heads if h.kind not in concrete)

    @property
    def bounded(self) -> bool:
        """Whether there is a bounded occasion: a cue, a time, a count or a dose."""
        if self.has_cue or self.has_time or self.has_count or self.has_dose:
            return True
        # A span bounds plain actions and frequencies ("each night this week"), but
        # not comparatives ("more this week": more than what?).
        return self.has_span and not self.has_comparative


def _is_number(token: str) -> bool:
    return token.isdigit() or token in NUMBERS


def _clauses(tokens: list[str]) -> tuple[list[list[str]], bool]:
    """Split into clauses; drop quoted scripts (reporting whether there was one)."""
    clauses: list[list[str]] = [[]]
    quoted = False
    script = False
    for token in tokens:
        if token in _QUOTES:
            # An apostrophe inside a word was kept in the word; a lone one is a quote.
            quoted = not quoted
            script = True
            clauses.append([])
            continue
        if quoted:
            continue
        if token in _PUNCTUATION or token in _CLAUSE_WORDS:
            # "before and after", "0 to 10 or more" stay together as phrases.
            if clauses[-1]:
                clauses.append([])
            continue
        clauses[-1].append(token)
    return [c for c in clauses if c], script


_WANTING: Final = frozenset("want wants need needs have has".split())

# "try to X", "make an effort to X": soft, but the verb they govern decides.
SOFTENERS: Final = frozenset("try aim attempt strive".split())


def _skip_prefix(clause: list[str]) -> tuple[int, bool]:
    """Index of the head, past fillers and "I'd like you to"; and whether "try to" came first."""
    index = 0
    softened = False
    n = len(clause)
    while index < n:
        token = clause[index]
        if token in FILLERS or token in NEGATIONS:
            index += 1
            continue
        if token == "do" and index + 1 < n and clause[index + 1] in ("not", "your"):
            if clause[index + 1] == "your" and "best" in clause[index + 2 : index + 3]:
                softened = True
                index += 3
                if index < n and clause[index] == "to":
                    index += 1
                continue
            index += 1
            continue
        if (
            token in ("start", "begin", "starting")
            and index + 1 < n
            and (clause[index + 1] == "to" or clause[index + 1].endswith("ing"))
        ):
            index += 2 if clause[index + 1] == "to" else 1
            if index < n and clause[index].endswith("ing"):
                clause[index] = _base(clause[index])
            continue
        if token in ("i'd", "we'd") and index + 2 < n and clause[index + 1] in ("like", "love"):
            index += 2
            continue
        if token in ("it", "it's"):
            # "it would be good (for both of you) to ...": the head is what follows "to".
            rest = clause[index:]
            if "to" in rest:
                index += rest.index("to") + 1
                continue
        if token in ("remember", "remind") and index + 1 < n and clause[index + 1] == "to":
            index += 2
            continue
        if token in SOFTENERS and index + 1 < n and clause[index + 1] == "to":
            softened = True
            index += 2
            continue
        if token in SOFTENERS and index + 1 < n and clause[index + 1].endswith("ing"):
            softened = True
            index += 1
            clause[index] = _base(clause[index])
            continue
        if token in _WANTING and "to" in clause[index + 1 : index + 4]:
            # "I want you to...", "you need to..."
            index += clause[index + 1 : index + 4].index("to") + 2
            continue
        if token in ("is", "are", "going") and index + 1 < n and clause[index + 1] == "to":
            index += 2  # "your task is to...", "you're going to..."
            continue
        if token in ("agreed", "decided"):
            index += 2 if index + 1 < n and clause[index + 1] == "that" else 1
            continue
        if token in ("make", "making") and "effort" in clause[index : index + 5]:
            rest = clause[index:]
            softened = True
            if "to" in rest:
                index += rest.index("to") + 1
                continue
            break
        break
    return index, softened


_KNOWN_VERBS: Final = (
    WRITING_VERBS
    | ATTENTION_VERBS
    | READING_VERBS
    | STATE_VERBS
    | MENTAL_VERBS
    | SOFT_VERBS
    | frozenset(("pay pause breathe walk run stretch say tell ask share call text send go").split())
)


def _base(word: str) -> str:
    """The base of an -ing form when the kit knows the verb ("paying" -> "pay")."""
    stem = word[:-3]
    for candidate in (stem, stem + "e", stem[:-1]):
        if candidate in _KNOWN_VERBS:
            return candidate
    return stem


def _classify(clause: list[str], at: int) -> Head | None:
    """Classify the head of a clause at index ``at``; ``None`` when it is no verb."""
    if at >= len(clause):
        return None
    word = clause[at]
    if word in NOT_VERBS or word.isdigit() or word.endswith("'s"):
        return None
    rest = clause[at + 1 : at + 5]
    following = rest[0] if rest else ""
    # "communicate better", "sleep more", "walk every day"
    if following in OUTCOME_ADVERBS or (
        following == "more"
        and len(rest) > 1
        and rest[1]
        in (
            "positive",
            "present",
            "patient",
            "mindful",
            "assertive",
            "open",
            "confident",
        )
    ):
        return Head(word, HeadKind.OUTCOME)
    if word in ("keep", "continue") and following.endswith("ing"):
        return Head(word, HeadKind.SOFT)
    if word == "check" and following in ("in", "on"):
        return Head(word, HeadKind.SOFT)
    if word == "do" and following in ("better", "more", "well", "something", "things"):
        return Head(word, HeadKind.SOFT)
    if word in WRITING_VERBS or (word == "keep" and following in ("track", "a", "notes")):
        return Head(word, HeadKind.WRITING, _has_focus(clause, at + 1))
    if word in ATTENTION_VERBS or (word == "pay" and following == "attention"):
        start = at + 2 if word == "pay" else at + 1
        if word == "pay" and start < len(clause) and clause[start] == "to":
            start += 1
        return Head(word, HeadKind.ATTENTION, _has_focus(clause, start, attention=True))
    if word in READING_VERBS:
        return Head(word, HeadKind.READING, following not in ("about", "up", "more", ""))
    if word in CONDITIONAL_ACTIONS and _concrete_object(rest):
        return Head(word, HeadKind.ACTION)
    if word in STATE_VERBS or word in STATE_ADJECTIVES:
        return Head(word, HeadKind.STATE)
    if word in MENTAL_VERBS:
        return Head(word, HeadKind.MENTAL)
    if word in SOFT_VERBS:
        return Head(word, HeadKind.SOFT)
    if word == "take" and following in ("care", "time", "it"):
        return Head(word, HeadKind.SOFT)
    if word == "go" and following in ("easy",):
        return Head(word, HeadKind.SOFT)
    if any(t in ABSTRACT_OBJECTS for t in rest[:3]) and not any(
        _is_number(t) or t in CONCRETE_OBJECTS for t in rest[:3]
    ):
        return Head(word, HeadKind.ABSTRACT)
    if following in COMPARATIVES:
        return Head(word, HeadKind.HABIT)
    return Head(word, HeadKind.ACTION)


def _concrete_object(rest: list[str]) -> bool:
    """Whether a conditional head ("keep", "make", "practise"...) has a concrete object."""
    window = rest[:4]
    if any(t in CONCRETE_OBJECTS for t in window):
        return True
    if any(t in ABSTRACT_OBJECTS for t in window):
        return False
    # "practise your boundary statement", "look at one photo": a possessive or a count.
    return bool(window) and (window[0] in ("your", "the") or window[0] in _STRICT_NUMBERS)


def _has_focus(clause: list[str], start: int, *, attention: bool = False) -> bool:
    """Whether a writing or noticing verb says what about."""
    index = start
    while index < len(clause) and clause[index] in PARTICLES:
        index += 1
    if index >= len(clause):
        return False
    # "write down in your notebook what...", "write in one line the thought...":
    # skip where or how long, then look for what.
    while index + 1 < len(clause) and clause[index] in ("in", "on", "into"):
        skip = index + 1
        if clause[skip] in ("your", "a", "the", "my", "one") or _is_number(clause[skip]):
            skip += 1
        if skip < len(clause) and clause[skip] in _MEDIA:
            index = skip + 1
            continue
        break
    if index >= len(clause):
        return False
    token = clause[index]
    if attention:
        # "notice when you get defensive" names a cue, not what to notice.
        return token not in ("when", "whenever", "if", "more", "")
    if token == "about":
        return index + 1 < len(clause)
    return token not in FOCUS_STOPS


_SPAN_AFTER_THIS: Final = frozenset("week weekend evening morning afternoon".split())
_SPAN_UNITS: Final = frozenset("days weeks nights mornings evenings".split())
_NOT_COUNTED: Final = frozenset("to of another or and".split())


def _cue(tokens: list[str], i: int) -> str | None:
    """At a cue word: ``"cue"``, ``"unbounded"`` ("when you can"), or ``None``."""
    n = len(tokens)
    nxt = tokens[i + 1] if i + 1 < n else ""
    after = tokens[i + 2] if i + 2 < n else ""
    if i > 0 and tokens[i - 1] == "look":
        return None  # "look after yourself"
    if nxt in UNBOUNDED_AFTER_CUE or after in UNBOUNDED_AFTER_CUE:
        return "unbounded"
    if (
        nxt in ("you", "i")
        and after in ("can", "feel", "have", "get", "want")
        and tokens[i] in ("when", "whenever", "if")
        and (i + 3 >= n or tokens[i + 3] in ("like", "time", "a", "to", "it"))
    ):
        return "unbounded"  # "when you feel like it", "if you have time"
    if not nxt or nxt in _PUNCTUATION or nxt in ("and", "or"):
        return None  # "rate it before and after", "what happened just before,"
    return "cue"


def _is_time(tokens: list[str], i: int) -> bool:
    """A day, a clock time, "by Friday", "within the hour", "that evening"."""
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    after = tokens[i + 2] if i + 2 < len(tokens) else ""
    if token in WEEKDAYS or token in TIME_WORDS or token.removesuffix("'s") in WEEKDAYS:
        return True
    if token in ("am", "pm"):
        return i > 0 and tokens[i - 1].isdigit()
    if token == "at":
        return nxt.isdigit() or nxt in TIME_WORDS
    if token == "by":
        return (
            nxt in WEEKDAYS
            or nxt in TIME_WORDS
            or nxt.isdigit()
            or (
                nxt in ("the", "our", "your", "next")
                and after in ("end", "weekend", "next", "session", "appointment")
            )
        )
    if token == "within":
        return nxt in ("the", "an", "a") or _is_number(nxt)
    return token == "that" and nxt in PARTS_OF_DAY


def _is_span(tokens: list[str], i: int) -> bool:
    """ "this week", "before our next session", "for five days"."""
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    after = tokens[i + 2] if i + 2 < len(tokens) else ""
    if token == "this":
        return nxt in _SPAN_AFTER_THIS
    if token in ("next", "our", "upcoming"):
        return nxt in SESSION_WORDS
    return token == "for" and _is_number(nxt) and after in _SPAN_UNITS


def _amount(tokens: list[str], i: int) -> str | None:
    """At a number: ``"dose"`` (ten minutes), ``"count"`` (three times, one request)."""
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if nxt in UNITS:
        return "dose"
    if token in ("a", "an"):
        return None
    if nxt == "times":
        return "count"
    if token.isdigit() and nxt.isdigit():
        return None  # a range such as 0-10
    counted = nxt and nxt not in _PUNCTUATION and nxt not in _NOT_COUNTED and not nxt.isdigit()
    return "count" if token in _STRICT_NUMBERS and counted else None


# Every word that can start an occasion, a frequency or a comparative.
_TRIGGERS: Final = (
    CUE_WORDS
    | WEEKDAYS
    | frozenset(f"{day}'s" for day in WEEKDAYS)
    | TIME_WORDS
    | COUNT_WORDS
    | NUMBERS
    | FREQUENCY_WORDS
    | COMPARATIVES
    | frozenset("next each every any am pm at by within that this our upcoming for least".split())
)


def _occasions(tokens: list[str]) -> dict[str, bool]:
    """Find cues, times, spans, counts and doses anywhere outside quotes."""
    found = dict.fromkeys(
        ("cue", "time", "span", "count", "dose", "frequency", "unbounded", "comparative"),
        False,
    )
    for i, token in enumerate(tokens):
        if token not in _TRIGGERS and not token.isdigit():
            continue  # most words can start no occasion at all
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        after = tokens[i + 2] if i + 2 < len(tokens) else ""
        if token in CUE_WORDS:
            kind = _cue(tokens, i)
            if kind is not None:
                found[kind] = True
        elif token in ("next", "each", "every", "any") and nxt in ("time", "times"):
            # "the next time you feel..." is a cue; "until next time" means the session.
            if after and after not in _PUNCTUATION and after not in ("and", "or"):
                found["cue"] = True
            else:
                found["span"] = True
        elif _is_time(tokens, i):
            found["time"] = True
        elif _is_span(tokens, i):
            found["span"] = True
        elif token in COUNT_WORDS or (token == "least" and _is_number(nxt)):
            found["count"] = True
        elif _is_number(token):
            kind = _amount(tokens, i)
            if kind is not None:
                found[kind] = True
        elif token in FREQUENCY_WORDS or (
            token in ("every", "each") and (nxt in ("day", "days") or nxt in PARTS_OF_DAY)
        ):
            found["frequency"] = True
        elif token in COMPARATIVES:
            found["comparative"] = True
    return found


def _topics(tokens: Iterable[str]) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for token in tokens:
        topic = TOPICS.get(token)
        if topic is not None:
            counts[topic] = counts.get(topic, 0) + 1
    return tuple(sorted(counts, key=lambda t: -counts[t]))


def analyse(text: str) -> Analysis:
    """Analyse one homework text. Linear in the length of the text."""
    tokens = _tokens(text)
    clauses, script = _clauses(tokens)
    heads = []
    softened = False
    unquoted: list[str] = []
    for clause in clauses:
        unquoted.extend(clause)
        unquoted.append(",")
        at, soft = _skip_prefix(clause)
        softened = softened or soft
        head = _classify(clause, at)
        if head is not None:
            heads.append(head)
    occasions = _occasions(unquoted)
    return Analysis(
        heads=tuple(heads),
        has_cue=occasions["cue"],
        has_time=occasions["time"],
        has_span=occasions["span"],
        has_count=occasions["count"],
        has_dose=occasions["dose"],
        has_frequency=occasions["frequency"],
        has_unbounded_cue=occasions["unbounded"],
        has_comparative=occasions["comparative"],
        has_script=script,
        softened=softened,
        unquoted=tuple(unquoted),
    )
