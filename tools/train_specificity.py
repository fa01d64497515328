"""Train the weights of the specificity verdict on the development part of the corpus.

    python tools/train_specificity.py            # write src/therapy_homework/checks/_weights.py
    python tools/train_specificity.py --check    # fail if the shipped weights are stale

The verdict of :func:`therapy_homework.check_specificity` is a weighted sum of the
reader's named signals (see ``therapy_homework/checks/_scoring.py``). This script learns the
weights by L1-penalised logistic regression (coordinate descent with one Newton step
per weight, in pure Python, so the result is the same on every machine) from the
texts of
``tests/data/specificity-corpus.jsonl`` whose ``split`` is ``dev``; the L1 penalty keeps
only the weights that earn their place, so the model stays small enough to read. It
never reads the validation part. It also prints the five-fold cross-validated
agreement on the development part, for the record.
"""

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from therapy_homework.checks._reader import analyse  # noqa: E402
from therapy_homework.checks._scoring import SIGNALS, signals  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "specificity-corpus.jsonl"
OUTPUT = ROOT / "src" / "therapy_homework" / "checks" / "_weights.py"
#: Strength of the L1 penalty on the summed loss (chosen by five-fold cross-validation
#: on the development part: 0.1, 0.25, 0.5, 1, 2 and 4 were tried).
PENALTY = 1
SWEEPS = 60
DIGITS = 4

Sparse = dict[int, float]


def _dev() -> tuple[list[dict[str, float]], list[float]]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    found: list[dict[str, float]] = []
    ys: list[float] = []
    for row in rows:
        if row["split"] != "dev":
            continue
        found.append(signals(analyse(row["text"])))
        ys.append(1.0 if row["label"] == "specific" else 0.0)
    return found, ys


def _encode(found: Sequence[dict[str, float]]) -> tuple[list[Sparse], list[str]]:
    """Rows as sparse vectors over the signals. Index 0 is the bias."""
    names = sorted(SIGNALS)
    index = {name: i + 1 for i, name in enumerate(names)}
    rows = [{0: 1.0, **{index[n]: v for n, v in row.items() if n in index and v}} for row in found]
    return rows, names


def fit(
    rows: Sequence[Sparse], ys: Sequence[float], size: int, penalty: float = PENALTY
) -> list[float]:
    """L1-penalised logistic regression: coordinate descent, one Newton step per weight
    per sweep, soft-thresholded (the bias is not penalised)."""
    columns: list[list[tuple[int, float]]] = [[] for _ in range(size)]
    for i, row in enumerate(rows):
        for j, value in row.items():
            columns[j].append((i, value))
    w = [0.0] * size
    z = [0.0] * len(rows)
    for _ in range(SWEEPS):
        largest = 0.0
        for j in range(size):
            column = columns[j]
            if not column:
                continue
            g = h = 0.0
            for i, value in column:
                p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z[i]))))
                g += (p - ys[i]) * value
                h += p * (1 - p) * value * value
            h += 1e-6
            if j == 0:
                d = -g / h
            elif g + penalty <= h * w[j]:
                d = -(g + penalty) / h
            elif g - penalty >= h * w[j]:
                d = -(g - penalty) / h
            else:
                d = -w[j]
            d = max(-4.0, min(4.0, d))
            if d:
                w[j] += d
                for i, value in column:
                    z[i] += d * value
                largest = max(largest, abs(d))
        if largest < 1e-7:
            break
    return w


def _agreement(w: Sequence[float], rows: Sequence[Sparse], ys: Sequence[float]) -> float:
    hits = sum(
        (sum(w[j] * v for j, v in row.items()) >= 0) == (y == 1.0)
        for row, y in zip(rows, ys, strict=True)
    )
    return hits / len(rows)


def cross_validate(found: Sequence[dict[str, float]], ys: Sequence[float], folds: int = 5) -> float:
    """Agreement of models trained on four fifths of the dev part with the fifth left out"""
    hits = 0.0
    for fold in range(folds):
        train = [i for i in range(len(found)) if i % folds != fold]
        test = [i for i in range(len(found)) if i % folds == fold]
        rows, names = _encode([found[i] for i in train])
        w = fit(rows, [ys[i] for i in train], len(names) + 1)
        index = {name: k + 1 for k, name in enumerate(names)}
        held = [
            {0: 1.0, **{index[n]: v for n, v in found[i].items() if n in index and v}} for i in test
        ]
        hits += _agreement(w, held, [ys[i] for i in test]) * len(test)
    return hits / len(found)


def render(w: Sequence[float], names: Sequence[str]) -> str:
    """The source of ``_weights.py``: the bias and every weight that is not zero."""
    kept = [(name, round(value, DIGITS)) for name, value in zip(names, w[1:], strict=True)]
    kept = [(name, value) for name, value in kept if value]
    lines = [
        '"""The weights of the specificity verdict (generated: do not edit).',
        "",
        "Written by ``tools/train_specificity.py`` from the development part of",
        "``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what the names mean.",
        '"""',
        "",
        "from typing import Final",
        "",
        '__all__ = ["BIAS", "WEIGHTS"]',
        "",
        f"BIAS: Final = {round(w[0], DIGITS)!r}",
        "",
        "WEIGHTS: Final[dict[str, float]] = {",
    ]
    lines += [f"    {json.dumps(name)}: {value!r}," for name, value in kept]
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the weights are stale")
    args = parser.parse_args()
    found, ys = _dev()
    rows, names = _encode(found)
    w = fit(rows, ys, len(names) + 1)
    source = render(w, names)
    kept = sum(1 for value in w[1:] if round(value, DIGITS))
    print(f"{len(rows)} development texts; {kept} weights kept of {len(names)} candidates")
    print(f"agreement on the development part: {_agreement(w, rows, ys):.3f}")
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != source:
            print("the shipped weights differ from what this script trains", file=sys.stderr)
            return 1
        return 0
    folded = cross_validate(found, ys)
    print(f"five-fold cross-validated agreement on the development part: {folded:.3f}")
    OUTPUT.write_text(source, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
