"""Every check at once: :func:`check_assignment`.

It runs the checks that apply to one assignment and returns one
:class:`~therapy_homework.Report`: specificity, perfectionism, the three questions,
affirming language, the schedule and, given a capacity snapshot, capacity (the assignment alone,
and together with the client's other active homework).
"""

from collections.abc import Iterable

from .._core.fields import require_items
from ..model.assignment import Assignment
from ..model.capacity import CapacitySnapshot
from .affirming import check_affirming
from .capacity import CapacityThresholds, check_capacity
from .collaboration import check_collaboration
from .findings import Finding, Report
from .perfectionism import check_perfectionism
from .rules import Policy, Registry
from .schedule import check_schedule
from .specificity import check_specificity

__all__ = ["check_assignment"]


def _rooted(finding: Finding) -> Finding:
    # check_capacity numbers its assignments; the one checked here is the first.
    if finding.path == "$[0]" or finding.path.startswith("$[0]."):
        return Finding(
            code=finding.code,
            severity=finding.severity,
            message=finding.message,
            prompt=finding.prompt,
            path="$" + finding.path[4:],
            missing=finding.missing,
            suggestion=finding.suggestion,
        )
    return finding


def check_assignment(
    assignment: Assignment,
    *,
    snapshot: CapacitySnapshot | None = None,
    active: Iterable[Assignment] = (),
    policy: Policy | None = None,
    thresholds: CapacityThresholds | None = None,
    registry: Registry | None = None,
) -> Report:
    """Run every check that applies to ``assignment`` and return one report.

    ``snapshot`` adds the capacity check; ``active`` are the client's other active
    assignments, counted toward the week's total (their own findings are not
    repeated here; findings about the total have the path ``$``).
    """
    active = require_items("active", active, Assignment, "an Assignment")
    report = (
        check_specificity(assignment, policy=policy, registry=registry)
        + check_perfectionism(assignment, policy=policy, registry=registry)
        + check_collaboration(assignment, policy=policy, registry=registry)
        + check_affirming(assignment, policy=policy, registry=registry)
        + check_schedule(assignment, policy=policy, registry=registry)
    )
    if snapshot is not None:
        others = tuple(a for a in active if a.id != assignment.id)
        capacity_report = check_capacity(
            (assignment, *others),
            snapshot,
            thresholds=thresholds,
            policy=policy,
            registry=registry,
        )
        own = [
            _rooted(f)
            for f in capacity_report
            if f.path in ("$", "$[0]") or f.path.startswith("$[0].")
        ]
        report = report + Report(tuple(own))
    return report
