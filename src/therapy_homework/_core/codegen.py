"""Compiling small generated functions, as attrs and cattrs do for their hot paths.

Each function's source is registered in :mod:`linecache` under a unique file name,
so a traceback through generated code shows the line that failed, and debuggers and
``inspect.getsource`` can show it too.
"""

import itertools
import linecache
from typing import Any

__all__ = ["Namespace"]

_COUNTER = itertools.count(1)


class Namespace:
    """The globals of one generated function: each object gets a unique name."""

    def __init__(self, **fixed: Any) -> None:
        self.values: dict[str, Any] = dict(fixed)

    def add(self, prefix: str, value: Any) -> str:
        """Bind ``value`` to a fresh global name and return the name."""
        name = f"_{prefix}{len(self.values)}"
        self.values[name] = value
        return name

    def compile(self, name: str, lines: list[str], label: str) -> Any:
        """Compile ``lines`` (one function called ``name``) and return the function."""
        source = "\n".join(lines) + "\n"
        filename = f"<therapy_homework generated {label} #{next(_COUNTER)}>"
        code = compile(source, filename, "exec")
        exec(code, self.values)  # noqa: S102
        # As attrs does: (size, mtime None so it is never checked against a file, lines, name).
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        return self.values[name]
