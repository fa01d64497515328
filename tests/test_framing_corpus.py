"""The framing reader measured on the labelled framing corpus (``tests/data``).

The corpus holds homework and clinicians' notes labelled ``perfectionist``, ``blame`` or
``neutral`` by the working definition, each read independently two or three times. The
reader's families of wording were developed on the ``dev`` part; the ``validation`` part
is only scored. The floors below are the figures measured when the reader was last
changed, less a small margin: they guard against regressions, they are not targets (the
judgement docs give the figures and what is still missed).
"""

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework.checks import check_perfectionism
from therapy_homework.checks.findings import Report

from .helpers import assignment, review

DATA = Path(__file__).parent / "data"
CORPUS: list[dict[str, Any]] = [
    json.loads(line) for line in (DATA / "framing-corpus.jsonl").read_text("utf-8").splitlines()
]
HOMEWORK: list[dict[str, Any]] = [
    json.loads(line) for line in (DATA / "specificity-corpus.jsonl").read_text("utf-8").splitlines()
]
WANTED = {"perfectionist": "PERF001", "blame": "PERF002"}


def _agrees(label: str, report: Report) -> bool:
    codes = set(report.codes)
    return not codes if label == "neutral" else WANTED[label] in codes


def _as_plain_text(row: dict[str, Any]) -> bool:
    return _agrees(row["label"], check_perfectionism(row["text"]))


def _as_record(row: dict[str, Any]) -> bool:
    if row["kind"] == "homework":
        return _agrees(row["label"], check_perfectionism(assignment(instructions=row["text"])))
    return _agrees(row["label"], check_perfectionism(review(noticed=row["text"])))


def _rows(split: str, label: str | None = None) -> list[dict[str, Any]]:
    return [r for r in CORPUS if r["split"] == split and label in (None, r["label"])]


def test_the_corpus_is_well_formed() -> None:
    ids = [r["id"] for r in CORPUS]
    assert len(ids) == len(set(ids)) == 520
    assert len({r["text"] for r in CORPUS}) == 520
    for row in CORPUS:
        assert row["label"] in ("perfectionist", "blame", "neutral")
        assert row["split"] in ("dev", "validation")
        assert row["readings"] >= 2
        # perfectionism is a property of homework, blame of notes
        assert (row["kind"], row["label"]) != ("note", "perfectionist")
        assert (row["kind"], row["label"]) != ("homework", "blame")
    sizes = Counter((r["split"], r["label"]) for r in CORPUS)
    assert sizes[("validation", "neutral")] == 66
    assert sizes[("validation", "blame")] == 43
    assert sizes[("validation", "perfectionist")] == 51


@pytest.mark.parametrize(
    ("split", "label", "floor"),
    [
        ("validation", None, 0.76),
        ("validation", "neutral", 0.93),
        ("validation", "blame", 0.60),
        ("validation", "perfectionist", 0.64),
        ("dev", None, 0.97),
    ],
)
def test_plain_text_agrees_with_the_labels(split: str, label: str | None, floor: float) -> None:
    rows = _rows(split, label)
    share = sum(_as_plain_text(r) for r in rows) / len(rows)
    assert share >= floor, f"{split} {label or 'all'}: {share:.3f} < {floor}"


@pytest.mark.parametrize(("split", "floor"), [("validation", 0.77), ("dev", 0.97)])
def test_records_agree_with_the_labels(split: str, floor: float) -> None:
    """Homework read as an assignment's instructions, notes as a review's notes."""
    rows = _rows(split)
    share = sum(_as_record(r) for r in rows) / len(rows)
    assert share >= floor, f"{split}: {share:.3f} < {floor}"


def test_real_homework_is_rarely_read_as_a_test_or_as_blame() -> None:
    """The 2,694 clinicians' and worksheets' assignments of the specificity corpus are
    ordinary homework: almost none frames a test or blames (0.6 % flagged when measured)."""
    flagged = [r["id"] for r in HOMEWORK if not check_perfectionism(r["text"]).ok]
    assert len(flagged) / len(HOMEWORK) <= 0.01, flagged


_PLAIN = [
    r["text"]
    for r in CORPUS
    if len(r["text"]) <= 120
    and not re.search(r"[\"\u2018\u201c\u201d]|['\u2019](?!\w)|(?<!\w)['\u2019]", r["text"])
]


@given(st.sampled_from(_PLAIN))
def test_the_clients_quoted_words_are_never_the_notes_blame(text: str) -> None:
    report = check_perfectionism(f'Client said, "{text}"')
    assert "PERF002" not in report.codes


@given(st.sampled_from(_PLAIN))
def test_a_thought_to_write_down_is_material_not_a_test(text: str) -> None:
    report = check_perfectionism(
        f'Write down the thought "{text}" and rate how strongly you believe it.'
    )
    assert "PERF001" not in report.codes


@given(st.sampled_from([r["text"] for r in CORPUS]))
def test_saying_it_need_not_be_perfect_never_adds_a_finding(text: str) -> None:
    before = set(check_perfectionism(text).codes)
    assert set(check_perfectionism(f"{text} It doesn't have to be perfect.").codes) <= before


@given(st.text(max_size=300))
def test_every_framing_span_lies_inside_its_text(text: str) -> None:
    for finding in check_perfectionism(text):
        assert finding.span is not None
        start, end = finding.span
        assert 0 <= start < end <= len(text)
