"""Serialization throughput: ``to_dict`` + ``from_dict`` round trips per second, one core.

Run it with ``python benchmarks/serialization.py``. It reports, for a typical
assignment and for a full thought record, the time of one ``to_dict``, one
``from_dict`` and one round trip (both), as the best of many short runs (the
minimum filters out noise from other work on the machine), and the time that
``import therapy_homework`` takes in a fresh interpreter.

The target (issue 2): a round trip of a typical assignment in under 20 us.
"""

import argparse
import os
import subprocess
import sys
import timeit
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial

from therapy_homework import Assignment, ThoughtRecord, from_dict, to_dict
from therapy_homework.cli import demo_objects
from therapy_homework.model import (
    BELIEF,
    INTENSITY,
    AutomaticThought,
    BalancedThought,
    Distortion,
    Emotion,
)

START = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)


def typical_assignment() -> Assignment:
    """A well-formed assignment (the CLI demo's): a plan with cue, dose and record,
    the three answers, and a review time."""
    assignment, _, _ = demo_objects()
    return assignment


def full_thought_record() -> ThoughtRecord:
    """A thought record with every column filled."""
    return ThoughtRecord(
        id="tr_02",
        client_id="cl_19",
        assignment_id="asg_7f3a",
        occurred_at=START + timedelta(days=2, hours=3),
        situation="Manager asked to talk after the meeting",
        body_sensations=("Chest tight", "Hands cold"),
        emotions=(
            Emotion(name="Fear", intensity=INTENSITY.rate(8)),
            Emotion(name="Shame", intensity=INTENSITY.rate(6)),
        ),
        thoughts=(
            AutomaticThought(text="I'm about to be fired", belief=BELIEF.rate(85), hot=True),
            AutomaticThought(text="Everyone saw me mess up", belief=BELIEF.rate(60)),
        ),
        evidence_for=("She looked serious",),
        evidence_against=("My last review was good", "She asks everyone to talk"),
        balanced_thought=BalancedThought(
            text="She may want to talk about the project; I can ask", belief=BELIEF.rate(65)
        ),
        rerated_emotions=(Emotion(name="Fear", intensity=INTENSITY.rate(4)),),
        rerated_belief=BELIEF.rate(35),
        distortions=(Distortion.FORTUNE_TELLING, Distortion.MIND_READING),
    )


def _round_trip(cls: type, obj: object) -> object:
    return from_dict(cls, to_dict(obj))


def best_of(func: Callable[[], object], *, number: int, repeat: int) -> float:
    """The best time of one call, in seconds, over ``repeat`` runs of ``number`` calls."""
    return min(timeit.repeat(func, number=number, repeat=repeat)) / number


def import_time(repeat: int) -> float:
    """The best wall time of ``import therapy_homework`` in a fresh interpreter, in seconds."""
    code = (
        "import time; t = time.perf_counter(); import therapy_homework; "
        "print(time.perf_counter() - t)"
    )
    # With bytecode cached, as an installed package runs (see benchmarks/peers.py).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", "import therapy_homework"], check=True, env=env)
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
            ).stdout
        )
        for _ in range(repeat)
    ]
    return min(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, for a smoke run")
    args = parser.parse_args()
    number, repeat = (200, 5) if args.quick else (500, 200)

    print(f"Python {sys.version.split()[0]}; best of {repeat} runs of {number} calls each")
    print(f"{'object':<22}{'to_dict':>10}{'from_dict':>11}{'round trip':>12}{'per second':>12}")
    for label, obj in (
        ("typical assignment", typical_assignment()),
        ("full thought record", full_thought_record()),
    ):
        cls = type(obj)
        data = to_dict(obj)
        assert from_dict(cls, data) == obj
        dump = best_of(partial(to_dict, obj), number=number, repeat=repeat)
        load = best_of(partial(from_dict, cls, data), number=number, repeat=repeat)
        both = best_of(partial(_round_trip, cls, obj), number=number, repeat=repeat)
        print(
            f"{label:<22}{dump * 1e6:>8.1f}us{load * 1e6:>9.1f}us{both * 1e6:>10.1f}us"
            f"{1 / both:>12,.0f}"
        )
    print(f"import therapy_homework: {import_time(3 if args.quick else 10) * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
