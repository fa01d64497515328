"""Catching ``TherapyHomeworkError`` handles anything the kit raises.

Every public function, constructor and method is driven with arguments of the wrong
type; whatever it raises must be one of the kit's errors (which are also the
built-in error whose meaning fits, so existing ``except`` clauses keep working).
"""

import asyncio
import contextlib
import enum
import importlib
import inspect
from collections.abc import Callable
from datetime import datetime
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import therapy_homework
from therapy_homework import (
    AssignmentKind,
    InvalidData,
    Report,
    TherapyHomeworkError,
    UnknownName,
    WrongType,
)
from therapy_homework._core.fields import model
from therapy_homework.checks import DEFAULT_REGISTRY
from therapy_homework.errors import DefinitionError, Problem
from therapy_homework.model import MOOD, Demand
from therapy_homework.serialization import TYPE_NAMES
from therapy_homework.storage import AsyncInMemoryRepository, InMemoryRepository, Query
from therapy_homework.templates import get_template

from .helpers import assignment

TIERS = ("model", "checks", "templates", "planning", "progress", "serialization", "storage")


class _Stranger:
    """An object of a type no function of the kit takes."""


def _call_with_strangers(function: Callable[..., Any], *, optional: bool) -> None:
    """Call ``function`` with a stranger for each required (and, if asked, optional)
    parameter; a coroutine is run to the end."""
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):  # a builtin without a signature
        return
    args: list[object] = []
    kwargs: dict[str, object] = {}
    for parameter in signature.parameters.values():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        if parameter.default is not parameter.empty and not optional:
            continue
        if parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = _Stranger()
        else:
            args.append(_Stranger())
    result = function(*args, **kwargs)
    if inspect.iscoroutine(result):
        asyncio.run(result)


def _public_callables() -> list[tuple[str, Callable[..., Any]]]:
    found = []
    tiers = [therapy_homework, *(importlib.import_module(f"therapy_homework.{t}") for t in TIERS)]
    for namespace in tiers:
        prefix = namespace.__name__ + "."
        for name in namespace.__all__:
            value = getattr(namespace, name)
            if inspect.ismodule(value) or not callable(value):
                continue
            if isinstance(value, type) and (
                issubclass(value, BaseException | enum.Enum)
                or getattr(value, "_is_protocol", False)
            ):
                continue  # errors; enums (their functional API); protocols
            found.append((prefix + name, value))
    return found


@pytest.mark.parametrize("optional", [False, True], ids=["required", "every"])
@pytest.mark.parametrize(("name", "function"), _public_callables(), ids=lambda v: str(v)[:40])
def test_every_public_function_raises_only_the_kits_errors(
    name: str, function: Callable[..., Any], optional: bool
) -> None:
    with contextlib.suppress(TherapyHomeworkError):
        _call_with_strangers(function, optional=optional)


_DUNDERS = ("__lt__", "__le__", "__sub__", "__add__", "__getitem__", "__contains__")


def _drive_methods(instance: object) -> None:
    for name in dir(instance):
        if name.startswith("_") and name not in _DUNDERS:
            continue
        method = getattr(instance, name, None)
        if not callable(method) or isinstance(method, type):
            continue
        for optional in (False, True):
            with contextlib.suppress(TherapyHomeworkError):
                _call_with_strangers(method, optional=optional)


_SERVICES: dict[str, Callable[[], object]] = {
    "repository": InMemoryRepository,
    "store": lambda: InMemoryRepository().store(type(assignment())),
    "async repository": AsyncInMemoryRepository,
    "async store": lambda: AsyncInMemoryRepository().store(type(assignment())),
    "registry": DEFAULT_REGISTRY.copy,
    "report": lambda: Report(()),
    "rating": lambda: MOOD.rate(3),
    "query": Query,
}


@pytest.mark.parametrize("make", _SERVICES.values(), ids=_SERVICES.keys())
def test_every_method_of_the_services_raises_only_the_kits_errors(
    make: Callable[[], object],
) -> None:
    _drive_methods(make())


@pytest.mark.parametrize("record_type", TYPE_NAMES, ids=lambda t: t.__name__)
@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=5)
@given(data=st.data())
def test_every_method_of_every_record_raises_only_the_kits_errors(
    record_type: type, data: st.DataObject
) -> None:
    _drive_methods(data.draw(st.from_type(record_type)))


# --------------------------------------------------------------------------- named cases


def test_a_wrong_type_is_also_a_type_error_and_names_the_argument() -> None:
    with pytest.raises(WrongType) as caught:
        therapy_homework.check_collaboration("Walk daily")  # type: ignore[arg-type]
    assert isinstance(caught.value, TypeError)
    assert isinstance(caught.value, InvalidData)
    assert caught.value.paths == ["$.assignment"]
    assert "Walk daily" not in str(caught.value)


def test_a_value_that_is_no_member_of_an_enum_is_invalid_data() -> None:
    for call in (lambda: AssignmentKind("journal"), lambda: Demand("extreme")):
        with pytest.raises(InvalidData) as caught:
            call()
        assert isinstance(caught.value, ValueError)
        assert "expected one of" in str(caught.value)
        assert "journal" not in str(caught.value)
    assert AssignmentKind("behavioral") is AssignmentKind.BEHAVIOURAL


def test_an_unknown_template_is_an_unknown_name_and_a_key_error() -> None:
    with pytest.raises(UnknownName) as caught:
        get_template("no-such-template")
    assert isinstance(caught.value, KeyError)
    assert "no-such-template" not in str(caught.value)


def test_a_duplicate_rule_code_is_invalid_data() -> None:
    registry = DEFAULT_REGISTRY.copy()
    rule = registry["SPEC001"]
    with pytest.raises(InvalidData) as caught:
        registry.register(rule)
    assert caught.value.paths == ["$.rule.code"]
    with pytest.raises(UnknownName):
        registry.unregister("NOPE001")


@pytest.mark.parametrize("cursor", ["²", "9" * 5000, "-1", "abc", ""])
def test_a_cursor_the_store_never_gave_out_is_invalid_data(cursor: str) -> None:
    store = InMemoryRepository().store(type(assignment()))
    with pytest.raises(InvalidData) as caught:
        store.list("client-1", cursor=cursor)
    assert caught.value.paths == ["$.cursor"]


@pytest.mark.parametrize(
    "field",
    [
        attrs.field(validator=attrs.validators.instance_of(int)),
        attrs.field(converter=int),
        attrs.field(alias="other"),
    ],
    ids=["validator", "converter", "alias"],
)
def test_a_model_with_attrs_validators_converters_or_aliases_fails_when_defined(
    field: Any,
) -> None:
    with pytest.raises(DefinitionError, match="no validator, converter or alias"):

        @model
        @attrs.frozen(kw_only=True)
        class Broken:
            count: int = field


def test_a_wrong_type_pickles_and_copies_as_itself() -> None:
    import copy
    import pickle

    error = WrongType([Problem(("assignment",), "expected an Assignment, got text")])
    for again in (pickle.loads(pickle.dumps(error)), copy.copy(error)):
        assert type(again) is WrongType
        assert isinstance(again, TypeError)
        assert again.paths == ["$.assignment"]


def test_arguments_that_are_missing_or_of_the_wrong_shape_raise_the_kit_s_errors() -> None:
    from therapy_homework.planning import prepare_review_from
    from therapy_homework.progress import review_coverage, theil_sen

    homework = assignment()
    store = InMemoryRepository().store(type(homework))
    attempts: list[Callable[[], object]] = [
        lambda: prepare_review_from("client-1", None, assignments=[]),  # type: ignore[arg-type]
        lambda: prepare_review_from(
            "client-1",
            homework.assigned_at,
            assignments=None,  # type: ignore[arg-type]
        ),
        lambda: prepare_review_from(
            "client-1",
            homework.assigned_at,
            assignments=[],
            window=5,  # type: ignore[arg-type]
        ),
        lambda: review_coverage([homework], [], as_of=None),  # type: ignore[arg-type]
        lambda: store.get([], "x"),  # type: ignore[arg-type]
        lambda: store.list("client-1", None),  # type: ignore[arg-type]
        lambda: Query(since=datetime(2026, 1, 1)),
        lambda: Query(status="active"),  # type: ignore[arg-type]
        lambda: to_dict_json(homework),
        lambda: DEFAULT_REGISTRY.unregister([]),  # type: ignore[arg-type]
    ]
    for attempt in attempts:
        with pytest.raises(TherapyHomeworkError):
            attempt()
    # Iterators are read as lists, not refused.
    assert theil_sen(iter([0.0, 1.0]), iter([1.0, 3.0])) == 2.0  # type: ignore[arg-type]


def to_dict_json(obj: object) -> str:
    from therapy_homework import to_json

    return to_json(obj, indent=[])  # type: ignore[arg-type]


def test_a_reworded_message_with_a_broken_placeholder_is_refused_when_the_policy_is_made() -> None:
    from therapy_homework.checks import Message, Policy

    with pytest.raises(InvalidData) as caught:
        Policy(messages={"AFF001": Message("Uses {", "Which words?")})
    assert caught.value.paths == ["$.messages.AFF001.message"]


def test_a_placeholder_a_rule_does_not_fill_stays_visible() -> None:
    from therapy_homework import Partner, check_affirming
    from therapy_homework.checks import Message, Policy
    from therapy_homework.model import AssignmentKind

    policy = Policy(messages={"AFF001": Message("Uses {terms} ({clinic})", "Which words?")})
    couple = assignment(
        kind=AssignmentKind.RELATIONAL,
        instructions="Ask your wife about her day.",
        partners=(Partner(id="p1", term="partner"), Partner(id="p2", term="partner")),
    )
    [finding] = check_affirming(couple, policy=policy)["AFF001"]
    assert finding.message == "Uses 'wife' ({clinic})"


def test_the_stand_in_constructor_has_the_real_type_hints() -> None:
    import typing

    @model
    @attrs.frozen(kw_only=True, repr=False)
    class Fresh:
        count: int
        when: datetime | None = None

    hints = typing.get_type_hints(Fresh.__init__)
    assert hints == {"count": int, "when": datetime | None, "return": type(None)}


def test_an_argument_that_is_not_a_rule_code_is_never_repeated() -> None:
    from therapy_homework.checks import Policy

    secret = "Anna told me about the affair"
    for attempt in (
        lambda: DEFAULT_REGISTRY.unregister(secret),
        lambda: DEFAULT_REGISTRY[secret],
        lambda: Policy(messages={secret: "not a Message"}),  # type: ignore[dict-item]
    ):
        with pytest.raises(TherapyHomeworkError) as caught:
            attempt()
        assert "Anna" not in str(caught.value)
    with pytest.raises(UnknownName) as caught:
        DEFAULT_REGISTRY.unregister("NOPE001")
    assert "NOPE001" in str(caught.value)
