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

from . import progress
from ._version import __version__
from .abc_record import AbcRecord, BeliefKind, Disputation
from .adjustments import Adjustment, check_review, suggest_adjustments
from .affirming import GENDERED_TERMS, check_affirming
from .assignment import (
    Approach,
    Assignment,
    AssignmentKind,
    AssignmentStatus,
    Dose,
    Plan,
    RecordSpec,
    ThreeQuestions,
)
from .capacity import (
    CapacityPolicy,
    CapacitySnapshot,
    CapacitySubject,
    ExecutiveStrain,
    Intensity,
    Load,
    Stressor,
    check_capacity,
    load_of,
    weekly_budget,
)
from .checks import check_assignment
from .collaboration import check_collaboration, unreviewed
from .errors import (
    DefinitionError,
    InvalidData,
    Problem,
    ScaleMismatch,
    TherapyHomeworkError,
    UnknownName,
    WrongType,
)
from .experiment import BehavioralExperiment
from .findings import Finding, Missing, Report, Severity
from .ids import new_id
from .partners import Partner
from .perfectionism import PerfectionismSubject, check_perfectionism
from .practice import Extent, PracticeLog
from .preparation import DueAssignment, SessionPreparation, prepare_review, prepare_review_from
from .rating import (
    BELIEF,
    BUILTIN_SCALES,
    DIFFICULTY,
    HELPFULNESS,
    INTENSITY,
    MOOD,
    SUDS,
    TENSION,
    Anchor,
    Rating,
    Scale,
)
from .repair import (
    CouplesRepairAttempt,
    Reception,
    Repair,
    RepairKind,
    StartUp,
    TensionRating,
)
from .review import Barrier, BarrierKind, Completion, Decision, Review
from .rules import DEFAULT_REGISTRY, MESSAGES, BuiltinRule, Hit, Message, Policy, Registry, Rule
from .schedule import (
    MAX_OCCURRENCES,
    Schedule,
    ScheduleError,
    TooManyOccurrences,
    UnboundedSchedule,
)
from .scheduling import check_schedule, count_before_review, expected_practice, occurrences
from .serialization import (
    SCHEMA_VERSION,
    TYPE_NAMES,
    Migration,
    Serializer,
    UnsupportedType,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from .specificity import FILL_IN, SpecificitySubject, check_specificity, suggest_rewrite
from .storage import (
    RECORD_TIME_FIELDS,
    AsyncInMemoryRepository,
    AsyncRepository,
    AsyncStore,
    DuplicateId,
    InMemoryRepository,
    NotFound,
    Page,
    Query,
    Record,
    Repository,
    StorageError,
    Store,
    Stored,
    VersionConflict,
    record_time,
)
from .suggestions import EXAMPLE_VALUES, ParameterKind, Slot, Suggestion
from .templates import CATALOGUE, Parameter, Template, Version, get_template
from .thought_record import (
    AutomaticThought,
    BalancedThought,
    Distortion,
    Emotion,
    SafetyAppraisal,
    SafetyAssessment,
    ThoughtRecord,
)

__all__ = [
    "BELIEF",
    "BUILTIN_SCALES",
    "CATALOGUE",
    "DEFAULT_REGISTRY",
    "DIFFICULTY",
    "EXAMPLE_VALUES",
    "FILL_IN",
    "GENDERED_TERMS",
    "HELPFULNESS",
    "INTENSITY",
    "MAX_OCCURRENCES",
    "MESSAGES",
    "MOOD",
    "RECORD_TIME_FIELDS",
    "SCHEMA_VERSION",
    "SUDS",
    "TENSION",
    "TYPE_NAMES",
    "AbcRecord",
    "Adjustment",
    "Anchor",
    "Approach",
    "Assignment",
    "AssignmentKind",
    "AssignmentStatus",
    "AsyncInMemoryRepository",
    "AsyncRepository",
    "AsyncStore",
    "AutomaticThought",
    "BalancedThought",
    "Barrier",
    "BarrierKind",
    "BehavioralExperiment",
    "BeliefKind",
    "BuiltinRule",
    "CapacityPolicy",
    "CapacitySnapshot",
    "CapacitySubject",
    "Completion",
    "CouplesRepairAttempt",
    "Decision",
    "DefinitionError",
    "Disputation",
    "Distortion",
    "Dose",
    "DueAssignment",
    "DuplicateId",
    "Emotion",
    "ExecutiveStrain",
    "Extent",
    "Finding",
    "Hit",
    "InMemoryRepository",
    "Intensity",
    "InvalidData",
    "Load",
    "Message",
    "Migration",
    "Missing",
    "NotFound",
    "Page",
    "Parameter",
    "ParameterKind",
    "Partner",
    "PerfectionismSubject",
    "Plan",
    "Policy",
    "PracticeLog",
    "Problem",
    "Query",
    "Rating",
    "Reception",
    "Record",
    "RecordSpec",
    "Registry",
    "Repair",
    "RepairKind",
    "Report",
    "Repository",
    "Review",
    "Rule",
    "SafetyAppraisal",
    "SafetyAssessment",
    "Scale",
    "ScaleMismatch",
    "Schedule",
    "ScheduleError",
    "Serializer",
    "SessionPreparation",
    "Severity",
    "Slot",
    "SpecificitySubject",
    "StartUp",
    "StorageError",
    "Store",
    "Stored",
    "Stressor",
    "Suggestion",
    "Template",
    "TensionRating",
    "TherapyHomeworkError",
    "ThoughtRecord",
    "ThreeQuestions",
    "TooManyOccurrences",
    "UnboundedSchedule",
    "UnknownName",
    "UnsupportedType",
    "Version",
    "VersionConflict",
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
    "count_before_review",
    "expected_practice",
    "from_dict",
    "from_json",
    "get_template",
    "load_of",
    "new_id",
    "occurrences",
    "prepare_review",
    "prepare_review_from",
    "progress",
    "record_time",
    "suggest_adjustments",
    "suggest_rewrite",
    "to_dict",
    "to_json",
    "unreviewed",
    "weekly_budget",
]
