"""Half-filled forms: :func:`check_draft`.

A form is checked while it is being filled in: some fields are missing, some are wrong,
and the clinician still wants to know now that "journal more" is vague or that a note
blames the client. :func:`check_draft` never raises for missing or invalid fields: it
returns every problem (each with its path and :class:`~therapy_homework.errors.ProblemCode`)
and the findings of every check that can run on what is there. Once the form is
complete, the findings are those of the full check (:func:`~therapy_homework.check_assignment`
for an assignment, :func:`~therapy_homework.check_review` for a review).

Like a request body, a draft is read without the envelope (``type`` and
``schema_version`` may be left out; given, they are checked).
"""

from collections.abc import Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

import attrs

from ._core.fields import MAX_TEXT
from .checks.assignment import check_assignment
from .checks.findings import Finding, Report
from .checks.perfectionism import check_perfectionism
from .checks.review import check_review
from .checks.rules import Policy, Registry
from .checks.specificity import check_specificity
from .errors import InvalidData, Problem, UnsupportedType
from .model.assignment import Assignment
from .model.review import Review
from .serialization import TYPE_NAMES, from_dict

__all__ = ["Draft", "check_draft"]

T = TypeVar("T")


@attrs.frozen(kw_only=True)
class Draft(Generic[T]):
    """What a half-filled form is missing or has wrong, and what the checks found.

    :attr:`problems` would stop the record from being built (empty when the form is
    :attr:`complete`); :attr:`report` holds the findings of the checks that could run.
    :attr:`value` is the built record once the form is complete.
    """

    problems: tuple[Problem, ...]
    report: Report
    #: The record, when the form is complete (never shown: it holds client text).
    value: T | None = attrs.field(default=None, repr=False)

    @property
    def complete(self) -> bool:
        """True when the form builds a valid record."""
        return not self.problems

    @property
    def ok(self) -> bool:
        """True when the form is complete and no finding is a warning or a problem."""
        return self.complete and self.report.ok

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict for a form's API: ``complete``, ``ok``, the problems and the
        findings (never the record itself: the app already has the form's data)."""
        return {
            "complete": self.complete,
            "ok": self.ok,
            "problems": [p.to_dict() for p in self.problems],
            "findings": [f.to_dict() for f in self.report],
        }


def check_draft(
    cls: type[T],
    data: Mapping[str, Any],
    *,
    policy: Policy | None = None,
    registry: Registry | None = None,
) -> Draft[T]:
    """Check a half-filled form for a record of type ``cls``.

    Never raises for missing or invalid fields; :class:`UnsupportedType` if ``cls`` is
    not one of the kit's document types.
    """
    if not isinstance(cls, type) or cls not in TYPE_NAMES:
        what = cls.__name__ if isinstance(cls, type) else "that"
        raise UnsupportedType(f"cannot check a draft of {what}; give one of the kit's types")
    try:
        value = from_dict(cls, data, envelope=False)
    except InvalidData as error:
        problems = error.problems
    else:
        return Draft(problems=(), report=_full_check(value, policy, registry), value=value)
    report = Report(tuple(_partial_findings(cls, data, problems, policy, registry)))
    return Draft(problems=problems, report=report)


def _full_check(value: object, policy: Policy | None, registry: Registry | None) -> Report:
    if isinstance(value, Assignment):
        return check_assignment(value, policy=policy, registry=registry)
    if isinstance(value, Review):
        return check_review(value, policy=policy, registry=registry)
    return Report(())


#: The text fields each checkable type has, with the checks that read one text alone.
_TEXT_FIELDS: dict[type, tuple[tuple[tuple[str, ...], tuple[Callable[..., Report], ...]], ...]] = {
    Assignment: (
        (("instructions",), (check_specificity, check_perfectionism)),
        (("title",), (check_perfectionism,)),
        (("plan", "action"), (check_perfectionism,)),
        (("plan", "cue"), (check_perfectionism,)),
    ),
    Review: ((("noticed",), (check_perfectionism,)),),
}


def _partial_findings(
    cls: type,
    data: Mapping[str, Any],
    problems: tuple[Problem, ...],
    policy: Policy | None,
    registry: Registry | None,
) -> Iterator[Finding]:
    """The findings of the checks that read one text, on each text that is usable."""
    for path, checks in _TEXT_FIELDS.get(cls, ()):
        if any(p.location[: len(path)] == path for p in problems):
            continue  # a text already reported as wrong
        text = _text_at(data, path)
        if text is None:
            continue
        where = "$." + ".".join(path)
        for check in checks:
            for finding in check(text, policy=policy, registry=registry):
                yield attrs.evolve(finding, path=where + finding.path[1:])


def _text_at(data: Mapping[str, Any], path: tuple[str, ...]) -> str | None:
    value: Any = data
    for step in path:
        if not isinstance(value, Mapping) or step not in value:
            return None
        value = value[step]
    if type(value) is not str or not value.strip() or len(value) > MAX_TEXT:
        return None  # not text, or too long to be read (reported, or beyond the list)
    return value
