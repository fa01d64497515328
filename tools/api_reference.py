"""Write ``docs/api.md``, the API reference, from the tiers' ``__all__``.

    python tools/api_reference.py          # write docs/api.md
    python tools/api_reference.py --check  # fail if docs/api.md is stale (the suite runs it)

The reference follows the tiers: the top level first, then each public subpackage or
module, each name documented where its tier exposes it. A name public at the top is
documented there only.
"""

import argparse
import enum
import importlib
import inspect
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import therapy_homework  # noqa: E402

OUTPUT = ROOT / "docs" / "api.md"
TIERS = (
    ("therapy_homework.model", "The domain types"),
    ("therapy_homework.checks", "Checks, findings and rules"),
    ("therapy_homework.templates", "The template catalogue"),
    ("therapy_homework.planning", "Adjustments and session preparation"),
    ("therapy_homework.drafts", "Drafts: half-filled forms"),
    ("therapy_homework.progress", "Progress measures"),
    ("therapy_homework.serialization", "Serialization"),
    ("therapy_homework.schema", "JSON Schema"),
    ("therapy_homework.fhir", "HL7 FHIR R4"),
    ("therapy_homework.fhir.urls", "FHIR canonical URLs"),
    ("therapy_homework.storage", "Storage"),
    ("therapy_homework.errors", "Errors"),
)


def _directive(path: str, obj: object, constant_home: str) -> list[str]:
    if inspect.isclass(obj) and issubclass(obj, BaseException):
        return [f".. autoexception:: {path}"]
    if inspect.isclass(obj) and issubclass(obj, enum.Enum):
        return [f".. autoclass:: {path}", "   :members:", "   :undoc-members:"]
    if inspect.isclass(obj):
        return [f".. autoclass:: {path}", "   :members:"]
    if inspect.isfunction(obj):
        return [f".. autofunction:: {path}"]
    return [f".. autodata:: {constant_home}", "   :no-value:"]


def _constant_home(tier: str, name: str) -> str:
    """The module whose source documents the constant with a ``#:`` comment."""
    package = importlib.import_module(tier)
    if hasattr(package, "__path__"):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{tier}.{info.name}")
            source = inspect.getsource(module)
            if f"\n{name}:" in source or f"\n{name} =" in source:
                return f"{tier}.{info.name}.{name}"
    return f"{tier}.{name}"


def reference() -> str:
    """The text of ``docs/api.md``."""
    out = [
        "# API reference",
        "",
        "The kit has a small top level and a few tiers below it. Most apps need only the",
        "top level: the core types, the checks, serialization and the errors. Each tier is a",
        "subpackage (or module) with its own `__all__`; import from it what the top level does",
        "not hold, for example `from therapy_homework.model import BELIEF`. This page is",
        "written by `tools/api_reference.py` from the tiers themselves.",
        "",
        "## The top level: `therapy_homework`",
        "",
        "```{eval-rst}",
    ]
    top = [n for n in therapy_homework.__all__ if not n.startswith("_")]
    for name in top:
        out += _directive(
            f"therapy_homework.{name}",
            getattr(therapy_homework, name),
            _constant_home("therapy_homework.model", name),
        )
    out += [".. autodata:: therapy_homework.__version__", "```", ""]
    for tier, title in TIERS:
        module = importlib.import_module(tier)
        out += [f"## {title}: `{tier}`", "", "```{eval-rst}", f".. automodule:: {tier}"]
        out += ["   :no-members:", ""]
        for name in module.__all__:
            if name not in top:
                out += _directive(
                    f"{tier}.{name}", getattr(module, name), _constant_home(tier, name)
                )
        out += ["```", ""]
    out += [
        "## Testing: `therapy_homework.testing`",
        "",
        "```{eval-rst}",
        ".. automodule:: therapy_homework.testing.strategies",
        "   :members:",
        "",
        ".. automodule:: therapy_homework.testing.contract",
        "   :members: RepositoryContract, AsyncRepositoryContract",
        "```",
        "",
    ]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if docs/api.md is stale")
    args = parser.parse_args()
    text = reference()
    if args.check:
        if OUTPUT.read_text(encoding="utf-8") != text:
            sys.exit("docs/api.md is stale: run python tools/api_reference.py")
        return
    OUTPUT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
