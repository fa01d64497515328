"""An app's own data on a record: :class:`Extensions`.

Every top-level record has an ``extensions`` field: JSON values under namespaced keys
(``"org.example.created_by"``, ``"com.clinic.tenant"``) for what the kit does not model:
audit fields, a tenant, an external id. The kit carries them exactly (a round trip
gives back the same values), never interprets them, and never shows them in ``repr``.
They are bounded, so a hostile document costs little.
"""

import json
import math
import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, Final

from ..errors import MAX_PROBLEMS, InvalidData, Problem, ProblemCode

__all__ = [
    "EMPTY_EXTENSIONS",
    "KEY_PATTERN",
    "MAX_EXTENSION_BYTES",
    "MAX_EXTENSION_KEYS",
    "MAX_KEY_LENGTH",
    "Extensions",
    "extension_problems",
]

#: The most keys one record's extensions hold.
MAX_EXTENSION_KEYS: Final = 32
#: The most characters the extensions of one record take as compact JSON.
MAX_EXTENSION_BYTES: Final = 8192
#: How deep lists and objects may nest inside one value.
_MAX_DEPTH: Final = 4
#: A namespaced key: lowercase segments separated by dots, at least two ("org.app").
#: What an extension key looks like (a regular expression, matched whole).
KEY_PATTERN: Final = r"[a-z][a-z0-9-]{0,62}(?:\.[a-z0-9][a-z0-9_-]{0,62}){1,7}"
_KEY: Final = re.compile(KEY_PATTERN)
#: The longest extension key.
MAX_KEY_LENGTH: Final = 128
#: JSON numbers exactly representable in every JSON reader.
_SAFE_INTEGER: Final = 2**53


def _freeze(value: Any) -> Any:
    if type(value) is list:
        return tuple(_freeze(v) for v in value)
    if type(value) is dict:
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    return value


def _thaw(value: Any) -> Any:
    if type(value) is tuple:
        return [_thaw(v) for v in value]
    if type(value) is dict or isinstance(value, MappingProxyType):
        return {k: _thaw(v) for k, v in value.items()}
    return value


class _Budget:
    """How many more values the walk may visit: every JSON value takes at least one
    character, so more values than the size limit allows are too many, found early."""

    __slots__ = ("left",)

    def __init__(self) -> None:
        self.left = MAX_EXTENSION_BYTES


class _OverBudget(Exception):
    """The extensions hold more values than their size limit allows."""


def _value_problems(
    value: Any, location: tuple[str | int, ...], depth: int, budget: _Budget
) -> Iterator[Problem]:
    budget.left -= 1
    if budget.left < 0:
        raise _OverBudget
    kind = type(value)
    if value is None or kind is bool or kind is str:
        return
    if kind is int:
        if not -_SAFE_INTEGER < value < _SAFE_INTEGER:
            yield Problem(location, "is too large for JSON readers", ProblemCode.OUT_OF_RANGE)
        return
    if kind is float:
        if not math.isfinite(value):
            yield Problem(location, "must be a finite number", ProblemCode.OUT_OF_RANGE)
        return
    if kind in (list, tuple, dict, MappingProxyType):
        if depth >= _MAX_DEPTH:
            yield Problem(location, f"nests deeper than {_MAX_DEPTH} levels", ProblemCode.TOO_MANY)
            return
        if kind in (list, tuple):
            for index, item in enumerate(value):
                yield from _value_problems(item, (*location, index), depth + 1, budget)
            return
        for position, (key, item) in enumerate(value.items(), start=1):
            if type(key) is not str:
                yield Problem(location, f"key {position} is not text", ProblemCode.TYPE)
                continue
            yield from _value_problems(item, (*location, position), depth + 1, budget)
        return
    yield Problem(location, "expected a JSON value", ProblemCode.TYPE)


def extension_problems(value: object) -> list[Problem]:
    """Every problem with ``value`` as extensions (a mapping of namespaced keys to JSON
    values), each located under the key (or, for a bad key, its position)."""
    if not isinstance(value, Mapping):
        kind = type(value).__name__
        return [Problem((), f"expected an object of namespaced keys, got {kind}", ProblemCode.TYPE)]
    problems: list[Problem] = []
    budget = _Budget()
    if len(value) > MAX_EXTENSION_KEYS:
        return [
            Problem(
                (),
                f"has {len(value):,} keys; the limit is {MAX_EXTENSION_KEYS}",
                ProblemCode.TOO_MANY,
            )
        ]
    for position, (key, item) in enumerate(value.items(), start=1):
        if type(key) is not str or len(key) > MAX_KEY_LENGTH or _KEY.fullmatch(key) is None:
            # A bad key is never echoed: it may be anything, client text included.
            problems.append(
                Problem(
                    (),
                    f"key {position} is not a namespaced key (such as 'org.example.created_by')",
                    ProblemCode.FORMAT,
                )
            )
            continue
        try:
            for problem in _value_problems(item, (key,), 1, budget):
                problems.append(problem)
                if len(problems) > MAX_PROBLEMS:
                    return problems
        except _OverBudget:
            return [
                Problem(
                    (),
                    f"holds more values than {MAX_EXTENSION_BYTES:,} characters of JSON can",
                    ProblemCode.TOO_LONG,
                )
            ]
    if not problems:
        size = len(json.dumps(_thaw(dict(value)), separators=(",", ":"), ensure_ascii=False))
        if size > MAX_EXTENSION_BYTES:
            problems.append(
                Problem(
                    (),
                    f"takes {size:,} characters as JSON; the limit is {MAX_EXTENSION_BYTES:,}",
                    ProblemCode.TOO_LONG,
                )
            )
    return problems


class Extensions(Mapping[str, Any]):
    """An app's own JSON values on a record, under namespaced keys; immutable.

    Lists come back as tuples and objects as read-only mappings (the record stays
    immutable); :meth:`to_json` gives plain lists and dicts.
    """

    __slots__ = ("_items", "_key")

    def __init__(self, values: Mapping[str, Any] | None = None) -> None:
        values = {} if values is None else values
        problems = extension_problems(values)
        if problems:
            raise InvalidData(problems, subject="Extensions")
        items = {key: _freeze(_thaw(item)) for key, item in values.items()}
        self._items: Mapping[str, Any] = MappingProxyType(items)
        self._key = json.dumps(_thaw(items), sort_keys=True, ensure_ascii=False)

    def __getitem__(self, key: str) -> Any:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Extensions):
            return self._key == other._key
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key)

    def __repr__(self) -> str:
        # The values are the app's: they may hold anything, so only the count shows.
        count = len(self._items)
        return f"Extensions(<{count} {'entry' if count == 1 else 'entries'}>)"

    def to_json(self) -> dict[str, Any]:
        """The values as plain JSON (lists and dicts), in their order."""
        if not self._items:
            return {}
        return {key: _thaw(item) for key, item in self._items.items()}


#: No extensions: the default of every record.
EMPTY_EXTENSIONS: Final = Extensions()
