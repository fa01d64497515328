"""Build hook: compile the specificity reader with mypyc when building a wheel.

The reader (``checks/_reader.py``), its word lists, its learned weights and its scoring
are ordinary, fully typed Python. Compiled by mypyc into C extensions, the same source
runs about twice as fast (``benchmarks/checks.py`` prints which one it measured;
``docs/performance.md`` has both). The compiled modules add no run-time dependency: mypyc
puts its small runtime inside the extension.

* A wheel (``pip install .``, ``python -m build``) is compiled.
* An editable install (``pip install -e .``) is not: the modules you edit are the ones
  that run, with no stale binary beside them.
* ``THERAPY_HOMEWORK_PURE_PYTHON=1`` builds a pure-Python wheel.
* If compiling fails (no C compiler, an interpreter mypyc does not support), the build
  warns and goes on with a pure-Python wheel, which behaves the same, only slower (pip
  shows the warning with ``-v``; ``python -m therapy_homework --version`` says which
  reader an install runs); with ``THERAPY_HOMEWORK_REQUIRE_COMPILED=1`` (set in CI) it
  fails instead.
* Compiling needs mypy and setuptools in the build environment (``COMPILER``; pip
  fetches them), and takes about a minute.

The test suite runs against both: CI runs the README's test command, which installs a
wheel, with ``THERAPY_HOMEWORK_REQUIRE_COMPILED=1``, and its lowest-versions step on an
editable install.
"""

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: The modules compiled, in the order mypyc is given them (one shared group).
COMPILED = (
    "src/therapy_homework/checks/_lexicon.py",
    "src/therapy_homework/checks/_weights.py",
    "src/therapy_homework/checks/_reader.py",
    "src/therapy_homework/checks/_scoring.py",
)
#: The shared library mypyc writes for the group, inside the package.
GROUP = "therapy_homework.checks._compiled"
#: What compiling needs at build time (the versions the compiled build is tested with).
COMPILER = ["mypy==2.4.1", "setuptools>=77", "types-python-dateutil>=2.8.19"]


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes"}


class CompileReader(BuildHookInterface):  # type: ignore[type-arg]
    """Adds the mypyc-compiled modules to a standard wheel."""

    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        # a pure-Python build asked for needs no compiler (an editable build cannot be
        # told apart here, so it gets them too, unused)
        return [] if _flag("THERAPY_HOMEWORK_PURE_PYTHON") else list(COMPILER)

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        if _flag("THERAPY_HOMEWORK_PURE_PYTHON"):
            self.app.display_info("therapy_homework: pure-Python wheel (asked for)")
            return
        self._out = out = Path(tempfile.mkdtemp(prefix="therapy-homework-mypyc-"))
        atexit.register(shutil.rmtree, out, True)  # also if the build is interrupted
        try:
            built = self._compile(out)
        except (Exception, SystemExit) as error:  # mypyc exits on a type error
            shutil.rmtree(out, ignore_errors=True)
            cause = f"{type(error).__name__}: {error}"
            if _flag("THERAPY_HOMEWORK_REQUIRE_COMPILED"):
                raise RuntimeError(
                    f"therapy_homework: compiling the reader failed ({cause}), and "
                    "THERAPY_HOMEWORK_REQUIRE_COMPILED is set; unset it to build a "
                    "pure-Python wheel"
                ) from error
            self.app.display_warning(
                f"therapy_homework: compiling the reader failed ({cause}); building a "
                "pure-Python wheel, which gives the same results more slowly"
            )
            return
        except BaseException:
            shutil.rmtree(out, ignore_errors=True)
            raise
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["force_include"].update(built)

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:  # the wheel is written: the compiled files can go
            shutil.rmtree(out, ignore_errors=True)

    def _compile(self, out: Path) -> dict[str, str]:
        # imported here: an editable build never loads the compiler
        from mypyc.build import mypycify  # noqa: PLC0415
        from setuptools import Distribution  # noqa: PLC0415

        root = Path(self.root)
        here = Path.cwd()
        os.chdir(root)  # mypyc names modules by their paths from here
        try:
            extensions = mypycify(
                [f"--cache-dir={out / 'mypy-cache'}", *COMPILED],  # none in the source tree
                opt_level="3",
                debug_level="0",
                group_name=GROUP,
                target_dir=str(out / "c"),
            )
            distribution = Distribution({"name": "therapy_homework", "ext_modules": extensions})
            command: Any = distribution.get_command_obj("build_ext")
            command.build_lib = str(out / "lib")
            command.build_temp = str(out / "tmp")
            command.ensure_finalized()
            command.run()
            outputs = [Path(p) for p in command.get_outputs()]
        finally:
            os.chdir(here)
        built = {str(p): p.relative_to(out / "lib").as_posix() for p in outputs}
        self.app.display_info(
            f"therapy_homework: compiled {len(COMPILED)} modules with mypyc "
            f"for Python {sys.version_info[0]}.{sys.version_info[1]}"
        )
        return built
