"""therapy_homework: model, check and test the homework clients do between therapy sessions.

A pure domain kit: immutable, validated types for assignments, thought records,
reviews and couples' repair attempts; strict, versioned serialization; and (in
:mod:`therapy_homework.testing`) Hypothesis strategies for your own tests. It does
no I/O: your application owns storage, clocks and the network.

>>> from datetime import datetime, timezone
>>> from therapy_homework import Assignment, AssignmentKind, to_dict
>>> homework = Assignment(
...     id="a1",
...     client_id="c1",
...     title="Catch the thought",
...     instructions="Write the exact thought before your chest tightened; rate belief 0-100.",
...     kind=AssignmentKind.COGNITIVE,
...     assigned_at=datetime(2026, 11, 26, 15, 0, tzinfo=timezone.utc),
... )
>>> homework
Assignment(id='a1', client_id='c1', title=<redacted>, instructions=<redacted>, ...)
>>> to_dict(homework)["kind"]
'cognitive'
"""

from typing import TYPE_CHECKING

from ._core.lazy import lazy_face
from ._version import __version__

if TYPE_CHECKING:
    from .checks.affirming import check_affirming
    from .checks.assignment import check_assignment
    from .checks.capacity import check_capacity
    from .checks.collaboration import check_collaboration
    from .checks.findings import Finding, Report, Severity
    from .checks.perfectionism import check_perfectionism
    from .checks.review import check_review
    from .checks.schedule import check_schedule
    from .checks.specificity import check_specificity
    from .errors import InvalidData, Problem, TherapyHomeworkError, UnknownName, WrongType
    from .model.abc_record import AbcRecord
    from .model.assignment import Assignment, AssignmentKind, Dose, Plan, RecordSpec, ThreeQuestions
    from .model.capacity import CapacitySnapshot
    from .model.experiment import BehavioralExperiment
    from .model.partners import Partner
    from .model.practice import PracticeLog
    from .model.rating import Rating, Scale
    from .model.repair import CouplesRepairAttempt
    from .model.review import Review
    from .model.schedule import Schedule
    from .model.thought_record import ThoughtRecord
    from .planning.adjustments import suggest_adjustments
    from .planning.preparation import prepare_review
    from .serialization import from_dict, from_json, to_dict, to_json

#: Where each name of the top level lives. Imported on first use (PEP 562), so
#: ``import therapy_homework`` stays cheap for programs that need only a few names.
_HOMES: dict[str, str] = {
    "TherapyHomeworkError": "errors",
    "InvalidData": "errors",
    "WrongType": "errors",
    "UnknownName": "errors",
    "Problem": "errors",
    "to_dict": "serialization",
    "from_dict": "serialization",
    "to_json": "serialization",
    "from_json": "serialization",
    "Assignment": "model.assignment",
    "AssignmentKind": "model.assignment",
    "Plan": "model.assignment",
    "Dose": "model.assignment",
    "RecordSpec": "model.assignment",
    "ThreeQuestions": "model.assignment",
    "Schedule": "model.schedule",
    "Partner": "model.partners",
    "Rating": "model.rating",
    "Scale": "model.rating",
    "ThoughtRecord": "model.thought_record",
    "Review": "model.review",
    "CouplesRepairAttempt": "model.repair",
    "PracticeLog": "model.practice",
    "AbcRecord": "model.abc_record",
    "BehavioralExperiment": "model.experiment",
    "CapacitySnapshot": "model.capacity",
    "check_assignment": "checks.assignment",
    "check_specificity": "checks.specificity",
    "check_capacity": "checks.capacity",
    "check_perfectionism": "checks.perfectionism",
    "check_affirming": "checks.affirming",
    "check_collaboration": "checks.collaboration",
    "check_schedule": "checks.schedule",
    "check_review": "checks.review",
    "Report": "checks.findings",
    "Finding": "checks.findings",
    "Severity": "checks.findings",
    "suggest_adjustments": "planning.adjustments",
    "prepare_review": "planning.preparation",
}

__all__ = [
    "AbcRecord",
    "Assignment",
    "AssignmentKind",
    "BehavioralExperiment",
    "CapacitySnapshot",
    "CouplesRepairAttempt",
    "Dose",
    "Finding",
    "InvalidData",
    "Partner",
    "Plan",
    "PracticeLog",
    "Problem",
    "Rating",
    "RecordSpec",
    "Report",
    "Review",
    "Scale",
    "Schedule",
    "Severity",
    "TherapyHomeworkError",
    "ThoughtRecord",
    "ThreeQuestions",
    "UnknownName",
    "WrongType",
    "__version__",
    "check_affirming",
    "check_assignment",
    "check_capacity",
    "check_collaboration",
    "check_perfectionism",
    "check_review",
    "check_schedule",
    "check_specificity",
    "from_dict",
    "from_json",
    "prepare_review",
    "suggest_adjustments",
    "to_dict",
    "to_json",
]


#: The public subpackages and modules, each with its own ``__all__``.
_TIERS = (
    "checks",
    "errors",
    "model",
    "planning",
    "progress",
    "serialization",
    "storage",
    "templates",
    "testing",
)


__getattr__, __dir__ = lazy_face(__name__, _HOMES, [*__all__, *_TIERS], modules=_TIERS)
