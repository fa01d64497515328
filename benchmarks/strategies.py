"""How fast the shipped Hypothesis strategies draw valid records.

Run it with ``python benchmarks/strategies.py``. It draws records of each kind through
a ``@given`` test with Hypothesis's own machinery (no shrinking, no database, no
deadline), the way a user's property tests use them, and reports records per second.

The target (issue 12): at least 500 valid Assignments a second on one core.
"""

import argparse
import time
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from therapy_homework.testing import strategies as ths

KINDS: dict[str, Callable[[], st.SearchStrategy[Any]]] = {
    "Assignment": ths.assignments,
    "ThoughtRecord": ths.thought_records,
    "Review": ths.reviews,
    "CouplesRepairAttempt": ths.couples_repair_attempts,
    "PracticeLog": ths.practice_logs,
}


def per_second(strategy: st.SearchStrategy[Any], examples: int) -> float:
    """Records drawn per second by a ``@given`` test that draws ``examples`` of them."""
    drawn = 0

    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def draw(_: Any) -> None:
        nonlocal drawn
        drawn += 1

    start = time.perf_counter()
    draw()
    return drawn / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer examples, for a smoke run")
    args = parser.parse_args()
    examples = 100 if args.quick else 1000
    print(f"{examples} examples each, generation only")
    for name, make in KINDS.items():
        print(f"{name:<22}{per_second(make(), examples):>8,.0f} a second")


if __name__ == "__main__":
    main()
