"""The command-line shell: the only module of the kit that does I/O.

``python -m therapy_homework check "Journal more"`` checks a homework text (or, with
``--file``, an assignment saved as JSON) for specificity and prints the findings
with a suggested rewrite; ``--json`` prints the report for machines. Exit status:
0 when the report is ok, 1 when it is not, 2 for input that cannot be checked.

``python -m therapy_homework demo`` prints an assignment, a thought record and a
review as the kit serializes them.

``python -m therapy_homework schema assignment`` prints the JSON Schema of a document
type (``--no-envelope`` for the plain body that ``from_dict(..., envelope=False)``
reads); ``schema --list`` names the types.
"""

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Final, NoReturn, TextIO

from ._version import __version__
from .checks import _reader
from .checks.findings import Report
from .checks.specificity import check_specificity
from .errors import InvalidData
from .model.assignment import (
    Approach,
    Assignment,
    AssignmentKind,
    Dose,
    Plan,
    RecordSpec,
    ThreeQuestions,
)
from .model.rating import BELIEF, HELPFULNESS, INTENSITY
from .model.review import Barrier, BarrierKind, Completion, Decision, Review
from .model.suggestions import Suggestion
from .model.thought_record import AutomaticThought, BalancedThought, Emotion, ThoughtRecord
from .schema import json_schema
from .serialization import TYPE_NAMES, from_json, to_dict

__all__ = ["EXIT_NOT_OK", "EXIT_OK", "EXIT_UNUSABLE", "demo_objects", "main"]

#: The report is ok.
EXIT_OK = 0
#: The report has a warning or a problem.
EXIT_NOT_OK = 1
#: The input could not be checked (and argparse's usage errors).
EXIT_UNUSABLE = 2


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


def _format(report: Report) -> str:
    lines = []
    verdict = "specific" if report.ok else "not specific"
    count = len(report)
    lines.append(f"Result: {verdict} ({count} finding{'s' if count != 1 else ''})")
    suggestions: list[Suggestion] = []
    for finding in report:
        missing = f", missing {finding.missing.value}" if finding.missing else ""
        lines.append("")
        lines.append(f"  [{finding.severity.value}] {finding.code} at {finding.path}{missing}")
        lines.append(f"    {finding.message}")
        lines.append(f"    For the client: {finding.prompt}")
        if finding.suggestion is not None and finding.suggestion not in suggestions:
            suggestions.append(finding.suggestion)
    for suggestion in suggestions:
        lines.append("")
        lines.append("  Suggested rewrite:")
        lines.append(f"    {suggestion.text}")
        if suggestion.template is not None:
            lines.append(f"    From the catalogue template: {suggestion.template}")
        if suggestion.slots:
            lines.append("    To fill in:")
            for slot in suggestion.slots:
                lines.append(f"      {slot.name} ({slot.prompt}), for example: {slot.example}")
    return "\n".join(lines) + "\n"


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.file is not None:
        if args.text is not None:
            err.write("error: give a text or --file, not both\n")
            return EXIT_UNUSABLE
        try:
            with open(args.file, encoding="utf-8") as handle:
                content = handle.read()
        except OSError as exc:
            err.write(f"error: cannot read {args.file}: {exc.strerror}\n")
            return EXIT_UNUSABLE
        except UnicodeDecodeError:
            err.write(f"error: {args.file} is not UTF-8 text\n")
            return EXIT_UNUSABLE
        try:
            item: str | Assignment = from_json(Assignment, content)
        except InvalidData as exc:
            err.write(f"error: {args.file} is not a valid assignment: {exc}\n")
            return EXIT_UNUSABLE
    elif args.text is None or not args.text.strip():
        err.write("error: nothing to check: give a text, or --file with an assignment\n")
        return EXIT_UNUSABLE
    else:
        item = args.text
    kind = AssignmentKind(args.kind) if args.kind else None
    report = check_specificity(item, kind=kind)
    if args.json:
        out.write(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        out.write(_format(report))
    return EXIT_OK if report.ok else EXIT_NOT_OK


class _Parser(argparse.ArgumentParser):
    """An argument parser that never repeats what was typed in an error message.

    A mistyped command line may carry a client's words (an unquoted homework text,
    a value given to the wrong option); argparse would echo them to the terminal
    and into whatever log captures it.
    """

    def error(self, message: str) -> NoReturn:
        for marker in _ECHOING:
            at = message.find(marker)
            if at >= 0:
                choices = message.rfind("(choose from")
                listed = f" {message[choices:]}" if choices > at else ""
                message = f"{message[: at + len(marker)]}, not repeated here{listed}"
                break
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNUSABLE, f"{self.prog}: error: {message}\n")


#: The argparse messages that quote what was typed, cut after these words.
_ECHOING: Final = (
    "unrecognized arguments",
    "invalid choice",
    "ambiguous option",
    "ignored explicit argument",
    "invalid",
)


def _reader_build() -> str:
    """Which specificity reader this install runs: the one a wheel compiles with mypyc,
    or the pure-Python source (an editable install, or a wheel built without a C
    compiler). Both give the same results; the compiled one is faster."""
    return "reader: pure Python" if _reader.__file__.endswith(".py") else "reader: compiled"


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m therapy_homework",
        description="Model, check and test the homework clients do between therapy sessions.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__} ({_reader_build()})"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    check = commands.add_parser(
        "check",
        help="check homework for specificity (exit 0 if ok, 1 if not, 2 if unusable)",
        description=(
            "Check a homework text, or an assignment saved as JSON, against the working "
            "definition of specific homework. Exit status: 0 ok, 1 not ok, 2 unusable input."
        ),
    )
    check.add_argument("text", nargs="?", help="the homework text to check")
    check.add_argument("--file", help="an assignment saved as JSON (as to_json writes it)")
    check.add_argument(
        "--kind",
        choices=[k.value for k in AssignmentKind],
        help="what kind of work a plain text is (an assignment file carries its own)",
    )
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    commands.add_parser(
        "demo",
        help="print an assignment, a thought record and a review as the kit serializes them",
    )
    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema (draft 2020-12) of a document type",
        description="Print the JSON Schema (draft 2020-12) of one of the kit's document types.",
    )
    schema.add_argument(
        "type", nargs="?", choices=sorted(TYPE_NAMES.values()), help="the document type"
    )
    schema.add_argument(
        "--no-envelope",
        action="store_true",
        help="the plain body, where type and schema_version may be left out",
    )
    schema.add_argument("--list", action="store_true", help="list the document types")
    return parser


def _schema(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.list:
        out.write("".join(f"{name}\n" for name in sorted(TYPE_NAMES.values())))
        return EXIT_OK
    if args.type is None:
        err.write("error: name a document type (see schema --list)\n")
        return EXIT_UNUSABLE
    cls = next(cls for cls, name in TYPE_NAMES.items() if name == args.type)
    document = json_schema(cls, envelope=not args.no_envelope)
    out.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    stream = out if out is not None else sys.stdout
    errors = err if err is not None else sys.stderr
    if args.command == "check":
        return _check(args, stream, errors)
    if args.command == "schema":
        return _schema(args, stream, errors)
    return _demo(stream)
