"""Client-written text never reaches repr(), str() or an error message."""

import contextlib
import io
import json
import re
import tempfile
import traceback
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import (
    Assignment,
    AssignmentKind,
    InvalidData,
    Partner,
    Report,
    Scale,
    TherapyHomeworkError,
    ThoughtRecord,
    check_affirming,
    check_assignment,
    check_perfectionism,
    check_review,
    check_specificity,
    from_dict,
    suggest_adjustments,
    to_dict,
)
from therapy_homework.cli import main
from therapy_homework.model import RECORD_TYPES
from therapy_homework.storage import InMemoryRepository
from therapy_homework.testing import strategies as ths

from .helpers import assignment

# Text that no identifier, number, kind or message of the kit can contain by chance.
secrets = st.integers(0, 10**6).map(lambda n: f"§secret {n}§")
MARK = re.compile("§secret")

FOR_TYPE_WITH_TEXT: dict[str, Callable[[], st.SearchStrategy[Any]]] = {
    "assignment": lambda: ths.assignments(text=secrets),
    "thought_record": lambda: ths.thought_records(text=secrets),
    "review": lambda: ths.reviews(text=secrets),
    "couples_repair_attempt": lambda: ths.couples_repair_attempts(text=secrets),
    "partner": lambda: ths.partners(text=secrets),
    "plan": lambda: ths.plans(text=secrets),
    "practice_log": lambda: ths.practice_logs(text=secrets),
    "abc_record": lambda: ths.abc_records(text=secrets),
    "disputation": lambda: ths.disputations(text=secrets),
    "behavioral_experiment": lambda: ths.behavioral_experiments(text=secrets),
}


def _texts_in(document: Any) -> list[str]:
    if isinstance(document, str):
        return [document] if MARK.search(document) else []
    if isinstance(document, list):
        return [t for item in document for t in _texts_in(item)]
    if isinstance(document, dict):
        return [t for value in document.values() for t in _texts_in(value)]
    return []


@pytest.mark.parametrize("name", sorted(FOR_TYPE_WITH_TEXT))
@given(data=st.data())
def test_repr_and_str_show_no_client_text(name: str, data: st.DataObject) -> None:
    obj = data.draw(FOR_TYPE_WITH_TEXT[name]())
    assert not MARK.search(repr(obj))
    assert not MARK.search(str(obj))


def _corrupt(document: Any, draw: Any) -> Any:
    """Turn every other text into a number, and add a stray key, keeping the rest."""
    if isinstance(document, dict):
        out = {k: _corrupt(v, draw) for k, v in document.items()}
        if draw(st.booleans()):
            out["unexpected"] = "§secret stray§"
        return out
    if isinstance(document, list):
        return [_corrupt(v, draw) for v in document]
    if isinstance(document, str) and MARK.search(document) and draw(st.booleans()):
        return draw(st.sampled_from([7, "", "x" * 10_001, None, ["§secret in a list§"]]))
    return document


@pytest.mark.parametrize("name", sorted(FOR_TYPE_WITH_TEXT))
@given(data=st.data())
def test_invalid_data_messages_show_no_client_text(name: str, data: st.DataObject) -> None:
    obj = data.draw(FOR_TYPE_WITH_TEXT[name]())
    cls = type(obj)
    document = to_dict(obj)
    if name in ("assignment", "thought_record", "couples_repair_attempt", "plan"):
        assert _texts_in(document), "the document should carry client text to leak"
    corrupted = _corrupt(document, data.draw)
    try:
        from_dict(cls, corrupted)
    except InvalidData as exc:
        assert not MARK.search(str(exc))
        assert not MARK.search(repr(exc))
        assert all(not MARK.search(p.path + p.message) for p in exc.problems)


def test_a_partner_term_stays_out_of_repr() -> None:
    from therapy_homework import Partner

    partner = Partner(id="p1", name="Robin", term="girlfriend", pronouns="she/her")
    assert repr(partner) == (
        "Partner(id='p1', name=<redacted>, term=<redacted>, pronouns=<redacted>)"
    )


def test_every_record_type_is_covered_by_a_repr_test() -> None:
    # Parts without free text of their own are covered through the records that hold them.
    records = {record_type.name for record_type in RECORD_TYPES}
    assert records <= set(FOR_TYPE_WITH_TEXT)


@given(secrets, st.sampled_from(["Talk to {} more", "Write about {} every day", "{}"]))
def test_a_checks_inner_values_show_no_client_text(secret: str, shape: str) -> None:
    from therapy_homework.checks.specificity import _subject

    text = shape.format(secret)
    subject = _subject(text, None)
    report = check_specificity(text)
    shown = [repr(subject), str(subject), repr(report), str(report)]
    shown += [repr(source) for source in subject.sources]
    shown += [repr(source.analysis) for source in subject.sources]
    shown += [repr(head) for head in subject.heads]
    for finding in report:
        shown += [repr(finding), str(finding)]
        if finding.suggestion is not None:
            shown += [repr(finding.suggestion), repr(finding.suggestion.slots)]
    assert not any(MARK.search(s) or "secret" in s for s in shown)


# --------------------------------------------------------------------------- the sentinel


def _shown(*objects: object) -> str:
    """Everything a log line or a traceback could show of ``objects``."""
    out = []
    for obj in objects:
        out += [repr(obj), str(obj)]
        if isinstance(obj, BaseException):
            out += traceback.format_exception(obj)
        if isinstance(obj, Report):
            out += [repr(f) for f in obj] + [str(f) for f in obj]
    return "\n".join(out)


@given(ths.scales(builtin=False, text=secrets), st.data())
def test_a_custom_scale_s_labels_are_client_text(scale: Scale, data: st.DataObject) -> None:
    # A clinician may write a scale for one client ("how sure I am that he will leave").
    rating = data.draw(ths.ratings(scale=scale))
    assert not MARK.search(_shown(scale, rating, *scale.anchors))
    try:
        scale.rate(scale.high + scale.step)
    except InvalidData as exc:
        assert not MARK.search(_shown(exc))


_GENDERED = st.sampled_from(["Ask your wife", "Tell your husband", "Thank your girlfriend"])


@given(st.data())
def test_no_checker_s_report_shows_client_text(data: st.DataObject) -> None:
    partners = (
        Partner(id="p1", name=data.draw(secrets), term=data.draw(secrets)),
        Partner(id="p2", term=f"my {data.draw(secrets)}"),
    )
    homework = data.draw(
        ths.assignments(
            text=secrets,
            kind=AssignmentKind.RELATIONAL,
            partners=st.just(partners),
        )
    )
    homework = attrs.evolve(
        homework, instructions=f"{data.draw(_GENDERED)} about {data.draw(secrets)}."
    )
    snapshot = data.draw(ths.capacity_snapshots(client_id=homework.client_id))
    review = data.draw(ths.reviews(text=secrets, client_id=homework.client_id))
    review = attrs.evolve(review, assignment_id=homework.id)
    reports = [
        check_assignment(homework, snapshot=snapshot),
        check_affirming(homework),
        check_perfectionism(review),
        check_review(review),
    ]
    assert "AFF001" in reports[1]  # the partners' own words are in its suggestion
    adjustments = suggest_adjustments(review, homework, snapshot)
    assert not MARK.search(_shown(*reports, *adjustments))


@given(ths.thought_records(text=secrets, assignment_id="asg-1"))
def test_no_store_error_shows_client_text(record: ThoughtRecord) -> None:
    repository = InMemoryRepository()
    store = repository.store(ThoughtRecord)
    errors: list[BaseException] = []
    try:
        store.add(record)  # its assignment is not stored yet
    except TherapyHomeworkError as exc:
        errors.append(exc)
    assert record.assignment_id is not None
    repository.store(Assignment).add(
        assignment(id=record.assignment_id, client_id=record.client_id)
    )
    stored = store.add(record)
    cursor = f"{record.situation} as a cursor"
    for attempt in (
        lambda: store.add(record),
        lambda: store.update(record, expected_version=stored.version + 1),
        lambda: store.get(record.client_id, f"{record.id}-gone"),
        lambda: store.list(record.client_id, cursor=cursor),
        lambda: repository.store(Assignment).delete(record.client_id, record.assignment_id),
    ):
        try:
            attempt()
        except TherapyHomeworkError as exc:
            errors.append(exc)
    assert len(errors) == 6
    assert not MARK.search(_shown(*errors))


@given(ths.assignments(text=secrets))
def test_no_command_line_error_shows_client_text(homework: Assignment) -> None:
    document = to_dict(homework)
    document["kind"] = "§secret kind§"
    document["plan"] = {"action": document["title"], "colour": document["instructions"]}
    out, err = io.StringIO(), io.StringIO()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "homework.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        assert main(["check", "--file", str(path)], out=out, err=err) == 2
    assert not MARK.search(out.getvalue() + err.getvalue())
    typed = io.StringIO()
    with contextlib.redirect_stderr(typed), contextlib.suppress(SystemExit):
        main(["check", homework.instructions, "--kind", homework.title])
    assert not MARK.search(typed.getvalue())


@given(ths.scales(builtin=False, text=secrets))
def test_progress_names_a_custom_scale_by_its_name_not_its_label(scale: Scale) -> None:
    from therapy_homework.model import BELIEF, Completion, PracticeLog
    from therapy_homework.progress import (
        Measure,
        Week,
        chart,
        series,
        weekly_summary,
    )

    start = datetime(2026, 11, 2, 9, tzinfo=UTC)
    logs = [
        PracticeLog(
            id=f"log-{i}",
            client_id="c1",
            assignment_id="a1",
            occurred_at=start + timedelta(hours=i),
            completion=Completion.DONE,
            before=(scale if i % 2 else BELIEF).rate(scale.low if i % 2 else 50),
        )
        for i in range(8)
    ]
    summary = weekly_summary(
        client_id="c1", week=Week.containing(start), assignments=[], entries=logs
    )
    only_custom = [log for log in logs if log.before is not None and log.before.scale == scale]
    drawn = chart(series(only_custom, Measure.PRACTICE_BEFORE))
    shown = _shown(summary, *(t.describe() for t in summary.trends)) + json.dumps(drawn)
    assert not MARK.search(shown)


def test_what_a_custom_framing_rule_sees_hides_the_clients_words() -> None:
    """A host app's rule gets the checker's subject; its repr (in a log line, a
    debugger) shows no client text."""
    from therapy_homework.checks import (
        DEFAULT_REGISTRY,
        Hit,
        Message,
        Severity,
        check_perfectionism,
    )

    seen: list[str] = []

    class _Recorder:
        code = "CLINIC101"
        checker = "perfectionism"
        severity = Severity.INFO
        message = Message("Seen.", "Seen.")

        def check(self, subject: object) -> Iterator[Hit]:
            seen.append(repr(subject))
            return iter(())

    registry = DEFAULT_REGISTRY.copy()
    registry.register(_Recorder())
    check_perfectionism("Jan §secret skipped the log again", registry=registry)
    assert seen
    assert not any(MARK.search(shown) for shown in seen)
