"""Findings and reports: what every checker returns, like a linter's output.

A :class:`Finding` has a stable ``code`` (``SPEC005``), a :class:`Severity`, a
``message`` for the clinician, a ``prompt`` a client could read, the ``path`` of the
field it concerns (for a form to highlight), what is ``missing`` when something is,
and a ``suggestion`` when the kit has one: a :class:`~therapy_homework.model.Suggestion`, a
rewrite whose blanks (when, how long, about what) are slots for the clinician. A
:class:`Report` holds the findings of one check in a stable order.

>>> from therapy_homework import check_specificity
>>> report = check_specificity("Calm down")
>>> report.ok, report.codes
(False, ('SPEC002', 'SPEC005'))
>>> report["SPEC002"][0].missing
<Missing.ACTION: 'action'>

Messages never quote what the client or clinician wrote.
"""

from collections.abc import Callable, Iterable, Iterator
from typing import Any, ClassVar

import attrs

from .._core.documents import Fields, result_document
from .._core.fields import Choice, require_items, require_type
from ..model.suggestions import Later, Suggestion, as_suggestion, resolve

__all__ = ["Finding", "Missing", "Report", "Severity"]


class Severity(Choice):
    """How much a finding matters. ``warning`` and ``problem`` make a report not ok."""

    INFO = "info"
    WARNING = "warning"
    PROBLEM = "problem"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for problem."""
        return _RANKS[self]


_RANKS = {Severity.INFO: 0, Severity.WARNING: 1, Severity.PROBLEM: 2}


class Missing(Choice):
    """The element of a plan that a finding says is missing."""

    #: A concrete, observable action (or, for noticing work, the exact focus).
    ACTION = "action"
    #: A bounded occasion: a cue, a day or time, a count, or an end.
    OCCASION = "occasion"
    #: How much: a number of times or of minutes.
    DOSE = "dose"
    #: What to write about, or what exactly to notice.
    FOCUS = "focus"
    #: What to write down or rate afterwards.
    RECORD = "record"


@result_document("finding")
@attrs.frozen(kw_only=True)
class Finding:
    """One thing a checker noticed."""

    _DOCUMENT: ClassVar[str]  # the document name (see _core.documents)

    code: str
    severity: Severity
    #: The words are the kit's, or a host's catalogue's; a finding read from a document
    #: may hold anything, so they stay out of ``repr``.
    message: str = attrs.field(repr=False)
    prompt: str = attrs.field(repr=False)
    path: str
    missing: Missing | None = None
    # Found when first asked for (finding the words again costs a second reading).
    _span: tuple[int, int] | Callable[[], tuple[int, int] | None] | None = attrs.field(
        default=None,
        alias="span",
        eq=attrs.cmp_using(eq=lambda a, b: _resolved(a) == _resolved(b), require_same_type=False),
        hash=False,
        repr=False,
    )
    # Made when first asked for: a rewrite costs more than the check itself.
    _suggestion: Suggestion | Later | None = attrs.field(
        default=None,
        alias="suggestion",
        converter=as_suggestion,
        eq=attrs.cmp_using(eq=lambda a, b: resolve(a) == resolve(b), require_same_type=False),
        hash=False,
        repr=False,
    )

    @property
    def span(self) -> tuple[int, int] | None:
        """Where in the text at :attr:`path` the words that triggered it are: start and
        end offsets (``text[start:end]``), so a form can underline them; ``None`` when
        the finding is about the whole text or not about text."""
        value = self._span
        if callable(value):
            value = value()
            object.__setattr__(self, "_span", value)
        return value

    @property
    def suggestion(self) -> Suggestion | None:
        """A rewrite with the blanks a clinician fills in (see
        :class:`~therapy_homework.model.Suggestion`), or ``None``."""
        value = self._suggestion
        if value is None or isinstance(value, Suggestion):
            return value
        made = resolve(value)
        object.__setattr__(self, "_suggestion", made)
        return made

    def _write(self, write: Callable[..., dict[str, Any]]) -> dict[str, Any]:
        suggestion = self.suggestion
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "prompt": self.prompt,
            "path": self.path,
            "missing": None if self.missing is None else self.missing.value,
            "span": None if self.span is None else list(self.span),
            "suggestion": None if suggestion is None else write(suggestion, envelope=False),
        }

    @classmethod
    def _read(cls, fields: Fields) -> "Finding":
        found = {
            "code": fields.text("code"),
            "severity": fields.choice("severity", Severity),
            "message": fields.text("message"),
            "prompt": fields.text("prompt"),
            "path": fields.text("path"),
            "missing": fields.choice("missing", Missing, optional=True),
            "span": fields.span("span"),
            "suggestion": fields.document("suggestion", Suggestion, optional=True),
        }
        fields.finish()
        return cls(**found)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of this finding (its suggestion as rendered text and slots)."""
        return self._write(lambda suggestion, **_: suggestion.to_dict())


def _resolved(span: object) -> object:
    return span() if callable(span) else span


def _order(finding: Finding) -> tuple[int, str, str]:
    return (-finding.severity.rank, finding.code, finding.path)


def _sorted(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    if (
        type(findings) is tuple
        and len(findings) < 2  # most reports: nothing to sort
        and (not findings or type(findings[0]) is Finding)
    ):
        return findings
    if type(findings) is not tuple or not all(type(f) is Finding for f in findings):
        findings = require_items("findings", findings, Finding, "a Finding")
    return tuple(sorted(findings, key=_order)) if len(findings) > 1 else tuple(findings)


@result_document("report")
@attrs.frozen
class Report:
    """The findings of one check, most severe first, then by code and path.

    ``report.ok`` is true when no finding is a warning or a problem. Look findings up
    by code with ``report["SPEC005"]`` (a tuple, empty when there is none) or test
    with ``"SPEC005" in report``.
    """

    findings: tuple[Finding, ...] = attrs.field(converter=_sorted)

    @classmethod
    def of(cls, findings: Iterable[Finding]) -> "Report":
        """A report of ``findings``, put in the stable order."""
        return cls(findings)  # checked and sorted by the converter

    @property
    def ok(self) -> bool:
        """True when no finding is a warning or a problem."""
        return all(f.severity is Severity.INFO for f in self.findings)

    @property
    def codes(self) -> tuple[str, ...]:
        """The distinct codes found, in report order."""
        return tuple(dict.fromkeys(f.code for f in self.findings))

    @property
    def missing(self) -> frozenset[Missing]:
        """Every element some finding says is missing."""
        return frozenset(f.missing for f in self.findings if f.missing is not None)

    def __getitem__(self, code: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.code == code)

    def __contains__(self, code: object) -> bool:
        return any(f.code == code for f in self.findings)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def __add__(self, other: "Report") -> "Report":
        require_type("other", other, Report, "a Report")
        return Report(self.findings + other.findings)

    def _write(self, write: Callable[..., dict[str, Any]]) -> dict[str, Any]:
        return {"ok": self.ok, "findings": [write(f, envelope=False) for f in self.findings]}

    @classmethod
    def _read(cls, fields: Fields) -> "Report":
        fields.boolean("ok")  # derived from the findings: read, then recomputed
        findings = [fields.read(("findings", i), f, Finding) for i, f in fields.items("findings")]
        fields.finish()
        return cls(tuple(findings))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ``ok``, and every finding."""
        return {"ok": self.ok, "findings": [f.to_dict() for f in self.findings]}
