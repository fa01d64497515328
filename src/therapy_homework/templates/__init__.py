"""The template catalogue: worked homework for each kind of work, as data.

Each :class:`Template` has a standard form and lighter or heavier
:class:`Variant` s, with :class:`Parameter` s that a clinician fills in.
"""

from .catalogue import (
    CATALOGUE,
    Parameter,
    Template,
    Variant,
    get_template,
)

__all__ = [
    "CATALOGUE",
    "Parameter",
    "Template",
    "Variant",
    "get_template",
]


def __dir__() -> list[str]:
    return list(__all__)
