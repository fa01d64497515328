"""Train the weights of the specificity verdict on the development part of the corpus.

    python tools/train_specificity.py            # write src/therapy_homework/_weights.py
    python tools/train_specificity.py --check    # fail if the shipped weights are stale

The verdict of :func:`therapy_homework.check_specificity` is a weighted sum of the
reader's named signals (see ``therapy_homework/_scoring.py``). This script learns the
weights by L2-regularised logistic regression (Newton's method, in pure Python, so the
result is the same on every machine) from the texts of
``tests/data/specificity-corpus.jsonl`` whose ``split`` is ``dev``. It never reads the
validation part. It also prints the five-fold cross-validated agreement on the
development part, for the record.
"""

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from therapy_homework._reader import analyse  # noqa: E402
from therapy_homework._scoring import SIGNALS, signals  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "specificity-corpus.jsonl"
OUTPUT = ROOT / "src" / "therapy_homework" / "_weights.py"
#: Strength of the L2 penalty on the summed loss (chosen by cross-validation on the dev
#: part: 0.1, 0.3, 1 and 3 were tried).
PENALTY = 0.3
ITERATIONS = 25
DIGITS = 4

Vector = list[float]


def _dev() -> tuple[list[Vector], list[float], list[str]]:
    names = sorted(SIGNALS)
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    xs: list[Vector] = []
    ys: list[float] = []
    for row in rows:
        if row["split"] != "dev":
            continue
        found = signals(analyse(row["text"]), row["text"])
        xs.append([1.0] + [found[name] for name in names])
        ys.append(1.0 if row["label"] == "specific" else 0.0)
    return xs, ys, names


def _solve(matrix: list[Vector], vector: Vector) -> Vector:
    """Solve ``matrix @ x = vector`` by Gaussian elimination with partial pivoting."""
    size = len(vector)
    rows = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(size):
        pivot = max(range(col, size), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        lead = rows[col][col]
        for r in range(col + 1, size):
            factor = rows[r][col] / lead
            if factor:
                for c in range(col, size + 1):
                    rows[r][c] -= factor * rows[col][c]
    x = [0.0] * size
    for r in range(size - 1, -1, -1):
        x[r] = (rows[r][size] - sum(rows[r][c] * x[c] for c in range(r + 1, size))) / rows[r][r]
    return x


def fit(xs: Sequence[Vector], ys: Sequence[float], penalty: float = PENALTY) -> Vector:
    """L2-regularised logistic regression by Newton's method (the bias is not penalised)."""
    size = len(xs[0])
    w = [0.0] * size
    for _ in range(ITERATIONS):
        gradient = [penalty * w[j] if j else 0.0 for j in range(size)]
        hessian = [[0.0] * size for _ in range(size)]
        for i in range(size):
            if i:
                hessian[i][i] = penalty
        for x, y in zip(xs, ys, strict=True):
            z = sum(wj * xj for wj, xj in zip(w, x, strict=True))
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            h = p * (1 - p)
            for j, xj in enumerate(x):
                if xj:
                    gradient[j] += g * xj
                    row = hessian[j]
                    for k, xk in enumerate(x):
                        if xk:
                            row[k] += h * xj * xk
        step = _solve(hessian, gradient)
        w = [wj - sj for wj, sj in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w


def _agreement(w: Vector, xs: Sequence[Vector], ys: Sequence[float]) -> float:
    hits = sum(
        (sum(a * b for a, b in zip(w, x, strict=True)) >= 0) == (y == 1.0)
        for x, y in zip(xs, ys, strict=True)
    )
    return hits / len(xs)


def cross_validate(xs: Sequence[Vector], ys: Sequence[float], folds: int = 5) -> float:
    """Agreement of models trained on four fifths of the dev part with the fifth left out."""
    hits = 0.0
    for fold in range(folds):
        train = [i for i in range(len(xs)) if i % folds != fold]
        test = [i for i in range(len(xs)) if i % folds == fold]
        w = fit([xs[i] for i in train], [ys[i] for i in train])
        hits += _agreement(w, [xs[i] for i in test], [ys[i] for i in test]) * len(test)
    return hits / len(xs)


def render(w: Vector, names: Sequence[str]) -> str:
    """The source of ``_weights.py``."""
    lines = [
        '"""The weights of the specificity verdict (generated: do not edit).',
        "",
        "Written by ``tools/train_specificity.py`` from the development part of",
        "``tests/data/specificity-corpus.jsonl``; see ``_scoring.py`` for what each signal means.",
        '"""',
        "",
        "from typing import Final",
        "",
        f"BIAS: Final = {round(w[0], DIGITS)!r}",
        "",
        "WEIGHTS: Final[dict[str, float]] = {",
    ]
    for name, value in zip(names, w[1:], strict=True):
        lines.append(f"    {name!r}: {round(value, DIGITS)!r},")
    lines.append("}")
    return "\n".join(lines).replace("'", '"') + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the weights are stale")
    args = parser.parse_args()
    xs, ys, names = _dev()
    w = fit(xs, ys)
    source = render(w, names)
    print(f"{len(xs)} development texts; agreement on them {_agreement(w, xs, ys):.3f}")
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != source:
            print("the shipped weights differ from what this script trains", file=sys.stderr)
            return 1
        return 0
    print(f"five-fold cross-validated agreement on the development part: {cross_validate(xs, ys):.3f}")
    OUTPUT.write_text(source, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
