"""The template catalogue: worked homework for each kind of work, as data.

Each :class:`Template` has a standard form and lighter or heavier
:class:`Variant` s, with :class:`Parameter` s that a clinician fills in.
"""

from typing import TYPE_CHECKING

from .._core.lazy import lazy_face

if TYPE_CHECKING:
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

#: Where each public name is defined; imported on first use.
_HOMES = {
    "CATALOGUE": "catalogue",
    "Parameter": "catalogue",
    "Template": "catalogue",
    "Variant": "catalogue",
    "get_template": "catalogue",
}

__getattr__, __dir__ = lazy_face(__name__, _HOMES, __all__)
