"""Testing helpers for users of the kit (install the ``testing`` extra).

* :mod:`therapy_homework.testing.strategies`: Hypothesis strategies for every
  public type, registered with ``st.from_type`` through an entry point.

Nothing here is imported by ``import therapy_homework``.
"""

__all__: list[str] = []
