"""The shape of the package: no I/O in the core, explicit public names, typed."""

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import therapy_homework

PACKAGE = Path(therapy_homework.__file__).parent
SHELL = {"cli.py", "__main__.py"}
CORE = sorted(p for p in PACKAGE.rglob("*.py") if p.name not in SHELL and "testing" not in p.parts)
IO_MODULES = {
    "socket",
    "ssl",
    "http",
    "urllib",
    "sqlite3",
    "subprocess",
    "logging",
    "asyncio",
    "io",
    "sys",
    "shutil",
    "tempfile",
    "pathlib",
    "requests",
}
IO_CALLS = {"open", "print", "input"}


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_modules_do_no_io(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = {node.module.split(".")[0]}
        else:
            names = set()
        assert not names & IO_MODULES, f"{path.name} imports {names & IO_MODULES}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id not in IO_CALLS, f"{path.name} calls {node.func.id}()"


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_modules_never_import_hypothesis(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(name.startswith(("hypothesis", "testing")) for name in imported)


def _modules() -> list[str]:
    return [
        info.name
        for info in pkgutil.walk_packages(therapy_homework.__path__, "therapy_homework.")
        if info.name != "therapy_homework.__main__"
    ]


@pytest.mark.parametrize("name", _modules())
def test_every_module_declares_all(name: str) -> None:
    module = importlib.import_module(name)
    assert hasattr(module, "__all__"), f"{name} has no __all__"
    for public in module.__all__:
        assert hasattr(module, public), f"{name}.__all__ names a missing {public}"


def test_the_public_api_is_sorted_and_complete() -> None:
    names = therapy_homework.__all__
    assert len(set(names)) == len(names)
    for name in names:
        assert getattr(therapy_homework, name) is not None
    for module_name in _modules():
        module = importlib.import_module(module_name)
        if module_name.split(".")[-1].startswith("_") or ".testing" in module_name:
            continue
        if module_name.endswith(".cli"):
            continue
        if module_name.split(".")[-1] in names:
            # A namespace module (``therapy_homework.progress``): its names are
            # reached through it, and the package exports the module itself.
            continue
        missing = set(module.__all__) - set(names)
        assert not missing, f"{module_name} exports {missing} that the package does not"


def test_the_package_is_typed() -> None:
    assert (PACKAGE / "py.typed").exists()
