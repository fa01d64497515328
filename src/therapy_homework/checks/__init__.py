"""The checks: clinical judgement as rules that return findings with stable codes.

:func:`check_assignment` runs every check that applies to an assignment; each check
is also available alone. Findings come in a :class:`Report`; the rules live in a
:class:`Registry` that a :class:`Policy` tunes (switch rules off, change a severity,
reword a message).
"""

from typing import TYPE_CHECKING

from .._core.lazy import lazy_face

if TYPE_CHECKING:
    from .affirming import (
        GENDERED_TERMS,
        check_affirming,
    )
    from .assignment import (
        check_assignment,
    )
    from .capacity import (
        CapacityThresholds,
        Load,
        check_capacity,
        load_of,
        weekly_budget,
    )
    from .collaboration import (
        check_collaboration,
    )
    from .findings import (
        Finding,
        Missing,
        Report,
        Severity,
    )
    from .perfectionism import (
        check_perfectionism,
    )
    from .review import (
        check_review,
    )
    from .rules import (
        DEFAULT_REGISTRY,
        MESSAGES,
        BuiltinRule,
        Hit,
        Message,
        Policy,
        Registry,
        Rule,
    )
    from .schedule import (
        check_schedule,
    )
    from .specificity import (
        FILL_IN,
        check_specificity,
        suggest_rewrite,
    )

__all__ = [
    "DEFAULT_REGISTRY",
    "FILL_IN",
    "GENDERED_TERMS",
    "MESSAGES",
    "BuiltinRule",
    "CapacityThresholds",
    "Finding",
    "Hit",
    "Load",
    "Message",
    "Missing",
    "Policy",
    "Registry",
    "Report",
    "Rule",
    "Severity",
    "check_affirming",
    "check_assignment",
    "check_capacity",
    "check_collaboration",
    "check_perfectionism",
    "check_review",
    "check_schedule",
    "check_specificity",
    "load_of",
    "suggest_rewrite",
    "weekly_budget",
]

#: Where each public name is defined; imported on first use.
_HOMES = {
    "DEFAULT_REGISTRY": "rules",
    "FILL_IN": "specificity",
    "GENDERED_TERMS": "affirming",
    "MESSAGES": "rules",
    "BuiltinRule": "rules",
    "CapacityThresholds": "capacity",
    "Finding": "findings",
    "Hit": "rules",
    "Load": "capacity",
    "Message": "rules",
    "Missing": "findings",
    "Policy": "rules",
    "Registry": "rules",
    "Report": "findings",
    "Rule": "rules",
    "Severity": "findings",
    "check_affirming": "affirming",
    "check_assignment": "assignment",
    "check_capacity": "capacity",
    "check_collaboration": "collaboration",
    "check_perfectionism": "perfectionism",
    "check_review": "review",
    "check_schedule": "schedule",
    "check_specificity": "specificity",
    "load_of": "capacity",
    "suggest_rewrite": "specificity",
    "weekly_budget": "capacity",
}

__getattr__, __dir__ = lazy_face(__name__, _HOMES, __all__)
