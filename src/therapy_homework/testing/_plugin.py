"""The Hypothesis entry point: makes ``st.from_type(Assignment)`` and friends work.

Hypothesis calls :func:`_register` when it is imported, for every installed
package that declares a ``hypothesis`` entry point. The hook stays cheap: it
registers a function per type, and the strategies module is imported only when
one of those functions is first called. A record type registered later (with a
strategy) is registered with Hypothesis as it arrives.
"""

from typing import Any

__all__: list[str] = []


def _register() -> None:
    from hypothesis import strategies as st  # noqa: PLC0415

    from ..model.records import RECORD_TYPES  # noqa: PLC0415
    from ..model.suggestions import Slot, Suggestion  # noqa: PLC0415
    from ..serialization import TYPE_NAMES  # noqa: PLC0415

    def resolve(cls: type) -> Any:
        from .strategies import strategy_for  # noqa: PLC0415

        return strategy_for(cls)

    def register_all() -> None:
        for cls in (*TYPE_NAMES, Slot, Suggestion):
            st.register_type_strategy(cls, resolve)

    register_all()
    RECORD_TYPES.on_change(register_all)
