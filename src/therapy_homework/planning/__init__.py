"""Planning the next step: adjustments after a review, and preparing a session."""

from typing import TYPE_CHECKING

from .._core.lazy import lazy_face

if TYPE_CHECKING:
    from .adjustments import (
        Adjustment,
        lighter_version,
        suggest_adjustments,
    )
    from .preparation import (
        DueAssignment,
        SessionPreparation,
        prepare_review,
        prepare_review_async,
        prepare_review_from,
    )

__all__ = [
    "Adjustment",
    "DueAssignment",
    "SessionPreparation",
    "lighter_version",
    "prepare_review",
    "prepare_review_async",
    "prepare_review_from",
    "suggest_adjustments",
]

#: Where each public name is defined; imported on first use.
_HOMES = {
    "Adjustment": "adjustments",
    "lighter_version": "adjustments",
    "DueAssignment": "preparation",
    "SessionPreparation": "preparation",
    "prepare_review": "preparation",
    "prepare_review_async": "preparation",
    "prepare_review_from": "preparation",
    "suggest_adjustments": "adjustments",
}

__getattr__, __dir__ = lazy_face(__name__, _HOMES, __all__)
