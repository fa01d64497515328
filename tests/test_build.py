"""The compiled build (``hatch_build.py``): what it compiles, and that CI runs it.

The whole suite runs twice in CI: on a wheel, whose reader is compiled with mypyc (the
README's test command, with ``THERAPY_HOMEWORK_REQUIRE_COMPILED=1``), and on an editable
install, whose reader is the pure-Python source (the lowest-versions step, with
``THERAPY_HOMEWORK_EXPECT_PURE=1``). Every behaviour test is therefore a test of both
(but the two that count Python calls, which run on the pure reader only); these tests
check that each run measured the reader it says.
"""

import ast
import importlib
import importlib.machinery
import os
from pathlib import Path

import pytest

from therapy_homework.checks import _reader
from therapy_homework.cli import main

from .helpers import module_source

ROOT = Path(__file__).parents[1]
HOOK = ROOT / "hatch_build.py"
COMPILED_SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def _flag(name: str) -> bool:
    # read as the build hook reads it
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes"}


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


def test_every_module_the_build_compiles_is_the_source_the_kit_ships() -> None:
    paths = _compiled_paths()
    assert "src/therapy_homework/checks/_reader.py" in paths
    for path in paths:
        module = importlib.import_module(_module_name(path))
        # the module the kit imports under that name is the file the hook compiles
        assert module_source(module) == (ROOT / path).read_text(encoding="utf-8"), path


@pytest.mark.parametrize(
    ("flag", "suffixes"),
    [
        # CI's README step installs a wheel, which must be compiled
        ("THERAPY_HOMEWORK_REQUIRE_COMPILED", COMPILED_SUFFIXES),
        # CI's lowest-versions step installs editable, so pure Python
        ("THERAPY_HOMEWORK_EXPECT_PURE", (".py",)),
    ],
    ids=["compiled", "pure"],
)
def test_the_installed_reader_is_the_one_the_environment_says(
    flag: str, suffixes: tuple[str, ...]
) -> None:
    if not _flag(flag):
        pytest.skip(f"runs where {flag} says which reader the install must run (CI sets it)")
    for path in _compiled_paths():
        module = importlib.import_module(_module_name(path))
        assert (module.__file__ or "").endswith(suffixes), module.__file__


def test_the_version_says_which_reader_runs(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    expected = "pure Python" if _reader.__file__.endswith(".py") else "compiled"
    assert f"(reader: {expected})" in capsys.readouterr().out
