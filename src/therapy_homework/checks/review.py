"""The review check: what a review itself is missing.

Above all, missed homework with no barrier recorded ("ask what got in the way"),
and blaming words in the review's notes (through the perfectionism check).
"""

from collections.abc import Iterator

from .._core.fields import require_type
from ..model.review import Completion, Review
from .findings import Report, Severity
from .perfectionism import check_perfectionism
from .rules import BuiltinRule, Hit, Message, Policy, Registry, register_builtins, run_checker

__all__ = ["check_review"]


# --------------------------------------------------------------------------- the review check

CHECKER = "review"


def _missed_without_barrier(review: Review) -> Iterator[Hit]:
    if review.completion is not Completion.DONE and not review.barriers:
        yield Hit(
            path="$.barriers",
            suggestion="Ask: what got in the way? Was it too big, the week, the why, or "
            "something practical?",
        )


_RULES = (
    BuiltinRule(
        CHECKER,
        "REV001",
        Severity.WARNING,
        Message(
            "The homework was missed or partly done and nothing records what got in the "
            "way: ask, because each barrier points to a different change.",
            "What got in the way this week?",
        ),
        _missed_without_barrier,
    ),
)

register_builtins(_RULES)


def check_review(
    review: Review, *, policy: Policy | None = None, registry: Registry | None = None
) -> Report:
    """What a review is missing (``REV001``), and blaming words in its notes (``PERF002``)."""
    require_type("review", review, Review, "a Review")
    own = run_checker(CHECKER, review, policy, registry)
    return own + check_perfectionism(review, policy=policy, registry=registry)
