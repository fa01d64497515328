"""A couple's repair attempt during a hard conversation (after Gottman).

A :class:`CouplesRepairAttempt` records who took part (each partner in their own
words), who reached for repair, how the conversation started, the feeling named
under the criticism, the repair itself and how it landed, and the tension each
partner felt before and after. Nothing assumes a man and a woman, or two people.
"""

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Annotated

import attrs

from .._core.extensions import EMPTY_EXTENSIONS, Extensions
from .._core.fields import Bounded, Choice, Identifier, Text, first_duplicate, model
from ..errors import Problem, ProblemCode
from .partners import Partner, partner_problems
from .rating import Rating

__all__ = [
    "CouplesRepairAttempt",
    "Reception",
    "Repair",
    "RepairKind",
    "StartUp",
    "TensionRating",
]


class StartUp(Choice):
    """How the conversation began."""

    SOFT = "soft"
    HARSH = "harsh"
    UNSURE = "unsure"


class RepairKind(Choice):
    """Gottman's families of repair attempt."""

    I_FEEL = "i_feel"
    SORRY = "sorry"
    GET_TO_YES = "get_to_yes"
    I_NEED_TO_CALM_DOWN = "i_need_to_calm_down"
    STOP_ACTION = "stop_action"
    I_APPRECIATE = "i_appreciate"
    OTHER = "other"


class Reception(Choice):
    """How the other partner (or partners) took the repair."""

    ACCEPTED = "accepted"
    MISSED = "missed"
    REJECTED = "rejected"
    UNCLEAR = "unclear"


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class Repair:
    """The repair: its kind and, optionally, the words used."""

    kind: RepairKind
    words: Text | None = None


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class TensionRating:
    """The tension one partner felt before and after the repair.

    Rules beyond each field: ``before`` and ``after`` use the same scale.
    """

    partner_id: Identifier
    before: Rating
    after: Rating

    def _cross_checks(self) -> Iterator[Problem]:
        if self.before.scale != self.after.scale:
            yield Problem(("after",), "must use the same scale as before", ProblemCode.MISMATCH)

    @property
    def change(self) -> int:
        """``after - before``: negative when tension eased."""
        return self.after - self.before


_Partners = Annotated[tuple[Partner, ...], Bounded(0, 20)]
_Tension = Annotated[tuple[TensionRating, ...], Bounded(0, 20)]


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class CouplesRepairAttempt:
    """One repair attempt.

    Rules beyond each field: at least two distinct partners; the initiator is one of
    them; tension is rated at most once per partner, and only for partners listed.
    """

    id: Identifier
    client_id: Identifier
    partners: _Partners
    occurred_at: datetime
    initiator_id: Identifier
    topic: Text
    start_up: StartUp
    repair: Repair
    reception: Reception
    feeling_named: Text | None = None
    tension: _Tension = ()
    what_changed: Text | None = None
    assignment_id: Identifier | None = None
    #: The app's own data under namespaced keys (audit, tenant, external ids): carried
    #: exactly, never read by the kit, never shown (see :class:`Extensions`).
    extensions: Extensions = EMPTY_EXTENSIONS

    def _cross_checks(self) -> Iterable[Problem]:
        # The common case, decided without building anything: every rule holds.
        ids = {p.id for p in self.partners}
        tension = [t.partner_id for t in self.tension]
        if (
            len(ids) == len(self.partners) >= 2
            and self.initiator_id in ids
            and ids.issuperset(tension)
            and len(set(tension)) == len(tension)
        ):
            return ()
        return list(self._problems())

    def _problems(self) -> Iterator[Problem]:
        yield from partner_problems(self.partners, "partners", minimum=2)
        ids = {p.id for p in self.partners}
        if self.initiator_id not in ids:
            yield Problem(("initiator_id",), "must be one of the partners", ProblemCode.REFERENCE)
        for index, rating in enumerate(self.tension):
            if rating.partner_id not in ids:
                yield Problem(
                    ("tension", index, "partner_id"),
                    "must be one of the partners",
                    ProblemCode.REFERENCE,
                )
        duplicate = first_duplicate(t.partner_id for t in self.tension)
        if duplicate is not None:
            yield Problem(
                ("tension", duplicate, "partner_id"), "is rated twice", ProblemCode.DUPLICATE
            )
