"""The command-line shell."""

import io
import json
import subprocess
import sys

import pytest

from therapy_homework import Assignment, Review, ThoughtRecord, from_dict
from therapy_homework.cli import main


def test_demo_prints_the_three_records_as_json_that_reads_back() -> None:
    out = io.StringIO()
    assert main(["demo"], out=out) == 0
    document = json.loads(out.getvalue())
    assert set(document) == {"assignment", "thought_record", "review"}
    assignment = from_dict(Assignment, document["assignment"])
    record = from_dict(ThoughtRecord, document["thought_record"])
    review = from_dict(Review, document["review"])
    assert record.assignment_id == review.assignment_id == assignment.id
    assert document["assignment"]["schema_version"] == 1


def test_a_missing_command_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as caught:
        main([])
    assert caught.value.code == 2


def test_python_dash_m_runs_the_demo() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "therapy_homework", "demo"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout)["review"]["completion"] == "partly"
