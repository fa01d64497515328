"""The command-line shell: the only module of the kit that does I/O.

``python -m therapy_homework demo`` builds an assignment, a thought record and a
review from the clinical brief's examples and prints them as the kit serializes
them. Exit status: 0 on success, 2 for a usage error.
"""

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TextIO

from ._version import __version__
from .assignment import (
    Approach,
    Assignment,
    AssignmentKind,
    Dose,
    Plan,
    RecordSpec,
    ThreeQuestions,
)
from .rating import BELIEF, HELPFULNESS, INTENSITY
from .review import Barrier, BarrierKind, Completion, Decision, Review
from .serialization import to_dict
from .thought_record import AutomaticThought, BalancedThought, Emotion, ThoughtRecord

__all__ = ["demo_objects", "main"]


def demo_objects() -> tuple[Assignment, ThoughtRecord, Review]:
    """The demo's objects: one week of cognitive homework, recorded and reviewed."""
    set_at = datetime(2026, 11, 19, 17, 0, tzinfo=UTC)
    assignment = Assignment(
        id="asg-demo-1",
        client_id="client-demo",
        title="Catch the thought before the chest tightens",
        instructions=(
            "When your chest tightens at work, write down the exact thought you had just "
            "before it, then rate how strongly you believed it from 0 to 100."
        ),
        kind=AssignmentKind.COGNITIVE,
        approach=Approach.CBT,
        assigned_at=set_at,
        review_at=set_at + timedelta(days=7),
        plan=Plan(
            action="Write down the exact thought, word for word",
            cue="When your chest tightens at work",
            dose=Dose(count=3, minutes=5),
            record=RecordSpec(what="The thought and how strongly you believed it", scale=BELIEF),
        ),
        questions=ThreeQuestions(
            why_this_task="It serves your goal of feeling less ambushed by panic at work",
            why_now="We have named the pattern in session; now we need real examples",
            how_reviewed="We start next session with the thoughts you wrote down",
        ),
    )
    record = ThoughtRecord(
        id="tr-demo-1",
        client_id="client-demo",
        assignment_id=assignment.id,
        occurred_at=set_at + timedelta(days=2, hours=-6),
        situation="My manager asked to talk after the meeting",
        body_sensations=("Chest tight", "Hands cold"),
        emotions=(Emotion(name="Fear", intensity=INTENSITY.rate(8)),),
        thoughts=(
            AutomaticThought(text="I am about to be fired", belief=BELIEF.rate(85), hot=True),
        ),
        evidence_for=("She looked serious",),
        evidence_against=("My last review was good", "She asks everyone for a chat"),
        balanced_thought=BalancedThought(
            text="She may want to talk about the project; I can ask her", belief=BELIEF.rate(60)
        ),
        rerated_emotions=(Emotion(name="Fear", intensity=INTENSITY.rate(4)),),
        rerated_belief=BELIEF.rate(35),
    )
    review = Review(
        id="rev-demo-1",
        client_id="client-demo",
        assignment_id=assignment.id,
        reviewed_at=set_at + timedelta(days=7),
        completion=Completion.PARTLY,
        barriers=(Barrier(kind=BarrierKind.SURVIVAL_MODE, note="Two late shifts in a row"),),
        noticed="Writing it down made the thought feel less like a fact",
        helpfulness=HELPFULNESS.rate(7),
        decision=Decision.CONTINUE,
    )
    return assignment, record, review


def _demo(out: TextIO) -> int:
    assignment, record, review = demo_objects()
    document = {
        "assignment": to_dict(assignment),
        "thought_record": to_dict(record),
        "review": to_dict(review),
    }
    out.write(json.dumps(document, indent=2, ensure_ascii=False))
    out.write("\n")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m therapy_homework",
        description="Model, check and test the homework clients do between therapy sessions.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    commands.add_parser(
        "demo",
        help="print an assignment, a thought record and a review as the kit serializes them",
    )
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    stream = out if out is not None else sys.stdout
    if args.command == "demo":
        return _demo(stream)
    return 2  # pragma: no cover  (argparse rejects unknown commands first)
