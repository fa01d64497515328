"""The example web service (examples/web_service.py), driven with Starlette's test
client: what an app gets back for good data, bad data, half-filled forms, references,
pages and the session preparation."""

import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette", reason="the example service needs starlette")
pytest.importorskip("httpx2", reason="Starlette's test client needs httpx2")

from starlette.testclient import TestClient

from therapy_homework import to_dict

from .helpers import T0, assignment, review

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))

from web_service import default_app


@pytest.fixture
def client() -> TestClient:
    return TestClient(default_app(str(Path(tempfile.mkdtemp()) / "service.db")))


def _body(record: Any) -> dict[str, Any]:
    body = to_dict(record, envelope=False)
    del body["client_id"]  # the path names the client
    return body


def test_an_assignment_is_checked_stored_and_answered(client: TestClient) -> None:
    homework = assignment(instructions="Journal more.", extensions={"org.example.by": "u1"})
    response = client.post("/clients/client-1/assignments", json=_body(homework))
    assert response.status_code == 201
    answer = response.json()
    assert answer["record"]["version"] == 1
    assert answer["record"]["record"]["extensions"] == {"org.example.by": "u1"}
    assert "SPEC004" in {f["code"] for f in answer["report"]["findings"]}


def test_every_problem_comes_back_at_once_with_its_code(client: TestClient) -> None:
    body = {**_body(assignment()), "kind": "homework", "review_at": "2000-01-01T00:00:00+00:00"}
    del body["title"]
    response = client.post("/clients/client-1/assignments", json=body)
    assert response.status_code == 422
    found = {(p["path"], p["code"]) for p in response.json()["problems"]}
    assert found == {("$.title", "required"), ("$.kind", "choice"), ("$.review_at", "order")}


def test_a_half_filled_form_is_checked_as_a_draft(client: TestClient) -> None:
    response = client.post("/drafts/assignments", json={"title": "Walk daily, no excuses"})
    assert response.status_code == 200
    draft = response.json()
    assert draft["complete"] is False
    assert ("PERF001", "$.title") in {(f["code"], f["path"]) for f in draft["findings"]}


def test_a_review_of_an_unknown_assignment_is_refused(client: TestClient) -> None:
    response = client.post("/clients/client-1/reviews", json=_body(review()))
    assert response.status_code == 409
    assert response.json()["error"] == "broken_reference"


def test_pages_cursors_deletion_and_the_session(client: TestClient) -> None:
    for index in range(3):
        homework = assignment(id=f"asg-{index}", review_at=T0 + timedelta(days=2))
        assert client.post("/clients/client-1/assignments", json=_body(homework)).status_code == 201
    first = client.get("/clients/client-1/assignments", params={"limit": 2}).json()
    assert len(first["items"]) == 2
    cursor = first["next_cursor"]
    other = client.get("/clients/client-2/assignments", params={"cursor": cursor})
    assert other.status_code == 422
    assert other.json()["problems"][0]["path"] == "$.cursor"
    rest = client.get("/clients/client-1/assignments", params={"cursor": cursor}).json()
    assert [s["record"]["id"] for s in rest["items"]] == ["asg-2"]
    assert client.delete("/clients/client-1/assignments/asg-2").status_code == 204
    assert client.delete("/clients/client-1/assignments/asg-2").status_code == 404
    at = (T0 + timedelta(days=7)).isoformat()
    prepared = client.get("/clients/client-1/session", params={"at": at}).json()
    assert prepared["client_id"] == "client-1"
    naive = client.get("/clients/client-1/session", params={"at": "2026-01-01T09:00:00"})
    assert naive.status_code == 422
