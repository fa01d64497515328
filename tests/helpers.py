"""Small builders for named cases, shared by the test modules."""

from datetime import UTC, datetime, timedelta
from typing import Any

from therapy_homework import Assignment, AssignmentKind, Review
from therapy_homework.model import Completion, Decision

T0 = datetime(2026, 11, 19, 17, 0, tzinfo=UTC)


def assignment(**overrides: Any) -> Assignment:
    """A valid assignment, with any field replaced."""
    fields: dict[str, Any] = {
        "id": "asg-1",
        "client_id": "client-1",
        "title": "Catch the thought",
        "instructions": "Write down the exact thought before your chest tightened.",
        "kind": AssignmentKind.COGNITIVE,
        "assigned_at": T0,
        "review_at": T0 + timedelta(days=7),
    }
    fields.update(overrides)
    return Assignment(**fields)


def review(**overrides: Any) -> Review:
    """A valid review of the helper assignment, with any field replaced."""
    fields: dict[str, Any] = {
        "id": "rev-1",
        "client_id": "client-1",
        "assignment_id": "asg-1",
        "reviewed_at": T0 + timedelta(days=7),
        "completion": Completion.NOT_DONE,
        "decision": Decision.SHRINK,
    }
    fields.update(overrides)
    return Review(**fields)
