"""Write the evidence page's figures from the corpus, at every build.

The agreement tables, the confusion matrix and the list of texts still judged wrong are
computed from ``tests/data/specificity-corpus.jsonl`` by the kit as built, so the page
cannot drift from the code (the suite asserts the same figures' floors).
"""

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from therapy_homework import check_specificity
from therapy_homework.checks._reader import analyse
from therapy_homework.checks._scoring import SIGNALS, contributions, signals

ROOT = Path(__file__).parents[1]
DATA = ROOT / "tests" / "data"
sys.path.insert(0, str(ROOT / "tools"))

from baseline import judge as _regex  # noqa: E402 - the baseline lives with the tools

KINDS = ("behavioural", "cognitive", "grief", "noticing", "relational", "values")
STYLES = ("instruction", "shorthand", "paragraph", "client")


def _read(name: str) -> list[dict[str, Any]]:
    path = DATA / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _kit(text: str) -> str:
    return "specific" if check_specificity(text).ok else "vague"


def _share(rows: Iterable[dict[str, Any]], judge: Any = _kit) -> tuple[int, int]:
    listed = list(rows)
    return sum(judge(r["text"]) == r["label"] for r in listed), len(listed)


def _cell(right: int, total: int) -> str:
    return f"{100 * right / total:.1f} % ({right} of {total})" if total else "-"


def _one_line(text: str, limit: int = 220) -> str:
    flat = " ".join(text.split()).replace("|", "\\|")
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _reason(row: dict[str, Any]) -> str:
    """The reason of a reading that gave the settled label."""
    readings = [row["first"], row["second"], row.get("settled", {}).get("third", {})]
    return next(str(r["reason"]) for r in readings if r.get("label") == row["label"])


def _why(text: str) -> str:
    found = signals(analyse(text))
    pushes = [(n, w) for n, w in contributions(found) if abs(w) >= 0.3][:3]
    return "; ".join(f"{SIGNALS[n]} ({'+' if w > 0 else '-'})" for n, w in pushes) or "-"


def evidence() -> str:
    """The evidence page's figures, as MyST Markdown."""
    corpus = _read("specificity-corpus.jsonl")
    extra = _read("specificity-extra.jsonl")
    dev = [r for r in corpus if r["split"] == "dev"]
    validation = [r for r in corpus if r["split"] == "validation"]
    agree = sum(r["first"]["label"] == r["second"]["label"] for r in corpus)
    lines = [
        "## The corpus",
        "",
        f"{len(corpus):,} texts ({len(dev):,} development, {len(validation):,} validation), "
        f"{sum(r['hard'] for r in corpus):,} of them hard cases. The two independent readings "
        f"agreed on {agree:,} of {len(corpus):,} ({100 * agree / len(corpus):.1f} %); "
        f"{len(corpus) - agree} disagreements were settled by a third reading.",
        "",
        "## Agreement with the settled labels",
        "",
        "The kit beside a keyword regular expression (specific when a cue, day, time or "
        "number word appears), on the same texts.",
        "",
        "| texts | the kit | keyword regex |",
        "| --- | --- | --- |",
    ]

    def row(label: str, rows: list[dict[str, Any]]) -> None:
        lines.append(f"| {label} | {_cell(*_share(rows))} | {_cell(*_share(rows, _regex))} |")

    row("**validation, all**", validation)
    for kind in KINDS:
        row(f"validation, {kind}", [r for r in validation if r["kind"] == kind])
    row("validation, hard cases", [r for r in validation if r["hard"]])
    row("validation, other cases", [r for r in validation if not r["hard"]])
    for style in STYLES:
        row(f"validation, style: {style}", [r for r in validation if r["style"] == style])
    row("development (the weights were trained here)", dev)
    row("the project's extra regression set", extra)

    judged = [(r, _kit(r["text"])) for r in validation]
    matrix = {
        (truth, said): sum(1 for r, k in judged if r["label"] == truth and k == said)
        for truth in ("specific", "vague")
        for said in ("specific", "vague")
    }
    lines += [
        "",
        "## Confusion matrix (validation)",
        "",
        "| labelled | judged specific | judged vague |",
        "| --- | --- | --- |",
        f"| specific | {matrix['specific', 'specific']} | {matrix['specific', 'vague']} |",
        f"| vague | {matrix['vague', 'specific']} | {matrix['vague', 'vague']} |",
        "",
        "## Validation texts still judged wrong",
        "",
        "Each with the label the readers settled on and their reason, and what pushed the "
        "kit the other way (the strongest signals, with the direction they pushed: + "
        "towards specific, - towards vague).",
        "",
    ]
    wrong = [(r, k) for r, k in judged if k != r["label"]]
    for kind in KINDS:
        these = [(r, k) for r, k in wrong if r["kind"] == kind]
        if not these:
            continue
        lines += [f"### {kind.capitalize()} ({len(these)})", ""]
        for r, said in these:
            lines += [
                f"- `{r['id']}` ({r['style']}) labelled **{r['label']}**, judged {said}: "
                f"“{_one_line(r['text'])}”  ",
                f"  *Readers:* {_one_line(_reason(r), 160)}  ",
                f"  *The kit:* {_why(r['text'])}",
            ]
        lines.append("")
    return "\n".join(lines)


def _write(app: Any) -> None:
    out = Path(app.srcdir) / "_generated"
    out.mkdir(exist_ok=True)
    path = out / "evidence.md"
    content = evidence()
    if not path.exists() or path.read_text(encoding="utf-8") != content:
        path.write_text(content, encoding="utf-8")


def setup(app: Any) -> dict[str, bool]:
    app.connect("builder-inited", _write)
    return {"parallel_read_safe": True}
