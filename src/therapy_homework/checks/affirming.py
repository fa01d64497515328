"""Affirming language: partners in their own words, and no man-and-woman default.

In any homework that addresses a partner, :func:`check_affirming` flags gendered
partner terms ("husband", "wife", "boyfriend", "girlfriend" ...) that none of the
recorded partners uses for themselves (``AFF001``); with no partners recorded, it asks
to record how they name each other instead of asserting (``AFF003``, a note); and it
flags phrasing that assumes a man and a woman ("husband and wife", "as the man in the
relationship", ``AFF002``). Terms the partners chose are respected, whatever they are.
"""

import re
from collections.abc import Iterator

from .._core.fields import require_type
from ..model.assignment import Assignment
from ._reader import PhraseSet, words, words_with_spans
from .findings import Report, Severity
from .rules import BuiltinRule, Hit, Message, Policy, Registry, register_builtins, run_checker

__all__ = ["GENDERED_TERMS", "check_affirming"]

CHECKER = "affirming"

#: Partner terms that carry a gender. A partner's own term is always respected.
GENDERED_TERMS = frozenset(
    "husband husbands wife wives boyfriend boyfriends girlfriend girlfriends fiance fiancé "
    "fiancee fiancée bride groom hubby wifey".split()
)
# Word sequences that assume one man and one woman.
DEFAULT_PHRASES = PhraseSet(
    [
        "husband and wife",
        "wife and husband",
        "husbands and wives",
        "boyfriend and girlfriend",
        "girlfriend and boyfriend",
        "man and woman",
        "man and wife",
        "the man in the relationship",
        "the woman in the relationship",
        "the man of the house",
        "the lady of the house",
        "as the man",
        "as the woman",
        "his and hers",
        "the husband",
        "the wife",
    ]
)

_NEUTRAL = "partner"

# A quick first look: the words that every rule here starts from (the gendered terms,
# and "man", "woman", "lady", "his" of the default phrases). A text without any of them
# is not tokenized at all, which is most homework.
_FIRST_WORDS = frozenset(GENDERED_TERMS) | DEFAULT_PHRASES.firsts | {"man", "woman", "lady"}
_MAY_MATCH = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(map(re.escape, _FIRST_WORDS), key=len, reverse=True)) + r")\b"
)


def _worth_reading(text: str) -> bool:
    return _MAY_MATCH.search(text) is not None


def _texts(assignment: Assignment) -> list[tuple[str, str]]:
    texts = [("$.title", assignment.title), ("$.instructions", assignment.instructions)]
    plan = assignment.plan
    if plan is not None:
        texts.append(("$.plan.action", plan.action))
        if plan.cue is not None:
            texts.append(("$.plan.cue", plan.cue))
        if plan.record is not None and plan.record.what is not None:
            texts.append(("$.plan.record.what", plan.record.what))
    return texts


def _own_terms(assignment: Assignment) -> frozenset[str]:
    return frozenset(w for p in assignment.partners if p.term for w in words(p.term))


def _first_of(text: str, terms: set[str] | frozenset[str]) -> tuple[int, int] | None:
    """Where the first of ``terms`` is in ``text``."""
    tokens, spans = words_with_spans(text)
    return next((span for token, span in zip(tokens, spans, strict=True) if token in terms), None)


def _unchosen_terms(assignment: Assignment) -> Iterator[Hit]:
    # Any assignment that addresses a partner, whatever its kind; with partners recorded.
    if not assignment.partners:
        return
    own = _own_terms(assignment)
    for path, text in _texts(assignment):
        if not _worth_reading(text):
            continue
        found = sorted({w for w in words(text) if w in GENDERED_TERMS} - own)
        if found:
            chosen = ", ".join(sorted(w for w in own if w)) or _NEUTRAL
            yield Hit(
                path=path,
                span=_first_of(text, set(found)),
                suggestion=f"Use the words the partners use for each other ({chosen}), or "
                "their names.",
                values={"terms": ", ".join(f"'{w}'" for w in found)},
            )


def _terms_unrecorded(assignment: Assignment) -> Iterator[Hit]:
    if assignment.partners:
        return  # AFF001 compares the terms with the partners' own words
    for path, text in _texts(assignment):
        if not _worth_reading(text):
            continue
        tokens = words(text)
        if DEFAULT_PHRASES.matches(tokens):
            continue  # AFF002 already says it: a man-and-woman default
        found = sorted({w for w in tokens if w in GENDERED_TERMS})
        if found:
            yield Hit(
                path=path,
                span=_first_of(text, GENDERED_TERMS),
                suggestion="Record the partners with the words they use for each other; "
                "until then, 'your partner' or their name.",
                values={"terms": ", ".join(f"'{w}'" for w in found)},
            )


def _default_couple(assignment: Assignment) -> Iterator[Hit]:
    own = _own_terms(assignment)
    for path, text in _texts(assignment):
        if not _worth_reading(text):
            continue
        for phrase in DEFAULT_PHRASES.matches(words(text)):
            # The partners' own words are theirs: a couple who call themselves husband
            # and wife may be called so.
            gendered = [w for w in phrase if w in GENDERED_TERMS]
            if gendered and all(w in own for w in gendered):
                continue
            yield Hit(
                path=path,
                span=DEFAULT_PHRASES.first_span(text),
                suggestion="Say 'both of you', 'each partner', or use their names.",
            )
            break


_RULES = (
    BuiltinRule(
        CHECKER,
        "AFF001",
        Severity.WARNING,
        Message(
            "Uses {terms}, which none of the partners uses for themselves: use their own "
            "words or their names.",
            "Which words do you use for each other?",
        ),
        _unchosen_terms,
    ),
    BuiltinRule(
        CHECKER,
        "AFF002",
        Severity.WARNING,
        Message(
            "Assumes a man and a woman (husband and wife, the man in the relationship ...): "
            "describe the partners as they describe themselves.",
            "How would you like us to describe your relationship?",
        ),
        _default_couple,
    ),
    BuiltinRule(
        CHECKER,
        "AFF003",
        Severity.INFO,
        Message(
            "Uses {terms} and no partners are recorded: record how the partners name each "
            "other, so their own words can be used.",
            "Which words do you and your partner use for each other?",
        ),
        _terms_unrecorded,
    ),
)

register_builtins(_RULES)


def check_affirming(
    assignment: Assignment, *, policy: Policy | None = None, registry: Registry | None = None
) -> Report:
    """Flag partner terms nobody chose, and man-and-woman defaults."""
    require_type("assignment", assignment, Assignment, "an Assignment")
    return run_checker(CHECKER, assignment, policy, registry)
