"""Planning the next step: adjustments after a review, and preparing a session."""

from .adjustments import (
    Adjustment,
    suggest_adjustments,
)
from .preparation import (
    DueAssignment,
    SessionPreparation,
    prepare_review,
    prepare_review_from,
)

__all__ = [
    "Adjustment",
    "DueAssignment",
    "SessionPreparation",
    "prepare_review",
    "prepare_review_from",
    "suggest_adjustments",
]


def __dir__() -> list[str]:
    return list(__all__)
