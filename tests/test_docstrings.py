"""Every public name has a docstring, and the API reference lists every public name.

What counts as a docstring: a module's, a class's or a function's own ``__doc__``
(not one inherited), a property's, and for a constant or a type alias the ``#:``
comment right above its assignment, which Sphinx's autodoc shows as its
documentation. Public methods and properties of the kit's classes need one too.
"""

import ast
import doctest
import importlib
import inspect
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import therapy_homework

from .helpers import kit_module, module_source

ROOT = Path(__file__).resolve().parent.parent
API = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")


def _modules() -> list[ModuleType]:
    names = [
        info.name
        for info in pkgutil.walk_packages(therapy_homework.__path__, "therapy_homework.")
        if info.name != "therapy_homework.__main__" and kit_module(info.name)
    ]
    return [therapy_homework, *(importlib.import_module(n) for n in names)]


def _public(module: ModuleType) -> bool:
    return not any(part.startswith("_") for part in module.__name__.split("."))


MODULES = _modules()
PUBLIC = [m for m in MODULES if _public(m)]


def _own_doc(obj: object) -> str:
    doc = obj.__dict__.get("__doc__") if inspect.isclass(obj) else getattr(obj, "__doc__", None)
    return (doc or "").strip()


def _commented_assignments(module: ModuleType) -> dict[str, bool]:
    """Names assigned at the top level of ``module``: whether a ``#:`` comment documents each."""
    source = module_source(module)
    lines = source.splitlines()
    found: dict[str, bool] = {}
    for node in ast.parse(source).body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                above = lines[node.lineno - 2].strip() if node.lineno > 1 else ""
                found[target.id] = above.startswith("#:")
    return found


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_every_module_has_a_docstring(module: ModuleType) -> None:
    # read from the source: a compiled module keeps no docstring of its own
    docstring = ast.get_docstring(ast.parse(module_source(module)))
    assert (docstring or "").strip(), f"{module.__name__} has no docstring"


@pytest.mark.parametrize("module", PUBLIC, ids=lambda m: m.__name__)
def test_every_public_name_has_a_docstring(module: ModuleType) -> None:
    assigned = _commented_assignments(module)
    undocumented = []
    for name in module.__all__:
        obj = getattr(module, name)
        if name in assigned:
            if not assigned[name]:
                undocumented.append(name)
        elif inspect.ismodule(obj):
            continue  # checked as a module
        elif inspect.isclass(obj) or inspect.isfunction(obj):
            if getattr(obj, "__module__", "") != module.__name__:
                continue  # re-exported: checked where it is defined
            if not _own_doc(obj):
                undocumented.append(name)
            if inspect.isclass(obj):
                undocumented += [f"{name}.{m}" for m in _undocumented_members(obj)]
    assert not undocumented, f"{module.__name__}: no docstring for {undocumented}"


def _undocumented_members(cls: type) -> list[str]:
    missing = []
    for attribute, value in vars(cls).items():
        if attribute.startswith("_") or type(value) is cls:
            continue  # private, dunder, or an enum member
        function = value.__func__ if isinstance(value, classmethod | staticmethod) else value
        documentable = isinstance(function, property) or inspect.isfunction(function)
        if documentable and not (function.__doc__ or "").strip():
            missing.append(attribute)
    return missing


def _tiers() -> list[ModuleType]:
    from .test_architecture import TIERS

    return [therapy_homework, *(importlib.import_module(t) for t in TIERS)]


def test_re_exported_constants_are_documented_where_they_are_defined() -> None:
    documented: dict[str, bool] = {}
    for module in MODULES:
        documented.update(_commented_assignments(module))
    missing = [
        f"{tier.__name__}.{name}"
        for tier in _tiers()
        for name in tier.__all__
        if not inspect.ismodule(getattr(tier, name))
        and not inspect.isclass(getattr(tier, name))
        and not inspect.isfunction(getattr(tier, name))
        and name != "__version__"
        and not documented.get(name, False)
    ]
    assert not missing, f"no #: comment above {missing}"


def test_the_api_reference_follows_the_tiers() -> None:
    missing = [
        f"{tier.__name__}.{name}"
        for tier in _tiers()
        if not tier.__name__.startswith("therapy_homework.testing")
        for name in tier.__all__
        if not re.search(rf"\.{re.escape(name)}\b", API)
    ]
    assert not missing, f"docs/api.md does not document {missing}"
    for tier in _tiers()[1:]:
        assert f".. automodule:: {tier.__name__}" in API


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_docstring_examples_run(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, report=False)
    assert result.failed == 0, f"{result.failed} docstring example(s) of {module.__name__} fail"


def test_the_api_reference_is_written_from_the_tiers_themselves() -> None:
    script = ROOT / "tools" / "api_reference.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
