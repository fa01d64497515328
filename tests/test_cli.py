"""The command-line shell."""

import io
import json
import subprocess
import sys
from typing import Any

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


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_check_prints_findings_and_a_suggestion_and_exits_1_when_vague() -> None:
    code, out, _ = _run("check", "Journal more")
    assert code == 1
    assert "not specific" in out
    assert "SPEC006" in out
    assert "missing focus" in out
    assert "Suggested rewrite:" in out
    # the rewrite keeps the text's own action, and shows each blank with an example
    assert "Journal about [about what: " in out
    assert "To fill in:" in out
    for name in ("focus", "duration", "when", "count"):
        assert f"      {name} (" in out


def test_check_json_carries_the_structured_suggestion() -> None:
    code, out, _ = _run("check", "--json", "Think about your mom")
    assert code == 1
    suggestion = json.loads(out)["findings"][0]["suggestion"]
    assert suggestion["template"] is None
    assert "think about your mom" in suggestion["text"]
    assert [s["name"] for s in suggestion["slots"]] == ["duration", "when", "focus"]
    assert all(s["example"] and s["prompt"] and s["kind"] for s in suggestion["slots"])


def test_check_exits_0_for_specific_homework() -> None:
    code, out, _ = _run("check", "Text Sam by Friday.")
    assert code == 0
    assert "Result: specific" in out


def test_check_json_is_the_report() -> None:
    code, out, _ = _run("check", "--json", "Calm down")
    assert code == 1
    data = json.loads(out)
    assert data["ok"] is False
    assert [f["code"] for f in data["findings"]] == ["SPEC002", "SPEC005"]


def test_check_reads_an_assignment_file(tmp_path: Any) -> None:
    from therapy_homework import to_json
    from therapy_homework.cli import demo_objects

    assignment, _, _ = demo_objects()
    path = tmp_path / "assignment.json"
    path.write_text(to_json(assignment), encoding="utf-8")
    code, out, _ = _run("check", "--file", str(path))
    assert code == 0, out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check"], "nothing to check"),
        (["check", "   "], "nothing to check"),
        (["check", "--file", "/no/such/file.json"], "cannot read"),
    ],
)
def test_unusable_input_exits_2_with_a_clear_message(argv: list[str], message: str) -> None:
    code, _, err = _run(*argv)
    assert code == 2
    assert message in err


def test_an_invalid_assignment_file_exits_2_without_quoting_it(tmp_path: Any) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"type": "assignment", "schema_version": 1, "title": "Secret words"}')
    code, _, err = _run("check", "--file", str(path))
    assert code == 2
    assert "is not a valid assignment" in err
    assert "$.id: is required" in err
    assert "Secret words" not in err


def test_a_text_and_a_file_together_is_unusable(tmp_path: Any) -> None:
    code, _, err = _run("check", "Calm down", "--file", str(tmp_path / "x.json"))
    assert code == 2
    assert "not both" in err


def test_check_takes_a_kind() -> None:
    code, _, _ = _run("check", "--kind", "noticing", "Notice what your hands do after lunch.")
    assert code == 0
