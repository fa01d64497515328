"""Weighing the reader's findings into one verdict: specific or vague.

The reader (:mod:`._reader`) finds the elements of the working definition in a text:
actions and what kind of verb heads each clause, cues, times, counts, doses, and the
things that only look like them. Most texts are decided by the plain rule "a concrete
action with an occasion that bounds it". Real clinical language is messier: a warm
paragraph can hold one bounded action among many soft ones, and a note can be all
nouns. So the verdict is a weighted sum of the reader's named **signals**
(:data:`SIGNALS`), each between 0 and 1 and each an element of the definition, with
weights learned from the development part of the labelled corpus
(``tests/data/specificity-corpus.jsonl``) by ``tools/train_specificity.py``, an
L1-penalised logistic regression that keeps only the weights that earn their place.
The weights ship as data in :mod:`._weights`; nothing is learned at run time.

Words themselves carry no weight: a model that weighs words learns the style of the
texts it was trained on (who wrote them, what about), not the definition.

Every weight is named, so a verdict can always be explained: :func:`contributions`
lists what pushed it which way.
"""

import operator
from collections.abc import Mapping
from itertools import compress
from typing import Final

from ._analysis import CONCRETE, Analysis, Discount, HeadKind
from ._reader import PhraseSet, analyse
from ._weights import BIAS, WEIGHTS

__all__ = [
    "SIGNALS",
    "contributions",
    "is_specific",
    "names_something_to_do",
    "plainly_specific",
    "score",
    "signals",
    "verdict_of",
]

_KINDS: Final = (
    HeadKind.ACTION,
    HeadKind.WRITING,
    HeadKind.ATTENTION,
    HeadKind.READING,
    HeadKind.SHORTHAND,
    HeadKind.STATE,
    HeadKind.OUTCOME,
    HeadKind.MENTAL,
    HeadKind.STANCE,
    HeadKind.SOFT,
    HeadKind.GENERIC,
    HeadKind.HABIT,
)
_DISCOUNTS: Final = (
    Discount.RESEARCH,
    Discount.GOAL,
    Discount.OUTCOME,
    Discount.AMOUNT,
    Discount.PERIOD,
)
# Phrases that make the whole task optional or open: "no need to", "if you like".
_OPTIONAL: Final = PhraseSet(
    (
        "no need to",
        "don't have to",
        "do not have to",
        "don't need to",
        "doesn't have to",
        "you might",
        "you could",
        "you may",
        "might want",
        "if you like",
        "if you'd like",
        "if you want",
        "feel free",
        "no pressure",
        "no right",
        "at your own pace",
        "whatever feels",
        "in your own way",
        "see if you can",
        "see what",
    )
)
_HEADS_KEYS: Final = {kind: f"heads_{kind}" for kind in _KINDS}
_FIRST_KEYS: Final = {kind: f"first_{kind}" for kind in _KINDS}
_DISCOUNT_KEYS: Final = {discount: f"discount_{discount}" for discount in _DISCOUNTS}
_THIRDS: Final = (0.0, 1 / 3, 2 / 3, 1.0)

#: The name of every signal, with what it measures (the docs show this table).
SIGNALS: Final[Mapping[str, str]] = {
    "bound_action": "a concrete action and an occasion that bounds it, in one sentence",
    "has_action": "a concrete action, with its focus where it needs one",
    "bound_only": "an occasion, but no concrete action or product to bound",
    "bounded": "an occasion anywhere in the text",
    "cue": "a cue: when, after, each time ...",
    "time": "a day or a clock time",
    "deadline": "a deadline: by Friday, before our session",
    "span": "a period: this week, for two weeks",
    "count": "a count: once, three walks",
    "dose": "a dose: ten minutes, 20-30 min",
    "frequency": "a frequency: daily, every evening",
    "unbounded": "an open occasion: when you can, as needed",
    "comparative": "more, less, fewer",
    "record": "a record with a scale or named fields",
    "script": "words in quotes to say",
    "softened": "a soft frame: try to, see if you can",
    "single": "one concrete product: the worksheet, a letter to your dad",
    "unfocused": "writing or noticing with no focus",
    "optional": "phrases that make the task optional: no need to, if you like",
    "act_share": "the share of clause heads that are concrete actions",
    **{f"discount_{d}": f"something that only looks like a bound: {d}" for d in _DISCOUNTS},
    **{f"heads_{k}": f"clause heads of kind {k} (up to 3)" for k in _KINDS},
    **{f"first_{k}": f"the first clause head is of kind {k}" for k in _KINDS},
}


def signals(analysis: Analysis) -> dict[str, float]:
    """The named signals of one analysed text, each between 0 and 1 (a signal that is 0
    is left out)."""
    heads = analysis.heads
    counts: dict[str, int] = {}
    actions = vague = 0
    single = unfocused = False
    for head in heads:
        kind = head.kind
        if kind in CONCRETE:
            if head.focused:
                actions += 1
                counts[kind] = counts.get(kind, 0) + 1  # unfocused counts as unfocused
        else:
            vague += 1
            counts[kind] = counts.get(kind, 0) + 1
        single = single or head.single
        unfocused = unfocused or not head.focused
    found = dict.fromkeys(compress(_FLAG_NAMES, _flags(analysis)), 1.0)
    if actions:
        found["has_action"] = 1.0
        found["act_share"] = actions / (actions + vague)
    elif analysis.bounded and not single:
        found["bound_only"] = 1.0  # "take one small step before we meet": a bound, no act
    if single:
        found["single"] = 1.0
    if unfocused:
        found["unfocused"] = 1.0
    optional = _OPTIONAL.count_in(analysis.clauses)
    if optional:
        found["optional"] = _THIRDS[min(optional, 3)]
    for discount in analysis.discounted:
        found[_DISCOUNT_KEYS[discount]] = 1.0
    if heads:
        found[_FIRST_KEYS[heads[0].kind]] = 1.0
    for kind, count in counts.items():
        found[_HEADS_KEYS[kind]] = _THIRDS[count if count < 3 else 3]
    return found


# Signals that are a flag of the analysis, and the flag each one is.
_FLAGS: Final = {
    "bound_action": "bound_action",
    "bounded": "bounded",
    "cue": "has_cue",
    "time": "has_time",
    "deadline": "has_deadline",
    "span": "has_span",
    "count": "has_count",
    "dose": "has_dose",
    "frequency": "has_frequency",
    "unbounded": "has_unbounded_cue",
    "comparative": "has_comparative",
    "record": "has_record",
    "script": "has_script",
    "softened": "softened",
}
_FLAG_NAMES: Final = tuple(_FLAGS)
_flags: Final = operator.attrgetter(*_FLAGS.values())


def score(found: Mapping[str, float]) -> float:
    """The weighted sum of ``found``: specific when it is at least 0."""
    total = BIAS
    weight = WEIGHTS.get
    for name, value in found.items():
        total += weight(name, 0.0) * value
    return total


def names_something_to_do(analysis: Analysis) -> bool:
    """Whether the text names a concrete action, one product or a record: the first
    half of the definition, without which no bound makes homework specific ("calm down
    three times before our next session")."""
    return analysis.has_record or any(
        (h.kind in CONCRETE and h.focused) or h.single for h in analysis.heads
    )


def verdict_of(analysis: Analysis, found: Mapping[str, float]) -> bool:
    """The verdict from an analysis and its signals: the weighted sum, gated by
    :func:`names_something_to_do`; a text that meets the plain rule with nothing against
    it (:func:`plainly_specific`) is specific whatever the weights say."""
    if not names_something_to_do(analysis):
        return False
    return score(found) >= 0 or plainly_specific(analysis, found)


# Signals that speak against a text that otherwise meets the plain rule.
_AGAINST: Final = frozenset(("comparative", "unbounded", "optional", "softened", "unfocused"))


def plainly_specific(analysis: Analysis, found: Mapping[str, float]) -> bool:
    """The plain rule of the definition, with nothing against it: every clause head is a
    concrete action with its focus, one of them is bounded in its own sentence, and no
    signal speaks against it (no pseudo-bound, no "more", "when you can", "if you like",
    "try to"). "Notice what happens in your body when you talk about your dad" is
    specific by the definition whatever the weights learnt from other texts say."""
    return (
        analysis.bound_action
        and not analysis.discounted
        and _AGAINST.isdisjoint(found)
        and all(h.kind in CONCRETE and h.focused for h in analysis.heads)
    )


def is_specific(text: str) -> bool:
    """The verdict on a plain text: specific by the working definition."""
    analysis = analyse(text)
    return verdict_of(analysis, signals(analysis))


def contributions(found: Mapping[str, float]) -> list[tuple[str, float]]:
    """What pushed the verdict which way, largest first (signal, weight x value)."""
    pushes = [(name, WEIGHTS.get(name, 0.0) * value) for name, value in found.items() if value]
    return sorted(pushes, key=lambda item: -abs(item[1]))
