"""Partners in relational work, each described in their own words.

There is deliberately no gender field and no default term: a partner is an
identifier plus, optionally, the name, the term (``"partner"``, ``"husband"``,
``"girlfriend"``, ``"spouse"``, whatever they use) and the pronouns they gave.
Relationships of more than two people are allowed.
"""

from collections.abc import Iterator, Sequence

import attrs

from .._core.fields import Identifier, ShortText, first_duplicate, model
from ..errors import Problem, ProblemCode

__all__ = ["Partner"]


@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class Partner:
    """One person in a relationship, in their own words."""

    id: Identifier
    name: ShortText | None = None
    term: ShortText | None = None
    pronouns: ShortText | None = None


def partner_problems(
    partners: Sequence[Partner], field: str, *, minimum: int = 0
) -> Iterator[Problem]:
    """Problems with a list of partners: too few, or one listed twice."""
    if len(partners) < minimum:
        yield Problem(
            (field,), f"needs at least {minimum} partners; got {len(partners)}", ProblemCode.TOO_FEW
        )
    duplicate = first_duplicate(p.id for p in partners)
    if duplicate is not None:
        yield Problem(
            (field, duplicate, "id"), "names a partner who is already listed", ProblemCode.DUPLICATE
        )
