"""The shape of the package: no I/O in the core, explicit public names, typed."""

import ast
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import therapy_homework

from .helpers import kit_module

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
        if info.name != "therapy_homework.__main__" and kit_module(info.name)
    ]


@pytest.mark.parametrize("name", _modules())
def test_every_module_declares_all(name: str) -> None:
    module = importlib.import_module(name)
    assert hasattr(module, "__all__"), f"{name} has no __all__"
    for public in module.__all__:
        assert hasattr(module, public), f"{name}.__all__ names a missing {public}"


#: The public tiers below the top level, each a subpackage or module with its own face.
TIERS = (
    "therapy_homework.model",
    "therapy_homework.checks",
    "therapy_homework.templates",
    "therapy_homework.planning",
    "therapy_homework.drafts",
    "therapy_homework.progress",
    "therapy_homework.serialization",
    "therapy_homework.storage",
    "therapy_homework.errors",
    "therapy_homework.testing.strategies",
    "therapy_homework.testing.contract",
)


def test_the_top_level_is_small() -> None:
    names = therapy_homework.__all__
    assert len(set(names)) == len(names)
    assert len(names) <= 40
    for name in names:
        assert getattr(therapy_homework, name) is not None


def test_the_top_level_re_exports_only_names_of_a_tier() -> None:
    tiers = [importlib.import_module(t) for t in TIERS]
    for name in therapy_homework.__all__:
        if name == "__version__":
            continue
        value = getattr(therapy_homework, name)
        assert any(getattr(t, name, None) is value and name in t.__all__ for t in tiers), name


@pytest.mark.parametrize("tier", TIERS)
def test_each_tier_has_its_own_face(tier: str) -> None:
    module = importlib.import_module(tier)
    names = module.__all__
    assert len(set(names)) == len(names)
    assert not any(n.startswith("_") for n in names)
    if hasattr(module, "__path__"):  # a subpackage: dir() shows its face, not its modules
        assert set(dir(module)) == set(names)


def test_no_name_is_public_in_two_tiers() -> None:
    owners: dict[str, str] = {}
    for tier in TIERS:
        for name in importlib.import_module(tier).__all__:
            assert name not in owners, f"{name} is public in {owners[name]} and {tier}"
            owners[name] = tier


def test_importing_the_top_level_imports_no_checks_no_serialization_no_hypothesis() -> None:
    code = (
        "import sys, therapy_homework; "
        "heavy = [m for m in sys.modules if m.startswith(('hypothesis', 'cattrs', "
        "'therapy_homework.checks', 'therapy_homework.serialization'))]; "
        "print(','.join(heavy))"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert found == ""


def test_the_package_is_typed() -> None:
    assert (PACKAGE / "py.typed").exists()
