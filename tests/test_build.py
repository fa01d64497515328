"""The compiled build (``hatch_build.py``): what it compiles, and that CI runs it.

The whole suite runs twice in CI: on a wheel, whose reader is compiled with mypyc (the
README's test command, with ``THERAPY_HOMEWORK_REQUIRE_COMPILED=1``), and on an editable
install, whose reader is the pure-Python source (the lowest-versions step). Every
behaviour test is therefore a test of both; these tests check that the first run really
measured compiled code.
"""

import ast
import importlib
import importlib.machinery
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
HOOK = ROOT / "hatch_build.py"


def _compiled_paths() -> tuple[str, ...]:
    tree = ast.parse(HOOK.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == [
            "COMPILED"
        ]:
            value = ast.literal_eval(node.value)
            assert isinstance(value, tuple)
            return tuple(str(v) for v in value)
    raise AssertionError("hatch_build.py names no COMPILED modules")


def _module_name(path: str) -> str:
    return path.removeprefix("src/").removesuffix(".py").replace("/", ".")


def test_every_module_the_build_compiles_is_a_module_of_the_kit() -> None:
    paths = _compiled_paths()
    assert paths
    for path in paths:
        assert (ROOT / path).is_file(), path
        assert importlib.import_module(_module_name(path)).__name__ == _module_name(path)


@pytest.mark.skipif(
    os.environ.get("THERAPY_HOMEWORK_REQUIRE_COMPILED") != "1",
    reason="runs where THERAPY_HOMEWORK_REQUIRE_COMPILED=1 says the install must be a "
    "compiled wheel (CI's README step)",
)
def test_the_installed_reader_is_the_compiled_one() -> None:
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    for path in _compiled_paths():
        module = importlib.import_module(_module_name(path))
        assert (module.__file__ or "").endswith(suffixes), module.__file__
