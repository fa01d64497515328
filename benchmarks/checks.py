"""Specificity-check throughput: texts per second on one core, and cost on long texts.

Run it with ``python benchmarks/checks.py``. It reports, in one run:

* checks per second over a mix of typical one- or two-sentence homework texts (vague
  and specific, as a clinic's form would send them), and over the distinct texts of
  the corpus in ``tests/data`` (short ones, up to 200 characters, and all of them);
* beside each, the tool a user might pick instead: one pass of a compiled regular
  expression that finds cue and number words (``tools/baseline.py``) over the same texts,
  and the ratio between the two;
* the time for one 100,000-character text, and for 10,000 and 1,000,000 characters,
  to show the cost grows linearly with length;
* the same for adversarial inputs (long runs of quotes, apostrophes, cue words,
  digits, question marks after a request, polite frames), which would explode a
  backtracking regular expression or a rule that reads a sentence again at each mark;
* one specificity check of a full assignment (instructions and a structured plan);
* ``check_assignment`` (every check, with a capacity snapshot and two other active
  assignments) on typical assignments from the template catalogue.

Targets (issue 11): at least 20,000 typical texts a second; at most ten times one
regular-expression pass over the same texts; a 100,000-character text under 50 ms;
cost linear in the length.

The first line says which reader was measured: pure Python (an editable install, or
``THERAPY_HOMEWORK_PURE_PYTHON=1``) or the wheel compiled with mypyc (``pip install .``;
see ``hatch_build.py``).
"""

import argparse
import json
import sys
import timeit
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

from therapy_homework import CapacitySnapshot, check_assignment, check_specificity
from therapy_homework.checks import _reader
from therapy_homework.cli import demo_objects
from therapy_homework.model import MOOD
from therapy_homework.templates import get_template

TYPICAL = [
    "Journal more",
    "Communicate better",
    "Write down the exact thought you had before your chest tightened, then rate it 0-100.",
    "During one hard conversation this week, say how you feel before you make your point.",
    "Try to worry less this week",
    "Walk for fifteen minutes after lunch on Tuesday and rate your mood before and after.",
    "Be more present with your partner",
    "Text Sam by Friday to set a coffee date.",
    "When you notice a shame spiral, write one kind answer to the harshest thought.",
    "Keep working on the things we talked about and be gentle with yourself.",
    "Once this week, wait ten minutes before asking for reassurance.",
    "Exercise more",
]


ROOT = Path(__file__).parents[1]
CORPUS = ROOT / "tests" / "data" / "specificity-corpus.jsonl"
sys.path.insert(0, str(ROOT / "tools"))

from baseline import KEYWORDS  # noqa: E402 - the regex a developer might write instead


def _corpus_texts() -> list[str]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return list(dict.fromkeys(json.loads(line)["text"] for line in lines if line))


def side_by_side(label: str, texts: list[str], repeat: int) -> None:
    """Checks per second over ``texts``, beside one keyword-regex pass over them."""

    def checks() -> None:
        for text in texts:
            check_specificity(text)

    def regex() -> None:
        for text in texts:
            KEYWORDS.findall(text)

    number = max(1, 2000 // len(texts))
    ours = best_of(checks, number=number, repeat=repeat) / len(texts)
    theirs = best_of(regex, number=number, repeat=repeat) / len(texts)
    print(
        f"{label}: {ours * 1e6:.1f} us each, {1 / ours:,.0f} texts per second; "
        f"keyword regex {theirs * 1e6:.2f} us each; ratio {ours / theirs:.1f}"
    )


def best_of(func: Callable[[], object], *, number: int, repeat: int) -> float:
    """The best time of one call, in seconds."""
    return min(timeit.repeat(func, number=number, repeat=repeat)) / number


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, for a smoke run")
    args = parser.parse_args()
    repeat = 5 if args.quick else 200

    build = "pure Python" if _reader.__file__.endswith(".py") else "compiled with mypyc"
    print(f"Python {sys.version.split()[0]}; reader {build}; best of {repeat} runs")
    side_by_side(f"typical texts ({len(TYPICAL)})", TYPICAL, repeat)
    corpus = _corpus_texts()
    short = [text for text in corpus if len(text) <= 200]
    few = max(3, repeat // 20)
    side_by_side(f"corpus texts up to 200 characters ({len(short)})", short, few)
    side_by_side(f"all corpus texts ({len(corpus)})", corpus, few)

    sentence = "When your chest tightens, write down the thought and rate it from 0 to 100. "
    for size in (10_000, 100_000, 1_000_000):
        text = (sentence * (size // len(sentence) + 1))[:size]
        seconds = best_of(partial(check_specificity, text), number=1, repeat=max(3, repeat // 40))
        print(
            f"{size:>9,} characters: {seconds * 1e3:8.1f} ms ({seconds / size * 1e9:.0f} ns/char)"
        )

    adversarial = {
        "apostrophes a'a'a'": "a'" * 50_000,
        "quotes '''": "'" * 100_000,
        "cue words": "when " * 20_000,
        "digits 1 1 1": "1 " * 50_000,
        "no spaces": "ab" * 50_000,
        "a request, then ????": "Could you ring her " + "?" * 99_981,
        "polite frames": "would you mind " * 6_667,
    }
    for label, text in adversarial.items():
        seconds = best_of(partial(check_specificity, text), number=1, repeat=3)
        print(f"adversarial, {label:<20} {len(text):>7,} chars: {seconds * 1e3:7.1f} ms")

    assignment, _, _ = demo_objects()
    seconds = best_of(partial(check_specificity, assignment), number=20, repeat=repeat)
    print(f"full assignment (instructions and plan): {seconds * 1e6:.1f} us")

    start = datetime(2026, 11, 26, 17, 0, tzinfo=UTC)
    week = timedelta(days=7)
    typical = [
        get_template(name).render(
            id=f"asg-{i}", client_id="c-1", assigned_at=start, review_at=start + week
        )
        for i, name in enumerate(("catch-the-thought", "activity-walk", "soft-start-up"))
    ]
    snapshot = CapacitySnapshot(
        client_id="c-1", as_of=start, energy=MOOD.rate(4), motivation=MOOD.rate(6)
    )

    def all_checks() -> None:
        for homework in typical:
            check_assignment(homework, snapshot=snapshot, active=typical)

    seconds = best_of(all_checks, number=5, repeat=repeat) / len(typical)
    print(f"check_assignment, every check with capacity: {seconds * 1e6:.1f} us")


if __name__ == "__main__":
    main()
