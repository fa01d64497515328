"""Rewrites that stay on the client's topic.

A rewrite starts from the text's own main clause, in the client's own words, and adds
only what the working definition finds missing, as :class:`~.suggestions.Slot` s:

* a concrete action with no occasion keeps its action and gains *when* and *how many
  times* ("Practise box breathing [when: ...], [how many times: ...] before the next
  session");
* writing or reading with no focus keeps its verb and gains *about what* ("Journal
  about [about what: ...] for [how long: ...] ...");
* noticing with no exact focus keeps it and gains a note of *what exactly*;
* a mental act with an object keeps it inside a set-aside time and a note ("Set aside
  [how long: ...] [when: ...] to think about your mom, then write down [...]");
* anything else (a state, an outcome, a soft verb) becomes the goal, and the step is a
  slot ("Goal: be more positive. Step: [what you will do: ...] ...").

A catalogue template is offered instead only when the text names no action of its
own, the template is about the text's topic, and the template's fixed wording names no
person, body part, or situation the text does not name (the template's blanks become
slots, filled from the text where the text says them).

Nothing outside a slot is invented: the fixed words of every frame are in
:data:`FRAME_WORDS`, and they name no person, sensation, belief or situation.
"""

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Final

from ..model.suggestions import ParameterKind, Slot, Suggestion
from . import _lexicon as lx
from ._analysis import CONCRETE, Analysis, Head, HeadKind
from ._reader import _cue, analyse, with_spans, words
from ._scoring import is_specific

if TYPE_CHECKING:
    from ..model.assignment import AssignmentKind
    from ..templates.catalogue import Template

__all__ = ["FILL_IN", "FRAME_WORDS", "main_head", "rewrite", "topics"]


_SLOTS: Final = {
    ParameterKind.ACTION: Slot(
        name="action",
        kind=ParameterKind.ACTION,
        prompt="what you will do",
        example="write down one thing that went well",
    ),
    ParameterKind.WHEN: Slot(
        name="when", kind=ParameterKind.WHEN, prompt="when", example="after dinner"
    ),
    ParameterKind.COUNT: Slot(
        name="count", kind=ParameterKind.COUNT, prompt="how many times", example="on three days"
    ),
    ParameterKind.DURATION: Slot(
        name="duration", kind=ParameterKind.DURATION, prompt="how long", example="ten minutes"
    ),
    ParameterKind.FOCUS: Slot(
        name="focus",
        kind=ParameterKind.FOCUS,
        prompt="about what",
        example="the hardest moment of the day",
    ),
    ParameterKind.RECORD: Slot(
        name="record",
        kind=ParameterKind.RECORD,
        prompt="what to note",
        example="how it went, from 0 to 10",
    ),
}
_NOTICED = Slot(
    name="focus",
    kind=ParameterKind.FOCUS,
    prompt="what exactly",
    example="where in your body you feel it, and how strong it is from 0 to 10",
)
_READ = Slot(
    name="focus",
    kind=ParameterKind.MATERIAL,
    prompt="what exactly",
    example="chapter 2 of the workbook",
)
_CAME_UP = Slot(
    name="focus",
    kind=ParameterKind.FOCUS,
    prompt="what to write down",
    example="one thing that came up",
)

_END = " before the next session."

#: The rewrite offered when the text gives nothing to build on.
FILL_IN: Final = Suggestion(
    parts=(
        _SLOTS[ParameterKind.ACTION],
        " ",
        _SLOTS[ParameterKind.WHEN],
        ", ",
        _SLOTS[ParameterKind.COUNT],
        " before the next session, then note ",
        _SLOTS[ParameterKind.RECORD],
        ".",
    )
)

#: Every word the rewrite frames add outside slots. None of them names a person, a
#: body part or sensation, a belief or a situation (a test holds this).
FRAME_WORDS: Final = frozenset(
    words(
        "before the next session then note goal step about for to set aside write down and with it"
    )
)

# Words that make a clause open-ended and are dropped from the kept action: the slots
# say how often instead.
_TRAILING: Final = frozenset(
    "more often regularly daily nightly weekly consistently frequently always again prn "
    "ongoing as much many".split()
)
# Words that make the text a wish to do something less: its action must never be
# prescribed by itself ("cut less" must not become "cut after dinner").
_REDUCING: Final = (lx.NEGATIONS - {"without"}) | frozenset(
    "less fewer stop stopping quit reduce reducing cut-down cut-back limit curb resist".split()
)
_REDUCING_STEP = Slot(
    name="action",
    kind=ParameterKind.ACTION,
    prompt="what you will do instead",
    example="the next time the urge comes, wait ten minutes and write down what you did instead",
)
_TRAILING_PAIRS: Final = frozenset(
    (
        ("every", "day"),
        ("each", "day"),
        ("every", "night"),
        ("each", "night"),
        ("every", "week"),
        ("each", "week"),
        ("you", "can"),
        ("i", "can"),
        ("if", "possible"),
        ("when", "possible"),
        ("whenever", "possible"),
        ("as", "needed"),
        ("as", "able"),
        ("if", "able"),
        ("when", "able"),
        ("more", "often"),
        ("this", "week"),
    )
)
# Mental acts a rewrite may keep inside a set-aside time ("think about your mom"); never
# "process" or "let go", which cannot be done on command.
_REFLECTIVE: Final = frozenset(
    "think reflect remember recall consider ponder contemplate imagine visualise visualize "
    "picture".split()
)
_ACTIVITIES: Final = frozenset(
    "walk run jog swim exercise stretch meditate practise practice breathe cycle bike dance "
    "read journal write draw paint play sing yoga".split()
)


def rewrite(
    text: str, kind: "AssignmentKind | None" = None, analysis: Analysis | None = None
) -> Suggestion:
    """A rewrite of ``text`` that keeps its action and topic and adds what is missing
    (``analysis``, when given, is the reader's analysis of ``text``)."""
    analysis = with_spans(analysis, text) if analysis is not None else analyse(text, spans=True)
    main = main_head(analysis)
    if main is None:
        return FILL_IN
    phrase = _phrase(text, analysis, main)
    if not phrase:
        return FILL_IN
    acting = main.kind in CONCRETE or (main.kind == HeadKind.HABIT and not _general(analysis, main))
    if not acting and main.kind != HeadKind.MENTAL:
        offered = _from_catalogue(text, analysis, kind)
        if offered is not None and _holds(offered):
            return offered
    if _reducing(analysis, main):
        # A wish to do less: quote it as the goal, and ask for what to do instead.
        if _reducing_label(analysis, main):
            start = analysis.spans[main.clause - 1][0][0]
            end = analysis.spans[main.clause][-1][1]
            phrase = text[start:end].strip(" ,;:-")  # the label belongs to the goal
        topical = _step(analysis)
        if topical.example != _SLOTS[ParameterKind.ACTION].example:
            goal = _goal(phrase, analysis, topical)  # "drink less": a step on its topic
        else:
            goal = _goal(phrase, analysis, _REDUCING_STEP, when=False)
        return goal if _holds(goal) else FILL_IN
    framed = _frame(phrase, main, analysis, acting)
    if _holds(framed):
        return framed
    goal = _goal(phrase, analysis)  # the client's words quoted, so only the step is read
    return goal if _holds(goal) else FILL_IN


def _reducing_label(analysis: Analysis, head: Head) -> bool:
    """Whether the head's clause follows a short label that asks for less ("Stop:")."""
    if head.clause == 0 or analysis.sentences[head.clause - 1] != analysis.sentences[head.clause]:
        return False
    label = analysis.clauses[head.clause - 1]
    return len(label) <= 2 and not _REDUCING.isdisjoint(label)


def _reducing(analysis: Analysis, head: Head) -> bool:
    """Whether the head's clause asks for less of its act ("wash your hands less",
    "stop checking", "don't text him")."""
    clause = analysis.clauses[head.clause]
    if head.word in _REDUCING or (head.at > 0 and clause[head.at - 1] in _REDUCING):
        return True
    if _reducing_label(analysis, head):
        return True  # "Stop: wash your hands", "No more: late-night scrolling"
    rest = clause[head.at + 1 :]
    if head.word in ("say", "tell") and rest[:1] == ["no"]:
        rest = rest[1:]  # "practise saying no" asks for something
    return not _REDUCING.isdisjoint(rest) and "instead" not in rest


def _holds(suggestion: Suggestion) -> bool:
    """Whether the rewrite, its blanks filled with their examples, is itself specific."""
    return is_specific(suggestion.fill())


def _general(analysis: Analysis, head: Head) -> bool:
    """Whether an open-ended verb has only a general object ("spend more time")."""
    clause = analysis.clauses[head.clause]
    rest = clause[head.at + 1 : head.at + 4]
    return any(t in lx.GENERIC_NOUNS or t in lx.ABSTRACT_NOUNS for t in rest)


def main_head(analysis: Analysis) -> Head | None:
    """The head a rewrite keeps: the first action, else the first head of any kind."""
    heads = analysis.heads
    for head in heads:
        if head.kind in CONCRETE and head.focused:
            return head
    for head in heads:
        if head.kind in CONCRETE or head.kind == HeadKind.HABIT:
            return head
    return heads[0] if heads else None


def _phrase(text: str, analysis: Analysis, head: Head) -> str:
    """The head's clause from its verb to its end, in the text's own words, without
    the words that made it open-ended ("more", "every day", "when you can")."""
    tokens = analysis.clauses[head.clause]
    positions = analysis.spans[head.clause]
    keep = len(tokens)
    for i in range(head.at + 1, keep):
        if tokens[i] in ("if", "when", "whenever", "as") and _cue(tokens, i) == "unbounded":
            keep = i  # "jot a few things down if you feel up to it": the condition goes
            break
    while keep > head.at + 1:
        last = tokens[keep - 1]
        pair = (tokens[keep - 2], last) if keep - 2 >= head.at else None
        if pair is not None and pair in _TRAILING_PAIRS:
            keep -= 2
        elif last in _TRAILING or last in ("every", "each", "when", "whenever", "if"):
            keep -= 1
        else:
            break
    end = positions[keep - 1][1]
    if keep == len(tokens):
        # "walk ... on Tuesday and Thursday": the verbless clauses joined to it belong to it
        following = head.clause + 1
        while (
            following < len(analysis.clauses)
            and analysis.sentences[following] == analysis.sentences[head.clause]
            and len(analysis.clauses[following]) <= 4
            and following not in {h.clause for h in analysis.heads}
            and analysis.spans[following]
        ):
            end = analysis.spans[following][-1][1]
            following += 1
    start = positions[head.at][0]
    phrase = text[start:end].strip(" ,;:-")
    first = tokens[head.at]
    if first == head.word and first != text[start : positions[head.at][1]].casefold():
        # the reader took "running" in "start running" as "run": so does the rewrite
        phrase = head.word + phrase[positions[head.at][1] - start :]
    return phrase


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower(text: str) -> str:
    # keep "I" and names as written; lower only a capital that begins the clause
    if len(text) > 1 and text[0].isupper() and not text[1].isupper() and text[:2] != "I ":
        return text[0].lower() + text[1:]
    return text


def _occasion(analysis: Analysis) -> list[str | Slot]:
    """What the rewrite adds after the action: a slot for when and one for how many
    times, each only when the text does not say it already."""
    parts: list[str | Slot] = []
    if not (analysis.has_cue or analysis.has_time or analysis.has_deadline):
        parts += [" ", _SLOTS[ParameterKind.WHEN]]
    if not (analysis.has_count or analysis.has_time or analysis.has_deadline):
        parts += [", " if parts else " ", _SLOTS[ParameterKind.COUNT]]
    parts.append("." if analysis.has_deadline else _END)
    return parts


def _frame(phrase: str, head: Head, analysis: Analysis, acting: bool) -> Suggestion:
    when = _SLOTS[ParameterKind.WHEN]
    count = _SLOTS[ParameterKind.COUNT]
    duration = _SLOTS[ParameterKind.DURATION]
    occasion = _occasion(analysis)
    reading = head.kind == HeadKind.READING or head.word in lx.READING_VERBS
    writing = head.kind == HeadKind.WRITING or head.word in lx.WRITING_VERBS or reading
    if writing and (not head.focused or head.kind == HeadKind.HABIT):
        focus = _SLOTS[ParameterKind.FOCUS]
        if reading or " about" in phrase.casefold():
            focus = _READ if reading else focus
            parts: list[str | Slot] = [_capital(phrase), ": ", focus]
        else:
            parts = [_capital(phrase), " about ", focus]
        if not analysis.has_dose:
            parts += [" for ", duration]
        return Suggestion(parts=(*parts, *occasion))
    if head.kind == HeadKind.ATTENTION and not head.focused:
        return Suggestion(
            parts=(_capital(phrase), ", and write down ", _NOTICED, ", ", count, _END)
        )
    if acting:
        parts = [_capital(phrase)]
        if head.word in _ACTIVITIES and not analysis.has_dose:
            parts += [" for ", duration]
        return Suggestion(parts=(*parts, *occasion))
    if head.word in _REFLECTIVE and len(analysis.clauses[head.clause]) > head.at + 1:
        # "think about your mom": keep the thought, give it a time and a note
        return Suggestion(
            parts=(
                "Set aside ",
                duration,
                " ",
                when,
                " to ",
                _lower(phrase),
                ", then write down ",
                _CAME_UP,
                ".",
            )
        )
    return _goal(phrase, analysis)


def _goal(
    phrase: str, analysis: Analysis, step: Slot | None = None, *, when: bool = True
) -> Suggestion:
    """The text's own words as the goal, in quotes, and a step to fill in (with a slot
    for when, unless the step carries its own cue)."""
    occasion: tuple[str | Slot, ...] = (" ", _SLOTS[ParameterKind.WHEN], ", ") if when else (", ",)
    return Suggestion(
        parts=(
            'Goal: "',
            _lower(phrase).rstrip(".").replace('"', "'"),
            '". Step: ',
            step or _step(analysis),
            *occasion,
            _SLOTS[ParameterKind.COUNT],
            _END,
        )
    )


# A step that fits the topic, shown only as the example of the action slot.
_STEPS: Final = {
    "communication": "say how you feel before you make your point",
    "worry": "write the worry down in one line and leave it until 6 pm",
    "calm": "breathe out slowly for two minutes",
    "thoughts": "write down the thought, word for word",
    "activity": "go for a ten-minute walk",
    "grief": "look at one photo and write down one memory",
    "connection": "text one friend to suggest a time to meet",
    "boundaries": "say no to one small request",
    "self-worth": "write down one thing you did well",
    "feelings": "name the feeling and rate it from 0 to 10",
    "fear": "stay in the situation for five minutes",
    "reading": "read one chapter of the workbook",
    "reassurance": "wait ten minutes before asking for reassurance",
}


def _step(analysis: Analysis) -> Slot:
    found = _topics([t for clause in analysis.clauses for t in clause])
    example = next((_STEPS[t] for t in found if t in _STEPS), None)
    standard = _SLOTS[ParameterKind.ACTION]
    if example is None:
        return standard
    return Slot(name=standard.name, kind=standard.kind, prompt=standard.prompt, example=example)


# --------------------------------------------------------------------------- catalogue


def _topics(tokens: Sequence[str]) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for token in tokens:
        topic = lx.TOPICS.get(token)
        if topic is not None:
            counts[topic] = counts.get(topic, 0) + 1
    return tuple(sorted(counts, key=lambda t: -counts[t]))


def topics(text: str) -> tuple[str, ...]:
    """What a text is about, most mentioned first (the catalogue's topic names)."""
    return _topics(words(text))


_NAMED: Final = lx.PEOPLE | lx.BODY | lx.SITUATIONS | lx.FEELINGS

#: Topics that are a situation or a relationship: a template about one is offered only
#: to a text about it.
_SITUATIONAL: Final = frozenset(
    {"grief", "communication", "boundaries", "connection", "reassurance", "reading"}
)
_PLACEHOLDER: Final = re.compile(r"\{(\w+)\}")


def _from_catalogue(
    text: str, analysis: Analysis, kind: "AssignmentKind | None"
) -> Suggestion | None:
    from ..templates.catalogue import CATALOGUE  # noqa: PLC0415  (templates build on this module)

    own = words(text)
    found = _topics(own)
    if not found:
        return None
    topic = found[0]
    candidates = [t for t in CATALOGUE if topic in t.topics]
    candidates.sort(key=lambda t: (t.kind != kind, CATALOGUE.index(t)))
    mentioned = frozenset(own)
    # A template is offered only when the text names a third of what its title names,
    # and the template is not about a situation (a loss, a relationship) the text is
    # not about: a text about grounding may get the grounding pause, never a couples'
    # exercise that merely shares the word "stress".
    stems = {w[:5] for w in own if len(w) > 3 and w not in _COMMON}
    topical = {w[:5] for w in own if w in lx.TOPICS}
    for template in candidates:
        title, named = _template_words(template.id)
        shared = stems & title
        if (
            3 * len(shared) < len(title)
            or not shared & topical
            or (template.topics & _SITUATIONAL) - set(found)
        ):
            continue  # the template is about the topic, but not about what the text says
        if named - mentioned:
            continue  # its fixed words name a person, a body part or a situation the text does not
        return _offer(template, text)
    return None


@cache
def _template_words(template_id: str) -> tuple[frozenset[str], frozenset[str]]:
    """The word stems of a template's title, and the people, body parts and situations
    its fixed words name (worked out once per template)."""
    from ..templates.catalogue import get_template  # noqa: PLC0415

    template = get_template(template_id)
    stems = frozenset(w[:5] for w in words(template.title) if len(w) > 3 and w not in _COMMON)
    fixed = _PLACEHOLDER.sub(" ", template.standard.instructions)
    return stems, frozenset(w for w in words(fixed) if w in _NAMED)


_COMMON: Final = (
    frozenset(
        "more less much your with that this what when then they them their about into from "
        "have make take keep just really better week each every time times next last down "
        "like over".split()
    )
    | lx.FILLERS
    | lx.NOT_VERBS
    | lx.VAGUE_AMOUNTS
    | lx.WANTING
)


def _offer(template: "Template", text: str) -> Suggestion:
    """The template as a suggestion, its blanks filled from the text or left as slots."""
    instructions = template.standard.instructions
    by_name = {p.name: p for p in template.parameters}
    given = _parameters(template, text)
    parts: list[str | Slot] = []
    at = 0
    for match in _PLACEHOLDER.finditer(instructions):
        parts.append(instructions[at : match.start()])
        name = match.group(1)
        if name in given:
            parts.append(given[name])
        else:
            parameter = by_name[name]
            parts.append(
                Slot(
                    name=name,
                    kind=parameter.kind,
                    prompt=name.replace("_", " "),
                    example=parameter.example,
                )
            )
        at = match.end()
    parts.append(instructions[at:])
    if parts and isinstance(parts[0], str):
        parts[0] = _capital(parts[0])
    return Suggestion(
        parts=tuple(p for p in parts if p != ""), template=template.id, parameters=given
    )


def _parameters(template: "Template", text: str) -> dict[str, str]:
    """Template parameters the text itself gives: a person it names, a day, a time."""
    given: dict[str, str] = {}
    for parameter in template.parameters:
        value = _find(parameter.kind, text)
        if value is not None and value not in given.values():
            given[parameter.name] = value
    return given


_PERSON: Final = re.compile(
    r"\b(?:your|my|our)\s+(?:" + "|".join(sorted(lx.PEOPLE, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_DAY: Final = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE
)
_CLOCK: Final = re.compile(r"\b\d{1,2}(?::\d\d)?\s?(?:[ap]\.?m\.?)(?!\w)", re.IGNORECASE)


def _find(kind: ParameterKind, text: str) -> str | None:
    match = None
    if kind is ParameterKind.PERSON:
        match = _PERSON.search(text)
    elif kind is ParameterKind.DAY:
        match = _DAY.search(text)
    elif kind is ParameterKind.TIME:
        match = _CLOCK.search(text)
    if match is None:
        return None
    found = match.group().strip()
    if kind is ParameterKind.PERSON:
        # the rewrite speaks to the client: "my wife" is "your wife"
        found = re.sub(r"^(?:my|our)\b", "your", found, flags=re.IGNORECASE)
    return found
