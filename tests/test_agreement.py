"""The generated fast paths agree with the careful ones they stand in for.

Every model class has two constructors' worth of checks (a generated one-line test
per field that decides whether the full check must run) and two readers (a
generated straight-line reader that assumes valid data, and a careful one that
names every problem). All four are generated from one field plan; these property
tests show that the fast ones never claim more than the careful ones: whatever the
fast reader reads, with one mutation anywhere or none, the careful one reads to the
same object; a valid document is always read by the fast one; and a fast path fails
only with a data error.
"""

import linecache
import traceback
from datetime import UTC, datetime, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from therapy_homework import InvalidData, from_dict, to_dict
from therapy_homework import serialization as serialization_module
from therapy_homework._core.codegen import Namespace
from therapy_homework._core.fields import fast_test, spec_of
from therapy_homework.serialization import TYPE_NAMES

TYPES = sorted(TYPE_NAMES, key=lambda cls: cls.__name__)


class _Other:
    """An object of a class no field takes."""


#: Values of every sort a field might be handed: right, wrong, and nearly right.
_ANY = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=40),
    st.text(max_size=3).map(lambda t: f" {t} "),
    st.just("x" * 20_001),
    st.datetimes(),
    st.datetimes(timezones=st.just(UTC)),
    st.datetimes(
        min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)
    ),
    st.lists(st.integers(), max_size=3).map(tuple),
    st.lists(st.text(max_size=5), max_size=3).map(tuple),
    st.just(tuple(range(300))),
    st.builds(_Other),
)


def _predicate(shape: Any) -> Any:
    names = Namespace(_datetime=datetime, _timezone=timezone)
    expression = fast_test(shape, "v", names)
    return names.compile("test", ["def test(v):", f"    return {expression}"], "agreement")


@pytest.mark.parametrize("cls", TYPES, ids=lambda c: c.__name__)
@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_field_the_fast_test_passes_also_passes_the_full_check(
    cls: type, data: st.DataObject
) -> None:
    valid = data.draw(st.from_type(cls))
    for spec in spec_of(cls):
        passes = _predicate(spec.shape)
        for value in (getattr(valid, spec.name), data.draw(_ANY)):
            if passes(value):
                assert not spec.check(value), (cls.__name__, spec.name)


def _codec() -> Any:
    return serialization_module._CODEC or serialization_module._codec()


def _paths(document: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a document where a value sits (keys of objects, list indexes)."""
    found = []
    if isinstance(document, dict):
        for key, value in document.items():
            found.append((*prefix, key))
            found.extend(_paths(value, (*prefix, key)))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found.append((*prefix, index))
            found.extend(_paths(value, (*prefix, index)))
    return found


def _mutated(document: Any, path: tuple[Any, ...], how: str, value: Any) -> Any:
    if not path:
        return value
    copy: Any = dict(document) if isinstance(document, dict) else list(document)
    head, rest = path[0], path[1:]
    if rest:
        copy[head] = _mutated(copy[head], rest, how, value)
    elif how == "delete":
        del copy[head]
    elif how == "add" and isinstance(copy, dict):
        copy[f"{head}_extra"] = value
    else:
        copy[head] = value
    return copy


_JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=8),
    st.just(""),
    st.just("x" * 20_001),
    st.just("2026-01-01T10:00"),
    st.just("2026-13-01T10:00:00+00:00"),
    st.just("0001-01-01T00:00:00+00:00"),
    st.lists(st.integers(), max_size=2),
    st.just([None] * 300),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def _read_both(cls: type, document: Any) -> tuple[Any, BaseException | None, Any, bool]:
    reading = _codec().reading
    fast_value, fast_error = None, None
    try:
        fast_value = reading.fast(cls)(document)
    except (KeyError, TypeError, ValueError) as exc:  # what bad data may raise
        fast_error = exc
    careful_value, refused = None, False
    try:
        careful_value = reading.careful(cls)(document)
    except InvalidData:
        refused = True
    return fast_value, fast_error, careful_value, refused


@pytest.mark.parametrize("cls", TYPES, ids=lambda c: c.__name__)
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_fast_and_careful_readers_agree_on_valid_and_mutated_data(
    cls: type, data: st.DataObject
) -> None:
    obj = data.draw(st.from_type(cls))
    document = _codec().writing_full(obj)
    mutated = False
    paths = _paths(document)
    mutate = data.draw(st.booleans())
    if paths and mutate:
        path = data.draw(st.sampled_from(paths))
        how = data.draw(st.sampled_from(["delete", "replace", "add"]))
        document = _mutated(document, path, how, data.draw(_JUNK))
        mutated = True
    fast_value, fast_error, careful_value, refused = _read_both(cls, document)
    if fast_error is None:
        assert not refused, "the fast reader accepted what the careful one refuses"
        assert fast_value == careful_value
    elif not mutated:
        # What the kit writes is canonical (stripped text, no blank optional text), so
        # the fast reader reads it all; it may leave to the careful path only input
        # that needs converting (padded text, "" for a missing optional text) or is wrong.
        raise AssertionError(f"the fast reader could not read a valid document: {fast_error!r}")


def test_a_fast_path_failure_that_is_not_about_the_data_is_not_swallowed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    codec = _codec()
    assignment_type = next(cls for cls in TYPE_NAMES if cls.__name__ == "Assignment")

    def broken(data: Any) -> Any:
        raise ZeroDivisionError("a bug in a generated reader")

    name, _ = codec.read_document[assignment_type]
    monkeypatch.setitem(codec.read_document, assignment_type, (name, broken))
    from therapy_homework.cli import demo_objects

    document = to_dict(demo_objects()[0])
    with pytest.raises(ZeroDivisionError):
        from_dict(assignment_type, document)


def test_generated_code_shows_its_source_in_a_traceback() -> None:
    from therapy_homework.model import Dose

    try:
        Dose(count=0)
    except InvalidData as exc:
        frames = traceback.extract_tb(exc.__traceback__)
    generated = [f for f in frames if f.filename.startswith("<therapy_homework generated")]
    assert generated, "the traceback passes through the generated __init__"
    assert all(f.line for f in generated)  # linecache knows the source
    last = generated[-1]
    assert "raise _InvalidData" in linecache.getline(last.filename, last.lineno or 0)


def test_every_type_round_trips_through_both_readers_on_its_demo_data() -> None:
    from therapy_homework.cli import demo_objects

    for obj in demo_objects():
        document = _codec().writing_full(obj)
        fast_value, fast_error, careful_value, refused = _read_both(type(obj), document)
        assert fast_error is None
        assert not refused
        assert fast_value == careful_value == obj
