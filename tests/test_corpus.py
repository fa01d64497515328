"""The specificity corpus: its shape, its two readings, and the checker's agreement with it.

The agreement floors below are the figures measured when the reader and its weights last
changed, rounded down: a change that lowers agreement on the untouched validation part
fails here. ``docs/evidence.md`` shows the same figures, computed from the same data.
"""

import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from therapy_homework import check_specificity

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parents[1]
SHARED = ROOT.parent / "shared" / "corpus" / "specificity-dev.jsonl"

KINDS = {"behavioural", "cognitive", "grief", "noticing", "relational", "values"}
STYLES = {"instruction", "paragraph", "shorthand", "client"}
LABELS = {"specific", "vague"}

# Measured agreement, rounded down (see the module docstring).
VALIDATION_FLOOR = 0.90
VALIDATION_KIND_FLOOR = 0.88
VALIDATION_HARD_FLOOR = 0.88
DEV_FLOOR = 0.94
EXTRA_FLOOR = 0.98


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


CORPUS = _read(DATA / "specificity-corpus.jsonl")
EXTRA = _read(DATA / "specificity-extra.jsonl")


def _verdict(text: str) -> str:
    return "specific" if check_specificity(text).ok else "vague"


def _agreement(rows: Iterable[dict[str, Any]]) -> float:
    listed = list(rows)
    right: int = sum(_verdict(str(r["text"])) == r["label"] for r in listed)
    return right / len(listed)


def _part(split: str) -> list[dict[str, Any]]:
    return [r for r in CORPUS if r["split"] == split]


# --------------------------------------------------------------------------- shape


def test_the_corpus_is_large_and_covers_every_kind_and_style() -> None:
    assert len(CORPUS) >= 600
    assert {r["kind"] for r in CORPUS} == KINDS
    assert {r["style"] for r in CORPUS} == STYLES
    assert sum(r["hard"] for r in CORPUS) >= len(CORPUS) / 3
    labels = Counter(r["label"] for r in CORPUS)
    assert min(labels.values()) >= 0.4 * len(CORPUS)


def test_every_row_has_its_source_and_both_readings() -> None:
    for row in CORPUS:
        assert re.fullmatch(r"hw-\d{4}", row["id"]), row["id"]
        assert row["text"]
        assert row["text"].strip() == row["text"]
        assert row["source"].startswith(("https://", "http://")), row["id"]
        assert row["label"] in LABELS
        for reading in (row["first"], row["second"]):
            assert reading["label"] in LABELS
            assert reading["reason"].strip(), row["id"]


def test_ids_and_texts_are_unique() -> None:
    assert len({r["id"] for r in CORPUS}) == len(CORPUS)
    folded = [re.sub(r"\W+", " ", r["text"].casefold()).strip() for r in CORPUS]
    assert len(set(folded)) == len(folded)


def test_a_disagreement_is_settled_by_a_third_reading_and_noted() -> None:
    for row in CORPUS:
        first, second = row["first"]["label"], row["second"]["label"]
        if first == second:
            assert "settled" not in row
            assert row["label"] == first
        else:
            third = row["settled"]["third"]
            assert third["reason"].strip()
            votes = Counter([first, second, third["label"]])
            assert row["label"] == votes.most_common(1)[0][0]


def test_the_two_readings_agree_almost_always() -> None:
    agree = sum(r["first"]["label"] == r["second"]["label"] for r in CORPUS)
    assert agree / len(CORPUS) >= 0.98


def test_the_split_is_two_to_one_within_every_kind() -> None:
    for kind in KINDS:
        rows = [r for r in CORPUS if r["kind"] == kind]
        share = sum(r["split"] == "validation" for r in rows) / len(rows)
        assert 0.3 <= share <= 0.37, (kind, share)
    assert {r["split"] for r in CORPUS} == {"dev", "validation"}


# --------------------------------------------------------------------------- agreement


def test_agreement_on_the_validation_part() -> None:
    assert _agreement(_part("validation")) >= VALIDATION_FLOOR


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_agreement_on_the_validation_part_for_each_kind(kind: str) -> None:
    rows = [r for r in _part("validation") if r["kind"] == kind]
    assert _agreement(rows) >= VALIDATION_KIND_FLOOR


def test_agreement_on_the_hard_cases_of_the_validation_part() -> None:
    assert _agreement(r for r in _part("validation") if r["hard"]) >= VALIDATION_HARD_FLOOR


def test_agreement_on_the_development_part() -> None:
    assert _agreement(_part("dev")) >= DEV_FLOOR


def test_agreement_on_the_extra_regression_set() -> None:
    assert _agreement(EXTRA) >= EXTRA_FLOOR


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/corpus is not beside the repository")
def test_agreement_on_the_briefs_own_examples() -> None:
    rows = _read(SHARED)
    assert _agreement(rows) >= 0.98


def test_the_shipped_weights_are_the_ones_the_script_trains() -> None:
    script = ROOT / "tools" / "train_specificity.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
