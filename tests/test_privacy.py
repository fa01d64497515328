"""Client-written text never reaches repr(), str() or an error message."""

import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import InvalidData, check_specificity, from_dict, to_dict
from therapy_homework.model import RECORD_TYPES
from therapy_homework.testing import strategies as ths

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
