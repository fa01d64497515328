"""The domain types: assignments and their schedules, the practice records, reviews,
ratings and scales, the capacity snapshot, and the parts of a suggested rewrite.

Every type is immutable and checks itself when built: invalid data raises
:class:`~therapy_homework.InvalidData` listing every problem, and client-written
text never appears in ``repr()``.
"""

from typing import TYPE_CHECKING

from .._core.lazy import lazy_face

if TYPE_CHECKING:
    from .._core.extensions import Extensions
    from .abc_record import (
        AbcRecord,
        BeliefKind,
        Disputation,
    )
    from .assignment import (
        Approach,
        Assignment,
        AssignmentKind,
        AssignmentStatus,
        Demand,
        Dose,
        Plan,
        RecordSpec,
        ThreeQuestions,
        count_before_review,
        expected_practice,
        occurrences,
    )
    from .capacity import (
        CapacitySnapshot,
        ExecutiveStrain,
        Stressor,
    )
    from .experiment import (
        BehavioralExperiment,
    )
    from .ids import (
        new_id,
    )
    from .partners import (
        Partner,
    )
    from .practice import (
        PracticeLog,
    )
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
    from .records import (
        RECORD_TYPES,
        RecordType,
        RecordTypes,
    )
    from .repair import (
        CouplesRepairAttempt,
        Reception,
        Repair,
        RepairKind,
        StartUp,
        TensionRating,
    )
    from .review import (
        Barrier,
        BarrierKind,
        Completion,
        Decision,
        Review,
    )
    from .schedule import (
        MAX_OCCURRENCES,
        Schedule,
    )
    from .suggestions import (
        EXAMPLE_VALUES,
        ParameterKind,
        Slot,
        Suggestion,
    )
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
    "DIFFICULTY",
    "EXAMPLE_VALUES",
    "HELPFULNESS",
    "INTENSITY",
    "MAX_OCCURRENCES",
    "MOOD",
    "RECORD_TYPES",
    "SUDS",
    "TENSION",
    "AbcRecord",
    "Anchor",
    "Approach",
    "Assignment",
    "AssignmentKind",
    "AssignmentStatus",
    "AutomaticThought",
    "BalancedThought",
    "Barrier",
    "BarrierKind",
    "BehavioralExperiment",
    "BeliefKind",
    "CapacitySnapshot",
    "Completion",
    "CouplesRepairAttempt",
    "Decision",
    "Demand",
    "Disputation",
    "Distortion",
    "Dose",
    "Emotion",
    "ExecutiveStrain",
    "Extensions",
    "ParameterKind",
    "Partner",
    "Plan",
    "PracticeLog",
    "Rating",
    "Reception",
    "RecordSpec",
    "RecordType",
    "RecordTypes",
    "Repair",
    "RepairKind",
    "Review",
    "SafetyAppraisal",
    "SafetyAssessment",
    "Scale",
    "Schedule",
    "Slot",
    "StartUp",
    "Stressor",
    "Suggestion",
    "TensionRating",
    "ThoughtRecord",
    "ThreeQuestions",
    "count_before_review",
    "expected_practice",
    "new_id",
    "occurrences",
]

#: Where each public name is defined; imported on first use.
_HOMES = {
    "Extensions": "assignment",  # defined in _core.extensions, below every layer
    "BELIEF": "rating",
    "BUILTIN_SCALES": "rating",
    "DIFFICULTY": "rating",
    "EXAMPLE_VALUES": "suggestions",
    "HELPFULNESS": "rating",
    "INTENSITY": "rating",
    "MAX_OCCURRENCES": "schedule",
    "MOOD": "rating",
    "RECORD_TYPES": "records",
    "SUDS": "rating",
    "TENSION": "rating",
    "AbcRecord": "abc_record",
    "Anchor": "rating",
    "Approach": "assignment",
    "Assignment": "assignment",
    "AssignmentKind": "assignment",
    "AssignmentStatus": "assignment",
    "Demand": "assignment",
    "AutomaticThought": "thought_record",
    "BalancedThought": "thought_record",
    "Barrier": "review",
    "BarrierKind": "review",
    "BehavioralExperiment": "experiment",
    "BeliefKind": "abc_record",
    "CapacitySnapshot": "capacity",
    "Completion": "review",
    "CouplesRepairAttempt": "repair",
    "Decision": "review",
    "Disputation": "abc_record",
    "Distortion": "thought_record",
    "Dose": "assignment",
    "Emotion": "thought_record",
    "ExecutiveStrain": "capacity",
    "ParameterKind": "suggestions",
    "Partner": "partners",
    "Plan": "assignment",
    "PracticeLog": "practice",
    "Rating": "rating",
    "Reception": "repair",
    "RecordSpec": "assignment",
    "RecordType": "records",
    "RecordTypes": "records",
    "Repair": "repair",
    "RepairKind": "repair",
    "Review": "review",
    "SafetyAppraisal": "thought_record",
    "SafetyAssessment": "thought_record",
    "Scale": "rating",
    "Schedule": "schedule",
    "Slot": "suggestions",
    "StartUp": "repair",
    "Stressor": "capacity",
    "Suggestion": "suggestions",
    "TensionRating": "repair",
    "ThoughtRecord": "thought_record",
    "ThreeQuestions": "assignment",
    "count_before_review": "assignment",
    "expected_practice": "assignment",
    "new_id": "ids",
    "occurrences": "assignment",
}

__getattr__, __dir__ = lazy_face(__name__, _HOMES, __all__)
