"""A small web service on Starlette: the kit in a clinical app, end to end.

It accepts assignments and reviews as plain JSON bodies, checks them, stores them
through the SQLAlchemy adapter, checks half-filled forms, lists a client's assignments
a page at a time, deletes one, and prepares the next session. Every problem goes back
with its path and stable code (HTTP 422), every finding with its span; the app's own
audit data rides in ``extensions``. Run it with ``uvicorn web_service:app`` (from this
folder), or see ``tests/test_example_service.py``, which drives it with Starlette's
test client, and the how-to in the docs.
"""

from datetime import datetime
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from therapy_homework import (
    Assignment,
    InvalidData,
    Review,
    check_assignment,
    check_review,
    from_dict,
    prepare_review,
    to_dict,
)
from therapy_homework.adapters.sqlalchemy import SqlAlchemyRepository, sqlite_engine
from therapy_homework.drafts import check_draft
from therapy_homework.errors import (
    BrokenReference,
    DuplicateId,
    NotFound,
    TherapyHomeworkError,
    UnknownName,
    VersionConflict,
)
from therapy_homework.storage import Repository

#: Records a client may send, by the path segment that names them.
KINDS: dict[str, type] = {"assignments": Assignment, "reviews": Review}


def problems(error: InvalidData) -> JSONResponse:
    """422 with every problem: path, code and message (never the value sent)."""
    body = {"problems": [p.to_dict() for p in error.problems], "truncated": error.truncated}
    return JSONResponse(body, status_code=422)


def refusal(status: int, code: str, error: TherapyHomeworkError) -> JSONResponse:
    """A store's refusal: a stable code and the kit's message (ids only, never text)."""
    return JSONResponse({"error": code, "message": str(error)}, status_code=status)


async def add(request: Request) -> Response:
    """POST /clients/{client_id}/{kind}: check and store one record."""
    repository: Repository = request.app.state.repository
    cls = KINDS.get(request.path_params["kind"])
    if cls is None:
        return JSONResponse({"error": "not_found"}, status_code=404)
    client_id = request.path_params["client_id"]
    try:
        data = await request.json()
    except ValueError:
        return JSONResponse({"error": "not_json"}, status_code=400)
    if not isinstance(data, dict):
        return JSONResponse({"error": "not_an_object"}, status_code=422)
    try:
        record: Any = from_dict(cls, {**data, "client_id": client_id}, envelope=False)
    except InvalidData as error:
        return problems(error)
    report = check_assignment(record) if cls is Assignment else check_review(record)
    try:
        stored: Any = repository.store(cls).add(record)
    except DuplicateId as error:
        return refusal(409, "duplicate_id", error)
    except BrokenReference as error:
        return refusal(409, "broken_reference", error)
    return JSONResponse(
        {"record": to_dict(stored), "report": to_dict(report, envelope=False)},
        status_code=201,
    )


async def draft(request: Request) -> Response:
    """POST /drafts/{kind}: the problems and findings of a half-filled form."""
    cls = KINDS.get(request.path_params["kind"])
    if cls is None:
        return JSONResponse({"error": "not_found"}, status_code=404)
    try:
        data = await request.json()
    except ValueError:
        return JSONResponse({"error": "not_json"}, status_code=400)
    return JSONResponse(check_draft(cls, data if isinstance(data, dict) else {}).to_dict())


async def listing(request: Request) -> Response:
    """GET /clients/{client_id}/assignments: one page (``cursor``, ``limit``)."""
    repository: Repository = request.app.state.repository
    client_id = request.path_params["client_id"]
    cursor = request.query_params.get("cursor")
    try:
        limit = int(request.query_params.get("limit", "20"))
    except ValueError:
        limit = 0  # refused by the store, with its path and code
    try:
        page = repository.store(Assignment).list(client_id, cursor=cursor, limit=limit)
    except InvalidData as error:
        return problems(error)
    return JSONResponse(to_dict(page, envelope=False))


async def remove(request: Request) -> Response:
    """DELETE /clients/{client_id}/assignments/{id}."""
    repository: Repository = request.app.state.repository
    client_id, record_id = request.path_params["client_id"], request.path_params["id"]
    try:
        repository.store(Assignment).delete(client_id, record_id)
    except NotFound as error:
        return refusal(404, "not_found", error)
    except BrokenReference as error:
        return refusal(409, "broken_reference", error)
    except VersionConflict as error:
        return refusal(409, "version_conflict", error)
    return Response(status_code=204)


async def session(request: Request) -> Response:
    """GET /clients/{client_id}/session?at=...: what is due at that session."""
    repository: Repository = request.app.state.repository
    client_id = request.path_params["client_id"]
    try:
        at = datetime.fromisoformat(request.query_params.get("at", ""))
    except ValueError:
        return JSONResponse({"error": "bad_time"}, status_code=422)
    try:
        prepared = prepare_review(repository, client_id, at)
    except InvalidData as error:  # a time without its UTC offset, say
        return problems(error)
    except UnknownName as error:
        return refusal(404, "unknown", error)
    return JSONResponse(to_dict(prepared, envelope=False))


def create_app(repository: Repository) -> Starlette:
    """The service on ``repository`` (any store that follows the contract)."""
    app = Starlette(
        routes=[
            Route("/drafts/{kind}", draft, methods=["POST"]),
            Route("/clients/{client_id}/{kind}", add, methods=["POST"]),
            Route("/clients/{client_id}/assignments", listing, methods=["GET"]),
            Route("/clients/{client_id}/assignments/{id}", remove, methods=["DELETE"]),
            Route("/clients/{client_id}/session", session, methods=["GET"]),
        ]
    )
    app.state.repository = repository
    return app


def default_app(path: str = "homework.db") -> Starlette:
    """The service on a SQLite file, through the SQLAlchemy adapter."""
    return create_app(SqlAlchemyRepository(sqlite_engine(f"sqlite:///{path}")))
