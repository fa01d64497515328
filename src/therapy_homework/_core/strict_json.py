"""JSON text read strictly: the one parser of JSON text in the kit.

Duplicate keys, the non-standard constants ``NaN`` and ``Infinity``, integers of more
than 100 digits and nesting too deep for Python are refused with :class:`InvalidData`
rather than silently resolved (the last duplicate winning) or crashing.
"""

import json
from typing import Any, Final

from ..errors import InvalidData, Problem, ProblemCode

__all__ = ["MAX_DIGITS", "loads"]

#: The most digits an integer in JSON text may have (Python's own limit is 4,300).
MAX_DIGITS: Final = 100


def _fail(message: str, code: ProblemCode) -> InvalidData:
    return InvalidData([Problem((), message, code)])


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _fail("has the same key twice in one object", ProblemCode.DUPLICATE)
    return result


def _integer(digits: str) -> int:
    if len(digits) > MAX_DIGITS:
        raise _fail(
            f"contains an integer of more than {MAX_DIGITS} digits", ProblemCode.OUT_OF_RANGE
        )
    return int(digits)


def _constant(name: str) -> Any:
    raise _fail(f"contains {name}, which JSON does not allow", ProblemCode.FORMAT)


def loads(text: str | bytes) -> Any:
    """The value of JSON ``text``, or :class:`InvalidData` with one problem at ``()``."""
    try:
        return json.loads(
            text, object_pairs_hook=_object, parse_constant=_constant, parse_int=_integer
        )
    except InvalidData:
        raise
    except RecursionError:
        message = "is nested too deeply to be a document of the kit"
        raise _fail(message, ProblemCode.FORMAT) from None
    except (ValueError, TypeError) as exc:
        where = ""
        if isinstance(exc, json.JSONDecodeError):
            where = f" (line {exc.lineno}, column {exc.colno})"
        raise _fail(f"is not valid JSON{where}", ProblemCode.FORMAT) from None
