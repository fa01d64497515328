"""Lazy public faces (PEP 562): a package's names are imported on first use.

A program that needs one type does not pay for importing every checker, and
``import therapy_homework`` costs almost nothing. Type checkers see the names through
each package's ``if TYPE_CHECKING:`` imports.
"""

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["lazy_face"]


def lazy_face(
    package: str, homes: Mapping[str, str], public: Iterable[str], modules: Iterable[str] = ()
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``.

    ``homes`` maps each public name to the submodule (relative to ``package``) that
    defines it; ``modules`` are submodules reachable as attributes. ``dir()`` shows
    the public face, not the modules behind it.
    """
    shown = sorted(public)
    reachable = frozenset(modules)

    def __getattr__(name: str) -> Any:  # noqa: N807
        if name in reachable:
            return importlib.import_module(f"{package}.{name}")
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        setattr(importlib.import_module(package), name, value)  # found directly next time
        return value

    def __dir__() -> list[str]:  # noqa: N807
        return list(shown)

    return __getattr__, __dir__
