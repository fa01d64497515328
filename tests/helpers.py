"""Small builders for named cases, shared by the test modules."""

from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import therapy_homework
from therapy_homework import Assignment, AssignmentKind, Review
from therapy_homework.model import Completion, Decision

T0 = datetime(2026, 11, 19, 17, 0, tzinfo=UTC)


def module_source(module: ModuleType) -> str:
    """The source of one of the kit's modules, also where it runs compiled: a compiled
    wheel (``hatch_build.py``) ships each ``.py`` beside its extension, and ``inspect``
    cannot read the source of compiled code (nor is a compiled module's ``__file__``
    always where it lies), so the file is found from the package's own folder."""
    where = Path(therapy_homework.__file__).parent.joinpath(*module.__name__.split(".")[1:])
    path = where / "__init__.py" if where.is_dir() else where.with_suffix(".py")
    return path.read_text(encoding="utf-8")


def kit_module(name: str) -> bool:
    """Whether a module found in the package is one of the kit's own (not the runtime
    library mypyc adds to a compiled wheel, ``..._compiled__mypyc``)."""
    return not name.endswith("__mypyc")


def assignment(**overrides: Any) -> Assignment:
    """A valid assignment, with any field replaced."""
    fields: dict[str, Any] = {
        "id": "asg-1",
        "client_id": "client-1",
        "title": "Catch the thought",
        "instructions": "Write down the exact thought before your chest tightened.",
        "kind": AssignmentKind.COGNITIVE,
        "assigned_at": T0,
        "review_at": T0 + timedelta(days=7),
    }
    fields.update(overrides)
    return Assignment(**fields)


def review(**overrides: Any) -> Review:
    """A valid review of the helper assignment, with any field replaced."""
    fields: dict[str, Any] = {
        "id": "rev-1",
        "client_id": "client-1",
        "assignment_id": "asg-1",
        "reviewed_at": T0 + timedelta(days=7),
        "completion": Completion.NOT_DONE,
        "decision": Decision.SHRINK,
    }
    fields.update(overrides)
    return Review(**fields)
