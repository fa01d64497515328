"""What the reader finds in a text: clause heads, their kinds, the bounds it set aside,
and the :class:`Analysis` that holds them.

These are the reader's results, kept apart from the reading itself
(:mod:`._reader`) so that the reading can be compiled (see ``hatch_build.py``) while
its results stay ordinary Python classes that every check reads.
"""

from typing import Final, NamedTuple

import attrs

__all__ = ["CONCRETE", "Analysis", "Discount", "Head", "HeadKind"]


class HeadKind:
    """Why a clause head is, or is not, an action (string constants)."""

    #: Someone else could see it done, or a record would show it.
    ACTION: Final = "action"
    #: Writing, recording or rating: an action that needs a focus.
    WRITING: Final = "writing"
    #: Attending: for noticing work, an action that needs the exact thing.
    ATTENTION: Final = "attention"
    #: Reading or listening: an action that needs to say what.
    READING: Final = "reading"
    #: A verbless clause naming a concrete procedure or product (clinician shorthand).
    SHORTHAND: Final = "shorthand"
    #: A state: "be calmer", "feel better".
    STATE: Final = "state"
    #: An outcome: "sleep better", "communicate more openly".
    OUTCOME: Final = "outcome"
    #: Happens only in the mind: "reflect", "remind yourself", "let go".
    MENTAL: Final = "mental"
    #: A way of being: "treat yourself kindly", "lean into", "give yourself permission".
    STANCE: Final = "stance"
    #: A soft verb with nothing concrete under it: "work on", "deal with".
    SOFT: Final = "soft"
    #: A general word where the act should be: "do some things", "use the tools".
    GENERIC: Final = "generic"
    #: A concrete verb made open-ended: "exercise more", "walk regularly".
    HABIT: Final = "habit"


#: Heads that are concrete actions (given their focus).
CONCRETE: Final = frozenset(
    (HeadKind.ACTION, HeadKind.WRITING, HeadKind.ATTENTION, HeadKind.READING, HeadKind.SHORTHAND)
)


class Discount:
    """Why something that looked like a bound was not counted (string constants)."""

    #: A number in a sentence about research ("studies find six weeks ...").
    RESEARCH: Final = "research"
    #: A number that is a goal, a target or a ratio ("aim for 80 %").
    GOAL: Final = "goal"
    #: An end that is an outcome ("until it feels easy").
    OUTCOME: Final = "outcome"
    #: An amount with no number ("some", "a few", "a little").
    AMOUNT: Final = "amount"
    #: A period with nothing in it to count ("this week" alone).
    PERIOD: Final = "period"


class Head(NamedTuple):
    """The verb of a clause (or its shorthand noun), classified."""

    word: str
    kind: str
    focused: bool = True
    #: One concrete product ("the worksheet", "a letter to your dad"): a count of one.
    single: bool = False
    #: The index of the clause it heads (in :attr:`Analysis.clauses`).
    clause: int = 0
    #: Index of the head word within its clause.
    at: int = 0

    def __repr__(self) -> str:
        # The word is the client's: shown by kind and place only.
        return (
            f"Head(kind={self.kind!r}, focused={self.focused}, single={self.single}, "
            f"clause={self.clause}, at={self.at})"
        )


@attrs.define(slots=True, eq=False)
class Analysis:
    """What a text says, in the terms of the working definition (read-only by use)."""

    heads: tuple[Head, ...]
    has_cue: bool
    has_time: bool
    has_deadline: bool
    has_span: bool
    has_count: bool
    has_dose: bool
    has_frequency: bool
    has_unbounded_cue: bool
    has_comparative: bool
    has_record: bool
    has_script: bool
    softened: bool
    #: A concrete action and an occasion that bounds it, in the same sentence (or an
    #: occasion given for the whole text, such as a heading "Monday, 10 min:").
    bound_action: bool
    #: Pseudo-bounds that were set aside, by :class:`Discount`.
    discounted: frozenset[str]
    #: The clauses read, as lists of case-folded tokens (quotes and asides removed).
    clauses: tuple[list[str], ...] = attrs.field(repr=False)
    #: The sentence of each clause.
    sentences: tuple[int, ...] = ()
    #: Where each token of each clause is in the text (only when asked for).
    spans: tuple[tuple[tuple[int, int], ...], ...] = attrs.field(default=(), repr=False)
    #: For each token of each clause, the text token (or range of them) it stands for.
    places: tuple[list[int | tuple[int, int]], ...] = attrs.field(default=(), repr=False)
    #: How many tokens the text has.
    size: int = 0
    #: Whether there is a bounded occasion anywhere in the text (a cue, a time, a
    #: deadline, a count, a dose, one product, or a frequency over a period or a record).
    bounded: bool = False

    @property
    def unquoted(self) -> tuple[str, ...]:
        """Every word read, outside quotes and asides, case-folded."""
        return tuple(t for clause in self.clauses for t in clause)

    @property
    def actions(self) -> tuple[Head, ...]:
        """Heads that are concrete actions with what they need (a focus)."""
        return tuple(h for h in self.heads if h.kind in CONCRETE and h.focused)
