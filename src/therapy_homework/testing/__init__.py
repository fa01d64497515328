"""Testing helpers for users of the kit (install the ``testing`` extra).

* :mod:`therapy_homework.testing.strategies`: Hypothesis strategies for every
  public type, registered with ``st.from_type`` through an entry point.
* :mod:`therapy_homework.testing.contract`: the storage contract suite.

Nothing here is imported by ``import therapy_homework``.
"""

import contextlib

__all__: list[str] = []

# A store that fails the contract suite shows the values compared, not a bare
# AssertionError: pytest rewrites the suite's asserts (when pytest is there).
with contextlib.suppress(ImportError):
    import pytest

    pytest.register_assert_rewrite("therapy_homework.testing.contract")
