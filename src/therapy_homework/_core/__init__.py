"""The model machinery: field plans, annotation analysis, code generation.

Private: nothing here is part of the public API. The domain types are declared with
:func:`therapy_homework._core.fields.model`, which reads each field's annotation once
and generates the checking constructor from it.
"""

__all__: list[str] = []
