"""Reading a homework text the way the working definition asks.

The specificity check asks two questions of a text: is there a concrete, observable
action (for noticing work, an exact thing to attend to; for writing, a focus), and is
there a bounded occasion for it (a cue, a time, a count or a dose)? This module answers
them with explainable steps, in time linear in the length of the text:

1. **Tokens.** One regular expression with no nested repetition splits the case-folded
   text into words, numbers, clock times, ranges and punctuation.
2. **Sentences and clauses.** Sentences end at ``. ! ? ;`` and line breaks; clauses at
   commas, colons, brackets, arrows and "and", "then", "or", "but". Words in quotation
   marks are a script to say, not instructions. Sentences about research ("studies
   find ..."), about people in general ("most people ..."), questions, and examples
   ("e.g. a walk") ask for nothing and are set aside; so are statements ("the card
   isn't a test", "you said that ...").
3. **Heads.** In each clause the first verb after fillers and framing ("please", "I'd
   like you to", "Pt to", "she asked me to", "try to") is its head. The head is an
   *action* when someone else could see it done or a record would show it (the
   behaviour analysts' "dead man's test"); a mental act ("reflect", "remind yourself"),
   a stance ("treat yourself kindly"), a soft verb with nothing concrete under it
   ("work on", "use the tools", "do some things") or a state ("be calmer", "sleep
   better") is not. Writing needs a focus, and noticing an exact thing to attend to (the
   body, a sensation, a particular thought or urge, what happened). A clause with no
   verb counts as clinician shorthand when it names a concrete procedure, product or
   place ("Three trials, 20 min each, SUDS log").
4. **Occasions.** A cue ("when", "after", "each time"), a day or clock time, a deadline
   ("by Friday", "before our session"), a count ("once", "three walks") or a dose ("ten
   minutes", "20-30 min"). One concrete product ("the worksheet", "a letter to your
   dad") is a count of one. A frequency ("every evening") bounds a record with named
   fields or a scale, or anything within a period ("each night this week"). Not bounds:
   "some", "a few", "a little"; numbers about research, goals or ratios; "until it feels
   easy"; "every day" or "more" alone; "when you can", "when you feel ready".
5. **Binding.** An occasion bounds the actions of its own sentence; a heading with no
   verb of its own ("Week 2, Monday:") bounds the whole text.

Every decision is kept in the :class:`Analysis`, so that a finding can say what is
missing and why. The words the reader knows are in :mod:`._lexicon`.
"""

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain
from typing import Final, NamedTuple

import attrs

from . import _lexicon as lx
from ._analysis import CONCRETE, Analysis, Discount, Head, HeadKind

__all__ = [
    "CONCRETE",
    "Analysis",
    "Discount",
    "Head",
    "HeadKind",
    "PhraseSet",
    "analyse",
    "with_spans",
    "words",
    "words_with_spans",
]


# --------------------------------------------------------------------------- tokens

# One pass, no nested repetition: every alternative is a run of one character class,
# or such runs separated by single characters of another class.
_TOKEN: Final = re.compile(
    r"\d{1,2}:\d\d(?:\s?[ap]m\b)?"  # clock time 10:15, 7:30pm
    r"|\d{1,2}\s?[ap]m\b"  # 7pm, 7 am
    r"|\d+(?:[.,]\d+)?(?:\s?-\s?\d+(?:[.,]\d+)?)?%?"  # 15, 1.5, 20-30, 80%
    r"|[^\W\d_]+(?:['\-][^\W\d_]+)*"  # words, with inner apostrophes and hyphens
    r"|[.,;:!?()\[\]/\"“”'•\n*+=&<>≤≥~→|#]"  # punctuation that matters
)
_TRANSLATE: Final = str.maketrans(
    {"’": "'", "‘": "'", "–": "-", "—": "-", "‑": "-", "\u00a0": " ", "\t": " ", "\r": "\n"}
)
# Abbreviations whose dots would end a sentence; replaced before tokenizing.
_ABBREVIATIONS: Final = (
    ("a.m.", "am"),
    ("p.m.", "pm"),
    ("e.g.", "eg"),
    ("i.e.", "ie"),
    ("etc.", "etc"),
    ("vs.", "vs"),
    ("approx.", "approx"),
    ("min.", "min"),
    ("mins.", "mins"),
    ("hrs.", "hrs"),
    ("wk.", "wk"),
    ("wks.", "wks"),
    ("sess.", "sess"),
    ("cont.", "cont"),
    ("appt.", "appt"),
    ("betw.", "between"),
    ("ms.", "ms"),
    ("mr.", "mr"),
    ("mrs.", "mrs"),
    ("dr.", "dr"),
    ("hyg.", "hygiene"),
    ("f/u", "f-u"),
    ("w/o", "without"),
    ("w/", "with "),
    ("b/c", "because"),
)
# A blank line (two line breaks with nothing but spaces between) ends a sentence.
_BLANK_LINE: Final = re.compile(r"\n[ \t]*\n")


def _sentence_break(match: "re.Match[str]") -> str:
    """The blank line as a sentence end, keeping its length (spans stay true)."""
    return "\n" + "•".rjust(len(match.group()) - 1)


# A quotation mark that opens a quote: at the start, or after a space, a bracket or a
# colon. Any other mark closes one, or is an apostrophe ("the parents' house").
_OPENER: Final = re.compile(r"(?:^|(?<=[\s(\[:]))['\"“]")


_ABBREVIATION_OF: Final = dict(_ABBREVIATIONS)
# Longest first, so "w/o" is read before "w/" and "mins." before "min.".
_ABBREVIATION: Final = re.compile(
    "|".join(re.escape(short) for short in sorted(_ABBREVIATION_OF, key=len, reverse=True))
)


def _expand(match: "re.Match[str]") -> str:
    return _ABBREVIATION_OF[match.group()]


# Compounds whose first word is also a verb form: "thought record" is a form, not
# "think". Joined with a hyphen, which keeps the length.
_COMPOUND: Final = re.compile(r"\bthought (?=records?\b|logs?\b|diar(?:y|ies)\b|experiments?\b)")


def _join(match: "re.Match[str]") -> str:
    return match.group()[:-1] + "-"


def _fold(text: str) -> str:
    folded = text.casefold().translate(_TRANSLATE)
    if "thought " in folded:
        folded = _COMPOUND.sub(_join, folded)
    if "\n" in folded:
        folded = _BLANK_LINE.sub(_sentence_break, folded)
    if "." in folded or "/" in folded:
        folded = _ABBREVIATION.sub(_expand, folded)
    if "'" in folded or '"' in folded or "“" in folded:
        folded = _OPENER.sub("“", folded)
    return folded


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(_fold(text))


def _tokens_with_spans(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """The same tokens as :func:`_tokens` (folded the same way), with their spans in
    ``text``: a span points at the client's own words, even where folding changed the
    length ("ß" to "ss", "w/" to "with"). Slower than :func:`_tokens`; used only when
    a rewrite quotes the text."""
    pieces: list[str] = []
    where: list[int] = []  # for each folded character, the index in text it comes from
    for i, char in enumerate(text):
        folded_char = char.casefold()
        pieces.append(folded_char)
        where.extend([i] * len(folded_char))
    folded = "".join(pieces).translate(_TRANSLATE)  # one character for one
    if "thought " in folded:
        folded = _COMPOUND.sub(_join, folded)  # one character for one
    if "\n" in folded:
        folded = _BLANK_LINE.sub(_sentence_break, folded)  # keeps the length
    if "." in folded or "/" in folded:
        expanded: list[str] = []
        mapped: list[int] = []
        at = 0
        for match in _ABBREVIATION.finditer(folded):
            expanded.append(folded[at : match.start()])
            mapped.extend(where[at : match.start()])
            plain = _ABBREVIATION_OF[match.group()]
            expanded.append(plain)
            # its first character to where the abbreviation starts, the rest to where it
            # ends: a word read from it spans the whole abbreviation
            mapped.extend([where[match.start()]] + [where[match.end() - 1]] * (len(plain) - 1))
            at = match.end()
        expanded.append(folded[at:])
        mapped.extend(where[at:])
        folded, where = "".join(expanded), mapped
    if "'" in folded or '"' in folded or "“" in folded:
        folded = _OPENER.sub("“", folded)  # one character for one
    tokens: list[str] = []
    spans: list[tuple[int, int]] = []
    for match in _TOKEN.finditer(folded):
        tokens.append(match.group())
        spans.append((where[match.start()], where[match.end() - 1] + 1))
    return tokens, spans


def words(text: str) -> list[str]:
    """The words and numbers of ``text``, case-folded, hyphens read as spaces (for the
    phrase lists of other checks)."""
    found: list[str] = []
    for token in _tokens(text):
        if token[0].isalnum():
            found.extend(p for p in token.split("-") if p)
    return found


def words_with_spans(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """:func:`words`, with where each word is in ``text`` (start and end offsets)."""
    tokens, spans = _tokens_with_spans(text)
    found: list[str] = []
    where: list[tuple[int, int]] = []
    for token, (start, end) in zip(tokens, spans, strict=True):
        if not token[0].isalnum():
            continue
        parts = [p for p in token.split("-") if p]
        if len(parts) == 1:
            found.append(parts[0])
            where.append((start, end))
        else:
            found.extend(parts)  # a hyphenated word: each part spans the whole word
            where.extend([(start, end)] * len(parts))
    return found, where


class PhraseSet:
    """Fixed word sequences to look for in text, found in one pass over its words."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = tuple(tuple(words(p)) for p in phrases)
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.phrases:
            self._by_first.setdefault(phrase[0], []).append(phrase)
        #: The words a phrase can start with.
        self.firsts = frozenset(self._by_first)

    def first_span(self, text: str) -> tuple[int, int] | None:
        """Where in ``text`` the first phrase found starts and ends, or ``None``."""
        tokens, spans = words_with_spans(text)
        if self.firsts.isdisjoint(tokens):
            return None
        for i, token in enumerate(tokens):
            for phrase in self._by_first.get(token, ()):
                if tuple(tokens[i : i + len(phrase)]) == phrase:
                    return spans[i][0], spans[i + len(phrase) - 1][1]
        return None

    def count(self, tokens: list[str]) -> int:
        """How many distinct phrases occur in ``tokens`` (as many as :meth:`matches`
        finds). Each word a phrase can start with is looked up where it occurs, not
        at every word: most texts hold few of them."""
        found = 0
        for first in self.firsts.intersection(tokens):
            for phrase in self._by_first[first]:
                size = len(phrase)
                at = tokens.index(first)
                while True:
                    if tuple(tokens[at : at + size]) == phrase:
                        found += 1
                        break
                    try:
                        at = tokens.index(first, at + 1)
                    except ValueError:
                        break
        return found

    def count_in(self, clauses: Sequence[list[str]]) -> int:
        """:meth:`count` over the words of ``clauses`` read as one run, looked for only
        when a word a phrase can start with is in some clause (most texts hold none)."""
        firsts = self.firsts
        for clause in clauses:
            if not firsts.isdisjoint(clause):
                return self.count(list(chain.from_iterable(clauses)))
        return 0

    def matches(self, tokens: Sequence[str]) -> list[tuple[str, ...]]:
        """Every phrase that occurs in ``tokens``, in the order first found."""
        found: list[tuple[str, ...]] = []
        if self.firsts.isdisjoint(tokens):
            return found  # the common case: no phrase can start anywhere
        listed = list(tokens)
        by_first = self._by_first
        for i, token in enumerate(listed):
            candidates = by_first.get(token)
            if candidates is None:
                continue
            for phrase in candidates:
                if phrase not in found and tuple(listed[i : i + len(phrase)]) == phrase:
                    found.append(phrase)
        return found


# --------------------------------------------------------------------------- clauses

_SENTENCE_ENDS: Final = frozenset(".!?;•|*")
# A single line break separates items ("Mood 0-10\nSleep hours"), a blank line
# separates sentences (see _fold).
_CLAUSE_ENDS: Final = frozenset(",:()[]/→=+&<>~#\n")
_COORDINATORS: Final = frozenset("and then or but plus so".split())
_QUOTE_MARKS: Final = frozenset("\"“”'")
_EXAMPLE_WORDS: Final = frozenset("eg example instance".split())
# Sentence openers that make a sentence a remark about people in general.
_GENERIC_SUBJECTS: Final = frozenset(
    "people many most everyone everybody nobody someone lots plenty".split()
)
_GENERIC_PEOPLE: Final = _GENERIC_SUBJECTS | frozenset(
    "people folks clients patients families couples parents years days of lot".split()
)
_ENDS_SENTENCE: Final = 1
_ENDS_CLAUSE: Final = 2
_JOINS: Final = 3
_ROLE: Final = {
    **dict.fromkeys(_SENTENCE_ENDS, _ENDS_SENTENCE),
    **dict.fromkeys(_CLAUSE_ENDS, _ENDS_CLAUSE),
    **dict.fromkeys(_COORDINATORS, _JOINS),
}
_RESEARCH_STARTS: Final = lx.RESEARCH_WORDS | frozenset(a for a, _ in lx.RESEARCH_PAIRS)
# "Could you ...?", "Would you ...?": a request put as a question.
_ASKING: Final = frozenset("could would can".split())
# Polite frames around a request: each is a sequence of word sets (an empty string in a
# set makes the word optional). What follows the frame is what is asked.
_POLITE: Final = tuple(
    tuple(frozenset(words.split("|")) for words in frame.split())
    for frame in (
        "could|can|may i just| ask you to",
        "could|can|may i suggest that| you",
        "do you think that| you could|can|might",
        "would|could it be possible for| you| to",
        "i wonder|wondered if|whether you could|might|would|can",
        "i wonder|wondered if|whether you'd",
        "i'm|i am|was| wondering if|whether you could|might|would|can",
        "would you mind",
        "how|what about",
    )
)


def _polite(tokens: list[str], i: int) -> int:
    """Where the request starts after a polite frame at ``i`` ("could I ask you to",
    "I wonder if you might", "would you mind"), or 0. Not a guess about the past ("I
    wonder if you could have left earlier") or about what would happen ("... if she
    didn't call first")."""
    n = len(tokens)
    frames = _POLITE_BY_FIRST.get(tokens[i]) if i < n else None
    if frames is None or i + 1 >= n or tokens[i + 1] not in frames[0]:
        return 0  # the common case: no frame starts here
    for frame in frames[1]:
        at = i
        for words in frame:
            if at < n and tokens[at] in words:
                at += 1
            elif "" not in words:
                break
        else:
            if tokens[at : at + 1] == ["have"] or "if" in tokens[at : at + 12]:
                return 0
            return at
    return 0


# For each first word of a frame: the second words that may follow it, and its frames.
_POLITE_BY_FIRST: Final = {
    first: (
        frozenset().union(*(f[1] for f in _POLITE if first in f[0])),
        tuple(f for f in _POLITE if first in f[0]),
    )
    for first in frozenset().union(*(frame[0] for frame in _POLITE))
}
# "I wonder if ...": the "if" of a frame.
_WONDER: Final = frozenset("wonder wondered wondering".split())
# Words of timing that make a "could you ...?" ask for an act at a time.
_TIMING: Final = frozenset(
    "by before after tonight tomorrow today week weekend fortnight next".split()
)
# Words that make a "could you ...?" a question to think about, not a request.
_WONDERING: Final = frozenset("if say think tell imagine know rather prefer mind".split())
# "Be willing to ...": a soft frame, like "try to".
_WILLING: Final = frozenset("willing prepared ready open able".split())
_QUESTION_STARTS: Final = frozenset(
    "what why how when where who which whose do does did is are was were can could would will "
    "should have has shall may might am".split()
)


def _cue_then_act(tokens: list[str], at: int, end: int) -> bool:
    """Whether a sentence from ``at`` to ``end`` (a "?") that opens with "when" is a cue,
    an act, then prompts put as questions ("when a flare starts, sit down for five
    minutes - is it heavy or light?"), not a question ("when did it start?", "when you
    notice it, what do you feel?", "when he yells, walk away or stay?"): a subject
    follows "when", after the cue's comma comes a verb, and a question of its own (a
    verb before its subject: "is it", "can you") follows the act."""
    if at + 1 >= end or tokens[at + 1] in _QUESTION_STARTS:
        return False
    for k in range(at + 2, end - 1):
        if tokens[k] == ",":
            if tokens[k + 1] in _QUESTION_STARTS or _base(tokens[k + 1]) not in _VERBS:
                return False
            return any(
                tokens[j] in _INVERTED and tokens[j + 1] in _ASKED_OF for j in range(k + 3, end - 1)
            )
    return False


# "is it heavy?", "can you feel it?": a question's verb before its subject (the words that
# open a question, but the question words).
_INVERTED: Final = _QUESTION_STARTS - frozenset("what why how when where who which whose".split())
_ASKED_OF: Final = frozenset("it you they he she there that this i we".split())


def _quoted(tokens: list[str]) -> set[int]:
    """Indices inside quotation marks (a script to say). A quote opens at "“" (see
    :data:`_OPENER`) and closes at the next mark; other marks are apostrophes."""
    inside: set[int] = set()
    open_at = -1
    for i, token in enumerate(tokens):
        if token not in _QUOTE_MARKS:
            continue
        if open_at < 0:
            if token == "“":
                open_at = i
        elif i - open_at <= 60:
            inside.update(range(open_at, i + 1))
            open_at = -1
        else:
            open_at = i if token == "“" else -1  # too long: a stray mark, not a quotation
    return inside


class _Clause(NamedTuple):
    tokens: list[str]
    sentence: int
    #: The clause follows "and", "or", "but" or "then" in the same sentence.
    joined: bool = False
    #: The clause is the first of its sentence.
    first: bool = False
    #: The clause is inside brackets: "(we picked a muffin)".
    aside: bool = False
    #: The clause follows a colon: "the homework is this: once this week, ...".
    introduced: bool = False


_PER_UNITS: Final = frozenset("day d wk week night month mo hr hour".split())
_DEGREE_AFTER_SO: Final = frozenset(
    "much many hard often long far well bad little few negative harsh".split()
)
_FOLLOW_UP: Final = frozenset("f-u follow-up followup".split())


def _segment(
    tokens: list[str], places: list[list[int | tuple[int, int]]]
) -> tuple[list[_Clause], bool, bool]:
    """Split into clauses. Returns the clauses kept, whether there was a quoted script,
    and whether a sentence about research was set aside.

    Also appends to ``places``, for each clause kept, the token index each of its
    tokens stands for (a quoted script, one token in a clause, stands for a range).
    """
    quoted = set() if _QUOTE_MARKS.isdisjoint(tokens) else _quoted(tokens)
    clauses: list[_Clause] = []
    all_places: list[list[int | tuple[int, int]]] = []
    current: list[str] = []
    here: list[int | tuple[int, int]] = []
    sentence = 0
    sentence_start = True
    opened = True
    joined = False
    example = False
    set_aside: set[int] = set()
    research = False
    first = ""
    asking = False  # the sentence opens "could you", "would you": a request, not a question
    first_at = 0
    asked_at = 0  # where what a "could you ...?" asks starts
    example_first = ""  # the first word of an example ("for example *a* bath")
    n = len(tokens)

    bracketed = colon = False

    def close() -> None:
        nonlocal current, here, opened
        if current and not example:
            clauses.append(_Clause(current, sentence, joined, opened, bracketed, colon))
            all_places.append(here)
            opened = False
        current = []
        here = []

    role = _ROLE.get
    researchy = not _RESEARCH_STARTS.isdisjoint(tokens)
    for i, token in enumerate(tokens):
        if quoted and i in quoted:
            if current and current[-1] != '"':
                current.append('"')  # keep the place of the script for "say ..." heads
                here.append((i, i))
            elif current:
                start = here[-1]
                here[-1] = (start if isinstance(start, int) else start[0], i)
            continue
        kind = role(token)
        if kind is not None:  # a mark or a joining word; most tokens are neither
            kind = _boundary(tokens, i, kind, current)
        if kind is not None:
            if kind == _KEPT:
                current.append("per")  # "2-3x/day", "3/wk": a rate, not two items
                here.append(i)
                continue
            if kind == _SKIPPED:
                continue  # "one small, doable step": a list of adjectives, not two clauses
            close()
            colon = token == ":"
            if token in _BRACKETS:
                bracketed = token in _OPENING_BRACKETS
            if kind == _ENDS_SENTENCE:
                bracketed = False
                opened = True
                joined = False  # a new sentence follows no "and" or "or"
                if (
                    token == "?"
                    and first in _QUESTION_STARTS
                    and not (first == "when" and _cue_then_act(tokens, first_at, i))
                    and not (
                        asking
                        and not _wonders(tokens, asked_at, i)
                        and _asks_when(tokens[asked_at:i])
                    )
                ):
                    # a question asks for thought, not for an act; but "could you ring
                    # her before Friday?" asks for the act
                    set_aside.add(sentence)
                asking = False  # decided once: "?!?!" does not read the question again
                sentence += 1
                sentence_start = True
                example = False
            elif kind == _ENDS_CLAUSE:
                joined = False
                if token in ")]" or (i + 1 < n and _bound_word(tokens[i + 1])):
                    example = False  # "e.g. tea after lunch, Mon/Wed/Fri": the days are the plan's
            else:
                joined = True
                if (
                    example
                    and token == "and"
                    and tokens[i - 1] in _CLAUSE_ENDS
                    and not _plain_verb(example_first)
                    and _plain_verb(tokens[i + 1] if i + 1 < n else "")
                ):
                    # "for instance the coast path, and write down ...": after a comma,
                    # "and" with an instruction's verb ends an example of things (not one
                    # of acts: "e.g. go for a walk, have a bath, and phone a friend")
                    example = False
            continue
        if sentence_start or (colon and not current and token in _ASKING):
            first = token  # a question may open after a colon: "questions: can you ...?"
            first_at = i
            # "could you ...?": a request, unless the sentence wonders ("would you ring
            # her if she didn't call?", "would you say ...?", "..., do you think?")
            polite = _polite(tokens, i) if token in _POLITE_BY_FIRST else 0
            asking = bool(polite) or (token in _ASKING and tokens[i + 1 : i + 2] == ["you"])
            asked_at = polite or i + 2  # where what is asked starts
        if not current:
            if token in _EXAMPLE_WORDS or (
                token in ("such", "for")
                and i + 1 < n
                and tokens[i + 1] in ("as", "example", "instance")
            ):
                example = True
                # (the words may end the text: "..., for example")
                item = i + 2 if token in ("such", "for") else i + 1
                example_first = tokens[item] if item < n else ""
            elif sentence_start and (
                (
                    token in _GENERIC_SUBJECTS
                    and not (i + 1 < n and tokens[i + 1] in ("in", "at", "here"))
                )
                or (
                    token in ("some", "many", "most", "a", "lots")
                    and i + 1 < n
                    and tokens[i + 1] in _GENERIC_PEOPLE
                )
            ):
                set_aside.add(sentence)  # but "everyone in the family" is the family
        if (
            researchy
            and token in _RESEARCH_STARTS
            and (
                (token in lx.RESEARCH_WORDS and _about_research(tokens, i))
                or (
                    i + 1 < n
                    and (token, tokens[i + 1]) in lx.RESEARCH_PAIRS
                    and (
                        token not in _CLAIMED
                        or (i and (tokens[i - 1] in _CLAIMING or tokens[i - 1].endswith("ly")))
                    )
                )
            )
        ):
            set_aside.add(sentence)
            research = True
        sentence_start = False
        current.append(token)
        here.append(i)
    close()
    if not set_aside:  # the common case: every sentence is kept
        places.extend(all_places)
        return clauses, bool(quoted), research
    kept = [c for c in clauses if c.sentence not in set_aside]
    places.extend(
        p for c, p in zip(clauses, all_places, strict=True) if c.sentence not in set_aside
    )
    return kept, bool(quoted), research


def _about_research(tokens: list[str], i: int) -> bool:
    """Whether the research word at ``i`` reports research: a word that only ever does
    ("researchers", "meta-analysis"), or one that claims something within a few words
    ("studies find", "the guidelines say", "research on sleep has shown"), or what a
    claim rests on ("based on research", "from studies"). Not a thing to do something
    with: "the literature class", "research three gyms", "write down your findings"."""
    if tokens[i] in _RESEARCHERS:
        return True
    if i and tokens[i - 1] in _OWNERS:
        return False  # "what your findings show": the client's own
    if i + 1 < len(tokens) and tokens[i + 1] in lx.RESEARCH_WORDS:
        return True  # "the research literature"
    citing = [k for k in range(max(0, i - 3), i) if tokens[k] in _CITING]
    if citing:
        # "according to the research", "in line with the guidelines"; but "According to
        # the guidelines, do your exercises three times a day" prescribes
        k = citing[0]
        opens = k == 0 or tokens[k - 1] in _SENTENCE_ENDS or (k == 1 and tokens[0] == "in")
        comma = i + 1 < len(tokens) and tokens[i + 1] == ","
        return not (opens and comma and i + 2 < len(tokens) and _plain_verb(tokens[i + 2]))
    if i and tokens[i - 1] in ("on", "from"):
        return True  # "based on research", "from studies"
    for k, token in enumerate(tokens[i + 1 : i + 6]):
        if token in _SENTENCE_ENDS or token in _CLAUSE_ENDS:
            return False  # the claim is made in the same clause
        if token in _CLAIM_WORDS or (token in _REPORTING_WORDS and k < 2):
            return True  # "studies of CBT find", "the guidelines say"
    return False


_CITING: Final = frozenset("according line per".split())
_OWNERS: Final = frozenset("your my our his her their".split())
_RESEARCHERS: Final = frozenset(
    "researchers scientists meta-analysis randomised randomized".split()
)
# Words by which research claims something: "studies show", "research has found" (and
# right after it, "the guidelines say"; but "write your findings and say them aloud").
_CLAIM_WORDS: Final = frozenset(
    "show shows showed shown suggest suggests suggested find finds found indicate indicates "
    "indicated recommend recommends recommended confirm confirms confirmed demonstrate "
    "demonstrates demonstrated proves proved consistently strong clear robust".split()
)


# Participles that claim a finding only after a verb or an adverb ("is linked to", "has
# been shown to", "clinically proven to"); after a noun they describe it ("one object
# linked to your person").
_CLAIMED: Final = frozenset("linked associated shown proven".split())
_CLAIMING: Final = frozenset("is are was were be been being also often".split())
_BRACKETS: Final = frozenset("()[]")
_OPENING_BRACKETS: Final = frozenset("([")
_KEPT: Final = -1
_SKIPPED: Final = -2


# "a firm but loving boundary": words that pair two describing words of one object.
_PAIRING: Final = frozenset("but yet and".split())
# Describing words without a describing ending ("a firm but fair answer").
_PLAIN_ADJECTIVES: Final = frozenset(
    "firm fair honest clear calm warm brief short long simple gentle direct polite quiet "
    "loud slow quick soft strong open".split()
)
_ADJECTIVE_ENDS: Final = ("ing", "ful", "ive", "able", "ible", "ous", "less", "ent", "ant")


def _describes(word: str) -> bool:
    """Whether ``word`` looks like a describing word ("firm", "loving", "respectful")."""
    return (
        word in _MODIFIERS
        or word in _PLAIN_ADJECTIVES
        or word in lx.STATE_ADJECTIVES
        or (len(word) > 5 and word.endswith(_ADJECTIVE_ENDS))
    )


# Who a reported task is given to: "asked me and my husband to ...".
_ASKED_WHOM: Final = frozenset("me us him her them".split())


def _boundary(tokens: list[str], i: int, kind: int, current: list[str]) -> int | None:
    """What a mark or joining word at ``i`` does: its role, ``None`` when it is part of
    the clause after all, :data:`_KEPT` for a rate's slash, :data:`_SKIPPED` for a
    comma between adjectives."""
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if token == "/" and current and nxt in _PER_UNITS:
        return _KEPT  # "2-3x/day", "3/wk": a rate, not two items
    if (
        token == ","
        and current
        and (current[-1] in _MODIFIERS or (len(current) > 1 and current[-2] in lx.DETERMINERS))
        and _describes(current[-1])
        and nxt
        and (nxt.endswith(("able", "ful", "ive")) or _describes(nxt))
    ):
        return _SKIPPED  # "one small, doable step", "a short, warm text": a list of adjectives
    if (
        token in _PAIRING
        and len(current) > 1
        and (current[-2] in lx.DETERMINERS or _describes(current[-2]))
        and _describes(current[-1])
        and nxt not in _VERBS
        and _describes(nxt)
        and i + 2 < len(tokens)
        and tokens[i + 2][:1].isalpha()
    ):
        return None  # "set a firm but loving boundary", "a short and kind note": one object
    if token == "so" and nxt and (nxt.endswith("ly") or nxt in _DEGREE_AFTER_SO):
        return None  # "stop thinking so negatively": an adverb, not "and so"
    if (
        token == "and"
        and len(current) > 1
        and current[-1] in _ASKED_WHOM
        and current[-2] in _REPORTS
        and nxt in _POSSESSIVES
    ):
        return None  # "asked me and my husband to jot down ...": one object, not two clauses
    if (
        token == "or"
        and current
        and _is_number(current[-1])
        and nxt
        and (nxt in ("more", "less", "fewer", "so") or _is_number(nxt))
    ):
        return None  # "three or more faces", "two or three times": one amount
    return kind


# --------------------------------------------------------------------------- verbs

_VERBS: Final = (
    lx.ACTION_VERBS
    | lx.WRITING_VERBS
    | lx.RATING_VERBS
    | lx.ATTENTION_VERBS
    | lx.READING_VERBS
    | lx.MENTAL_VERBS
    | lx.STANCE_VERBS
    | lx.SOFT_VERBS
    | lx.STATE_VERBS
    | lx.OBJECT_VERBS
)
_IRREGULAR: Final = {
    "said": "say",
    "did": "do",
    "done": "do",
    "told": "tell",
    "went": "go",
    "gone": "go",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "made": "make",
    "found": "find",
    "thought": "think",
    "felt": "feel",
    "knew": "know",
    "known": "know",
    "saw": "see",
    "seen": "see",
    "came": "come",
    "got": "get",
    "gotten": "get",
    "wrote": "write",
    "written": "write",
    "sat": "sit",
    "ran": "run",
    "kept": "keep",
    "left": "leave",
    "brought": "bring",
    "bought": "buy",
    "spent": "spend",
    "began": "begin",
    "begun": "begin",
    "chose": "choose",
    "chosen": "choose",
    "spoke": "speak",
    "spoken": "speak",
    "ate": "eat",
    "drank": "drink",
    "slept": "sleep",
    "was": "be",
    "were": "be",
    "is": "be",
    "are": "be",
    "am": "be",
    "been": "be",
    "being": "be",
    "has": "have",
    "had": "have",
    "having": "have",
    "lying": "lie",
    "dying": "die",
}
_PAST: Final = frozenset(
    k for k in _IRREGULAR if k not in ("is", "are", "am", "being", "has", "having", "lying")
)


# Verbs that make "<verb> 0-10" an instruction ("rate 0-10"), not a field ("need 1-5").
_RECORDING: Final = lx.RATING_VERBS | lx.WRITING_VERBS
# Prefixes that make a describing word: "pre-quit tracker", "post-session notes".
_NOUN_PREFIXES: Final = frozenset("pre post non anti mid".split())


def _describes_noun(clause: list[str], at: int) -> bool:
    """Whether the word at ``at`` is a prefixed word before its noun ("pre-quit
    tracker"), not a prefixed verb before its object ("pre-plan what you'll say",
    "pre-book the table")."""
    word = clause[at]
    if "-" not in word or word.split("-", 1)[0] not in _NOUN_PREFIXES:
        return False
    nxt = clause[at + 1] if at + 1 < len(clause) else ""
    return nxt in _KNOWN_NOUNS and nxt not in _VERBS


# Nouns whose last part is also a verb of action: "self-talk" is no talking to anyone.
# ("self-care", "self-doubt" are left to their verbs: a stance, a mental act.)
_SELF_NOUNS: Final = frozenset("self-talk self-help self-harm self-praise".split())


@lru_cache(maxsize=8192)
def _base(word: str) -> str:
    """The base form of a verb the lexicon knows ("paying" -> "pay"); else ``word``."""
    if word in _VERBS:
        return word
    irregular = _IRREGULAR.get(word)
    if irregular is not None:
        return irregular
    if "-" in word and word not in _SELF_NOUNS:
        # "re-rate", "free-write", "self-soothe": the last part is the verb
        inner = _base(word.rsplit("-", 1)[1])
        return inner if inner in _VERBS else word
    for suffix in ("ing", "ed", "ies", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            if suffix == "ies":
                candidates: tuple[str, ...] = (stem + "y",)
            elif suffix in ("ing", "ed"):
                candidates = (stem, stem + "e", stem[:-1])
            else:
                candidates = (stem,)
            for candidate in candidates:
                if candidate in _VERBS:
                    return candidate
    return word


def _is_gerund(word: str) -> bool:
    """An -ing form of a verb the lexicon knows ("walking", not "ring")."""
    return word.endswith("ing") and _base(word) != word


def _is_past(word: str) -> bool:
    """A past form ("said", "walked") of a verb the lexicon knows."""
    return word in _PAST or (word.endswith("ed") and _base(word) != word)


def _is_number(token: str) -> bool:
    return token[:1].isdigit() or token in lx.NUMBER_WORDS


def _bound_word(token: str) -> bool:
    """Whether a clause that begins with ``token`` begins with an occasion."""
    return (
        token in lx.WEEKDAYS
        or token in lx.TIME_WORDS
        or token in ("every", "each", "once", "twice", "daily", "nightly")
        or token[:1].isdigit()
    )


# --------------------------------------------------------------------------- framing

_SUBJECTS: Final = frozenset(
    "i you we they he she pt pts patient client clients clt cl couple cpl parents "
    "family partners both parent mum mom dad ptnr ptnrs partner spouse".split()
)
_MODALS: Final = frozenset(
    "will would could should can might may must shall to am are 'll going gonna".split()
)
_LEADS: Final = frozenset(
    "then also please just maybe perhaps simply gently first finally now so again instead "
    "really kindly ideally basically hopefully actually next ok okay yes hw homework task "
    "tasks assignment goal optional cont continue continued ongoing still only even daily "
    "nightly weekly".split()
)
_CAUSATIVES: Final = frozenset("has had have gets got makes made lets let".split())
_CLINICIANS: Final = lx.CLINICIANS
_PRONOUN_CONTRACTIONS: Final = frozenset(
    "i'll you'll we'll they'll he'll she'll i'm you're we're they're i'd you'd we'd "
    "they'd he'd she'd i've you've we've they've let's lets".split()
)
# Subjects that make a bare verb a description ("you cry a lot"); with "I" or "we" a
# bare verb is the client's own plan ("I drive round the block twice").
_THIRD_PERSON: Final = frozenset("you he she they it".split())
# Who a parent or partner tells a record of ("she circles how worried she is, 0-10"):
# making a record is the task told, not a description of how someone is.
_OTHERS: Final = frozenset("he she they".split())
_COPULAS: Final = frozenset("is are was were isn't aren't wasn't weren't".split())
# "It's good to ..." suggests; "it's normal to ..." only comments.
_SUGGESTING: Final = frozenset(
    "good helpful useful worth important best idea great wise handy essential key vital "
    "help helps".split()
)
_NEGATING: Final = frozenset(
    "not never won't wouldn't didn't doesn't isn't wasn't can't cannot no hardly".split()
)
_NARRATIVE_NEXT: Final = frozenset(
    "me us him her them it that the a an this my your our their his there up out on "
    "yesterday last again".split()
)
_OCCASION_STARTS: Final = frozenset(
    "this next each every on at by for over during throughout between in until from "
    "tonight tomorrow today starting".split()
)
_TIMELY: Final = (
    lx.PERIOD_NOUNS
    | lx.PARTS_OF_DAY
    | lx.WEEKDAYS
    | lx.TIME_WORDS
    | lx.SESSION_WORDS
    | lx.SPAN_UNITS
    | frozenset("term month fortnight weekend wk wks am pm now".split())
)
_OCCASION_WORDS: Final = (
    _TIMELY
    | frozenset(lx.NUMBER_WORDS)
    | frozenset(
        "the next coming few couple of a an our now other little while first second last "
        "th st nd rd".split()
    )
)


def _named_before(clauses: list[_Clause], head: Head) -> bool:
    """Whether a head's object is "it" or "them" standing for a product named earlier
    in its sentence ("keep your coping card on your keyring and read it ...")."""
    words_ = clauses[head.clause].tokens
    if words_[head.at + 1 : head.at + 2] not in (["it"], ["them"]):
        return False
    sentence = clauses[head.clause].sentence
    return any(
        not lx.PRODUCTS.isdisjoint(c.tokens) and not _opens_with_cue(c.tokens)
        for c in clauses[max(0, head.clause - 3) : head.clause]
        if c.sentence == sentence
    )


# Frames that list what to watch or record: "keep an eye on your moods and sleep".
_TRACKING: Final = frozenset(
    "track tracking monitor monitoring eye notice noticing log logging record recording "
    "rate rating note about".split()
)


def _aside_word(clauses: list[_Clause], index: int) -> bool:
    """Whether a one-word clause is an aside, not an act: the "say" of ", say," (an
    example follows), or a noun listed after "and" in a frame of what to watch or
    record."""
    if clauses[index].tokens[0] == "say":
        # an example only when the list goes on after it ("kindness, say, or ..."), not
        # "say: ..." or ", say, I'm not discussing that"
        nxt = clauses[index + 1] if index + 1 < len(clauses) else None
        return nxt is not None and nxt.joined and nxt.sentence == clauses[index].sentence
    return clauses[index].joined and _listed_noun(clauses, index)


def _listed_noun(clauses: list[_Clause], index: int) -> bool:
    """Whether a one-word clause after "and" or "or" is a noun listed in a frame of what
    to watch or record ("keep an eye on your moods and sleep"), not a second act ("stop
    and rest", "get your coat and walk")."""
    word = clauses[index].tokens[0]
    if word not in _KNOWN_NOUNS or index == 0:
        return False
    before = clauses[index - 1]
    return before.sentence == clauses[index].sentence and not _TRACKING.isdisjoint(before.tokens)


def _one_occasion(clause: list[str]) -> bool:
    """Whether a clause is only a time phrase for one occasion or one to come: "on
    Tuesday evening", "on Tuesday and Thursday evenings this week" (not "every Friday
    night" or "on weekday mornings": a routine, which "you skip breakfast" describes)."""
    if _TIMELY.isdisjoint(clause) or not _ROUTINE.isdisjoint(clause):
        return False
    if not all(
        word in _OCCASION_WORDS or word in _OCCASION_STARTS or word[:1].isdigit() for word in clause
    ):
        return False
    return (
        not _COMING.isdisjoint(clause)
        or not any(word.endswith("s") and word in _TIMELY for word in clause)
        or any(word in lx.WEEKDAYS and word not in _DAY_KINDS for word in clause)
    )


_ROUTINE: Final = frozenset("every each usually always often".split())
# Kinds of day, not named ones: "on weekday mornings" is a routine, "on Monday" one day.
_DAY_KINDS: Final = frozenset(
    "weekday weekdays weekend weekends mondays tuesdays wednesdays thursdays fridays "
    "saturdays sundays".split()
)
_COMING: Final = frozenset("this next coming tomorrow tonight today".split())


def _skip_occasion(clause: list[str], index: int) -> int:
    """Past a leading time phrase ("this week", "each evening", "on Tuesday")."""
    n = len(clause)
    if index >= n or clause[index] not in _OCCASION_STARTS:
        return index
    j = index + 1
    timed = clause[index] in ("tonight", "tomorrow", "today")
    while j < n and j - index <= 6 and (clause[j] in _OCCASION_WORDS or clause[j][:1].isdigit()):
        timed = timed or clause[j] in _TIMELY or clause[j][:1].isdigit()
        j += 1
    return j if timed and j > index + 1 and j - index <= 6 else index


def _reported(clause: list[str]) -> int:
    """Where a reported instruction starts: "the volunteer asked me to *ring* ...",
    "we agreed that I'd *go* ...". 0 when the clause is not one."""
    n = len(clause)
    window = clause[:14]
    if (
        lx.REPORTING.isdisjoint(window)
        and _CAUSATIVES.isdisjoint(window)
        and _GIVING.isdisjoint(window)
    ):
        return 0
    for k in range(min(n - 1, 14)):
        word = clause[k]
        if k == 0 and not (word in lx.REPORTING and _is_past(word)):
            continue  # only "said I might ...", "told me to ..." report from the start
        if word in _GIVING and k + 1 < n and clause[k + 1] in ("me", "us", "you"):
            # "he's given me homework to listen to ...": the task follows its "to"
            rest = clause[k + 2 : k + 7]
            if "to" in rest and _TASK_NOUNS.intersection(rest[: rest.index("to")]):
                j = k + 2 + rest.index("to") + 1
                if j < n and _base(clause[j]) in _VERBS:
                    return j
            continue
        if word in _CAUSATIVES:
            # "Coach had me write", "she's got us doing": the instruction follows
            if (
                clause[k + 1] in ("me", "us")
                and (clause[k - 1] in _CLINICIANS or clause[k - 1] in ("she", "he", "they"))
                and _REPORTERS.issuperset(clause[: k - 1])  # the clinician opens the clause
            ):
                j = k + 2
                if j + 1 < n and clause[j] == "to":
                    j += 1  # "she got me to set an alarm"
                if j < n and _base(clause[j]) in _VERBS:
                    return j
            continue
        if word not in lx.REPORTING:
            continue
        if word in _WISHED and clause[k + 1] == "to" and _writer_before(clause, k):
            continue  # "I wanted to write after today's session": the writer's own wish
        j = k + 1
        if j < n and word in _ADVISED and _is_gerund(clause[j]):
            clause[j] = _base(clause[j])
            return j  # "my counsellor suggested setting up a corner": the act suggested
        if j < n and word in _SAYING and clause[j] in _OCCASION_STARTS and _set_by(clause[:k]):
            # "says for the first two weeks I just log ...": past the setting to the act
            m = j + 1
            while (
                m < n
                and m - j <= 7
                and (
                    clause[m] in _OCCASION_WORDS
                    or clause[m] in _OCCASION_STARTS
                    or _is_number(clause[m])
                )
            ):
                m += 1
            if m + 1 < n and clause[m] in ("i", "we"):
                m += 2 if clause[m + 1] in ("just", "only") else 1
                if m < n and _plain_verb(clause[m]):
                    return m
        if j < n and clause[j] == "that" and (word in _ADVISED or word in _AGREED):
            # "suggested that on the day of the service I write ...": past the setting;
            # "suggested that when I feel it I walk ...": past the cue and its verb
            cued = j + 1 < n and clause[j + 1] in _CUE_OPENERS
            if cued:
                at = j + 1 + _after_cue(clause[j + 1 : j + 15])
                if at > j + 1 and _plain_verb(clause[at]):
                    return at
            subjects = [
                m
                for m in range(j + 1, min(n - 1, j + 14))
                if clause[m] in _CLIENT_SUBJECTS or clause[m] in _PLANNING
            ]
            if cued and len(subjects) > 1 and clause[subjects[0]] not in _PLANNING:
                del subjects[0]  # the cue's own subject: "when I get home I walk ..."
            if subjects:
                v = _past_subject(clause, subjects[0] + 1)[0]
                if v < n and clause[v] in ("each", "both", "all"):
                    v += 1  # "we agreed that on Thursday we'll each share ..."
                if v < n and _plain_verb(clause[v]):
                    return v
        if j < n and clause[j] in ("me", "us", "him", "her", "them", "you", "that"):
            j += 1
            if j < n and clause[j] in ("all", "both", "each"):
                j += 1  # "asked us all to read"
            elif j + 3 < n and clause[j] == "and" and clause[j + 1] in _POSSESSIVES:
                j += 3  # "asked me and my husband to jot down"
        if j + 1 < n and clause[j] in _SUBJECTS and clause[j + 1] in _MODALS:
            j += 2
        elif (j < n and clause[j] in _PRONOUN_CONTRACTIONS) or (j < n and clause[j] == "to"):
            j += 1
        if j + 1 < n and clause[j] in ("want", "need", "have", "try") and clause[j + 1] == "to":
            j += 2  # "said I might want to think about ...": the wanted act decides
        if j < n and j > k + 1 and _base(clause[j]) in _VERBS:
            return j
    return 0


# What opens the event after "any other time": "a worry pops up", "your chest tightens"
# (not "that suits you", "you feel like it").
_EVENT_LEADS: Final = frozenset("a an the your my his her their".split())


# "asked what I used to care about": a question the clinician asked, not a task.
_ASKED_WHAT: Final = frozenset("what how why whether who which where".split())


def _set_by(words_: list[str]) -> bool:
    """Whether the words name a clinician or the homework ("my counsellor", "the
    nurse's", "my homework"), not a partner or a relative."""
    return any(word.removesuffix("'s") in _SET_BY for word in words_)


# Verbs of saying, whose setting may come before the act reported: "says for now I ...".
_SAYING: Final = frozenset("says said say tells told".split())
# Saying words by which research reports a claim, right after it ("the guidelines say").
_REPORTING_WORDS: Final = _SAYING | frozenset("tell report reports".split())


# "I wanted to ...", "we hoped to ...": the writer's own wish, reported by nobody.
_WISHED: Final = frozenset("wanted hoped wished".split())


def _writer_before(clause: list[str], k: int) -> bool:
    """Whether "I" or "we" is the subject of the verb at ``k`` ("I just wanted", "we had
    hoped"), past adverbs and "had"."""
    k -= 1
    while k >= 0 and (clause[k] in _LEADS or clause[k] in ("had", "really", "always")):
        k -= 1
    return k >= 0 and clause[k] in ("i", "we")


# Words with "'s" that are not a possessive: "what's", "it's", "let's".
_CONTRACTED: Final = frozenset(
    "what's it's let's that's there's here's he's she's who's where's how's".split()
)
# Who reports a task: the clinician, by name of role or as "she", "he", "they".
_REPORTERS: Final = _CLINICIANS | frozenset("she he they my our the her his".split())
# "I have to", "I'm allowed to", "I'm supposed to": what the client was told to do.
_DUTIES: Final = frozenset("have has need needs allowed supposed meant got ought".split())


def _reported_duty(clause: list[str]) -> int:
    """Where the reported act is when something comes between the reporting verb and the
    duty: "she said every time I catch myself googling I have to *stop*", "for the next
    two weeks I'm allowed to *take* my pulse at 8", or an adverb between the subject and
    the act: "she suggested I actually *leave* a message". 0 when there is none."""
    opening = clause[:6]
    if lx.REPORTING.isdisjoint(opening):
        return 0  # the common case, decided at once
    n = len(clause)
    said = next(k for k, word in enumerate(opening) if word in lx.REPORTING)
    if not said or not _REPORTERS.issuperset(clause[:said]):
        return 0  # "accept that Mum says ...", "my boss says ...": not the clinician's task
    start = said + 1 + (clause[said + 1 : said + 2] == ["that"])
    for j in range(start, min(n - 1, start + 14)):
        if clause[j] not in _SUBJECTS and clause[j] not in _PRONOUN_CONTRACTIONS:
            continue
        k, framed = _past_subject(clause, j + 1)
        if not framed and j != start:
            continue  # a bare verb only straight after "said (that)": "she said I leave"
        if k < n and (clause[k] in lx.STARTERS or clause[k] in lx.SOFTENERS):
            return 0  # "I need to start challenging ...": the prefix rules read past the frame
        if k < n and _plain_verb(clause[k]):
            return k
    return 0


def _past_subject(clause: list[str], k: int) -> tuple[int, bool]:
    """Past what stands between a subject and its verb: adverbs ("I actually leave"),
    then a duty ("I have to stop", "I'm allowed to take") or a modal ("you could just
    write"). Returns where the verb would be, and whether a duty or modal was passed."""
    n = len(clause)
    while k < n and clause[k] in _LEADS:
        k += 1
    if k + 2 < n and clause[k] in _DUTIES and clause[k + 1] == "to":
        return k + 2, True
    if k + 1 < n and clause[k] in _MODALS:
        k += 1
        while k < n and clause[k] in _LEADS:
            k += 1
        return k, True
    return k, False


def _plain_verb(word: str) -> bool:
    """A verb in its plain form, as an instruction has it ("write", not "wrote" or
    "writes": those tell what happened)."""
    return word in _VERBS and word not in lx.FINITE and not _is_past(word)


# "We agreed that on Thursday I'll ask ...": the act agreed, past its setting.
_AGREED: Final = frozenset(("agreed", "decided"))
# A client's subject with its modal: "I'll ask", "we'd go".
_PLANNING: Final = frozenset("i'll we'll i'd we'd".split())
# Reporting verbs that take the advised act as a gerund: "suggested writing".
_ADVISED: Final = frozenset(
    "suggested suggests recommended recommends encouraged encourages advised advises".split()
)
_TASK_NOUNS: Final = frozenset(
    "homework task tasks step job plan assignment goal challenge bit part action exercise "
    "practice experiment advice suggestion idea recommendation".split()
)


_COPULA_WORDS: Final = frozenset(("is", "was", "be"))
_GIVING: Final = frozenset("given gave set sets gives".split())
# A word one of these must find for a clause to report a task (most clauses have none).
# "that means applying to ...", "the homework involves ringing ...": the task in a gerund.
_MEANING: Final = frozenset("means involves".split())
_SOMEONE_ELSE: Final = _OTHERS | frozenset("him her them".split())
_REPORTS: Final = lx.REPORTING | _CAUSATIVES | _GIVING | _COPULA_WORDS | _MEANING


def _task_is(clause: list[str]) -> int:
    """Where the instruction starts in "my homework is doing ...", "the task is to ...",
    "second bit of our homework is we each tell ...", "that means applying ...": after
    the copula (or "means"). 0 when the clause is not of that shape."""
    n = len(clause)
    if _COPULA_WORDS.isdisjoint(clause) and _MEANING.isdisjoint(clause):
        return 0
    for j in range(1, min(n - 1, 12)):
        if clause[j] in _MEANING:
            # "for me that means applying to three jobs each day": what the task comes to
            k = j + 1
            if not (clause[j - 1] in _PRONOUNS or not _TASK_NOUNS.isdisjoint(clause[:j])):
                return 0
            if not _SOMEONE_ELSE.isdisjoint(clause[:j]):
                return 0  # "for him, that means checking the locks": what he does
            if not (_is_gerund(clause[k]) and _base(clause[k]) in _VERBS):
                return 0
            clause[k] = _base(clause[k])
            return k
        if (
            clause[j] not in ("is", "was")
            and not (
                clause[j] == "be" and clause[j - 1] in ("could", "would", "will", "should", "can")
            )
            and not (clause[j] == "be" and clause[j - 2 : j] == ["could", "just"])
        ):
            continue
        if _TASK_NOUNS.isdisjoint(clause[:j]):
            return 0
        k = j + 1
        if clause[k] in ("just", "simply", "basically", "that"):
            k += 1
        if k < n and clause[k] == "to":
            k += 1
        elif k < n and clause[k] in _SUBJECTS:
            k += 1
            if k < n and clause[k] in ("each", "both", "all"):
                k += 1
        elif not (k < n and (_is_gerund(clause[k]) or _bare_task(clause, k))):
            return 0
        if k < n and _is_gerund(clause[k]):
            clause[k] = _base(clause[k])
        return k if k < n and _base(clause[k]) in _VERBS else 0
    return 0


def _bare_task(clause: list[str], k: int) -> bool:
    """Whether a plain verb and its object follow the copula: "homework is *post* one
    drawing", "the task is *write* a letter" (a client's shorthand for "to post")."""
    nxt = clause[k + 1] if k + 1 < len(clause) else ""
    return _plain_verb(clause[k]) and (
        nxt in lx.DETERMINERS or nxt in _POSSESSIVES or _is_number(nxt)
    )


class _Prefix(NamedTuple):
    at: int
    softened: bool
    declarative: bool
    #: The clause reports the task: "my counsellor says the homework is to ...".
    reported: bool = False


# Every word that a rule of _skip_prefix tests for (besides past forms and "x to"):
# any other word ends the prefix at once.
# Adverbs of how often something happens: "I usually ...", "we always ..." describe.
_HABITUAL: Final = frozenset(
    "usually normally always often sometimes probably generally typically never rarely "
    "mostly constantly".split()
)
_PREFIX_WORDS: Final = (
    _LEADS
    | _HABITUAL
    | _MODALS
    | _OCCASION_STARTS
    | _SUBJECTS
    | _PRONOUN_CONTRACTIONS
    | _CLINICIANS
    | lx.WANTING
    | lx.SOFTENERS
    | lx.STARTERS
    | _PAST  # (past forms never take the shortcut: it stops only before present ones)
    | frozenset(
        "going each both either my your our the his her their agreed decided committed "
        "planned chose promised said says told tells explained suggested me us him her them "
        "it this that it's its remember forget don't dont make making be see find there's "
        "there here's that's what's thanks thank you're they're he's she's do does put "
        "putting worth it'd definitely probably really certainly maybe how what".split()
    )
)


# "Finish it by Friday", "have them done before we meet": a bound for the whole task.
_COMPLETING: Final = frozenset("finish complete do get have bring hand send".split())
_THE_TASK: Final = frozenset("it this them these all everything".split())
# Where one can go and be found: "find a quiet spot".
_FOUND_PLACES: Final = lx.PLACES | frozenset("spot seat bench room".split())
# The things of EXACT_FOCUS, without its words of timing and degree ("just", "often",
# "before", "time"): what a list after a noticing verb may name.
_FOCUS_THINGS: Final = lx.EXACT_FOCUS - frozenset(
    "just often before after long time times first where who many strong strongly intense "
    "exact feel number".split()
)
# "Keep your attention on ...", "rest your focus on ...": attending to what follows.
_HOLDING: Final = frozenset("keep hold rest bring turn put place direct shift".split())
_ATTENTION_NOUNS: Final = frozenset("attention focus awareness".split())
# What a mark picks out of a list: "cross off any", "tick them all", "cross it off".
_LISTED: Final = frozenset("any anything all each every it them these those".split())
# Marks on a page: "circle every value", "tick the feelings you had".
_MARKING: Final = frozenset("circle tick highlight underline star cross mark".split())
# Records and marks told of someone else are the task told ("she circles how worried she
# is", "he writes down what set it off"), not a description (see _OTHERS).
_RECORDS_TOLD: Final = _RECORDING | _MARKING
# What makes a record told of someone a description of them, not a task: everything,
# again and again ("she marks every mistake", "writes the same line over and over").
_OVER_AND_OVER: Final = frozenset("every everything all over again always constantly".split())


def _record_told(clause: list[str], at: int) -> bool:
    """Whether the record at ``at``, told of someone else, is a task: what it records is
    a scale, a question it answers or a count ("rates her worry 0-10", "writes down what
    set it off", "one thing that went well"), not everything, again and again ("tracks
    every calorie", "writes lists of everything that could go wrong")."""
    window = clause[at + 1 : at + 9]
    if not _OVER_AND_OVER.isdisjoint(window):
        return False
    return (
        _scaled(clause, at + 1)
        or not _WH.isdisjoint(window)
        or any(_is_number(w) for w in window[:3])
    )


# Choosing verbs: mental, unless what is chosen is a counted thing anyone could see.
_SELECTING: Final = frozenset("choose pick select".split())
# Things one chooses in the head: "pick three words that describe you".
_SAID: Final = frozenset("word words phrase phrases name names sentence sentences".split())
# "(it) might be worth ...": the words that may come before "worth" and a gerund.
_WORTH_LEADS: Final = frozenset(
    "it it's its it'd be worth definitely probably really certainly maybe".split()
)
_WORTH_FILLERS: Final = _WORTH_LEADS | _MODALS | frozenset("is well".split())


def _worth_doing(clause: list[str], index: int) -> int:
    """Where the gerund is in "(it) might be worth calling ...", or 0."""
    for at in range(index, min(index + 5, len(clause) - 1)):
        word = clause[at]
        if word == "worth":
            return at + 1 if _is_gerund(clause[at + 1]) else 0
        if word not in _WORTH_FILLERS:
            return 0
    return 0


def _see_if_can(clause: list[str], index: int) -> int:
    """Where the act is after "see if you can" at ``index`` (a soft frame), or 0."""
    if clause[index] in ("see", "find") and clause[index + 1 : index + 2] in (["if"], ["whether"]):
        window = clause[index : index + 5]
        if "can" in window:
            return index + window.index("can") + 1
    return 0


def _skip_prefix(clause: list[str]) -> _Prefix:
    """Where the head of a clause is, past fillers and framing.

    Also says whether "try to" came first, and whether the clause is a statement
    rather than an instruction ("you said that ...", "the card is ...").
    """
    reported = not _REPORTS.isdisjoint(clause) and (
        _reported(clause) or _task_is(clause) or _reported_duty(clause)
    )
    if reported:
        tried = _see_if_can(clause, reported)  # "she wants me to see if I can ask ..."
        at = tried or reported
        if clause[at] in ("start", "begin") and at + 1 < len(clause) and _is_gerund(clause[at + 1]):
            at += 1  # "she said I should start questioning ...": the act started decides
            clause[at] = _base(clause[at])
        return _Prefix(at, bool(tried), False, True)
    index = 0
    softened = False
    subject = False
    requested = 0  # where what a request frame asks for starts
    n = len(clause)
    while index < n:
        token = clause[index]
        nxt = clause[index + 1] if index + 1 < n else ""
        if (
            token not in _PREFIX_WORDS
            and (token in _VERBS or nxt != "to")
            and not _is_past(token)
            and not (subject and token.endswith("ly"))
        ):
            break  # the common case: no rule below applies to this word ("write", "walk")
        if subject and token.endswith("ly") and token not in _VERBS and token not in _PREFIX_WORDS:
            index += 1  # an adverb after the subject: "I honestly don't know", "we truly tried"
            continue
        if token == "going" and nxt == "to" and _goes_somewhere(clause, index + 1):
            break  # "I'm going to the drop-in": going is the act, not a future tense
        if index == 0:
            asked = _polite(clause, 0) or (2 if token in _ASKING and nxt == "you" else 0)
            if asked:
                # "could you record it ...?", "could I ask you to fill in ...", "I wonder
                # if you might ...": what is asked follows
                index = requested = asked
                if index < n and _is_gerund(clause[index]):
                    clause[index] = _base(clause[index])  # "would you mind keeping ..."
                continue
        if token == "be" and nxt in _WILLING and clause[index + 2 : index + 3] == ["to"]:
            softened = True
            index += 3  # "would you be willing to ring her": a soft frame on the act
            continue
        if token in _LEADS or token in _MODALS:
            index += 1
            continue
        skipped = _skip_occasion(clause, index)
        if skipped > index:
            index = skipped
            continue
        if token == "the" and clause[index + 2 : index + 4] == ["of", "you"] and _is_number(nxt):
            subject = True  # "the two of you light the candle"
            index += 4
            continue
        if token in _SUBJECTS or (
            token in ("each", "both", "either") and (nxt in _SUBJECTS or nxt == "of")
        ):
            subject = True
            index += 1 if token in _SUBJECTS else 2
            if index < n and clause[index - 1] == "of":
                index += 1  # "each of you"
            elif index < n and token in _SUBJECTS and clause[index] in ("each", "both", "all"):
                index += 1  # "we each tell", "you both write"
            continue
        if token in _HABITUAL:
            if subject or nxt in ("i", "we"):
                # "I usually check ...", "you often feel low", "normally we pick ...": how
                # things are, not what to do
                return _Prefix(index, softened, True)
            index += 1  # "usually I'd suggest ...": an adverb before the instruction
            continue
        if token in _PRONOUN_CONTRACTIONS:
            if token in ("we'll", "we'd", "we're", "we've") and nxt not in ("like", "love"):
                return _Prefix(index, softened, True)  # the session's plan, not homework
            subject = not token.endswith(("'ll", "'d", "let's", "lets"))
            index += 1
            continue
        if token in ("my", "your", "our", "the", "his", "her", "their") and (
            nxt in _CLINICIANS
            or nxt in ("homework", "task", "job", "assignment", "challenge")
            or (index + 2 < n and clause[index + 2] in _CLINICIANS)
        ):
            rest = clause[index : index + 10]
            for k, word in enumerate(rest):
                if word in _ASKED_WHAT and k > 2 and rest[k - 1] == "asked":
                    return _Prefix(index, softened, True)  # "the counsellor asked what I ..."
                if word == "to" or (
                    word in ("me", "us", "him", "her", "them")
                    and k > 1
                    and rest[k - 1] in _CAUSATIVES
                ):
                    index += k + 1
                    break
            else:
                if not lx.WANTING.isdisjoint(rest[:4]):
                    return _Prefix(n, softened, False)  # "our therapist wants me (and ...)"
                return _Prefix(index, softened, True)
            continue
        if token in _CLINICIANS and "to" in clause[index : index + 6]:
            index += clause[index : index + 6].index("to") + 1
            continue
        if (
            index <= 3
            and nxt == "to"
            and token not in _VERBS
            and token not in _WISHED
            and index + 2 < n
        ):
            if _base(clause[index + 2]) in _VERBS:
                index += 2  # "Parents to catch him being good", "wife to do the mirroring"
                continue
        if (
            token in ("agreed", "decided", "committed", "planned", "chose", "promised")
            and nxt == "that"
        ):
            index += 2
            subject = False
            continue
        if token in lx.WANTING and "to" in clause[index + 1 : index + 5]:
            if subject and _is_past(token) and _writer_before(clause, index):
                return _Prefix(index, softened, True)  # "I (just) wanted to pull together ..."
            index += clause[index + 1 : index + 5].index("to") + 2
            subject = False
            continue
        if token in ("said", "says", "told", "tells", "explained", "suggested") and nxt == "that":
            index += 2  # "she said that ...": the reported instruction follows
            subject = False
            continue
        if not subject and _is_past(token) and index == 0:
            if nxt == "to":
                index += 2  # "said to just pick ...": reported instruction
                continue
            if nxt in _NARRATIVE_NEXT or (
                nxt[:1].isdigit() and token in _PAST and token not in lx.WEEKDAYS
            ):
                # "told me about ...", "went there", "spent 1,400 in two days"
                return _Prefix(index, softened, True)
        if token in ("me", "us", "him", "her", "them") and index > 0:
            index += 1
            continue
        if token in ("it", "this", "that") and nxt in ("needs", "has", "must", "should", "is"):
            if "done" in clause[index + 2 : index + 6] or "due" in clause[index + 2 : index + 4]:
                return _Prefix(n, softened, False)  # "it needs to be done by Thursday": a bound
        if token in ("it", "it's") and "to" in clause[index : index + 8]:
            # "it would be good (for both of you) to ...", but not "it's normal to ..."
            to = clause[index : index + 8].index("to")
            frame = clause[index + 1 : index + to]
            if _SUGGESTING.isdisjoint(frame) or not _NEGATING.isdisjoint(frame):
                return _Prefix(index, softened, True)  # "it won't help to ...": no suggestion
            index += to + 1
            continue
        if token in _WORTH_LEADS:
            worth = _worth_doing(clause, index)
            if worth:
                index = worth  # "it might be worth calling ...": a soft frame on the act
                softened = True
                continue
        if token in ("remember", "forget") and nxt == "to":
            index += 2
            continue
        if token in ("don't", "dont") and nxt == "forget":
            index += 3 if index + 2 < n and clause[index + 2] == "to" else 2
            continue
        if token in ("make", "be") and nxt == "sure":
            index += 2
            if index < n and clause[index] in ("to", "that", "you"):
                index += 1
                if clause[index - 1] == "you" and index < n and _base(clause[index]) in _VERBS:
                    return _Prefix(index, softened, False)  # "make sure you walk": asked
            continue
        tried = _see_if_can(clause, index)
        if tried:
            softened = True
            index = tried
            continue
        if (
            token in ("there's", "there", "here's", "that's", "what's", "thanks", "thank")
            or (token in ("it's", "its") and "to" not in clause[index : index + 8])
            or (token == "see" and nxt == "you")
        ):
            return _Prefix(index, softened, True)  # "there's no schedule ...": a statement
        if token in ("you're", "they're", "he's", "she's") and nxt not in ("going", "gonna"):
            return _Prefix(index, softened, True)  # "you're both carrying this"
        if (
            token == "do"
            and _base(nxt) in _VERBS
            and not _is_gerund(nxt)
            and nxt not in ("not", "your", "it", "this", "that")
        ):
            index += 1  # "please do keep practising"
            continue
        if token in lx.SOFTENERS and nxt == "not":
            return _Prefix(index + 1, True, False)  # "try not to dwell": the negation decides
        if token in lx.SOFTENERS:
            if nxt in ("to", "and"):
                softened = True
                index += 2
                continue
            if _is_gerund(nxt):
                softened = True
                index += 1
                clause[index] = _base(clause[index])
                continue
        if token in lx.STARTERS and (nxt == "to" or _is_gerund(nxt)):
            index += 2 if nxt == "to" else 1
            if index < n and _is_gerund(clause[index]):
                clause[index] = _base(clause[index])
            continue
        if token in ("do", "does") and nxt in ("your", "not"):
            if nxt == "your" and "best" in clause[index + 2 : index + 3]:
                softened = True
                index += 3
                if index < n and clause[index] == "to":
                    index += 1
                continue
            index += 1
            continue
        if (
            token in ("make", "making")
            and clause[index + 1 : index + 4] == ["a", "point", "of"]
            and index + 4 < n
            and clause[index + 4].endswith("ing")  # a verb the lexicon may not know
        ):
            softened = True  # "make a point of staying calm": the gerund is what is asked
            index += 4
            clause[index] = _base(clause[index])
            continue
        if token in ("make", "making", "put", "putting") and "effort" in clause[index : index + 5]:
            rest = clause[index : index + 8]
            softened = True
            if "to" in rest:
                index += rest.index("to") + 1
                continue
        break
    return _Prefix(index, softened, _statement(clause, index, subject, 0 < requested == index))


def _statement(clause: list[str], index: int, subject: bool, requested: bool = False) -> bool:
    """Whether the clause, from ``index``, states something rather than asks for it
    (``requested``: a request frame such as "could you" or "can I suggest you" ends
    there)."""
    n = len(clause)
    if index >= n:
        return False
    head = clause[index]
    if index + 1 < n and clause[index + 1] in _COPULAS and head in _VERBS:
        return True  # "sleep is something ...": a noun and its verb
    if index == 0 and _is_gerund(head) and not _COPULAS.isdisjoint(clause[2:6]):
        # "logging your child's sleep is one of the best ...": a gerund's verb; but
        # "going to the gym is the plan" names the task
        at = next(k for k in range(2, 6) if clause[k] in _COPULAS)
        return _TASK_NOUNS.isdisjoint(clause[at + 1 : at + 5])
    if subject and (_is_past(head) or head in _COPULAS):
        return True  # "you said ...", "I walked ..."
    if subject and head in _NEGATED and not _SPEAKERS.isdisjoint(clause[:index]):
        return True  # "I don't know if I can do this", "we didn't find the time": a remark
    if (
        index > 0
        and clause[index - 1] in _OTHERS
        and _base(head) in _RECORDS_TOLD
        and not _is_past(head)
        and not _is_gerund(head)
        and _record_told(clause, index)
    ):
        return False  # "she rates her worry 0-10 before school": a record told of another
    if (
        index > 0
        and clause[index - 1] in _THIRD_PERSON
        and head not in _MODALS
        and not requested  # "could you walk ...", "can I suggest you walk ...": asked
        and not (index > 1 and clause[index - 2] == "of")  # "each of you write ..."
    ):
        return True  # "you cry a lot", "they come and go": a description
    if head in _COMMENTING:
        return True  # "feels a bit forced", "sounds silly": no instruction takes an -s
    if (
        not subject
        and _base(head) not in _VERBS
        and head not in _SETTING_OPENERS  # "for my OT I have to make ...": a setting
        and not _opens_with_cue(clause[index : index + 2])
    ):
        # "rituals can give ...", "the card isn't ...", "our thinking gets biased"
        return not _is_number(head) and not lx.FINITE.isdisjoint(clause[index + 1 : index + 6])
    return False


# A finite verb with "not", and who says it of themselves: "I don't", "we can't".
# ("won't" and "can't" may state the plan: "I won't check my phone after 9 pm".)
_NEGATED: Final = frozenset("don't didn't haven't couldn't wouldn't doesn't".split())
_SPEAKERS: Final = frozenset("i we".split())
# "(it is to) be every evening", "be twice a week": the task's occasion after "be".
_WHEN_THE_TASK: Final = frozenset("every each once twice".split())
# "I'm taking ...": after these a gerund is the verb, not a noun's modifier.
_PROGRESSIVE: Final = frozenset("i'm we're you're they're am are".split())
# A verb's third-person form with its subject left out: a comment on the task.
# (Only verbs of seeming: "makes sense to ring ...", "works best if you ..." introduce one.)
_COMMENTING: Final = frozenset("feels seems sounds looks appears".split())


# --------------------------------------------------------------------------- objects

_MODIFIERS: Final = frozenset(
    "small little tiny short quick brief simple new old own same different few more less "
    "extra nice good bad hard easy pleasant enjoyable rewarding meaningful helpful healthy "
    "positive negative important valued usual regular daily weekly doable manageable "
    "specific concrete particular favourite favorite whole full gentle kind kinder "
    "self-care value-based values-consistent valued-action coping new".split()
)
_KNOWN_NOUNS: Final = (
    lx.PRODUCTS | lx.PROCEDURES | lx.PLACES | lx.GENERIC_NOUNS | lx.ABSTRACT_NOUNS | lx.SKILL_NOUNS
)
# Words that end a noun phrase (a reflexive too: "find the recordings myself").
_NP_ENDS: Final = lx.SELF_WORDS | frozenset(
    "of on in at to for with from about into by that which who you your i we it they "
    "he she this these those each every per than before after during until till when "
    "whenever while if as like instead without rather based related linked connected re "
    "towards toward through around over across against along within between among behind "
    "focused centred centered".split()
)
_PARTICLE_ENDS: Final = frozenset("up out back down off away over around through".split())
_PRONOUNS: Final = frozenset("it that this these those one".split())
_CONCRETE_OBJECTS: Final = frozenset(("concrete", "product"))
_NO_OBJECT: Final = frozenset(
    "of on in at to for with from about into by than like instead without rather that which "
    "who".split()
)
_ADVERB_OBJECTS: Final = frozenset(
    "anyway ahead forward on along again regardless together there here away".split()
)
_NAMEABLE: Final = frozenset("exercise technique skill practice method tool strategy".split())


def _noun_phrase(clause: list[str], start: int) -> tuple[int, str]:
    """Index and word of the head noun of the phrase at ``start``: the last known noun
    before a preposition, a verb or the end ("your TIPP *skills* from session")."""
    i = start
    n = len(clause)
    while i < n and (clause[i] in lx.DETERMINERS or clause[i] in _MODIFIERS):
        i += 1
    if i > start and (i >= n or clause[i] in _NP_ENDS) and clause[i - 1] in _MODIFIERS:
        i -= 1  # "explore coping re: ...": the modifier was the noun
    while i < n and clause[i][0].isdigit():
        i += 1  # "the 4-7-8 breathing exercise"
    if i >= n:
        return i, ""
    end = i
    while end + 1 < n and end - i < 5:
        nxt = clause[end + 1]
        if nxt in _NP_ENDS or nxt in lx.CUE_WORDS or nxt == '"' or nxt[0].isdigit():
            break
        if nxt in _PARTICLE_ENDS or _is_past(nxt) or (nxt in _VERBS and nxt not in _KNOWN_NOUNS):
            break
        if nxt in _PREPOSITIONS or nxt in lx.DETERMINERS or nxt in _WH:
            break
        if nxt in lx.TIME_WORDS or nxt in lx.FREQUENCY_WORDS or nxt in _ADVERB_OBJECTS:
            break
        end += 1
    return end, clause[end]  # the last word of a compound names it: "grief support group"


def _object_kind(clause: list[str], start: int) -> str:
    """What the words after a verb name: ``"generic"``, ``"abstract"``, ``"self"``,
    ``"product"`` (a product, procedure or place), ``"concrete"`` or ``""`` (nothing)."""
    n = len(clause)
    if start >= n:
        return ""
    first = clause[start]
    if first in lx.SELF_WORDS:
        return "self"
    if first == '"':
        return "concrete"
    if first == "something" and clause[start + 1 : start + 3] == ["like", '"']:
        return "concrete"  # "say something like 'OCD is hungry right now'": the words given
    if first in lx.VAGUE_AMOUNTS or first in ("something", "anything", "everything", "whatever"):
        if first == "some" and _noun_phrase(clause, start + 1)[1] in lx.PRODUCTS:
            return "product"  # "bring some childhood photos": things, though not counted
        return "generic"
    if first in ("as", "so") and start + 1 < n and clause[start + 1] in ("many", "much"):
        return "generic"
    if first == "what" and start + 1 < n and clause[start + 1] in lx.FINITE:
        return "generic"  # "do what matters", "keep doing what helps": no act named
    if first in _NO_OBJECT or first in lx.CUE_WORDS or first in _ADVERB_OBJECTS:
        return ""  # "do when possible", "keep going anyway": no object
    if first in _PRONOUNS and (
        start + 1 >= n
        or clause[start + 1] in _NP_ENDS
        or clause[start + 1] in _PARTICLE_ENDS
        or clause[start + 1][0].isdigit()
        or clause[start + 1] in ("anyway", "again", "too", "now", "yet")
    ):
        return "generic"  # "do it", "set that as your goal"
    if first in _NUMBERED_STEPS and start + 1 < n and _is_number(clause[start + 1]):
        return "product"  # "step 3 on the ladder": a numbered item of a plan made in session
    at, noun = _noun_phrase(clause, start)
    if not noun:
        return "generic" if at > start else ""
    if noun in _IMAGINED:
        # "run a thought experiment" happens in the mind; "do the thought experiment on
        # the handout, writing your answers" is done on paper
        return "abstract" if _ON_PAPER.isdisjoint(clause) else "product"
    if first == "half" and clause[start + 1 : start + 2] in (["an"], ["a"]) and start + 2 < n:
        at, noun = start + 2, clause[start + 2]  # "half an hour"
    if noun in lx.TIME_UNITS:
        if at > start and _is_number(clause[at - 1]) and clause[at + 1 : at + 2]:
            following = clause[at + 1]
            if following[:1].isalpha() and (following in _KNOWN_NOUNS or following in _VERBS):
                return _object_kind(clause, at + 1)  # "a 10-minute walk": the walk
        # "20 minutes (a day) of something you enjoy", "ten minutes on the workbook": the
        # time measures the act, and what it is follows (but "20 minutes of each lunch
        # break" is when)
        j = at + 1
        if clause[j : j + 1] and clause[j] in ("a", "each", "every", "per"):
            j += 2
        if (
            clause[j : j + 1]
            and clause[j] in ("of", "on")
            and j + 1 < n
            and not (clause[j] == "of" and clause[j + 1] in _OCCASION_LEADS)
        ):
            if clause[j + 1] in lx.ABSTRACT_NOUNS or clause[j + 1] in _STATES_OF_REST:
                return "abstract"  # "15 minutes of self-care", "an hour of headspace"
            return _object_kind(clause, j + 1)
    if noun in _THINGS and (clause[start] in ("a", "an") or _is_number(clause[start])):
        return "generic"  # "one scary thing", "a really brave thing": no act named
    if noun in lx.SKILL_NOUNS or noun in _NAMEABLE:
        modifiers = [
            t
            for t in clause[start:at]
            if t not in lx.DETERMINERS
            and t not in _MODIFIERS
            and t not in lx.STATE_ADJECTIVES  # "one brave thing": a describing word
            and not (_is_number(t) and "-" not in t)
        ]  # (a count is no name: "1 thing" is one thing; "the 4-7-8 exercise" is a name)
        if clause[start] in ("your", "my", "our") and noun.endswith(("s", "ing")):
            return "generic"  # "use your skills", "practise your grounding"
        if modifiers:
            return "product"  # "the STOP skill", "breathing exercises": named procedures
        if noun in lx.PRODUCTS or noun in lx.PROCEDURES:
            return "product"
        return "generic"
    if noun in lx.PRODUCTS or noun in lx.PROCEDURES or noun in lx.PLACES:
        return "product"
    if noun in lx.GENERIC_NOUNS:
        return "generic"
    if noun in lx.ABSTRACT_NOUNS:
        return "abstract"
    if clause[start] in ("your", "my", "our") and noun.endswith("ing"):
        return "generic"  # "practise your grounding"
    return "concrete"


_THINGS: Final = frozenset("thing things".split())
_IMAGINED: Final = frozenset("thought-experiment thought-experiments".split())
# "20 minutes of each lunch break", "of your commute": an occasion, not what is done.
_OCCASION_LEADS: Final = frozenset("each every your my the this that".split())
# Items of a plan made in session, named by their number: "step 3", "rung 2", "level 4".
_NUMBERED_STEPS: Final = frozenset("step steps rung rungs level stage item items".split())
_DETAILS: Final = frozenset(
    "to for about of on from with in that saying describing listing".split()
)


def _single(clause: list[str], start: int, verb: str = "write") -> bool:
    """One concrete product: "the worksheet", "a letter to your dad"."""
    n = len(clause)
    if verb not in lx.MAKING_VERBS or start >= n:
        return False
    start = _past_recipient(clause, start)
    if clause[start] not in ("a", "an", "one", "the", "your", "1", "this", "that"):
        return False
    if clause[start + 1 : start + 2] and clause[start + 1] in _NO_COUNT_AFTER_A:
        return False  # "jot down a few of the habits": no count, so no one product
    at, noun = _noun_phrase(clause, start)
    if not noun or (noun in _KNOWN_NOUNS and noun not in lx.PRODUCTS and noun not in lx.PROCEDURES):
        return False
    if noun.endswith("s") and (noun[:-1] in lx.PRODUCTS or noun not in lx.PRODUCTS):
        return False
    if clause[start] in ("the", "your", "this", "that") and noun in lx.PRODUCTS:
        return True  # a known product: "fill in the sheet", "complete your worksheet"
    detail = clause[at + 1] if at + 1 < n else ""
    return detail in _DETAILS


def _past_recipient(clause: list[str], start: int) -> int:
    """Where the product starts when the one it is for comes first: "write Rosie a
    letter", "make your dad a card", "send him one photo" (else ``start``)."""
    word = clause[start]
    skip = start + (2 if word in _POSSESSIVES and word != "the" else 1)
    if skip >= len(clause) or clause[skip] not in _ONE_THING:
        return start
    if _noun_phrase(clause, skip)[1] not in lx.PRODUCTS:
        return start  # "make journaling a part of your routine": no product for anyone
    if skip == start + 2 or word in _RECIPIENTS:
        return skip
    known = word in _KNOWN_NOUNS or word in _VERBS or word in lx.DETERMINERS
    name = word.isalpha() and not known and not word.endswith("ing")
    return skip if name else start


_ONE_THING: Final = frozenset("a an one".split())
_RECIPIENTS: Final = frozenset("him her them me us".split())


# "a few", "a lot", "a bit", "a number of": amounts that are no count.
_NO_COUNT_AFTER_A: Final = frozenset("few lot bit little number handful".split())


# --------------------------------------------------------------------------- focus

_MEDIA_LEADS: Final = frozenset("your a the my one an this that his her their".split())
_MEDIA: Final = frozenset(
    "notebook journal diary phone app notes worksheet card paper sheet log form pad notepad "
    "list tracker calendar planner book spreadsheet chart computer laptop page".split()
)
# What shows a thought experiment is done on paper: a medium, or writing in it.
_ON_PAPER: Final = _MEDIA | frozenset(
    "handout boxes box column columns printout writing write".split()
)
_SKIPPED_BEFORE_FOCUS: Final = frozenset(
    "down out up back it them in for each every at a an once twice this next day days "
    "night nights week weeks time times few some".split()
)
# "How you feel", "how it went": no focus; "how you slept": one.
_VAGUE_HOW: Final = frozenset("feel be do go get think manage cope".split())
_WRITING_STOPS: Final = frozenset(
    "more less every daily regularly often freely anything something everything whatever "
    "whenever for as when if it them how whats what's whatever's".split()
)


# "how many times", "how long", "how often": a quantity to write down is a field.
_HOW_MUCH: Final = frozenset("many much long often".split())


def _has_focus(clause: list[str], start: int, *, attention: bool = False) -> bool:
    """Whether a writing or noticing verb says what about (for noticing, the exact
    thing: the body, a sensation, a particular thought or urge, what happened)."""
    index = start
    n = len(clause)
    if not attention and _names_field(clause, start):
        return True  # "note the time", "log mood": the field is what to write
    while index < n:
        token = clause[index]
        if token in ("in", "on", "into", "onto", "using"):
            skip = index + 1
            while skip < n and clause[skip] in _MEDIA_LEADS:
                skip += 1
            if skip < n and clause[skip] in _MEDIA:
                index = skip + 1
                continue
            if token != "in":
                break
        if (
            token in _SKIPPED_BEFORE_FOCUS
            or _is_number(token)
            or token in lx.TIME_UNITS
            or token in lx.PARTS_OF_DAY
            or token in lx.WEEKDAYS
        ):
            index += 1
            continue
        break
    if index >= n:
        return False
    token = clause[index]
    nxt = clause[index + 1] if index + 1 < n else ""
    if token in ("about", "of", "to"):
        index += 1
        if index >= n:
            return False
        token = clause[index]
        nxt = clause[index + 1] if index + 1 < n else ""
    if token in ("when", "whenever", "if"):
        return False  # "notice when you feel anxious" names a cue, not what to notice
    if attention:
        window = clause[index : index + 10]
        if "for" in window and "what" in window and "is" in window:
            return False  # "notice the loop for what it is": recognising, not attending
        return not lx.EXACT_FOCUS.isdisjoint(window)
    if token in ("how", "what", "whats", "what's") and (
        nxt in ("the", "he", "she", "they", "people", "your", "his", "her", "their")
        or nxt in lx.PEOPLE
    ):
        return True  # "how the person reacted", "what your partner said": a named focus
    if token == "how" and nxt in ("you", "i", "we") and index + 2 < n:
        verb = _base(clause[index + 2])
        return verb in _VERBS and verb not in _VAGUE_HOW  # "how you slept", not "how you feel"
    if token == "how" and nxt in _HOW_MUCH and index + 2 < n:
        return True  # "tally how many times you ask", "note how long you spent": a quantity
    if token in ("whatever", "anything", "everything") and not {"of", "about"}.isdisjoint(
        clause[index + 1 : index + 6]
    ):
        return True  # "whatever you remember of your dreams"
    if token in _WRITING_STOPS or token in ("things", "stuff"):
        # "three things that went well" has its focus in the relative clause
        # (its subject may be a person: "three things your partner did")
        return token in ("things", "stuff") and (nxt in _RELATIVE_STARTS or nxt in lx.PEOPLE)
    # "your day", "the week": a span of life, not a focus
    return not (
        token in ("your", "my", "our", "the", "any", "all")
        and nxt in ("day", "week", "life", "stuff", "things", "")
    )


# Words that open a relative clause after "things": "things that ...", "things you did".
_RELATIVE_STARTS: Final = frozenset(
    "that which you i we he she they about your my his her their our".split()
)


# --------------------------------------------------------------------------- heads

# Soft verbs that become actions with a concrete object; "keep", "continue" and the
# like only with a product ("keep a log").
_NOT_NOUN_STARTS: Final = (
    lx.DETERMINERS
    | lx.SELF_WORDS
    | _SUBJECTS
    | frozenset(
        "on in at to for with from of over under into onto about around through up out down "
        "off back away it them him her me us their your my our his its".split()
    )
)
_PREPOSITIONS: Final = frozenset(
    "at in on for with by to of from during after before into onto about around through "
    "like as than within without between among".split()
)
# A verb after a label word starts a note's instruction ("activity menu: choose").
_LABELS: Final = lx.PRODUCTS | lx.PROCEDURES | frozenset("hw homework plan task tasks".split())
_INDEFINITE: Final = frozenset(
    "something anything everything whatever some any few little bit".split()
)


# Verbs that stay concrete with "it" as their object ("delay it for ten minutes").
def _onto_record(clause: list[str], start: int) -> bool:
    """Whether "to the list", "onto the chart" follows at ``start``: what is added goes
    on a record anyone could read ("add it to the list on the fridge")."""
    if clause[start : start + 1] not in (["to"], ["onto"], ["into"], ["on"]):
        return False
    for word in clause[start + 1 : start + 5]:  # "to your worry list", "the food diary"
        if word in lx.PRODUCTS or word.rpartition("-")[2] in lx.PRODUCTS:
            return True
        if word in lx.DETERMINERS or word in _POSSESSIVES:
            continue
        if word in _NP_ENDS or word in lx.CUE_WORDS or _is_number(word):
            return False
    return False


_PRONOUN_OK: Final = frozenset(
    "delay postpone read send post burn print sign file submit record share bring tear "
    "hang stick pin place put carry say tell text show give email write tie wrap frame "
    "bury plant light deliver return drop take play display photograph box pack click "
    "wear open cook bake".split()
)
# Saying something abstract is still an act: "state your feeling", "share a worry".
_SPEAKING: Final = frozenset(
    "say tell state share express name describe explain ask admit voice text email call "
    "write read sing".split()
)
_SEEING_AS: Final = frozenset("way as differently clearly".split())
_WH: Final = frozenset("how what whether if why which when where who".split())
# Verbs that, before "what", "why" or "how", ask for thinking: "explore why you avoid it".
_INQUIRING: Final = frozenset("explore examine investigate analyse analyze unpack dig".split())


def _experiment(clause: list[str], at: int, depth: int) -> Head | None:
    """The act of an experiment "what happens if/when you <act>" at ``at``, or ``None``."""
    if clause[at : at + 2] != ["what", "happens"] or clause[at + 2 : at + 4] not in _IF_YOU:
        return None
    return _classify(clause, at + 4, depth + 1) if at + 4 < len(clause) else None


_IF_YOU: Final = [[w, s] for w in ("if", "when") for s in ("you", "i", "we")]


def _asks_what(clause: list[str], at: int) -> bool:
    """Whether a question word follows at ``at`` ("explore why ...", "dig into what's
    behind it")."""
    if clause[at : at + 1] in (["into"], ["in"]):
        at += 1
    word = clause[at] if at < len(clause) else ""
    return word in _WH or word in ("what's", "why's", "how's")


_MENTALLY: Final = frozenset(
    "mentally silently inwardly internally imaginary imagined imaginative".split()
)
_ALOUD: Final = frozenset("aloud loud mirror".split())


# How far after a verb its object and manner are looked for: a verb's reach is local.
_SCOPE: Final = 12


def _in_the_head(clause: list[str], start: int, speaking: bool = False) -> bool:
    """ "in your head", "in your mind", or (for speaking) "to yourself": an act done
    only inside."""
    window = clause[start : start + _SCOPE]
    if "in" not in window and (not speaking or "to" not in window):
        return False  # the common case
    for j in range(start, min(len(clause), start + _SCOPE) - 1):
        if (
            clause[j] == "in"
            and j + 2 < len(clause)
            and clause[j + 2] in ("head", "mind", "imagination")
        ):
            return True
        if speaking and clause[j] == "to" and clause[j + 1] in lx.SELF_WORDS:
            return True
    return False


# The fields of a record, when they stand alone in a list.
_FIELDS: Final = frozenset(
    "date time day place where who what mood rating intensity duration trigger triggers "
    "situation feeling feelings emotion emotions thought thoughts urge urges outcome "
    "response symptom symptoms location setting strength level sensations behaviour "
    "behavior consequences consequence".split()
)


# What "don't ..." reassures about: a feeling, not a limit on the plan.
_REASSURED: Final = frozenset(
    "worry stress panic fret fuss mind sweat beat judge blame criticise criticize feel "
    "overthink obsess dwell despair".split()
)


# What is caught in the mind: "catch thinking errors", "catch the thought".
_THOUGHTS_CAUGHT: Final = frozenset(
    "thought thoughts thinking errors distortions worry worries traps patterns".split()
)


def _timed_hold(clause: list[str], rest: int) -> bool:
    """Whether "hold" holds something of the body for a timed while ("make a fist and
    hold it for a full minute", "hold the pose for 30 seconds", "press your palms
    together and hold for a count of five"), not a feeling or a
    thought ("hold your grief for ten minutes", "hold it with compassion")."""
    held = clause[rest] if rest < len(clause) else ""
    if held in ("it", "them"):
        at = rest + 1  # what was just made: "make two fists and hold them for ..."
    elif held == "for":
        at = rest  # the position just taken: "breathe in and hold for four seconds"
    else:
        at, noun = _noun_phrase(clause, rest)
        if noun not in _HELD:
            return False
        at += 1
    timed = clause[at + 1 : at + 4]
    # "for a full minute", "for a slow count of three" (not "for a count that feels right")
    return clause[at : at + 1] == ["for"] and (
        not lx.TIME_UNITS.isdisjoint(timed)
        or ("count" in timed and "of" in clause[at + 2 : at + 6])
    )


def _names_the_act(clause: list[str], at: int) -> bool:
    """Whether the word at ``at``, after a length of time, names what is done: "take a
    10-minute *walk*", not "take five minutes *for* yourself"."""
    word = clause[at] if at < len(clause) else ""
    if not word[:1].isalpha() or word in _NP_ENDS:
        return False
    _, noun = _noun_phrase(clause, at)
    return (
        noun[:1].isalpha()
        and noun not in _STATES_OF_REST
        and noun not in lx.ABSTRACT_NOUNS
        and noun not in lx.GENERIC_NOUNS
    )


def _by_doing(clause: list[str], start: int, depth: int, reach: int = 8) -> Head | None:
    """The act named by "by <doing>" within ``reach`` words of ``start`` ("work towards
    the 5k by running ..."), or ``None``."""
    window = clause[start : start + reach]
    if "by" not in window:
        return None
    at = start + window.index("by") + 1
    if at >= len(clause) or not _is_gerund(clause[at]):
        return None
    clause[at] = _base(clause[at])
    means = _classify(clause, at, depth + 1)
    if (
        means is not None
        and means.kind == HeadKind.GENERIC
        and clause[at + 1 : at + 2]
        in (
            ["it"],
            ["them"],
        )
    ):
        return Head(means.word, HeadKind.ACTION)  # "by rehearsing it aloud": the goal named
    return means


# After "work out": a workout's place, time or company, not what is worked out.
_WORKOUT_NEXT: Final = frozenset("at in on with for before after during three twice".split())
# "pull yourself up on it / about that": checking oneself.
_ON_IT: Final = [[p, o] for p in ("on", "about") for o in ("it", "that", "this", "them")]


# "bring the intensity down", "get your anxiety down": a feeling lowered is an outcome.
_LOWERING: Final = frozenset("bring get turn take".split())
_LOWERED: Final = lx.FEELINGS | frozenset(
    "intensity arousal level levels worry worries thoughts feelings".split()
)


def _timed_activity(clause: list[str], start: int) -> bool:
    """Whether the words at ``start`` give a time of something done ("15 minutes of
    outdoor light", "half an hour of exercise"), not of a state ("eight hours of sleep")."""
    window = clause[start : start + 4]
    if window[:1] == ["to"]:
        return False  # "get to 20 minutes of reading a night": a target to reach
    if "of" not in window or lx.TIME_UNITS.isdisjoint(window[: window.index("of")]):
        return False
    what = start + window.index("of") + 1
    _, noun = _noun_phrase(clause, what)
    return not any(
        word in _STATES_OF_REST or word in lx.ABSTRACT_NOUNS
        for word in (noun, clause[what] if what < len(clause) else "")
    )  # (not "15 minutes of self-care": the first word may be all there is)


_STATES_OF_REST: Final = frozenset(
    "sleep rest shut-eye kip downtime time me-time calm quiet".split()
)


# After an adverb, what makes it a remark: nothing, "a bit ...", "not sure".
_REMARK_STARTS: Final = [[], *([w] for w in "a not quite so too pretty rather".split())]
_WHOLE: Final = frozenset("whole full entire".split())
# How deep one act may be read inside another ("take ten minutes to write ..."): enough
# for any real text, and a hostile one repeating the frame costs no more.
_NESTING: Final = 6
_AUXILIARIES: Final = frozenset("would does do did might could".split())
# "one day at a time", "one step at a time": a pace, not a count.
_PACES: Final = ("day", "step", "thing", "moment")
# Kinds whose verb, said again bare, repeats the focus it was given before.
_FOCUSED_KINDS: Final = frozenset((HeadKind.ATTENTION, HeadKind.WRITING, HeadKind.READING))
# Verbs that keep time free ("set aside 20 minutes"): the time is not yet an act.
_RESERVING: Final = frozenset("set carve block put".split())
_STANDING: Final = frozenset("priority habit".split())
# "make it easier", "make things less stressful": a state to reach, not an act.
_EASIER: Final = frozenset(
    "easier harder better worse simpler safer calmer lighter quieter smoother manageable "
    "bearable possible okay ok".split()
)


def _made_easier(clause: list[str], at: int) -> bool:
    """Whether "make" at an object ``at`` makes it a state ("make it easier", "make the
    evening routine calmer", "make things more bearable"), not more of a thing ("make
    one more call", "make 3 more calls")."""
    n = len(clause)
    if at >= n or _is_number(clause[at]):
        return False
    for k in range(at + 1, min(n, at + 5)):
        word = clause[k]
        if word in _EASIER or (word in _STANDING and clause[k - 1] == "a"):
            return True  # ("make connecting a priority": a standing, not an act)
        if word in ("more", "less"):
            return k + 1 < n and (clause[k + 1] in _EASIER or _describes(clause[k + 1]))
        if word in _NP_ENDS:
            return False
    return False


def _to_anyone(clause: list[str], start: int) -> bool:
    """Whether "to ..." at ``start`` names no one in particular ("to someone", "to
    people", "to your supports", "to your support network"): whom to contact, and so
    what to do, is left open."""
    if clause[start : start + 1] != ["to"]:
        return False
    first = clause[start + 1] if start + 1 < len(clause) else ""
    if first == "the" or _is_number(first):
        return False  # "the people on your safety card", "two people from your group"
    end, noun = _noun_phrase(clause, start + 1)
    if clause[end + 1 : end + 2] in (["from"], ["on"], ["at"]) and clause[end + 2 : end + 3] != [
        "all"
    ]:
        return False  # "someone from your AA group": a defined set
    if noun in _SHORTHAND_TAILS and end > start + 1:
        noun = clause[end - 1]  # "supports prn"
    return noun in _ANYONE


_SHORTHAND_TAILS: Final = frozenset("prn asap".split())
# People in general: contacting them names no one to contact.
_ANYONE: Final = frozenset(
    "someone somebody anyone anybody people others supports network networks system "
    "community ones folks friends family".split()
)


# Things watched on a screen or at a ground: "watch TV with your son", "watch the match".
_SCREENED: Final = frozenset(
    "tv telly television series match game football rugby comedy drama".split()
)
# "watch the movie of your day in your mind's eye": what the mind shows is noticed.
_MINDS: Final = frozenset("mind mind's minds head imagination thoughts".split())


# After these, "show" is a verb: "watch which thoughts show up", "... shows how".
_SHOWING: Final = [[w] for w in "up off how that what itself themselves you me".split()]


# What is held with the body: "hold the pose", "hold your breath", "hold the ice".
_HELD: Final = frozenset(
    "pose position stretch plank breath fist fists ice cube cubes grip posture".split()
)


def _classify(clause: list[str], at: int, depth: int = 0) -> Head | None:
    """Classify the head of a clause at index ``at``; ``None`` when it has none."""
    if depth > _NESTING:
        return None  # an act named inside an act named inside ...: read no deeper
    n = len(clause)
    if at >= n:
        return None
    word = clause[at]
    if n - at <= 2 and (
        (clause[-1] in _FIELDS and (n - at == 1 or word in lx.DETERMINERS))
        or (n - at == 2 and _is_scale(clause[-1]) and word not in _RECORDING)
    ):
        # "date, time, the symptom", "need 1-5": the fields of a record, not instructions
        return None
    if word in lx.NEGATIONS:
        # "don't check", "no calling": not doing is not an act (the dead man's test).
        return Head(word, HeadKind.MENTAL)
    if word == "act" and at + 1 == n:
        return None  # "ACT: ...", "ACT/OCD": the name of the therapy, a note's label
    base = _base(word)
    if base != word and _describes_noun(clause, at):
        base = word  # "pre-quit tracker", "post-session notes": a noun's describing word
    if base not in _VERBS:
        if (
            at + 1 < n
            and _is_gerund(clause[at + 1])
            and clause[at + 1] not in _KNOWN_NOUNS
            and word not in lx.DETERMINERS
            and word not in _KNOWN_NOUNS
            and (at + 2 == n or clause[at + 2] in _PREPOSITIONS)
        ):
            # "expressive writing about ...", "mindful walking for ...": the act decides
            act = _classify(clause, at + 1, depth + 1)
            if act is not None:
                return act
        if base.endswith("ly") and at + 1 < n and _base(clause[at + 1]) in _VERBS:
            act = _classify(clause, at + 1, depth + 1)  # "gently stretch ...": the verb decides
            if act is not None and base in _MENTALLY:
                return Head(act.word, HeadKind.MENTAL)  # "silently say ...": in the head
            if act is not None:
                return act
        if base.endswith("ly") and clause[at + 1 : at + 2] in _REMARK_STARTS:
            return None  # "honestly a bit embarrassing", "apparently": a remark, no task
        if base.endswith("ly") or base in lx.STATE_ADJECTIVES:
            return Head(base, HeadKind.STATE)
        if at + 1 < n and clause[at + 1] in lx.OUTCOME_ADVERBS and word not in lx.DETERMINERS:
            return Head(base, HeadKind.OUTCOME)  # "socialise more", "emote better"
        return _shorthand(clause, at, depth)
    rest = at + 1
    following = clause[rest] if rest < n else ""
    after = clause[rest + 1] if rest + 1 < n else ""
    if (
        (_is_gerund(word) or (_is_past(word) and word.endswith("ed")))
        and following[:1].isalpha()
        and following not in _NOT_NOUN_STARTS
        and _base(following) not in _VERBS
        and not (at and clause[at - 1] in _PROGRESSIVE)  # "I'm taking Mrs Okafor's bins out"
    ):
        return _shorthand(clause, at + 1, depth)  # "caring days", "repeated actions diary": a noun
    if (
        following in ("time", "times")
        and word == base
        and at == 0
        and rest + 1 >= n
        and base not in lx.WRITING_VERBS
    ):
        return None  # "wake time", "screen time": a noun (but "note time" is a record)

    # "communicate better", "sleep more", "walk regularly"
    if following in lx.OUTCOME_ADVERBS and base not in ("be", "feel", "get", "become"):
        if following in ("more", "less", "fewer", "regularly", "consistently") and (
            base in lx.ACTION_VERBS or base in lx.WRITING_VERBS or base in lx.READING_VERBS
        ):
            if following not in ("more", "less", "fewer") or not (
                after in lx.PRODUCTS or after in lx.PROCEDURES
            ):
                # "journal more": open-ended, and writing still needs a focus
                focused = (
                    base not in lx.WRITING_VERBS and base not in lx.READING_VERBS
                ) or _has_focus(clause, rest + 1)
                return Head(base, HeadKind.HABIT, focused)
        else:
            return Head(base, HeadKind.OUTCOME)
    if (
        base in _LOWERING
        and "down" in clause[rest : rest + 5]
        and not _LOWERED.isdisjoint(clause[rest : rest + 4])
    ):
        # "bring the intensity down": a change of state; but "bring the tension down with a
        # body scan" names the act that does it
        down = clause.index("down", rest)
        if clause[down + 1 : down + 3] == ["on", "paper"]:
            return Head(base, HeadKind.WRITING, True)  # "get your anger down on paper"
        means = _by_doing(clause, down + 1, depth)
        if means is None and clause[down + 1 : down + 2] in (["with"], ["using"]):
            if _object_kind(clause, down + 2) in _CONCRETE_OBJECTS:
                means = Head(base, HeadKind.ACTION)
        return means if means is not None else Head(base, HeadKind.OUTCOME)

    window = clause[rest : rest + _SCOPE]
    if (
        not _MENTALLY.isdisjoint(window) or _in_the_head(clause, rest, base in _SPEAKING)
    ) and _ALOUD.isdisjoint(window):
        if base not in lx.WRITING_VERBS:
            return Head(base, HeadKind.MENTAL)  # "rehearse in your head", "say it silently"

    if base in _HOLDING:
        held = rest + (1 if following in _POSSESSIVES else 0)
        if held + 1 < n and clause[held] in _ATTENTION_NOUNS and clause[held + 1] in ("on", "to"):
            # "keep your attention on the soles of your feet": attending, to what follows
            return Head(base, HeadKind.ATTENTION, _has_focus(clause, held + 2, attention=True))
    if base == "get" and following == "to" and after == "know":
        return Head(base, HeadKind.MENTAL)  # "get to know the feeling": knowing is in the mind
    if base == "work" and following == "out":
        # "work out at the gym for 30 minutes": exercise; "work out whether ...", "work
        # out a way to say no", "work it out": thinking
        if (
            not after
            or after in _WORKOUT_NEXT
            or _bound_word(after)
            or _is_number(after)
            or _object_kind(clause, rest + 1) == "product"  # "work out the budget"
        ):
            return Head(base, HeadKind.ACTION)
        return Head(base, HeadKind.MENTAL)
    if (
        base == "pull"
        and following in lx.SELF_WORDS
        and after == "up"
        and clause[rest + 2 : rest + 4] in _ON_IT
    ):
        return Head(base, HeadKind.MENTAL)  # "pull myself up on it": checking oneself (but
        # "pull yourself up on the bar" is a pull-up)
    if base == "clear" and clause[rest + 1 : rest + 2] in (["mind"], ["head"], ["thoughts"]):
        return Head(base, HeadKind.MENTAL)  # "clear your mind": in the head
    if (
        at == 0
        and word == "like"
        and following in ("a", "an")
        and (n <= 4 or not _AUXILIARIES.isdisjoint(clause[: at + 6]))
    ):
        return None  # "..., like a detective would": a comparison, not a task
    if base in _INQUIRING and _asks_what(clause, rest):
        means = _by_doing(clause, rest, depth, 12)
        if means is not None:
            return means  # "investigate which gym is closest by visiting each one"
        tried = _experiment(clause, rest, depth)
        if tried is not None:
            return tried  # "explore what happens if you leave the switch unchecked"
        return Head(base, HeadKind.MENTAL)  # "explore what's behind it": an inquiry of the mind
    if (
        base in _RESERVING
        and following in ("aside", "out", "off", "apart")
        and not lx.TIME_UNITS.isdisjoint(clause[rest + 1 : rest + 5])
    ):
        for j in range(rest + 1, min(n - 1, rest + 9)):
            if clause[j] == "to" and _base(clause[j + 1]) in _VERBS:
                return _classify(clause, j + 1, depth + 1)  # "set aside 20 minutes to write ..."
            if clause[j] == "for" and _object_kind(clause, j + 1) in _CONCRETE_OBJECTS:
                return Head(base, HeadKind.ACTION)  # "block out an hour for the gym"
        return Head(base, HeadKind.GENERIC)  # "set aside 20 minutes on Sunday": for what?
    phrase = lx.PHRASAL.get((base, following))
    if phrase is None and following not in lx.PARTICLES:
        for k in (2, 3):  # "pick Mia up", "drop the form off": the particle after the object
            if rest + k - 1 < n and clause[rest + k - 1] in lx.PARTICLES:
                split = lx.PHRASAL.get((base, clause[rest + k - 1]))
                if split is not None and split[0] == HeadKind.ACTION:
                    return Head(base, HeadKind.ACTION)
                break
    if phrase is not None:
        kind, needs = phrase
        gerund = rest + 1
        if gerund + 1 < n and clause[gerund].endswith("ly") and _is_gerund(clause[gerund + 1]):
            gerund += 1  # "work on gradually cutting down": past the adverb
        if needs == "object" and gerund < n and _is_gerund(clause[gerund]):
            inner = _classify(clause, gerund, depth + 1)  # "work on rebuilding ...": the act
            return inner if inner is not None else Head(base, kind)
        if needs == "object" and _object_kind(clause, rest + 1) in _CONCRETE_OBJECTS:
            kind = HeadKind.ACTION
        elif needs == "focus":
            return Head(base, kind, _has_focus(clause, rest + 1, attention=True))
        if kind == HeadKind.SOFT:
            means = _by_doing(clause, rest + 1, depth)
            if means is not None:
                return means  # "work towards the 5k by running 12 minutes ...": the means
        if base == "reach" and _to_anyone(clause, rest + 1):
            return Head(base, HeadKind.GENERIC)  # "reach out to your support network"
        return Head(base, kind)

    if base in ("be", "become", "stay", "remain"):
        if base == "stay" and (
            (following == "for" and (_is_number(after) or after == "a"))
            or (following in ("the", "all") and _WHOLE.intersection(clause[rest : rest + 3]))
        ):
            return Head(base, HeadKind.ACTION)  # "stay for one more back-and-forth", "stay the
            # whole hour"
        if base == "be" and following in _BE_SEEN:
            return Head(base, HeadKind.ACTION)  # "be dressed and out of the door by 9:30"
        if following in ("at", "in", "on") and after not in lx.ABSTRACT_NOUNS:
            _, place = _noun_phrase(clause, rest + 1)
            if (
                place in lx.PLACES
                or after.endswith("'s")
                or place.endswith("'s")
                or (
                    after == "the"
                    and place not in _KNOWN_NOUNS
                    and place not in lx.STATE_ADJECTIVES
                )
            ):
                return Head(base, HeadKind.ACTION)  # "be at the gym by 7": observable
        if following in ("aware", "mindful", "curious", "conscious") and base == "be":
            return Head(base, HeadKind.STANCE)  # "be mindful of your breathing": a stance
        if base == "be" and (following in _WHEN_THE_TASK or following in lx.FREQUENCY_WORDS):
            return None  # "(it's) supposed to be every evening": when the task is, not a state
        return Head(base, HeadKind.STATE)
    if base == "take" and any(
        _phrase_in(clause[rest : rest + 7], ("one", unit, "at", "a", "time")) for unit in _PACES
    ):
        return Head(base, HeadKind.STANCE)  # "take it one day at a time": a way of going on
    if (
        base == "take"
        and (_is_number(following) or following == "a")
        and (after in lx.TIME_UNITS or (rest + 2 < n and clause[rest + 2] in lx.TIME_UNITS))
        and not _names_the_act(clause, rest + (1 if after in lx.TIME_UNITS else 2) + 1)
    ):
        for j in range(rest, min(n - 1, rest + 7)):
            if clause[j] == "to" and _base(clause[j + 1]) in _VERBS:
                return _classify(clause, j + 1, depth + 1)  # "take ten minutes to write ..."
        return Head(base, HeadKind.GENERIC)  # "take five minutes for yourself": no act
    if base == "spend":
        for j in range(rest, min(n, rest + 7)):
            if _is_gerund(clause[j]):
                return _classify(clause, j, depth + 1)  # "spend ten minutes writing ..."
    if base in ("see", "find", "figure", "work") and following in _WH:
        return Head(base, HeadKind.MENTAL)  # "see how it goes", "find what works"
    if base == "see" and not _SEEING_AS.isdisjoint(clause[rest : rest + 8]):
        return Head(base, HeadKind.MENTAL)
    if (
        base in ("tell", "say", "ask", "remind", "repeat", "talk")
        and (following in lx.SELF_WORDS or (following == "to" and after in lx.SELF_WORDS))
        and not _ALOUD.intersection(clause[rest : rest + _SCOPE])
    ):
        return Head(base, HeadKind.MENTAL)  # self-talk: no one could hear it
    if base == "ask" and following in ("how", "what", "whether", "if", "why", "which"):
        return Head(base, HeadKind.MENTAL)  # a question to oneself
    if (
        base == "have"
        and following == "a"
        and after in ("think", "go", "look", "try", "sense", "feel", "bash")
    ):
        return Head(base, HeadKind.MENTAL)
    if base in (
        "make",
        "put",
        "give",
        "treat",
        "show",
        "allow",
        "let",
        "push",
        "take",
        "offer",
    ) and (following in lx.SELF_WORDS):
        if (
            base == "take"
            and after in ("to", "out", "off")
            and _object_kind(clause, rest + 2) in _CONCRETE_OBJECTS
        ):
            return Head(base, HeadKind.ACTION)  # "take yourself to the park"
        return Head(base, HeadKind.STANCE)
    if base in ("act", "behave", "respond", "react") and (
        following in lx.STATE_ADJECTIVES
        or following in ("opposite", "as", "like", "differently", "calm")
        or "way" in clause[rest : rest + 6]
    ):
        return Head(base, HeadKind.GENERIC)  # "respond in the way you'd feel good about"

    if base in lx.WRITING_VERBS or (
        base == "keep"
        and following in ("track", "a", "an", "notes", "tabs", "records", "tally", "count")
    ):
        return _writing(clause, at, base, depth)
    if base in lx.RATING_VERBS:
        obj = _object_kind(clause, rest)
        if obj == "self":  # "rate yourself 1-5 on every item"
            return Head(
                base, HeadKind.WRITING, any(t in ("on", "for") for t in clause[rest : rest + 5])
            )
        return Head(base, HeadKind.WRITING, obj not in ("generic", "") or _scaled(clause, rest))
    if base in lx.ATTENTION_VERBS or (base == "pay" and following == "attention"):
        start = rest + 1 if base == "pay" else rest
        if base == "pay" and start < n and clause[start] == "to":
            start += 1
        if (
            base == "watch"
            and following != "for"
            and _MINDS.isdisjoint(clause[rest : rest + 8])
            and any(
                t in lx.PRODUCTS
                or t in _SCREENED
                or (t in ("show", "shows") and clause[k + 1 : k + 2] not in _SHOWING)
                for k, t in enumerate(clause[rest : rest + 4], rest)
            )
        ):
            return Head(base, HeadKind.ACTION)  # "watch the video", "watch the talk show"
        return Head(base, HeadKind.ATTENTION, _has_focus(clause, start, attention=True))
    if base in lx.READING_VERBS:
        if not _ALOUD.isdisjoint(clause[rest : rest + 6]):
            return Head(
                base, HeadKind.ACTION, True, _single(clause, rest, "write")
            )  # "read it aloud"
        if (
            following in ("about", "up", "more", "around", "", "next", "in", "at")
            or following in lx.WEEKDAYS
        ):
            return Head(base, HeadKind.READING, False)
        skip = 1 if following in ("to", "through", "over", "back") else 0
        return Head(base, HeadKind.READING, _object_kind(clause, rest + skip) in _CONCRETE_OBJECTS)
    if base in lx.STATE_VERBS and base not in lx.ACTION_VERBS:
        if base == "get" and _timed_activity(clause, rest):
            return Head(base, HeadKind.ACTION)  # "get 15 minutes of daylight before 9"
        return Head(base, HeadKind.STATE)
    if base in lx.MENTAL_VERBS:
        if base == "find" and (
            _noun_phrase(clause, rest)[1] in _FOUND_PLACES
            or _object_kind(clause, rest) == "product"
        ):
            return Head(base, HeadKind.ACTION)  # "find a quiet spot", "find the recordings"
        if (
            base in _SELECTING
            and _is_number(following)
            and _object_kind(clause, rest) in _CONCRETE_OBJECTS
            and _noun_phrase(clause, rest)[1] not in _SAID
        ):
            # "choose three photos", "pick 1 photo to frame": what was chosen is there to
            # see (but "choose a goal", "pick your battles" are not)
            return Head(base, HeadKind.ACTION, True, _single(clause, rest, base))
        return Head(base, HeadKind.MENTAL)
    if base in lx.STANCE_VERBS:
        if (
            base == "hold"
            and following in lx.PARTICLES
            and _object_kind(clause, rest + 1) in _CONCRETE_OBJECTS
        ):
            return Head(base, HeadKind.ACTION)  # "hold up a candle when they read the names"
        if base in ("hold", "host", "run") and _object_kind(clause, rest) == "product":
            return Head(base, HeadKind.ACTION, True, _single(clause, rest, "hold"))
        if base == "hold" and _timed_hold(clause, rest):
            return Head(base, HeadKind.ACTION)  # "make a fist and hold it for a minute"
        return Head(base, HeadKind.STANCE)  # but "hold one family meeting" is an act
    if base == "help":
        # "help Ava find words": the helped act decides
        for j in range(rest, min(n, rest + 4)):
            if clause[j] in _VERBS and clause[j] != "help":
                return _classify(clause, j, depth + 1)
            if clause[j] in ("at", "with") and _object_kind(clause, j + 1) in _CONCRETE_OBJECTS:
                # "help at the food bank", "help your dad with the clear-out": a job to see
                return Head(base, HeadKind.ACTION)
        return Head(base, HeadKind.SOFT)
    if base == "have" and _object_kind(clause, rest) == "product":
        if _noun_phrase(clause, rest)[1] not in lx.PROCEDURES:
            return Head(base, HeadKind.STATE)  # "have a plan": a possession, not an act
    if (
        base in ("turn", "bring", "keep", "take", "hold", "bear")
        and "mind" in clause[rest : rest + 7]
    ):
        return Head(base, HeadKind.MENTAL)  # "bring to mind", "turn your mind"
    if base == "catch" and _noun_phrase(clause, rest)[1] in _THOUGHTS_CAUGHT:
        return Head(base, HeadKind.MENTAL)  # "catch thinking errors", "catch the thought"
    if base in lx.OBJECT_VERBS:
        obj_at = rest + (1 if following in lx.PARTICLES else 0)
        if base == "use":
            return _use(clause, rest, depth)
        if _object_kind(clause, obj_at) in _CONCRETE_OBJECTS:
            return Head(base, HeadKind.ACTION, True, _single(clause, obj_at, base))
        return Head(base, HeadKind.GENERIC)
    if base in lx.SOFT_VERBS and base not in lx.ACTION_VERBS:
        if base == "keep" and _kept_as(clause, rest):
            return Head(base, HeadKind.ACTION)  # "keep them clenched", "keep it switched off"
        obj_at = rest + (1 if following in lx.SOFT_PARTICLES else 0)
        obj = _object_kind(clause, obj_at)
        if base in lx.RESCUED_BY_OBJECT and (
            obj == "product" or (obj == "concrete" and base not in lx.STARTERS)
        ):
            return Head(base, HeadKind.ACTION)
        return Head(base, HeadKind.SOFT)
    if base in lx.NEEDS_OBJECT:
        obj_at = rest + (1 if following in lx.PARTICLES else 0)
        if following == "with" and base == "start":
            obj_at += 1  # "start with ten minutes of ...": what to start with
        obj = _object_kind(clause, obj_at)
        if base == "make" and _made_easier(clause, obj_at):
            means = _by_doing(clause, obj_at, depth)
            if means is not None:
                return means  # "make bedtime calmer by turning off screens at 10"
            return Head(base, HeadKind.OUTCOME)  # "make it easier to get started": an end
        if base == "go" and _goes_somewhere(clause, rest):
            return Head(base, HeadKind.ACTION)  # "go with her to the Friday café"
        if base in ("schedule", "book") and obj_at < n and _is_number(clause[obj_at]):
            return Head(
                base, HeadKind.ACTION, True, True
            )  # "schedule one ...": a calendar shows it
        if (
            obj == "generic"
            and obj_at < n
            and clause[obj_at] in ("it", "them", "this", "that", "these", "those")
            and (base in _PRONOUN_OK or _onto_record(clause, obj_at + 1))
        ):
            # "bring it in next week", "take it back", "add it to the list on the fridge"
            return Head(base, HeadKind.ACTION)
        if obj in ("generic", "abstract", "self") or (obj == "" and base in lx.NEEDS_OBJECT_STRICT):
            return Head(base, HeadKind.GENERIC)
        if base == "do" and clause[obj_at : obj_at + 1] == ["what"]:
            return Head(base, HeadKind.GENERIC)  # "keep doing what you're doing": no act named
        return Head(base, HeadKind.ACTION, True, _single(clause, obj_at, base))
    if _is_gerund(word) and rest >= n:
        return None  # a bare gerund in a list ("eating, breathing"): no instruction
    if (following, after) in _ADVERBIALS:
        rest += 2  # "stutter on purpose on the first word": the manner is not the object
        following = clause[rest] if rest < n else ""
    if _is_number(following) and rest + 1 < n and clause[rest + 1] in ("time", "times"):
        return Head(base, HeadKind.ACTION)  # "stutter one time this week": a count, no object
    obj_at = rest + (1 if following in lx.PARTICLES else 0)
    first = clause[obj_at] if obj_at < n else ""
    kind = _object_kind(clause, obj_at)
    if kind == "generic":
        noun = _noun_phrase(clause, obj_at)[1]
        if first == "one" and noun != "one":
            first = noun  # "one thing": a count of one, not the pronoun of "pick one"
        if (first in _INDEFINITE or first in _PRONOUNS) and not (
            base in _MARKING and first in _LISTED
        ):  # but "cross off any", "tick all", "cross it off": the items of a list
            if not (base in _PRONOUN_OK and first in _PRONOUNS):
                return Head(base, HeadKind.GENERIC)  # "drop anything", "name it", "thank it"
        if base not in _SPEAKING and base not in _NAMES_ITS_ACT and noun in _GENERIC_ACTS:
            # "take one small step", "fix one thing": no act is named (but "say one thing"
            # is said aloud, and "eat one thing off the list" is eaten: the verb is the act)
            return Head(base, HeadKind.GENERIC)
    if kind == "abstract" and base not in _SPEAKING and base not in _MARKING:
        # "swap in a cooler thought", "offer empathy" (but "circle every value" marks a page)
        return Head(base, HeadKind.GENERIC)
    return Head(base, HeadKind.ACTION, True, _single(clause, obj_at, base))


_NAMED_SKILL: Final = frozenset("skill technique exercise".split())
# "Be home by ten", "be up and dressed by nine": states anyone could see.
_BE_SEEN: Final = frozenset("dressed showered home back out up outside downstairs".split())
# Manners that look like an object: "on purpose", "in person", "by hand".
_ADVERBIALS: Final = frozenset(
    (("on", "purpose"), ("in", "person"), ("by", "hand"), ("on", "time"), ("out", "loud"))
)
# Nouns that stand in for an act without naming it: "take a step", "do one activity".
_GENERIC_ACTS: Final = frozenset(
    "step steps action actions activity activities thing things something change changes "
    "risk risks effort efforts decision decisions choice choices move moves act acts".split()
)
_NP_STOPS: Final = lx.CUE_WORDS | {"and", "or", "but", "then"}
# Verbs of making or taking in a physical thing: with "one thing" the verb is the act.
_NAMES_ITS_ACT: Final = frozenset(
    "eat drink cook bake plant buy draw paint sketch sew knit".split()
)


def _kept_as(clause: list[str], rest: int) -> bool:
    """Whether "keep" holds something in a state anyone could see: "keep them clenched",
    "keep your phone switched off" (an object, then a past participle), but not "keep
    yourself distracted" (a state of the client's own)."""
    if rest >= len(clause) or clause[rest] in lx.SELF_WORDS:
        return False
    for j in range(rest + 1, min(len(clause), rest + 4)):
        word = clause[j]
        if word in _PREPOSITIONS or word in lx.CUE_WORDS:
            return False
        if _is_past(word) and word.endswith("ed"):
            return True
    return False


def _use(clause: list[str], rest: int, depth: int) -> Head:
    """ "Use" names no act by itself ("use your coping cards", "use the skills we
    practised"): what it is used *for* decides, or one named skill ("the STOP skill")."""
    n = len(clause)
    end = min(n, rest + 9)
    for j in range(rest, end - 1):
        if clause[j] in _NP_STOPS:
            break
        if clause[j] == "to" and _base(clause[j + 1]) in _VERBS:
            inner = _classify(clause, j + 1, depth + 1)  # "use the record to note ..."
            if inner is not None:
                return inner
    if '"' in clause[rest : rest + 5]:
        return Head("use", HeadKind.ACTION, True, True)  # "use the phrase '...'": say it
    at, noun = _noun_phrase(clause, rest)
    if noun in _NAMED_SKILL and at > rest + 1 and clause[rest] in ("the", "a", "this", "that"):
        return Head("use", HeadKind.ACTION, True, True)  # "use the STOP skill"
    return Head("use", HeadKind.GENERIC)


def _goes_somewhere(clause: list[str], rest: int) -> bool:
    """Whether "go" is followed by where to: "to the café", "with her to the group"."""
    for j in range(rest, min(len(clause) - 1, rest + 5)):
        if clause[j] == "to":
            place = clause[j + 1]
            return (
                place in lx.DETERMINERS
                or place in _POSSESSIVES
                or place in lx.PLACES
                or (place.endswith("'s") and place not in _CONTRACTED)  # "to Ellie's match"
            )
    return False


def _writing(clause: list[str], at: int, base: str, depth: int) -> Head:
    """A writing, recording or log-keeping head, with its focus."""
    n = len(clause)
    rest = at + 1
    following = clause[rest] if rest < n else ""
    after = clause[rest + 1] if rest + 1 < n else ""
    if base == "keep" and following in ("a", "an"):
        if after == "mental":
            return Head(base, HeadKind.ATTENTION, _has_focus(clause, rest + 3, attention=True))
        if after in lx.PRODUCTS or after in ("tally", "count", "record", "running"):
            start = rest + 2
            if start + 1 < n and clause[start] == "to" and _base(clause[start + 1]) in _VERBS:
                purpose = _classify(clause, start + 1, depth + 1)  # "keep a journal to track ..."
                focused = purpose is not None and purpose.focused and purpose.kind in CONCRETE
                return Head(base, HeadKind.WRITING, focused)
            return Head(base, HeadKind.WRITING, _has_focus(clause, start))
        return Head(base, HeadKind.GENERIC)
    if base in ("fill", "complete", "finish", "do"):
        obj_at = rest + (1 if following in ("in", "out") else 0)
        if _object_kind(clause, obj_at) in _CONCRETE_OBJECTS:
            return Head(base, HeadKind.ACTION, True, _single(clause, obj_at, base))
    start = rest
    if base == "keep":
        start += 2 if after == "of" else 1
    obj_at = start + (1 if start < n and clause[start] in ("down", "out", "up") else 0)
    return Head(base, HeadKind.WRITING, _has_focus(clause, start), _single(clause, obj_at, base))


_EACH_EVERY: Final = frozenset(("each", "every"))


def _verb_to(clause: list[str], at: int, j: int) -> bool:
    """Whether the word at ``j``, after "to", is a verb ("to form a habit") or a place
    some verb goes to ("returning to work"), not a note's destination ("2x to the gym")."""
    if clause[j] not in lx.PLACES:
        return True
    return any(_is_gerund(word) or _is_past(word) for word in clause[at : j - 1])


# The meetings where homework is set and reviewed: never the homework itself.
_MEETINGS: Final = frozenset(
    "session sessions sess appt appointment appointments class classes check-in check-ins".split()
)


# A check-in this often is the client's own, not a meeting with the clinician.
_DAILY: Final = frozenset("daily nightly twice-daily".split())


def _shorthand(clause: list[str], at: int, depth: int) -> Head | None:
    """A verbless clause: concrete when it names a procedure, a product or a place.

    A note such as "activity menu - choose a few" has a verb after all: the verb
    decides. A phrase that opens with a preposition ("at work", "on the school run") is
    a detail, not a note.
    """
    n = len(clause)
    if at < n and clause[at] in _PREPOSITIONS:
        return None
    found: Head | None = None
    for j in range(at, min(n, at + _SCOPE)):
        token = clause[j]
        if found is not None and (token in lx.CUE_WORDS or token in _EACH_EVERY):
            break  # "1 tick in phone notes each time it shows up": the cue has the verb
        if token in lx.FINITE:
            return None  # a statement, not a note
        if token in _MEETINGS and not (
            j
            and (
                clause[j - 1] in lx.PLACES
                or clause[j - 1] in lx.PROCEDURES
                or (
                    clause[j - 1] in _DAILY
                    and token in lx.PROCEDURES
                    and clause[j + 1 : j + 2] != ["with"]  # "daily check-in with the team"
                )
            )
        ):
            continue  # "three sessions left", "rough session Thursday": the therapy's own
            # meeting, not the task (but "two gym sessions", "yoga class Tuesday" are)
        if (token in lx.PROCEDURES or token in lx.PRODUCTS or token in lx.PLACES) and not (
            j and clause[j - 1] == "to" and _verb_to(clause, at, j)
        ):
            found = found or Head(token, HeadKind.SHORTHAND)
        elif (
            token in _VERBS
            and token not in _KNOWN_NOUNS
            and j > at
            and (clause[j - 1] in _LABELS or clause[j - 1][0].isdigit())
        ):
            verb = _classify(clause, j, depth + 1)
            if verb is not None and (verb.kind not in CONCRETE or found is None):
                return verb
    if found is not None:
        # "Angry letter to the other driver": one product with its detail
        j = clause.index(found.word, at, min(n, at + _SCOPE))
        detail = clause[j + 1] if j + 1 < n else ""
        if found.word in lx.PRODUCTS and not found.word.endswith("s") and detail in _DETAILS:
            return found._replace(single=True)
        return found
    # "Double-standard technique x2": a named technique is a procedure
    for j in range(at + 1, min(n, at + _SCOPE)):
        if (
            clause[j] in _NAMEABLE
            and clause[j - 1] not in lx.DETERMINERS
            and clause[j - 1] not in _MODIFIERS
        ):
            return Head(clause[j], HeadKind.SHORTHAND)
    return None


# --------------------------------------------------------------------------- occasions

_PERIOD_AFTER_THIS: Final = frozenset("week wk weekend fortnight month term".split())
_POINT_AFTER_THIS: Final = frozenset("evening morning afternoon weekend".split())
_POSSESSIVES: Final = frozenset("his her their your my our the its".split())
_UNTIL_OUTCOME_STARTS: Final = frozenset(
    "it they you your the anxiety distress urge feeling feelings i we he she this that "
    "things everything".split()
)
# "When the mood strikes (you)": the client's whim, not an occasion.
_STRIKES: Final = frozenset("strikes takes hits grabs".split())


def _on_a_whim(tokens: list[str], i: int) -> bool:
    """Whether the words at ``i`` after a cue word are the idiom of a whim: "(when) the
    mood strikes (you)", "(if you're) in the mood". Not the onset of a low mood ("when
    the mood takes a dip", "when a low mood hits") or an urge ("in the mood to drink")."""
    n = len(tokens)
    for j in range(i, min(n, i + 3)):
        if tokens[j] != "mood" or tokens[j - 1] != "the":
            continue
        nxt = tokens[j + 1] if j + 1 < n else ""
        if tokens[j - 2 : j] == ["in", "the"]:
            return nxt not in ("to", "for")
        if nxt in _STRIKES:
            return j + 2 >= n or tokens[j + 2] in ("you", "me", "us", "them", "him", "her")
    return False


_READINESS: Final = frozenset("ready right able comfortable possible".split())
_SUBJECT_STARTS: Final = frozenset(
    "you i we they he she it your my the everyone someone things that this those these "
    "his her their our you're they're i'm we're it's there's he's she's you've i've "
    "we've they've".split()
)
_NUMBERED: Final = frozenset(
    "session sess week wk step level module lesson phase stage part number no grade form room "
    "chapter unit group class".split()
)
_UNIT_ADJECTIVES: Final = frozenset(
    "more extra full whole solid uninterrupted quiet short long brief quick separate "
    "additional".split()
)
# "one small action": size, not what the action is ("one specific thing" says more).
_SMALL: Final = frozenset(
    "small little tiny quick simple new nice good pleasant enjoyable meaningful helpful "
    "healthy positive kind".split()
)


def _reaching(tokens: list[str], at: int) -> bool:
    """Whether the words ending at ``at`` reach for a target: "get (to)", "work up
    (to)", "build up (to)"; but not "for up to 20 minutes", a limit."""
    if tokens[at] in ("get", "getting"):
        return True
    return tokens[at] == "up" and at > 0 and tokens[at - 1] in _BUILDING


def _amount_unit(nxt: str, after: str) -> bool:
    """Whether a number's unit measures an amount: minutes, steps, an "a day" rate."""
    unit = after if nxt in _UNIT_ADJECTIVES else nxt
    return unit in lx.TIME_UNITS or unit in lx.ACTIVITY_UNITS or unit in ("steps", "%", "percent")


_BUILDING: Final = frozenset("work working build building ramp ramping".split())
_INTENSIFIERS: Final = frozenset("very really quite super so".split())
_TOWARDS: Final = frozenset("toward towards".split())
_NOT_COUNTED: Final = frozenset(
    "to or and another in out percent per year years months month weeks pounds lbs kg "
    "steps hours at on by point points more than is are was were yrs yr year-old "
    "years-old year-olds yo yo's y yos".split()
)


class _Found:
    """What the occasion scan found (a small mutable record, local to one analysis)."""

    __slots__ = (
        "comparative",
        "count",
        "cue",
        "deadline",
        "dose",
        "frequency",
        "span",
        "time",
        "unbounded",
    )

    def __init__(self) -> None:
        self.cue = self.time = self.deadline = self.span = self.count = False
        self.dose = self.frequency = self.unbounded = self.comparative = False

    def merge(self, other: "_Found") -> None:
        """Add what ``other`` found."""
        self.comparative = self.comparative or other.comparative
        self.count = self.count or other.count
        self.cue = self.cue or other.cue
        self.deadline = self.deadline or other.deadline
        self.dose = self.dose or other.dose
        self.frequency = self.frequency or other.frequency
        self.span = self.span or other.span
        self.time = self.time or other.time
        self.unbounded = self.unbounded or other.unbounded


# "if you get a chance", "when you have the energy": spare time, not an occasion.
_SPARE: Final = frozenset(
    "time chance moment minute minutes energy opportunity space spare free headspace "
    "bandwidth need".split()
)


def _once_counts(tokens: list[str], i: int) -> bool:
    """Whether "once this week", "once that day" is a count rather than "once that is
    done" (a cue): a period follows the pointing word."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    after = tokens[i + 2] if i + 2 < len(tokens) else ""
    return nxt in ("this", "that", "the", "your", "my") and (
        after in lx.PERIOD_NOUNS or after in lx.WEEKDAYS or after in ("weekend", "fortnight")
    )


def _cue(tokens: list[str], i: int) -> str | None:
    """At a cue word: ``"cue"``, ``"unbounded"`` ("when you can"), ``"deadline"``,
    ``"time"``, ``"span"``, or ``None``."""
    n = len(tokens)
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < n else ""
    after = tokens[i + 2] if i + 2 < n else ""
    third = tokens[i + 3] if i + 3 < n else ""
    skip = 0
    if nxt in ("you", "we", "they") and after in ("both", "all", "each"):
        # "whenever you both have the energy": read past the quantifier
        skip = 1
        after, third = third, (tokens[i + 4] if i + 4 < n else "")
    if not nxt or nxt in ("and", "or", "then", '"'):
        return None  # "rate it before and after", "the thought just before"
    if token == "if" and i and tokens[i - 1] == "see":
        return None  # "see if I can invite her": the frame of the act, not a condition
    if token == "as" and not (nxt == "soon" and after == "as"):
        return None  # "as you do", "as many as": not a cue
    if token == "once" and (nxt not in _SUBJECT_STARTS or _once_counts(tokens, i)):
        return None  # "once a day", "once this week" are counts
    if token == "if" and nxt in ("possible", "needed", "necessary", "so", "not", "any", "able"):
        return "unbounded"
    if nxt in lx.UNBOUNDED_CUE_WORDS or after in lx.UNBOUNDED_CUE_WORDS:
        return "unbounded"
    window = tokens[i + 1 : i + 7]
    if (
        not _READINESS.isdisjoint(window)
        or _phrase_in(window, ("up", "to", "it"))
        or _phrase_in(window, ("like", "it"))
        or _on_a_whim(tokens, i + 1)
    ):
        return "unbounded"  # "when the moment feels right", "if you're up to it"
    if third in lx.UNBOUNDED_CUE_WORDS and after in ("feel", "are", "get", "have", "'re", "re"):
        return "unbounded"  # "when you feel ready", "if you are able"
    fourth = tokens[i + 4 + skip] if i + 4 + skip < n else ""
    if after in ("feel", "get", "have", "find") and (
        third in ("like", "time", "ready", "up", "able", "free", "round", "around")
        or (third in ("a", "the", "some") and fourth in _SPARE)
    ):
        return "unbounded"  # "when you feel like it", "if you have the time"
    if nxt in ("i'm", "you're", "we're", "it's") and after in lx.UNBOUNDED_CUE_WORDS:
        return "unbounded"
    if (
        token == "during"
        and nxt in ("the", "your", "this")
        and after in ("day", "week", "days", "weeks", "evenings")
    ):
        return None
    if token in ("after", "before") and nxt in ("a", "some") and after in ("while", "time", "bit"):
        return None
    if token in ("before", "after") and (
        nxt in lx.SESSION_WORDS
        or (
            nxt in ("our", "next", "your", "the", "we", "each")
            and (after in lx.SESSION_WORDS or after in ("next", "meet", "see", "talk"))
        )
    ):
        return "deadline" if token == "before" else "cue"
    if token == "before" and (
        nxt in lx.WEEKDAYS or nxt in lx.TIME_WORDS or nxt in lx.MONTHS or nxt[:1].isdigit()
    ):
        return "deadline"
    if token == "after" and (nxt in lx.WEEKDAYS or nxt in lx.TIME_WORDS):
        return "time"
    if token == "when" and nxt in ("i", "we") and after in ("see", "meet", "next", "talk", "speak"):
        return "span"  # "between now and when I see you": the period, not a cue
    if token in ("if", "while") and nxt in ("something", "anything"):
        return "unbounded"  # "if something stands out" (but "whenever something stings" recurs)
    if (
        token in ("when", "whenever", "if", "while")
        and nxt in ("things", "it", "life", "stuff")
        and after
        in (
            "get",
            "gets",
            "feel",
            "feels",
            "seem",
            "seems",
            "are",
            "is",
            "go",
            "goes",
        )
    ):
        return "unbounded"  # "when things get hard": no situation anyone could point to
    return "cue"


def _phrase_in(window: list[str], phrase: tuple[str, ...]) -> bool:
    first = phrase[0]
    if first not in window:  # the common case, decided without slicing
        return False
    size = len(phrase)
    return any(
        window[k] == first and tuple(window[k : k + size]) == phrase
        for k in range(len(window) - size + 1)
    )


_LEADING_PREPOSITIONS: Final = frozenset(("on", "for", "over"))
_CLOCK_AFTER: Final = frozenset(("am", "pm", "o'clock", "th", "st", "nd", "rd"))


# What "at the end of" a day names: "the end of each day", "of your shift".
_DAY_ENDS: Final = lx.PARTS_OF_DAY | frozenset("day days shift shifts workday".split())


def _time(tokens: list[str], i: int) -> str | None:
    """At a time word: ``"time"`` (a day or clock time), ``"deadline"`` ("by Friday"),
    ``"span"`` ("this week"), ``"cue"`` ("at the first sign of ..."), ``"unbounded"``
    ("at the first chance") or ``None``."""
    token = tokens[i]
    if token in lx.NUMBER_WORDS:
        return None  # "three walks": a count, which _amount reads
    n = len(tokens)
    nxt = tokens[i + 1] if i + 1 < n else ""
    if token[0].isdigit():  # no day, month or time word starts with a digit
        if ":" in token or token.endswith("m") or nxt in _CLOCK_AFTER:
            return "time"
        return None
    after = tokens[i + 2] if i + 2 < n else ""
    if token in _LEADING_PREPOSITIONS:  # the common case, decided here
        if token != "over" and (
            nxt in lx.SPECIAL_DAYS or (nxt in _POSSESSIVES and after in lx.SPECIAL_DAYS)
        ):
            return "time"  # "on his birthday", "on the anniversary"
        if token != "on" and (
            (_is_number(nxt) and after in lx.SPAN_UNITS)
            or (
                nxt in ("a", "one", "the")
                and after in ("week", "fortnight", "next", "coming", "month")
            )
        ):
            return "span"
        return None
    prev = tokens[i - 1] if i > 0 else ""
    if token in lx.WEEKDAYS or token.removesuffix("'s") in lx.WEEKDAYS:
        if (
            token in lx.AMBIGUOUS_DAYS
            and prev not in lx.DAY_LEADS
            and not (
                nxt
                and (
                    nxt[0].isdigit()
                    or nxt in ("am", "pm", "evening", "morning", "night", "afternoon", "eve")
                )
            )
        ):
            return None
        if token in ("weekend", "weekends", "weekday", "weekdays") and prev not in (
            "this",
            "next",
            "the",
            "on",
            "by",
            "at",
            "over",
            "coming",
            "each",
            "every",
        ):
            return None
        return "time"
    if token in lx.TIME_WORDS:
        return "time"
    if token in lx.MONTHS and nxt[:1].isdigit():
        return "time"
    if token == "at":
        if (nxt[:1].isdigit() and not nxt.endswith("%")) or nxt in (
            "noon",
            "midnight",
            "bedtime",
            "lunchtime",
            "lunch",
            "dinner",
            "breakfast",
        ):
            return "time"
        if nxt in lx.NUMBER_WORDS and after in ("am", "pm", "o'clock", "thirty", "fifteen"):
            return "time"
        if nxt == "the" and after == "first" and i + 3 < n:
            # "at the first tug toward your cuticles", "at the first sign of panic": a
            # cue; but "at the first chance you get" is "when you can"
            event = tokens[i + 3]
            if event in _CHANCES:
                return "unbounded"
            return "cue" if event not in lx.SESSION_WORDS else None
        if nxt == "the" and after == "end" and tokens[i + 3 : i + 4] == ["of"]:
            # "at the end of each day", "at the end of your shift": a time of day
            ends = tokens[i + 4 : i + 7]  # "of the (working) day", "of each shift"
            return "time" if not _DAY_ENDS.isdisjoint(ends) else None
        return None
    if token in ("by", "until", "till", "til", "due"):
        if (
            nxt in lx.WEEKDAYS
            or nxt in lx.TIME_WORDS
            or nxt[:1].isdigit()
            or nxt in lx.MONTHS
            or nxt in lx.SESSION_WORDS
            or nxt in ("next", "end", "tomorrow", "tonight")
            or (
                nxt in ("the", "our", "your", "this")
                and (
                    after in ("end", "weekend", "next", "time")
                    or after in lx.SESSION_WORDS
                    or after in lx.WEEKDAYS
                )
            )
            or (nxt in ("we", "i") and after in ("meet", "see", "talk", "speak"))
            or (nxt == "the" and after[:1].isdigit())  # "by the 15th"
        ):
            return "deadline"
        return None
    if token == "within":
        return "time" if nxt in ("the", "an", "a") or _is_number(nxt) else None
    if token == "hour" and nxt == "by" and after == "hour":
        return "time"
    if token == "hourly":
        return "time"
    if (
        token in ("every", "each")
        and _is_number(nxt)
        and after in ("hours", "hrs", "minutes", "mins", "min")
    ):
        return "time"
    if token in ("this", "next", "tomorrow", "tonight", "coming") and (
        nxt in _POINT_AFTER_THIS or nxt in lx.WEEKDAYS
    ):
        return "span" if token == "coming" and nxt == "weekend" else "time"
    if token in lx.SESSION_WORDS and prev in ("next", "following", "to"):
        return "deadline"
    if token == "that" and nxt in lx.PARTS_OF_DAY:
        return "time"
    if token in ("on", "for", "at") and (
        nxt in lx.SPECIAL_DAYS or (nxt in _POSSESSIVES and after in lx.SPECIAL_DAYS)
    ):
        return "time"  # "on his birthday", "on the anniversary"
    if token in ("this", "coming"):
        if nxt in _PERIOD_AFTER_THIS or (nxt == "coming" and after in _PERIOD_AFTER_THIS):
            return "span"
        return None
    if token in ("between", "betw") and nxt in lx.SESSION_WORDS:
        return "span"
    if token in ("next", "coming", "following") and (nxt in lx.SPAN_UNITS or _is_number(nxt)):
        return "span"
    if token in ("for", "over") and (
        (_is_number(nxt) and after in lx.SPAN_UNITS)
        or (
            nxt in ("a", "one", "the") and after in ("week", "fortnight", "next", "coming", "month")
        )
    ):
        return "span"
    if token == "fortnight" or (token in ("wk", "wks", "week") and prev in ("this", "per")):
        return "span"
    return None


# Units that name occasions, not a period: "x7 nights" is seven nights.
_OCCASION_UNITS: Final = frozenset(
    "day days night nights evening evenings morning mornings".split()
)


def _amount(tokens: list[str], i: int) -> str | None:
    """At a number: ``"dose"`` (ten minutes), ``"count"`` (three times, two letters),
    ``"goal"`` (80 %), ``"time"`` (the 14th), or ``None`` (a scale such as 0-10, a year,
    a name)."""
    n = len(tokens)
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < n else ""
    after = tokens[i + 2] if i + 2 < n else ""
    if not nxt or nxt[0].isdigit():
        # a number followed by nothing or another number: a target or nothing
        return "goal" if token.endswith("%") else None
    prev = tokens[i - 1] if i > 0 else ""
    if token.endswith("%") or nxt in ("%", "percent"):
        return "goal"
    if prev in _TOWARDS or (prev in ("the", "a") and i > 1 and tokens[i - 2] in _TOWARDS):
        return "goal"  # "working toward the 10,000 a day", "build up towards 30 minutes"
    if prev == "to" and i > 1 and _reaching(tokens, i - 2) and _amount_unit(nxt, after):
        return "goal"  # "get to 20 minutes a night", "work up to 30 minutes" (but "get to 2
        # meetings" is going to them)
    if prev in ("/", "of", "out") and token[0].isdigit():
        return None  # 7/10, out of 10: a rating
    if nxt == "/" and after[:1].isdigit():
        return None
    if prev == "x" and nxt in lx.SPAN_UNITS:
        # "x2 wks": a period; but "x7 nights", "x5 days": on that many occasions
        return "count" if nxt in _OCCASION_UNITS else None
    if prev in _NUMBERED:
        return None  # "session 3", "step 2": a label, not a count
    if prev == "in" and nxt in lx.SPAN_UNITS:
        return "span"  # "in three weeks": when, not how many
    unit = nxt
    if unit in _UNIT_ADJECTIVES and after:
        unit = after
    if unit in lx.TIME_UNITS or unit in lx.ACTIVITY_UNITS:
        return "dose"
    if "-" in token and token[0].isdigit():
        # a range: a dose with a unit ("20-30 min"); otherwise a scale ("0-10")
        return "count" if unit in ("times", "x") else None
    if token[0].isdigit() and (
        prev in ("from", "scale") or (prev == "to" and i > 1 and tokens[i - 2][:1].isdigit())
    ):
        return None  # "from 0 to 100", "on a scale of 1 to 10"
    if nxt == "to" and after[:1].isdigit():
        third = tokens[i + 3] if i + 3 < n else ""
        return "dose" if third in lx.TIME_UNITS or third in lx.ACTIVITY_UNITS else None
    if unit in ("times", "x", "time", "occasions", "instances", "trials", "sessions"):
        return "count"
    if unit in ("th", "st", "nd", "rd"):
        return "time"
    if nxt == "/" and (
        after in lx.PERIOD_NOUNS or after in ("wk", "d", "day", "week", "night", "partner")
    ):
        return "count"
    if unit in lx.PERIOD_NOUNS or unit in ("separate", "different", "weekdays", "mornings"):
        return "count"
    if not unit or not unit[0].isalpha() or unit in _NOT_COUNTED:
        return None
    if token in ("one", "1") and prev in lx.DETERMINERS and prev != "one":
        return None  # "the one thing", "this one"
    if unit == "of" and after not in ("them", "these", "those", "the", "your", "his", "her"):
        return None
    if token == "one" and unit in _INTENSIFIERS and i + 3 < n:
        unit, after = after, tokens[i + 3]  # "one very small thing"
    if token == "one" and (
        unit in lx.GENERIC_NOUNS or (unit in _SMALL and after in lx.GENERIC_NOUNS)
    ):
        return None  # "one thing", "one small action": no act to count
    if token == "one" and unit in _PREPOSITIONS:
        return None  # "make one for Dad": a pronoun, not a count
    return "count"


def _event(word: str) -> bool:
    """A noun after "each" or "every" that names an event, not a period or a thing."""
    return bool(word) and word[0].isalpha() and word not in _NOT_EVENTS


_NOT_EVENTS: Final = (
    lx.PERIOD_NOUNS
    | lx.PARTS_OF_DAY
    | lx.WEEKDAYS
    | lx.DETERMINERS
    | lx.GENERIC_NOUNS
    | frozenset(
        "time times day days week weeks hour hours minute minutes other one single item items "
        "area areas value values of person member".split()
    )
)


def _occasions(clause: list[str], found: _Found, discounted: set[str]) -> None:
    """Find cues, times, spans, counts and doses in one clause.

    Each word is looked up once in :data:`_OCCASION_ROLE`, which says which of the
    checks below can apply to it; most words can start no occasion at all.
    """
    n = len(clause)
    goal = not lx.GOAL_WORDS.isdisjoint(clause) and lx.TIME_UNITS.isdisjoint(clause)
    role_of = _OCCASION_ROLE.get
    for i, token in enumerate(clause):
        role = role_of(token)
        if role is None:
            if not token[0].isdigit():
                if "-" in token:
                    number, _, unit = token.partition("-")
                    if number in lx.NUMBER_WORDS and (
                        unit in lx.TIME_UNITS or unit in lx.ACTIVITY_UNITS
                    ):
                        found.dose = True  # "a ten-minute walk"
                    elif number in lx.WEEKDAYS and unit in lx.WEEKDAYS:
                        found.time = True  # "Mon-Fri": a range of days
                continue
            role = _NUMBER
        nxt = clause[i + 1] if i + 1 < n else ""
        if role == _NUMBER:  # the most common role, decided first
            _number(clause, i, found, discounted, goal)
            continue
        after = clause[i + 2] if i + 2 < n else ""
        if role == _ARTICLE:
            if nxt == "moment" and after in _SUBJECT_STARTS and token != "an":
                found.cue = True  # "the moment you get home"
            elif (
                token != "the"
                and nxt in lx.TIME_UNITS
                and nxt not in ("second", "sec")
                and (i == 0 or clause[i - 1] in ("for", "take", "spend", "about", "least", "half"))
            ):
                found.dose = True  # "for an hour"
            elif token == "a" and nxt in _PER_PERIOD:
                found.frequency = True  # "twice a day"
            continue
        if role == _EACH:
            if token == "every" and (nxt in ("so", "now") or (nxt == "once" and after == "in")):
                found.frequency = True  # "every so often", "every now and then": no count
                continue
            if (
                nxt in _INSTANCES
                or (nxt == "single" and after in _INSTANCES)
                or (
                    token == "any"
                    and nxt == "other"
                    and after in _INSTANCES
                    and i + 3 < n
                    and clause[i + 3] in _EVENT_LEADS  # "any other time a worry pops up"
                )
            ):
                if token != "next" or (after and after != "we"):
                    found.cue = True  # "each time you ...", "the next time", "any other time"
                continue
            if token != "next" and (
                nxt in lx.EVENT_NOUNS or after in lx.EVENT_NOUNS or _event(nxt)
            ):
                found.cue = True  # "after each meal", "every craving"
                continue
        elif role == _CUE:
            if token == "if" and i > 0 and clause[i - 1] in _WONDER:
                continue  # "I wonder if you might ...": the frame of a request, not a cue
            if token == "after" and (
                nxt in lx.EVENT_NOUNS or after in lx.EVENT_NOUNS or _event(nxt)
            ):
                found.cue = True
                continue
            if token == "as":
                if nxt in ("needed", "able") or (
                    nxt != "soon"  # "as soon as you wake up" is a cue
                    and i + 3 < n
                    and after == "as"
                    and clause[i + 3] in ("you", "i", "possible", "we")
                ):
                    found.unbounded = True  # "as needed", "as often as you can"
                    continue
            if (
                token == "once"
                and nxt == "in"
                and (after == "awhile" or (after == "a" and clause[i + 3 : i + 4] == ["while"]))
            ):
                found.frequency = True  # "once in a while": now and then, not once
                continue
            if token == "once" and (nxt not in _SUBJECT_STARTS or _once_counts(clause, i)):
                if goal:
                    discounted.add(Discount.GOAL)
                else:
                    found.count = True  # "once a day", "once this week"
                continue
            kind = _cue(clause, i)
            if kind is not None:
                setattr(found, kind, True)
            continue
        elif role == _UNTIL:
            if _time(clause, i) is not None:
                found.deadline = True
            elif nxt and (nxt in _UNTIL_OUTCOME_STARTS or nxt.endswith("ing")):
                discounted.add(Discount.OUTCOME)  # "until it feels easy"
            continue
        elif role == _OPEN:
            found.unbounded = True  # "prn", "if possible"
            continue
        elif role == _COUNT:
            if goal:
                discounted.add(Discount.GOAL)
            else:
                found.count = True
            continue
        elif role == _TIMES_X:
            if nxt[:1].isdigit():
                if after in lx.SPAN_UNITS:
                    found.span = True  # "x2 wks": for two weeks
                else:
                    found.count = True  # "x3"
            continue
        elif role == _LEAST:
            if _is_number(nxt) and not (nxt.endswith("%") or after in ("%", "percent")):
                found.count = True  # but "at least 75% of days" is a target
            continue
        elif role == _AMOUNT:
            if i > 0 and clause[i - 1] in ("how", "so", "too", "than"):
                continue  # "how many minutes": a field to fill in, not a vague amount
            if token == "couple" and nxt == "of" and after in lx.TIME_UNITS:
                found.dose = True  # "a couple of minutes": two
                continue
            if token == "half" and nxt in ("an", "a") and after in lx.TIME_UNITS:
                found.dose = True  # "half an hour"
            elif token == "little" and i > 0 and clause[i - 1] == "a" and nxt in _KNOWN_NOUNS:
                continue  # "a little notebook": its size, not an amount of the task
            else:
                discounted.add(Discount.AMOUNT)  # "some", "a few", "a little"
            continue
        elif role == _COMPARE:
            if not (i > 1 and clause[i - 1] == "or" and _is_number(clause[i - 2])) and (
                nxt != "than"
                and not (
                    i > 0
                    and (
                        clause[i - 1] == "see"
                        or (token == "more" and clause[i - 1] in ("any", "no"))
                        or _is_number(clause[i - 1])
                    )
                )
            ):
                # but "three or more", "one more", "more than a minute" bound, "the
                # behaviour you'd like to see more of" names what to praise, and "any
                # more", "no more" mean "no longer"
                found.comparative = True
            continue
        elif role == _FREQUENT:
            if token == "often" and i > 0 and clause[i - 1] in ("how", "as"):
                continue
            if token != "per" or nxt in _PER_PERIOD:
                found.frequency = True
            continue
        # days, clock times, deadlines, periods; then numbers
        kind = _time(clause, i)
        if kind is not None:
            setattr(found, kind, True)
            continue
        if token in lx.NUMBER_WORDS:
            _number(clause, i, found, discounted, goal)
            continue
        if token == "between" and nxt == "now":
            found.span = True  # "between now and our next session": the period
            break
        if token in ("each", "every") and (nxt in _EVERY_PERIOD or nxt in lx.PARTS_OF_DAY):
            found.frequency = True  # "every day", "each evening"


def _number(clause: list[str], i: int, found: _Found, discounted: set[str], goal: bool) -> None:
    """At a number: a day or clock time, a count ("3x", "three walks"), a dose, or a
    goal that only looks like one (see :func:`_occasions`)."""
    kind = _time(clause, i)
    if kind is not None:
        setattr(found, kind, True)
        return
    token = clause[i]
    if token[0].isdigit() and i + 1 < len(clause) and clause[i + 1] == "x":
        found.count = True  # "3x"
        return
    amount = _amount(clause, i)
    if amount is None:
        return
    if amount == "goal" or goal:
        discounted.add(Discount.GOAL)
    else:
        setattr(found, amount, True)


_CHANCES: Final = frozenset("chance opportunity".split())
_INSTANCES: Final = frozenset("time times instance occasion moment".split())
_PER_PERIOD: Final = frozenset("day night week wk evening morning".split())
_EVERY_PERIOD: Final = frozenset("day days week weekday hour".split())
_ARTICLE, _EACH, _CUE, _UNTIL, _OPEN, _COUNT, _TIMES_X, _LEAST, _AMOUNT, _COMPARE = range(10)
_FREQUENT, _TIMELIKE, _NUMBER = 10, 11, 12
# What each word can start (see _occasions); a word not here can start nothing, unless
# it is a number or a hyphenated dose ("ten-minute").
_OCCASION_ROLE: Final[dict[str, int]] = {
    **dict.fromkeys(
        (
            *lx.WEEKDAYS,
            *(f"{day}'s" for day in lx.WEEKDAYS),
            *lx.TIME_WORDS,
            *lx.MONTHS,
            *lx.SESSION_WORDS,
            *"at by within that this our upcoming for hour hourly coming following week wk wks "
            "fortnight the between betw due over on".split(),
        ),
        _TIMELIKE,
    ),
    **dict.fromkeys(lx.NUMBER_WORDS, _NUMBER),
    **dict.fromkeys(
        (*(a for a in lx.VAGUE_AMOUNTS if a not in ("lot", "lots", "enough")), "half"),
        _AMOUNT,
    ),
    **dict.fromkeys(("more", "less", "fewer"), _COMPARE),
    **dict.fromkeys((*lx.FREQUENCY_WORDS, "ongoing", "per"), _FREQUENT),
    **dict.fromkeys((*lx.CUE_WORDS, "wherever"), _CUE),
    **dict.fromkeys(("each", "every", "any", "next"), _EACH),
    **dict.fromkeys(("a", "an", "the"), _ARTICLE),
    **dict.fromkeys(("until", "till", "til"), _UNTIL),
    **dict.fromkeys(("prn", "poss", "possible"), _OPEN),
    **dict.fromkeys(("twice", "thrice"), _COUNT),
    "x": _TIMES_X,
    "least": _LEAST,
}


_SCALE_ENDS: Final = frozenset("5 7 10 100".split())


def _scaled(tokens: list[str], start: int) -> bool:
    """Whether a scale follows ``start``: "from 0 to 10", "1-5", "out of 10"."""
    for j in range(start, min(len(tokens), start + 8)):
        token = tokens[j]
        if "-" in token and token[0] in "01" and token.split("-")[-1].strip() in _SCALE_ENDS:
            return True
        if token in _SCALE_ENDS and j > 1 and tokens[j - 1] in ("to", "of"):
            if tokens[j - 2] in ("0", "1", "out"):
                return True
    return False


def _is_scale(token: str) -> bool:
    """A rating scale written as a range: "0-10", "1-5", "0 - 100"."""
    return (
        token[0] in "01"
        and "-" in token
        and token.rsplit("-", maxsplit=1)[-1].strip() in _SCALE_ENDS
    )


def _has_record(tokens: list[str], clauses: list[_Clause]) -> bool:
    """A record with a scale ("0-10", "from 0 to 10", "SUDS") or named fields
    ("date / situation / urge")."""
    if not lx.SCALE_WORDS.isdisjoint(tokens):
        return True
    if not _SCALE_ENDS.isdisjoint(tokens):
        for i, token in enumerate(tokens):
            if token in _SCALE_ENDS and i > 1 and tokens[i - 1] in ("to", "of"):
                if tokens[i - 2] in ("0", "1", "out"):
                    return True  # "from 0 to 10", "out of 10"
    for token in tokens:
        if token[0] in "01" and _is_scale(token):  # (the first test rules out most words)
            return True  # "0-10", "1-5"
    if len(clauses) < 2:
        return False  # fields need several short items, or two questions
    # Named fields: several short items in one sentence (a cue is not a field), or
    # questions to answer ("what time it started, what she was doing, whether it helped").
    short: dict[int, int] = {}
    asked: dict[int, int] = {}
    for c in clauses:
        first = c.tokens[0]
        if len(c.tokens) <= 5 and first not in _CUE_OPENERS:
            short[c.sentence] = short.get(c.sentence, 0) + 1
        if first in _ASKED and len(c.tokens) <= 8:
            asked[c.sentence] = asked.get(c.sentence, 0) + 1
    if any(count >= 3 for count in short.values()):
        return True
    if not any(count >= 2 for count in asked.values()):
        return False
    # questions count as fields only where something is written down
    return any(
        asked.get(c.sentence, 0) >= 2 and not lx.WRITING_VERBS.isdisjoint(c.tokens) for c in clauses
    )


# Words that open a question a record answers: "what happened", "whether it helped".
_ASKED: Final = frozenset("what what's whats whether where who how which".split())


# --------------------------------------------------------------------------- analysis

# A clause that opens with one of these is a cue or an aside, not an instruction.
_CUE_OPENERS: Final = frozenset(
    "when whenever if while once until till after before during as because since though "
    "although unless whether rather instead".split()
)
_NOT_BEFORE_VERB: Final = lx.DETERMINERS | frozenset("to that which who whom whose what".split())
# "I've got to", "I'm meant to": the instruction follows.
_OBLIGED: Final = frozenset(
    "got meant supposed have has need needs ought going i've we've you've".split()
)
_DUTY_MODALS: Final = frozenset("should must will can could would".split())


_PROSE: Final = lx.FINITE | frozenset(
    "i you we they he she i'm you're we're they're it's i've you've we've they've "
    "i'd you'd we'd i'll you'll we'll".split()
)


def _after_gloss(clause: list[str], at: int) -> int:
    """Where the act starts after a gloss at ``at`` ("as a first step write three
    lines", "as part of your plan write one letter"), or ``at`` when none follows ("as
    one small way of being the dad you want to be")."""
    start = at + 1
    if clause[start : start + 2] == ["part", "of"]:
        start += 2
    end, _ = _noun_phrase(clause, start)
    return end + 1 if end + 1 < len(clause) and _plain_verb(clause[end + 1]) else at


# What introduces the task itself, with a colon: "the homework:", "her new rule:".
_RULE_NAMES: Final = _TASK_NOUNS | frozenset("rule rules agreed agreement deal".split())
# Who a task told as done may be about: "our son orders ...", "nobody gets up ...".
_DOERS: Final = frozenset(
    "he she they nobody everyone everybody no-one son daughter kid kids child children "
    "partner husband wife boy girl".split()
)


def _told_as_done(clause: list[str]) -> int:
    """Where the act is in a task told as done ("our son orders his own drink", "he
    rings his nan on Sunday", "nobody gets up from the table until ..."): the verb in
    -s after someone who does it, or 0."""
    for k in range(1, min(len(clause), 10)):
        word = clause[k]
        if (
            clause[k - 1] in _DOERS
            and word.endswith("s")
            and word != _base(word)
            and _base(word) in _VERBS
        ):
            return k
    return 0


# "as one way of ...", "as a reminder", "as part of ...": a gloss on the task.
_GLOSSING: Final = [[w] for w in "a an one part another".split()]
_TIME_OPENERS: Final = frozenset("each every next any the".split())


def _prose(clauses: list[_Clause]) -> set[int]:
    """The sentences of running prose: a verbless phrase inside one ("..., a late
    coffee") is a detail, not a clinician's note. A cue's own subject ("every time I
    pull, a tally mark") or a field's ("where I was, what I was doing") does not make a
    note prose."""
    return {
        c.sentence
        for c in clauses
        if not _PROSE.isdisjoint(c.tokens)
        and not _opens_with_cue(c.tokens)
        and c.tokens[0] not in _WH
    }


def _opens_with_cue(clause: list[str]) -> bool:
    """Whether a clause is a cue or an aside ("when ...", "each time ..."), not an act."""
    first = clause[0] if clause else ""
    if first in _CUE_OPENERS:
        return True
    second = clause[1] if len(clause) > 1 else ""
    if first == "any" and second == "other":
        return clause[2:3] in (["time"], ["moment"])  # "any other time a worry pops up"
    return first in ("each", "every", "next", "any", "the") and second in ("time", "moment")


def _after_cue(clause: list[str], told: bool = True) -> int:
    """Where the instruction starts in a clause that opens with a cue but has no comma:
    "before bed write three things", "when I feel the panic building I should drop".
    The first verb after the cue word belongs to the cue; the next one is the
    instruction. 0 when there is none. ``told``: the text has named the clinician or the
    homework by now, so "before bed I type the total" is the client's plan, not a
    routine told before it."""
    n = len(clause)
    cue_verb = False
    cue_verb_at = last_verb = -2
    for j in range(1, min(n, 14)):
        word = clause[j]
        prev = clause[j - 1]
        if prev == "to" and j > 1 and clause[j - 2] in _OBLIGED and _base(word) in _VERBS:
            return j  # "since my quit day I'm meant to jot down ..."
        if (
            cue_verb
            and cue_verb_at < j - 2  # (not "if you can face it": the cue's own modal)
            and prev in _DUTY_MODALS
            and clause[j - 2] in _SUBJECTS
            and word in _VERBS
        ):
            return j  # "when I feel the panic building I should drop ...": the instruction
        if prev in lx.DETERMINERS or (
            prev in _BEFORE_A_NOUN
            and not (j + 1 < n and (clause[j + 1] in _RECIPIENTS or clause[j + 1] in _PRONOUNS))
        ):
            continue  # "when your child asks the same question again": a noun (but "when
            # she does the same ignore it": a verb)
        if (
            not cue_verb
            and j > 2
            and (
                (prev in _CLIENT_SUBJECTS and (told or prev != "i"))
                or (prev in _OTHERS and _base(word) in _RECORDS_TOLD and _record_told(clause, j))
            )
            and clause[0] in _SETTING_CUES
            and (word in _VERBS or prev in _OTHERS)  # (a record told of her: "rates")
            and _CUE_SETTING.issuperset(clause[1 : j - 1])
        ):
            return j  # "before bed I type the total", "after dinner you walk": a verbless cue
        if word in _KNOWN_NOUNS:
            if (
                j > 1
                and j + 1 < n  # something follows the act: its object or its manner
                and word in _VERBS
                and prev not in _PREPOSITIONS  # "after lunch at work": a place
                and _CUE_SETTING.issuperset(clause[1:j])
                and not _ends_noun_phrase(clause, j)
            ):
                return j  # "after dinner on weeknights walk the dog": the act, not a noun
            continue
        if prev in _NOT_BEFORE_VERB and not (
            prev == "to" and j > 1 and clause[j - 2] in lx.WANTING
        ):
            continue
        base = _base(word)
        if base not in _VERBS and word not in lx.FINITE:
            continue
        if (
            cue_verb
            and j > cue_verb_at + 1
            and prev in _OTHERS
            and base in _RECORDS_TOLD
            and _record_told(clause, j)
        ):
            return j  # "before she does her breathing she circles ...": a record told of her
        if (
            not cue_verb
            and j > 1
            and (prev in _SUBJECTS or prev in _SUBJECT_STARTS or word in lx.FINITE or word != base)
        ):
            cue_verb = True  # "when your chest tightens", "each time a worry pops up"
            cue_verb_at = last_verb = j
            continue
        if word != base or word in lx.FINITE or j == last_verb + 1:
            last_verb = j  # "when the emotion doesn't fit": still the cue's verb
            continue
        if cue_verb or (
            (j <= 3 or _CUE_SETTING.issuperset(clause[1:j])) and not _ends_noun_phrase(clause, j)
        ):
            return j  # "before bed on Monday fill in ...": a verbless cue, then the act
    return 0


def _ends_noun_phrase(clause: list[str], j: int) -> bool:
    """Whether the word at ``j`` ends a noun phrase that began with a determiner: "the
    evening walk on Fridays", "your Sunday run" (but not "on weeknights walk the dog",
    nor "the shift write one line", where an object follows)."""
    nxt = clause[j + 1] if j + 1 < len(clause) else ""
    if nxt in lx.DETERMINERS or nxt in _POSSESSIVES or nxt in _PRONOUNS or _is_number(nxt):
        return False
    k = j - 1
    while k > 0 and clause[k] not in _PREPOSITIONS and clause[k] not in lx.DETERMINERS:
        k -= 1
    return clause[k] in lx.DETERMINERS or clause[k] in _POSSESSIVES


# The words of a cue with no verb of its own: "before bed on school nights".
_CUE_SETTING: Final = (
    _OCCASION_WORDS
    | lx.EVENT_NOUNS
    | lx.PLACES
    | frozenset(
        "on in at the your each every bed school work lunch dinner breakfast tea supper".split()
    )
)


# Prepositions that open a setting ("on Sunday's walk by the river ...").
_SETTING_OPENERS: Final = frozenset("on at during in over by for".split())
# Cue words that take a noun ("after dinner", "before bed"): a subject after that noun
# starts the act.
_SETTING_CUES: Final = frozenset("after before during until till".split())
_CLIENT_SUBJECTS: Final = frozenset("you i we".split())
# Going back to the day after the act: "carry on with what you were doing".
_RESUMING: Final = PhraseSet(
    (
        "carry on with your day",
        "carry on with what",
        "carry on as normal",
        "carry on as usual",
        "get on with your day",
        "get on with what",
        "go back to what",
        "return to what",
        "continue with your day",
        "continue with what",
    )
)
# Words after which a cue's next word is a noun, not the instruction's verb ("the same
# question"; not "next" or "last": "when we next meet").
_BEFORE_A_NOUN: Final = frozenset("same other".split())


def _after_setting(clause: list[str]) -> int:
    """Where the instruction starts in a clause that opens with a setting and no comma:
    "on Sunday's walk by the river you could write ...", at the verb after "you" (past a
    modal or two); 0 when there is none."""
    n = len(clause)
    for j in range(1, min(n - 1, 12)):
        if clause[j] in _CLIENT_SUBJECTS:
            k, framed = _past_subject(clause, j + 1)
            if clause[j] == "you" and not framed:
                return 0  # "... you walk to work": a description, as in "you cry a lot"
            return k if k < n and _plain_verb(clause[k]) else 0
    return 0


def _bounds(local: _Found | None, span: bool, record: bool) -> bool:
    """Whether one sentence's occasions bound what it asks."""
    if local is None:
        return False
    if local.cue or local.time or local.deadline or local.count or local.dose:
        return True
    return local.frequency and (span or record)


# Sentences of prose that make a text running prose (a letter, a story, a handout).
_RUNNING: Final = 3


def analyse(text: str, *, spans: bool = False) -> Analysis:
    """Analyse one homework text. Linear in the length of the text.

    With ``spans``, the analysis also records where each token is in ``text`` (for a
    rewrite that quotes it).
    """
    places: list[list[int | tuple[int, int]]] = []
    if spans:
        tokens, token_spans = _tokens_with_spans(text)
    else:
        tokens, token_spans = _tokens(text), []
    clauses, script, research = _segment(tokens, places)
    heads: list[Head] = []
    softened = False
    discounted: set[str] = set()
    if research:
        discounted.add(Discount.RESEARCH)
    # Occasions bind to the actions of their own sentence; a short heading with no verb
    # ("Week 1, Monday:") bounds the whole text.
    by_sentence: dict[int, _Found] = {}
    acting: set[int] = set()
    headed: set[int] = set()
    headers: set[int] = set()
    wrapping: set[int] = set()  # sentences that give the whole task a bound
    statement = -1  # the sentence whose first clause was a statement
    reported_in = -1  # the first sentence that reports the task ("she wants me to ...")
    told, told_upto = False, 0  # a clinician or the homework named, in clauses before
    told_task = -1  # the sentence that tells the task after its name and a colon
    in_cue = False  # the previous clause was a cue with no instruction in it
    # Sentences of running prose: a verbless phrase inside one ("..., a late coffee",
    # "the garden") is a detail, not a clinician's note; a note starts with its label.
    prose: set[int] | None = None  # found when a shorthand head first asks
    for index, clause in enumerate(clauses):
        words_ = clause.tokens
        if clause.introduced:
            statement = -1  # "her homework is what she calls X: once this week, ..."
        prefix = _skip_prefix(words_)
        softened = softened or prefix.softened
        if reported_in < 0 and (prefix.reported or not lx.REPORTING.isdisjoint(words_)):
            reported_in = clause.sentence  # "she said ...", "my GP wants me to ..."
        if (
            prefix.declarative
            and prefix.at
            and words_[prefix.at - 1] in ("you", "we")
            and _plain_verb(words_[prefix.at])
            and (
                _one_occasion(words_[: prefix.at - 1])
                if prefix.at > 1
                else index > 0
                and clauses[index - 1].sentence == clause.sentence
                and _one_occasion(clauses[index - 1].tokens)
            )
        ):
            # "on Tuesday evening, you run the bath", "during lunch you walk to the post
            # box": the plan for that occasion
            prefix = _Prefix(prefix.at, prefix.softened, False, prefix.reported)
        if (
            clause.introduced
            and index > 0
            and not _RULE_NAMES.isdisjoint(clauses[index - 1].tokens)
        ):
            told_task = clause.sentence  # the rest of the sentence tells the task
        if (
            (prefix.declarative or prefix.at == 0)
            and clause.sentence == told_task
            and not clause.aside  # "(someone she knows well)": a detail
        ):
            # "his counsellor's new rule: at the diner on Saturday our son orders his own
            # drink", "the homework: he rings his nan on Sunday": what is to be done,
            # told as done
            done = _told_as_done(words_)
            if done:
                prefix = _Prefix(done, prefix.softened, False, prefix.reported)
        if prefix.declarative:
            if not clause.aside:  # "(we picked a muffin)" leaves the sentence an instruction
                statement = clause.sentence
            in_cue = False
            continue
        head: Head | None = None
        at = prefix.at
        first_word = words_[0]
        if first_word in _CUE_OPENERS or (first_word in _TIME_OPENERS and _opens_with_cue(words_)):
            cue_start = 0
        elif at and _opens_with_cue(words_[at : at + 2]):
            cue_start = at
        else:
            cue_start = -1
        if cue_start >= 0 or (in_cue and clause.joined):
            # "when you climb the stairs or stand up": the cue goes on after "or"
            if cue_start >= 0:
                # (a clinician or the homework named by now: "my counsellor lent me ..."),
                # each clause looked at once however many cues there are
                while not told and told_upto <= index:
                    told = not _SET_BY.isdisjoint(clauses[told_upto].tokens)
                    told_upto += 1
                # "..., as one small way of being the father you want to be": a gloss on
                # the act before it (but "As part of my course I have to write ..." asks)
                gloss = (
                    words_[cue_start] == "as" and words_[cue_start + 1 : cue_start + 2] in _GLOSSING
                )
                at = _after_gloss(words_, cue_start) if gloss else cue_start
                if at == cue_start and not (gloss and not clause.first):
                    # ("As a first step write ..." opening the text is read past its gloss)
                    at = cue_start + _after_cue(words_[cue_start : cue_start + 14], told)
                if at > cue_start:
                    head = _classify(words_, at)
            in_cue = head is None
        else:
            in_cue = False
            if not (at == 0 and words_[:1] and _is_gerund(words_[0]) and not clause.first) and not (
                len(words_) == 1 and _aside_word(clauses, index)
            ):
                head = _classify(words_, at)  # a gerund after a comma describes, not asks
            if head is None and at == 0 and first_word in _SETTING_OPENERS:
                at = _after_setting(words_)  # "on Sunday's walk by the river you could write"
                if at:
                    head = _classify(words_, at)
        if head is not None and head.kind == HeadKind.SHORTHAND:
            if prose is None:
                prose = _prose(clauses)
            if len(prose) >= _RUNNING and clause.sentence in prose and not _timed(words_):
                head = None  # in a letter or a story, "Session recap", "the cup of tea" are
                # details of its sentences, not a clinician's notes ("one call by Friday" is)
        if (
            head is not None
            and heads
            and head.kind == HeadKind.SOFT
            and heads[-1].kind in CONCRETE
            and _RESUMING.count_in([words_[at : at + 6]])
        ):
            # "say it out loud and carry on with what you were doing": going back to the
            # day after the act, not a task of its own
            continue
        if head is not None and heads and head.word in lx.NEGATIONS:
            # "leave at 1 pm, no laptop": a limit on the plan, not a task of its own; and
            # "don't worry if you miss a day" reassures: its "if" bounds nothing
            if _base(words_[at + 1] if at + 1 < len(words_) else "") in _REASSURED:
                in_cue = False
                continue
            head = None
            limit = True
        else:
            limit = False
        if head is not None:
            heads.append(Head(head.word, head.kind, head.focused, head.single, index, at))
            statement = -1
            if reported_in < 0 and not _TASK_NOUNS.isdisjoint(words_):
                reported_in = clause.sentence  # "my homework this week: ring ..."
            headed.add(clause.sentence)
            if head.word in _COMPLETING and at + 1 < len(words_) and words_[at + 1] in _THE_TASK:
                wrapping.add(clause.sentence)  # "finish it before Module 6": the whole task's
            if (head.kind in CONCRETE and head.focused) or head.single:
                if head.kind != HeadKind.SHORTHAND or clause.first:
                    acting.add(clause.sentence)
                else:
                    if prose is None:
                        prose = _prose(clauses)
                    if clause.sentence not in prose:
                        acting.add(clause.sentence)
        elif clause.sentence == statement:
            continue  # the rest of a statement: "..., especially at 5 pm when ..."
        local = by_sentence.get(clause.sentence)
        if local is None:
            local = by_sentence[clause.sentence] = _Found()
            headers.add(clause.sentence)
        if len(words_) > 8 or head is not None or limit or not lx.FINITE.isdisjoint(words_):
            headers.discard(clause.sentence)
        if words_[0] not in _FOLLOW_UP:
            _occasions(words_, local, discounted)  # "F/u 1 wk": the clinician's, not a bound
    if reported_in > 0 and _client_voice(clauses):
        _drop_story(clauses, reported_in, heads, by_sentence, acting)
    has_record = _has_record(tokens, clauses)
    focused_words = set()
    for k, head in enumerate(heads):
        if head.focused:
            focused_words.add(head.word)
        elif head.word in focused_words and head.kind in _FOCUSED_KINDS:
            heads[k] = head._replace(focused=True)  # "notice where it is tight ... Just notice."
            continue
        if not head.focused and head.kind == HeadKind.READING and _named_before(clauses, head):
            heads[k] = head._replace(focused=True)  # "keep the card in your wallet and read it"
            acting.add(clauses[head.clause].sentence)
            continue
        if not head.focused and head.kind == HeadKind.ATTENTION:
            sentence = clauses[head.clause].sentence
            if any(
                not _FOCUS_THINGS.isdisjoint(c.tokens)
                for c in clauses[head.clause + 1 : head.clause + 4]
                if c.sentence == sentence
            ):
                # "notice it: the heat of the mug, the smell": the exact things follow
                heads[k] = head._replace(focused=True)
            continue
        if not head.focused and head.kind == HeadKind.WRITING:
            sentence = clauses[head.clause].sentence
            later = [
                c for c in clauses[head.clause + 1 : head.clause + 4] if c.sentence == sentence
            ]
            if has_record or any(
                # "write for 20 minutes, about ...", "note down, every time ..., the time"
                (c.tokens[0] in ("about", "on") and len(c.tokens) > 2) or _names_field(c.tokens)
                for c in later
            ):
                # "write for 20 minutes, about ...", "log it: date, time, the symptom"
                heads[k] = head._replace(focused=True)
                acting.add(sentence)
    if len(by_sentence) == 1:
        (found,) = by_sentence.values()  # one sentence: its findings are the text's
    else:
        found = _Found()
        for local in by_sentence.values():
            found.merge(local)
    singles = {clauses[h.clause].sentence for h in heads if h.single}
    global_bound = (bool(wrapping) or not headers <= headed) and any(
        _bounds(local, found.span, has_record)
        for sentence, local in by_sentence.items()
        if (sentence not in headed and sentence in headers) or sentence in wrapping
    )
    bound_action = bool(acting) and any(
        global_bound
        or sentence in singles
        or _bounds(by_sentence.get(sentence), found.span, has_record)
        for sentence in acting
    )
    if found.span and not (
        found.frequency or found.cue or found.time or found.count or found.dose or found.deadline
    ):
        discounted.add(Discount.PERIOD)
    bounded = (
        found.cue
        or found.time
        or found.deadline
        or found.count
        or found.dose
        or bool(singles)
        or (found.frequency and (found.span or has_record))
    )
    return Analysis(
        bounded=bounded,
        heads=tuple(heads),
        has_cue=found.cue,
        has_time=found.time,
        has_deadline=found.deadline,
        has_span=found.span,
        has_count=found.count,
        has_dose=found.dose,
        has_frequency=found.frequency,
        has_unbounded_cue=found.unbounded,
        has_comparative=found.comparative,
        has_record=has_record,
        has_script=script,
        softened=softened,
        bound_action=bound_action,
        discounted=frozenset(discounted),
        clauses=tuple([c.tokens for c in clauses]),
        sentences=tuple([c.sentence for c in clauses]),
        spans=_clause_spans(places, token_spans) if token_spans else (),
        places=tuple(places),
        size=len(tokens),
    )


def _drop_story(
    clauses: list[_Clause],
    reported_in: int,
    heads: list[Head],
    by_sentence: dict[int, _Found],
    acting: set[int],
) -> None:
    """A client's account: the sentences before the one that reports the task are the
    story ("Mum rang four times on Sunday. I check the locks five times before bed. My
    counsellor says the homework is to ..."): their verbs and occasions are set aside.
    A sentence that names the task, a duty ("I'm meant to"), a plan ("I will") or gives
    an instruction stays, and so does one that sets the scene of something to come
    ("On Saturday at 2 we have the swimming lesson", "Tomorrow at 10 I'm seeing the
    dentist"); and nothing is set aside when the report points back at what came
    before ("Every morning I walk the dog. My therapist says that counts.")."""
    if any(
        _points_back(c.tokens) and not _TASK_TOLD.isdisjoint(c.tokens)
        for c in clauses
        if c.sentence == reported_in
    ):
        return  # the clause that reports the task points back: "she says that counts"
    before = [c for c in clauses if c.sentence < reported_in]
    # "We wrote down three aims: reach the gate, ...": a list of goals, not the task
    # (unless the report refers to its items: "tick each one off", "how both went")
    refers = any(
        not _EACH_OF_THEM.isdisjoint(c.tokens) or _phrase_in(c.tokens, ("each", "one"))
        for c in clauses
        if c.sentence == reported_in
    )
    goals = {
        c.sentence
        for c in before
        if not refers
        and not c.introduced
        and not _GOALS.isdisjoint(c.tokens)
        and _TASK_TOLD.isdisjoint(c.tokens)
    }
    kept = {
        c.sentence
        for k, c in enumerate(before)
        if (c.sentence not in goals and _tells_task(c, before[k - 1] if k else None))
        or _sets_scene(c)
    }
    story = {c.sentence for c in before} - kept
    if not story:
        return
    heads[:] = [h for h in heads if clauses[h.clause].sentence not in story]
    for sentence in story:
        by_sentence.pop(sentence, None)
        acting.discard(sentence)


def _points_back(words_: list[str]) -> bool:
    """Whether a clause points back at what came before ("she says that counts"); the
    "that" of "he asked that I ..." introduces what follows, unless what follows points
    back in turn ("she said that I can count it")."""
    for k, word in enumerate(words_):
        if word not in _BACK:
            continue
        if word == "that" and words_[k + 1 : k + 2] and words_[k + 1] in _CLIENT_SUBJECTS:
            rest = words_[k + 2 :]
            if any(w in _IT and rest[m - 1] in _DOING_IT for m, w in enumerate(rest) if m):
                return True  # "that I should carry on doing it", "that we can count it"
            continue
        return True
    return False


_IT: Final = frozenset("it them".split())
_DOING_IT: Final = frozenset("count counts do doing keep continue repeat call".split())


# Words that name goals: a list of them in the story is not the task.
_GOALS: Final = frozenset("aim aims goal goals target targets hope hopes".split())
_EACH_OF_THEM: Final = frozenset("both them".split())


# Words by which a report points back at what the client told before it.
_BACK: Final = frozenset("that that's this these those then there counts same".split())


# Words that make a sentence of a client's account about the task, not the story.
_TASK_TOLD: Final = (
    _TASK_NOUNS | lx.REPORTING | frozenset("should must will 'll i'll we'll gonna going".split())
)


_FIRST_PERSON: Final = frozenset("i me my we us our i'm i've i'd i'll".split())
# "my therapist", "our counsellor", "my homework": a client telling what they were set.
_SET_BY: Final = _CLINICIANS | frozenset(
    "homework assignment session sessions appointment appointments therapy".split()
)


def _client_voice(clauses: list[_Clause]) -> bool:
    """Whether the text is a client's account: "my therapist ...", "my homework ...",
    "the therapist wants me to ..."."""
    named = False  # "the therapist ...": a client's only if the text speaks as "I" or "we"
    for clause in clauses:
        words_ = clause.tokens
        for k in range(len(words_) - 1):
            word = words_[k]
            if word in ("my", "our"):
                # "my therapist", "my perinatal psych", "my first home session",
                # "my therapist's advice"
                if _set_by(words_[k + 1 : k + 4]):
                    return True
            elif word == "the" and any(
                w.removesuffix("'s") in _CLINICIANS for w in words_[k + 1 : k + 3]
            ):
                named = True  # "the therapist", "the new counsellor", "the nurse's"
    # (not "the therapist asked pt to log it": a clinician's note)
    return named and any(not _FIRST_PERSON.isdisjoint(c.tokens) for c in clauses)


def _tells_task(clause: _Clause, previous: _Clause | None) -> bool:
    """Whether a clause of a client's account is about the task: it names it, reports
    it, plans it ("I will"), states a duty ("I'm meant to") or instructs (``previous``:
    the clause before it)."""
    words_ = clause.tokens
    if not _TASK_TOLD.isdisjoint(words_):
        return True
    if _plain_verb(words_[0]):
        # an instruction, but not the second verb of "to go and meet a stranger was ..."
        return not (clause.joined and previous is not None and previous.tokens[-2:-1] == ["to"])
    return any(word in _DUTIES and words_[k + 1 : k + 2] == ["to"] for k, word in enumerate(words_))


def _sets_scene(clause: _Clause) -> bool:
    """Whether a clause of a client's account sets the scene of something to come: a
    word of a time to come ("tomorrow at 10 I'm seeing the dentist"), or one day or date
    with no word of how often and nothing that happened ("on Saturday at 2 we have the
    swimming lesson", not "every Sunday ..." or "last Sunday I had ...")."""
    words_ = clause.tokens
    if not _FUTURE.isdisjoint(words_):
        return True
    if lx.WEEKDAYS.isdisjoint(words_) or not _OFTEN.isdisjoint(words_):
        return False
    # someone in it, and nothing that happened ("Saturday night: three glasses of wine"
    # is a note of what happened)
    return not _PEOPLE_IN_SCENE.isdisjoint(words_) and not any(_is_past(w) for w in words_)


# Words of a time to come, and of how often: a routine is no scene.
_FUTURE: Final = frozenset("tomorrow tonight next upcoming".split())
_OFTEN: Final = frozenset("every each daily nightly times usually always often last".split())
_PEOPLE_IN_SCENE: Final = frozenset("i we you he she they i'm we're you're i've we've".split())


def _timed(clause: list[str]) -> bool:
    """Whether a verbless phrase names its own occasion: a number, a day, a time, "by"
    ("one call to the housing office by Friday", not "the walk after dinner")."""
    return any(_bound_word(token) or token in lx.NUMBER_WORDS or token == "by" for token in clause)


def _wonders(tokens: list[str], start: int, end: int) -> bool:
    """Whether a request between ``start`` and ``end`` wonders rather than asks ("would
    you say ...?", "do you think ...?"); the "say" of ", say," gives an example."""
    return any(
        token in _WONDERING and not (token == "say" and k > 0 and tokens[k - 1] == ",")
        for k, token in enumerate(tokens[start:end], start)
    )


def _asks_when(words: list[str]) -> bool:
    """Whether a question names when its act is to be done ("could you ring her before
    Friday?", "... next week?"; not "could you take it one day at a time?")."""
    if not _BEFORE_NOW.isdisjoint(words):
        return False  # "... last Saturday felt so hard?": about the past, no act asked
    return any(_bound_word(token) or token in _TIMING for token in words)


_BEFORE_NOW: Final = frozenset("last ago yesterday".split())


def _names_field(clause: list[str], start: int = 0) -> bool:
    """Whether the words at ``start`` name a field to write: "the time", "mood" (past
    "the", "your" ..., not "every")."""
    first = start
    while first < len(clause) and clause[first] in _POSSESSIVES:
        first += 1
    return first < len(clause) and clause[first] in _FIELDS


def _clause_spans(
    places: Iterable[Iterable[int | tuple[int, int]]], token_spans: list[tuple[int, int]]
) -> tuple[tuple[tuple[int, int], ...], ...]:
    return tuple(tuple(_span(place, token_spans) for place in p) for p in places)


def _span(place: int | tuple[int, int], token_spans: list[tuple[int, int]]) -> tuple[int, int]:
    if isinstance(place, int):
        return token_spans[place]
    return token_spans[place[0]][0], token_spans[place[1]][1]


def with_spans(analysis: Analysis, text: str) -> Analysis:
    """``analysis`` of ``text`` with where each clause token is in ``text`` (for a rewrite
    that quotes the client's words). Cheap: only the tokens are found again."""
    if analysis.spans:
        return analysis
    tokens, token_spans = _tokens_with_spans(text)
    if len(tokens) != analysis.size:
        return analyse(text, spans=True)  # folding changed the tokens: read it again
    return attrs.evolve(analysis, spans=_clause_spans(analysis.places, token_spans))
