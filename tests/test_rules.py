"""Findings, reports, the rule registry, policies and the message catalogue."""

from collections.abc import Iterator
from datetime import UTC
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import Finding, Report, Severity, check_specificity
from therapy_homework.checks import (
    DEFAULT_REGISTRY,
    MESSAGES,
    Hit,
    Message,
    Missing,
    Policy,
    Registry,
    Rule,
)
from therapy_homework.checks.specificity import SpecificitySubject


def _finding(code: str, severity: Severity, path: str = "$") -> Finding:
    return Finding(code=code, severity=severity, message="m", prompt="p", path=path)


def test_report_orders_findings_by_severity_then_code_then_path() -> None:
    report = Report.of(
        [
            _finding("B1", Severity.INFO),
            _finding("A2", Severity.PROBLEM, "$.b"),
            _finding("A2", Severity.PROBLEM, "$.a"),
            _finding("A1", Severity.WARNING),
        ]
    )
    assert [(f.code, f.path) for f in report] == [
        ("A2", "$.a"),
        ("A2", "$.b"),
        ("A1", "$"),
        ("B1", "$"),
    ]
    assert report.codes == ("A2", "A1", "B1")


@given(
    st.lists(
        st.builds(
            _finding,
            st.sampled_from(["X1", "X2", "Y1"]),
            st.sampled_from(list(Severity)),
            st.sampled_from(["$", "$.a", "$.b"]),
        ),
        max_size=8,
    ),
    st.randoms(),
)
def test_report_order_does_not_depend_on_input_order(findings: list[Finding], rnd: Any) -> None:
    shuffled = list(findings)
    rnd.shuffle(shuffled)
    assert Report.of(findings) == Report.of(shuffled)
    assert Report.of(findings).ok == all(f.severity is Severity.INFO for f in findings)


def test_only_warnings_and_problems_make_a_report_not_ok() -> None:
    assert Report.of([_finding("I", Severity.INFO)]).ok
    assert not Report.of([_finding("W", Severity.WARNING)]).ok
    assert Report.of([]).ok


def test_report_lookup_and_json() -> None:
    report = check_specificity("Calm down")
    assert "SPEC002" in report
    assert "SPEC001" not in report
    assert report["SPEC001"] == ()
    data = report.to_dict()
    assert data["ok"] is False
    assert [f["code"] for f in data["findings"]] == ["SPEC002", "SPEC005"]
    assert data["findings"][0]["missing"] == "action"
    assert data["findings"][0]["severity"] == "problem"


def test_every_builtin_rule_is_in_the_catalogue_and_the_registry() -> None:
    codes = {rule.code for rule in DEFAULT_REGISTRY.rules("specificity")}
    assert codes <= set(MESSAGES)
    assert len(codes) >= 10
    for rule in DEFAULT_REGISTRY:
        assert isinstance(rule, Rule)
        assert MESSAGES[rule.code].message
        assert MESSAGES[rule.code].prompt


def test_a_policy_switches_a_rule_off() -> None:
    report = check_specificity("Calm down", policy=Policy(disabled={"SPEC005"}))
    assert report.codes == ("SPEC002",)


def test_a_policy_changes_a_severity() -> None:
    policy = Policy(severities={"SPEC005": Severity.INFO, "SPEC002": Severity.WARNING})
    report = check_specificity("Calm down", policy=policy)
    assert [(f.code, f.severity) for f in report] == [
        ("SPEC002", Severity.WARNING),
        ("SPEC005", Severity.INFO),
    ]


def test_a_policy_rewords_or_translates_messages() -> None:
    spanish = Message("Pide un estado de ánimo, no una acción.", "¿Qué podrías hacer?")
    report = check_specificity("Calm down", policy=Policy(messages={"SPEC002": spanish}))
    assert report["SPEC002"][0].message == spanish.message
    assert report["SPEC002"][0].prompt == spanish.prompt
    assert report["SPEC005"][0].message == MESSAGES["SPEC005"].message


class _WeekendRule:
    code = "CLINIC001"
    checker = "specificity"
    severity = Severity.WARNING
    message = Message("Set on a {day}.", "Could this start on a weekday?")

    def check(self, subject: SpecificitySubject) -> Iterator[Hit]:
        homework = subject.assignment
        if homework is not None and homework.assigned_at.weekday() >= 5:
            yield Hit(path="$.assigned_at", missing=Missing.OCCASION, values={"day": "weekend"})


def test_a_host_app_registers_its_own_rule_in_a_copy() -> None:
    from datetime import datetime

    from .helpers import assignment

    registry = DEFAULT_REGISTRY.copy()
    registry.register(_WeekendRule())
    saturday = assignment(assigned_at=datetime(2026, 11, 28, 10, 0, tzinfo=UTC), review_at=None)
    report = check_specificity(saturday, registry=registry)
    assert report["CLINIC001"][0].message == "Set on a weekend."
    assert report["CLINIC001"][0].path == "$.assigned_at"
    assert "CLINIC001" not in check_specificity(saturday)  # the default is untouched


def test_codes_are_unique_in_a_registry() -> None:
    registry = Registry([_WeekendRule()])
    with pytest.raises(ValueError, match="already registered"):
        registry.register(_WeekendRule())
    registry.unregister("CLINIC001")
    assert "CLINIC001" not in registry


def test_something_that_is_not_a_rule_is_refused() -> None:
    with pytest.raises(TypeError):
        Registry().register(object())  # type: ignore[arg-type]


def test_messages_never_quote_the_text() -> None:
    secret = "Zyxwv"
    report = check_specificity(f"Be kind to {secret} more often")
    for finding in report:
        assert secret.casefold() not in (finding.message + finding.prompt).casefold()
        assert secret.casefold() not in repr(finding).casefold()


@pytest.mark.parametrize(
    "code",
    [
        "SPEC001",
        "SPEC002",
        "SPEC003",
        "SPEC004",
        "SPEC005",
        "SPEC006",
        "SPEC007",
        "SPEC008",
        "SPEC009",
    ],
)
def test_the_reference_examples_of_text_rules_hold(code: str) -> None:
    rule: Any = DEFAULT_REGISTRY[code]
    assert code in check_specificity(rule.example_bad)
    assert check_specificity(rule.example_good).ok
