"""Compiling small generated functions, as attrs and cattrs do for their hot paths."""

from typing import Any

__all__ = ["Namespace"]


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
        source = "\n".join(lines)
        code = compile(source, f"<therapy_homework {label}>", "exec")
        exec(code, self.values)  # noqa: S102
        return self.values[name]
