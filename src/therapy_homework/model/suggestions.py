"""Suggestions: a concrete rewrite with the blanks a clinician fills in.

A :class:`Suggestion` is what a finding proposes instead of what was written. It is a
sequence of fixed text and :class:`Slot` s: the parts the kit cannot know (when, how
long, about what) are slots, shown in brackets with an example, so what the kit
supplies is never mistaken for what the client said. :meth:`Suggestion.fill` with no
values uses the examples, for a preview; show the slots to the clinician before a
filled-in text reaches a client:

>>> from therapy_homework import check_specificity
>>> suggestion = check_specificity("Call your sister").findings[0].suggestion
>>> print(suggestion.text)
Call your sister [when: after dinner], [how many times: on three days] before the next session.
>>> suggestion.slot_names
('when', 'count')
>>> suggestion.fill({"when": "on Sunday morning", "count": "once"})
'Call your sister on Sunday morning, once before the next session.'

``template`` names the catalogue template a suggestion came from (``None`` for a
rewrite of the text itself), and ``parameters`` the template parameters taken from
the text. A suggestion keeps the client's words, so its ``repr`` shows only the
template and the slot names.
"""

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from .._core.documents import Fields, result_document
from .._core.fields import Choice, Label, Name, ShortText, model
from ..errors import InvalidData, Problem, ProblemCode

__all__ = ["EXAMPLE_VALUES", "ParameterKind", "Slot", "Suggestion"]


class ParameterKind(Choice):
    """What a blank stands for: a template parameter or a slot of a rewrite.

    The testing strategies draw a fitting value for each kind.
    """

    PERSON = "person"
    DAY = "day"
    TIME = "time"
    SITUATION = "situation"
    FEELING = "feeling"
    ACTIVITY = "activity"
    VALUE = "value"
    PLACE = "place"
    #: A concrete, observable action ("write down one thing that went well").
    ACTION = "action"
    #: A cue or a time ("after dinner", "on Tuesday evening").
    WHEN = "when"
    #: How many times ("on three days", "twice").
    COUNT = "count"
    #: How long each time ("ten minutes").
    DURATION = "duration"
    #: What to write about, or exactly what to notice.
    FOCUS = "focus"
    #: What to note afterwards ("how it went, from 0 to 10").
    RECORD = "record"
    #: What exactly to read or listen to ("chapter 2 of the workbook").
    MATERIAL = "material"


#: Longest value accepted for a blank (a slot or a template parameter), in characters.
_MAX_VALUE = 200

#: Typical values for each kind of blank: what a clinician might type into it. Forms can
#: show them as hints; the testing strategies draw from them.
EXAMPLE_VALUES: Mapping[ParameterKind, tuple[str, ...]] = MappingProxyType(
    {
        ParameterKind.PERSON: (
            "Sam",
            "your sister",
            "Alex",
            "your dad",
            "Jordan",
            "your partner",
            "Mx Rivera",
            "Noor",
        ),
        ParameterKind.DAY: (
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ),
        ParameterKind.TIME: ("8 am", "noon", "6 pm", "9:30 pm", "10 pm", "7:15 am"),
        ParameterKind.SITUATION: (
            "your chest tightens",
            "a text goes unanswered",
            "your manager frowns",
            "you shut down",
            "I'm too much",
            "the dishes pile up",
            "you feel left out at dinner",
        ),
        ParameterKind.FEELING: ("anger", "shame", "panic", "sadness", "jealousy"),
        ParameterKind.ACTIVITY: (
            "ride the bus for two stops",
            "stand in a busy shop for five minutes",
            "make a call",
        ),
        ParameterKind.VALUE: ("honesty", "being a present parent", "courage"),
        ParameterKind.PLACE: ("the kitchen", "the park", "your desk"),
        ParameterKind.ACTION: (
            "write down one thing that went well",
            "walk around the block",
            "say how you feel before you make your point",
            "text one friend to suggest a time to meet",
            "put your phone in another room",
            "rate your mood from 0 to 10",
        ),
        ParameterKind.WHEN: (
            "after dinner",
            "on Tuesday evening",
            "right after you wake up",
            "when you get home from work",
            "at 9 pm",
            "before bed",
        ),
        ParameterKind.COUNT: ("once", "twice", "three times", "on three days", "on two evenings"),
        ParameterKind.DURATION: (
            "five minutes",
            "ten minutes",
            "15 minutes",
            "twenty minutes",
            "half an hour",
        ),
        ParameterKind.FOCUS: (
            "the hardest moment of the day",
            "what happened just before",
            "the exact thought, word for word",
            "where in your body you felt it",
        ),
        ParameterKind.RECORD: (
            "how it went, from 0 to 10",
            "what you noticed in your body",
            "the time and the place",
        ),
        ParameterKind.MATERIAL: (
            "chapter 2 of the workbook",
            "pages 4 to 6 of the handout",
            "the one-page leaflet from our session",
            "the first exercise in the pack",
        ),
    }
)


@result_document("slot")
@model
@attrs.frozen(kw_only=True, repr=False)  # model() writes the repr
class Slot:
    """A blank in a suggestion: what goes there, and an example of it."""

    #: Stable name, used to fill it (``"when"``, ``"duration"``, a template parameter).
    name: Name
    kind: ParameterKind
    #: What the clinician is asked for, shown in the brackets ("how long").
    prompt: Label
    #: A value that fits, shown after the prompt ("ten minutes").
    example: ShortText

    def _write(self, write: Callable[..., dict[str, Any]]) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind.value,
            "prompt": self.prompt,
            "example": self.example,
        }

    @classmethod
    def _read(cls, fields: Fields) -> "Slot":
        found = {
            "name": fields.text("name"),
            "kind": fields.choice("kind", ParameterKind),
            "prompt": fields.text("prompt"),
            "example": fields.text("example"),
        }
        fields.finish()
        return cls(**found)

    @property
    def shown(self) -> str:
        """The slot as the rendered text shows it: ``[prompt: example]``."""
        return f"[{self.prompt}: {self.example}]"


def resolve(value: "Suggestion | Later | None") -> "Suggestion | None":
    """The suggestion ``value`` stands for (calling it when it is a function)."""
    if value is None or isinstance(value, Suggestion):
        return value
    return as_suggestion(value())  # type: ignore[return-value]


def _parts(parts: Iterable[str | Slot]) -> tuple[str | Slot, ...]:
    if isinstance(parts, str) or not isinstance(parts, Iterable):
        raise InvalidData(
            [Problem(("parts",), "must be a sequence of text and slots", ProblemCode.TYPE)],
            subject="Suggestion",
        )
    return tuple(parts)


def _names(parameters: Mapping[str, str]) -> Mapping[str, str]:
    if not isinstance(parameters, Mapping):
        raise InvalidData(
            [Problem(("parameters",), "must be a mapping of names to text", ProblemCode.TYPE)],
            subject="Suggestion",
        )
    return MappingProxyType(dict(parameters))  # read-only, like the rest of the value


#: The most template parameters a suggestion carries.
_MOST_PARAMETERS = 32


@result_document("suggestion")
@attrs.frozen(kw_only=True)
class Suggestion:
    """A rewrite: fixed text and slots, and the template it came from (if any)."""

    #: The rewrite, as text and :class:`Slot` s in order (client words: not in ``repr``).
    parts: tuple[str | Slot, ...] = attrs.field(converter=_parts, repr=False)
    #: The catalogue template's id, or ``None`` for a rewrite of the text itself.
    template: str | None = None
    #: Template parameters taken from the text (client words: not in ``repr``).
    parameters: Mapping[str, str] = attrs.field(
        factory=dict, converter=_names, repr=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        problems = [
            Problem(
                ("parts", i), f"must be text or a Slot, not {type(part).__name__}", ProblemCode.TYPE
            )
            for i, part in enumerate(self.parts)
            if type(part) is not str and not isinstance(part, Slot)
        ]
        if self.template is not None and (type(self.template) is not str or not self.template):
            problems.append(
                Problem(("template",), "must be a template id or None", ProblemCode.TYPE)
            )
        if len(self.parameters) > _MOST_PARAMETERS:
            problems.append(
                Problem(
                    ("parameters",),
                    f"has {len(self.parameters):,} entries; the limit is {_MOST_PARAMETERS}",
                    ProblemCode.TOO_MANY,
                )
            )
        else:  # a parameter is named by its position: a hostile name is never echoed
            problems += [
                Problem(
                    ("parameters",),
                    f"entry {position} must map a name to text",
                    ProblemCode.TYPE,
                )
                for position, (name, value) in enumerate(self.parameters.items(), start=1)
                if type(name) is not str
                or type(value) is not str
                or len(name) > 64
                or len(value) > _MAX_VALUE
            ]
        if problems:
            raise InvalidData(problems, subject="Suggestion")

    def _write(self, write: Callable[..., dict[str, Any]]) -> dict[str, Any]:
        return {
            "parts": [p if type(p) is str else write(p, envelope=False) for p in self.parts],
            "template": self.template,
            "parameters": dict(self.parameters),
        }

    @classmethod
    def _read(cls, fields: Fields) -> "Suggestion":
        parts: list[Any] = [
            fields.bounded_text(("parts", i), p)
            if type(p) is str
            else fields.read(("parts", i), p, Slot)
            for i, p in fields.items("parts")
        ]
        template = fields.text("template", optional=True)
        parameters = fields.mapping("parameters", most=_MOST_PARAMETERS)
        fields.finish()
        return cls(parts=parts, template=template, parameters=parameters)

    @classmethod
    def of_text(cls, text: str) -> "Suggestion":
        """A suggestion that is plain text, with no slots and no template."""
        return cls(parts=(text,))

    @property
    def slots(self) -> tuple[Slot, ...]:
        """The blanks, in the order they appear."""
        return tuple(p for p in self.parts if isinstance(p, Slot))

    @property
    def slot_names(self) -> tuple[str, ...]:
        """The names of the blanks, in order."""
        return tuple(s.name for s in self.slots)

    @property
    def text(self) -> str:
        """The rewrite with each slot shown as ``[prompt: example]``."""
        return "".join(p.shown if isinstance(p, Slot) else p for p in self.parts)

    def fill(self, values: Mapping[str, str] | None = None) -> str:
        """The rewrite with its slots filled: by ``values`` (by slot name), else by
        each slot's example.

        Raises :class:`~therapy_homework.InvalidData` for a name that is not a slot, or
        a value that is not non-empty text of at most 200 characters.
        """
        if values is not None and not isinstance(values, Mapping):
            raise InvalidData(
                [Problem(("values",), "must be a mapping of slot names to text", ProblemCode.TYPE)],
                subject="Suggestion.fill",
            )
        given = dict(values or {})
        known = set(self.slot_names)
        problems = [  # an unknown name is never echoed: it is given by its position
            Problem(
                ("values",),
                f"key {position} is not a slot of this suggestion",
                ProblemCode.UNKNOWN_KEY,
            )
            for position, name in enumerate(given, start=1)
            if name not in known
        ]
        for name, value in given.items():
            if name in known and (type(value) is not str or not value.strip()):
                problems.append(
                    Problem(("values", name), "must be non-empty text", ProblemCode.EMPTY)
                )
            elif name in known and len(value) > _MAX_VALUE:
                problems.append(
                    Problem(
                        ("values", name),
                        f"is longer than {_MAX_VALUE} characters",
                        ProblemCode.TOO_LONG,
                    )
                )
        if problems:
            raise InvalidData(problems, subject="Suggestion.fill")
        filled = "".join(
            given.get(p.name, p.example).strip() if isinstance(p, Slot) else p for p in self.parts
        )
        if self.parts and isinstance(self.parts[0], Slot):
            filled = filled[:1].upper() + filled[1:]  # a sentence that opens with a blank
        return filled

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: the rendered text, the template, its parameters and slots."""
        return {
            "text": self.text,
            "template": self.template,
            "parameters": dict(self.parameters),
            "slots": [
                {"name": s.name, "kind": s.kind.value, "prompt": s.prompt, "example": s.example}
                for s in self.slots
            ],
        }


#: A suggestion, or a function that makes one when it is first asked for.
Later = Callable[[], "Suggestion | None"]


def suggestion_now(value: "str | Suggestion | None") -> "Suggestion | None":
    """``value`` as a :class:`Suggestion` (plain text becomes one with no slots); for
    fields that hold a finished suggestion, never a function."""
    if value is None or isinstance(value, Suggestion):
        return value
    if isinstance(value, str):
        return Suggestion.of_text(value)
    raise InvalidData(
        [
            Problem(
                ("suggestion",),
                f"must be text or a Suggestion, not {type(value).__name__}",
                ProblemCode.TYPE,
            )
        ],
        subject="Suggestion",
    )


def as_suggestion(value: "str | Suggestion | Later | None") -> "Suggestion | Later | None":
    """``value`` as a :class:`Suggestion`: plain text becomes one with no slots; a
    function is kept, to be called when the suggestion is first asked for."""
    if callable(value) and not isinstance(value, Suggestion):
        return value
    return suggestion_now(value)
