"""Rules, the registry that holds them, policies, and the message catalogue.

Every check is a set of small rules. A rule has a stable ``code``, belongs to one
checker (``"specificity"``, ...), has a default :class:`~therapy_homework.Severity`,
and yields :class:`Hit` s for the subject it is given. The registry runs the rules of
a checker; the words of each finding come from the :data:`MESSAGES` catalogue,
keyed by code, so that a host application can reword or translate them; a
:class:`Policy` switches rules off or changes their severity.

A rule of your own::

    class NoWeekendHomework:
        code = "CLINIC001"
        checker = "specificity"
        severity = Severity.WARNING
        message = Message(
            "Set on a weekend, when this clinic has no one to answer questions.",
            "Could this start on a weekday?",
        )

        def check(self, subject):
            assignment = subject.assignment
            if assignment is not None and assignment.assigned_at.weekday() >= 5:
                yield Hit(path="$.assigned_at")

    DEFAULT_REGISTRY.register(NoWeekendHomework())
"""

import re
import string
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

import attrs

from .._core.fields import require_items, require_type
from ..errors import InvalidData, Problem, ProblemCode, UnknownName, WrongType
from ..model.suggestions import Later, Suggestion, as_suggestion
from .findings import Finding, Missing, Report, Severity

__all__ = [
    "DEFAULT_REGISTRY",
    "MESSAGES",
    "BuiltinRule",
    "Hit",
    "Message",
    "Policy",
    "Registry",
    "Rule",
]


@attrs.frozen
class Message:
    """The words of a finding: one line for the clinician, one a client could read.

    Both may use ``{name}`` fields that the rule fills in through :attr:`Hit.values`
    (never with client text).
    """

    message: str
    prompt: str


@attrs.frozen(kw_only=True)
class Hit:
    """What a rule found: where, what is missing, and a suggestion (plain text is
    turned into a :class:`~therapy_homework.model.Suggestion` with no slots; a function is
    called only when the finding's suggestion is first asked for)."""

    path: str = "$"
    missing: Missing | None = None
    #: Where in the text at ``path`` the triggering words are (start, end), if known; or
    #: a function that finds them, called only when the finding's span is asked for.
    span: tuple[int, int] | Callable[[], tuple[int, int] | None] | None = None
    suggestion: Suggestion | Later | None = attrs.field(default=None, converter=as_suggestion)
    values: Mapping[str, str] = attrs.field(default=MappingProxyType({}))


@runtime_checkable
class Rule(Protocol):
    """A rule: anything with these attributes and a ``check`` method."""

    @property
    def code(self) -> str:
        """The stable code, such as ``SPEC005``."""

    @property
    def checker(self) -> str:
        """The checker that runs it, such as ``specificity``."""

    @property
    def severity(self) -> Severity:
        """The default severity of its findings."""

    @property
    def message(self) -> Message:
        """The default words of its findings (the catalogue may override them)."""

    def check(self, subject: Any) -> Iterable[Hit]:
        """Yield a :class:`Hit` for each thing found in ``subject``."""


def _codes(codes: Iterable[str]) -> frozenset[str]:
    return frozenset(require_items("disabled", codes, str, "a rule code"))


def _mapping(name: str, kind: type, what: str) -> Callable[[object], Mapping[str, Any]]:
    def convert(value: object) -> Mapping[str, Any]:
        require_type(name, value, Mapping, f"a mapping from rule codes to {what}")
        items = dict(typing.cast(Mapping[Any, Any], value))
        problems = [
            Problem((name, _shown_code(code)), f"expected {what}", ProblemCode.TYPE)
            for code, item in items.items()
            if type(code) is not str or not isinstance(item, kind)
        ]
        if problems:
            raise WrongType(problems)
        if kind is Message:
            problems = [
                Problem((name, code, part), found, ProblemCode.INVALID)
                for code, words in items.items()
                for part in ("message", "prompt")
                if (found := _format_problem(getattr(words, part))) is not None
            ]
            if problems:
                raise InvalidData(problems, subject="Policy")
        return items

    return convert


_CODE = re.compile(r"[A-Z][A-Z0-9]{1,15}")


def _shown_code(code: object) -> str:
    """``code`` when it looks like a rule code; otherwise not repeated (it may be any
    text an app passed by mistake, a client's words included)."""
    return code if isinstance(code, str) and _CODE.fullmatch(code) else "not a rule code"


def _severities(value: Mapping[str, Severity]) -> Mapping[str, Severity]:
    return _mapping("severities", Severity, "a Severity")(value)


def _messages(value: Mapping[str, Message]) -> Mapping[str, Message]:
    return _mapping("messages", Message, "a Message")(value)


@attrs.frozen(kw_only=True)
class Policy:
    """How a host application tunes the checks.

    ``disabled``: codes of rules not to run. ``severities``: a new severity per code.
    ``messages``: new words per code (a translation, a house style). ::

        policy = Policy(disabled={"SPEC012"}, severities={"SPEC011": Severity.INFO})
    """

    disabled: frozenset[str] = attrs.field(factory=frozenset, converter=_codes)
    severities: Mapping[str, Severity] = attrs.field(factory=dict, converter=_severities)
    messages: Mapping[str, Message] = attrs.field(factory=dict, converter=_messages)


DEFAULT_POLICY = Policy()


class Registry:
    """The rules known to the checkers, in the order they were registered."""

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._rules: dict[str, Rule] = {}
        self._by_checker: dict[str, tuple[Rule, ...]] = {}
        for rule in require_items("rules", rules, Rule, "a Rule"):
            self.register(rule)

    def register(self, rule: Rule) -> Rule:
        """Add ``rule``; its code must be new. Returns the rule (usable as a decorator)."""
        if not isinstance(rule, Rule):
            raise WrongType(
                [
                    Problem(
                        ("rule",),
                        f"{type(rule).__name__} does not have the attributes of a Rule",
                        ProblemCode.TYPE,
                    )
                ]
            )
        if rule.code in self._rules:
            raise InvalidData(
                [
                    Problem(
                        ("rule", "code"),
                        f"{rule.code} is already registered",
                        ProblemCode.DUPLICATE,
                    )
                ],
                subject="Registry",
            )
        self._rules[rule.code] = rule
        self._by_checker.clear()
        return rule

    def unregister(self, code: str) -> None:
        """Remove the rule with ``code``; :class:`UnknownName` when there is none."""
        if type(code) is not str or code not in self._rules:
            raise UnknownName(f"no rule with that code is registered ({_shown_code(code)})")
        del self._rules[code]
        self._by_checker.clear()

    def copy(self) -> "Registry":
        """A new registry with the same rules, to extend without touching this one."""
        return Registry(self._rules.values())

    def rules(self, checker: str | None = None) -> tuple[Rule, ...]:
        """The registered rules, all or those of one checker."""
        return tuple(r for r in self._rules.values() if checker is None or r.checker == checker)

    def __getitem__(self, code: str) -> Rule:
        rule = self._rules.get(code) if type(code) is str else None
        if rule is None:
            raise UnknownName(f"no rule with that code is registered ({_shown_code(code)})")
        return rule

    def __contains__(self, code: object) -> bool:
        return type(code) is str and code in self._rules

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def run(self, checker: str, subject: Any, policy: Policy | None = None) -> Report:
        """Run every enabled rule of ``checker`` on ``subject`` and report what they found."""
        if policy is not None:
            require_type("policy", policy, Policy, "a Policy")
        policy = policy or DEFAULT_POLICY
        rules = self._by_checker.get(checker)
        if rules is None:
            rules = self._by_checker[checker] = self.rules(checker)
        disabled = policy.disabled
        findings = []
        for rule in rules:
            if disabled and rule.code in disabled:
                continue
            hits = rule.check(subject)
            if hits:  # most rules find nothing
                findings.extend([_finding(rule, hit, policy) for hit in hits])
        return Report(tuple(findings))


def run_checker(
    checker: str, subject: Any, policy: Policy | None, registry: Registry | None
) -> Report:
    """Run ``checker`` on ``subject`` with the caller's policy and registry (or the defaults)."""
    if registry is not None:
        require_type("registry", registry, Registry, "a Registry")
    return (registry or DEFAULT_REGISTRY).run(checker, subject, policy)


class _Kept(dict[str, str]):
    """Values for a message; a placeholder the rule does not fill stays as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _filled(text: str, values: Mapping[str, str]) -> str:
    # Placeholders were checked when the Policy was made; a rule that gives no value
    # for one of a host's own placeholders leaves it visible rather than failing.
    return text.format_map(_Kept(values))


def _format_problem(text: object) -> str | None:
    """What is wrong with the placeholders of a message's text, or ``None``."""
    if not isinstance(text, str):
        return "must be text"
    try:
        fields = [field for _, field, _, _ in string.Formatter().parse(text) if field is not None]
    except ValueError:
        return "has an unmatched '{' or '}' (write '{{' for a brace)"
    if any(not field.isidentifier() for field in fields):
        return "names a placeholder that is not a plain name, such as {terms}"
    return None


def _finding(rule: Rule, hit: Hit, policy: Policy) -> Finding:
    words = policy.messages.get(rule.code) or MESSAGES.get(rule.code) or rule.message
    message, prompt = words.message, words.prompt
    if hit.values:
        message = _filled(message, hit.values)
        prompt = _filled(prompt, hit.values)
    return Finding(
        code=rule.code,
        severity=policy.severities.get(rule.code, rule.severity),
        message=message,
        prompt=prompt,
        path=hit.path,
        missing=hit.missing,
        span=hit.span,
        suggestion=hit.suggestion,
    )


S = TypeVar("S")


@attrs.frozen
class BuiltinRule(Generic[S]):
    """A rule defined by the kit: its finder is its ``check``; examples feed the reference."""

    checker: str
    code: str
    severity: Severity
    message: Message
    check: Callable[[S], Iterable[Hit]]
    #: Homework the rule flags, and a fix it accepts (shown in the rule reference).
    example_bad: str | None = None
    example_good: str | None = None


def register_builtins(rules: Iterable[BuiltinRule[Any]]) -> None:
    """Put the words of ``rules`` in the catalogue and the rules in the default registry."""
    for rule in rules:
        MESSAGES[rule.code] = rule.message
        DEFAULT_REGISTRY.register(rule)


#: The words of every built-in finding, keyed by code. Copy it, change entries,
#: and pass the result as ``Policy(messages=...)`` to translate or reword.
MESSAGES: dict[str, Message] = {}

#: The registry the checkers use unless given another.
DEFAULT_REGISTRY = Registry()
