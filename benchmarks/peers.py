"""The kit's round trip beside pydantic v2 (strict) and msgspec, for the same JSON documents.

Run it with ``python benchmarks/peers.py`` (``--quick``: a smoke run of a few seconds, for CI);
it needs the ``bench`` extra (``pip install -e '.[bench]'``). The figures go in
``docs/performance.md``.

What is measured, per type (an assignment, a thought record, a review, a couples
repair attempt and a rating), in one run, side by side:

* the kit: ``from_dict(cls, to_dict(obj))``;
* pydantic v2: ``Model.model_validate(model.model_dump(mode="json"))``, with peer models
  in strict mode (``ConfigDict(strict=True, extra="forbid", frozen=True)``);
* msgspec: ``msgspec.convert(msgspec.to_builtins(struct), Struct)``, with peer structs
  declared ``forbid_unknown_fields=True, frozen=True``.

The peers are written for exactly the documents the kit writes: the same keys
(including the envelope's ``"type"``, a literal, and ``"schema_version"``), the same
nesting, enums as their string values (literals), lists and nulls. They check what
each library can say declaratively: required and optional keys, types, literal
values, text lengths, identifier and scale-name patterns, integer bounds and list
lengths. They cannot check the kit's rules across fields (a rating on its scale's
range and steps, at least two distinct partners, the initiator among them, one hot
thought, a dose with a count or minutes ...), recurrence rules or time zone names,
and cannot turn blank optional text into null (they refuse it). pydantic strips text
as the kit does and bounds timestamps to the kit's years (1900-2999); msgspec can do
neither, so it takes text as written and any year. So the peers do somewhat less work
than the kit.

Timestamps. A strict pydantic model refuses ISO-8601 text for a ``datetime`` in
Python mode (it wants a ``datetime`` object), so timestamp fields are annotated
``Annotated[AwareDatetime, Field(strict=False, ...)]``: lax for that field only, which
parses the text and still demands an offset (lax mode also takes a number of seconds
since the epoch; the kit does not). Every other field is strict. ``msgspec.convert``
parses ISO-8601 text into a ``datetime`` with no option needed;
``msgspec.Meta(tz=True)`` demands the offset.

Before timing, each peer reads the kit's own document (``to_dict(obj)``), so all three
start from identical data, and its dump must equal that document. The one
normalisation: pydantic and msgspec write a UTC offset as ``Z`` where the kit writes
``+00:00``; a timestamp ending in ``Z`` is rewritten to ``+00:00`` before comparing.

Each figure is the best time of one round trip over many short runs of
:func:`timeit.repeat` (the minimum filters out noise from other work on the machine).
The import overhead is the best wall time of ``import attrs, cattrs, dateutil.rrule;
import therapy_homework`` minus the best of ``import attrs, cattrs, dateutil.rrule``
alone, each in a fresh interpreter: what the kit adds beyond its dependencies. The
package loads its names lazily, on first use, so the same difference is also shown for
``from therapy_homework import from_dict, to_dict``: what a program that reads and
writes documents pays.

Targets: a round trip takes at most 1.0x the time of pydantic v2 strict, for each
type; ``import therapy_homework`` adds at most 30 ms beyond its dependencies.
"""

import argparse
import os
import re
import subprocess
import sys
import timeit
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from functools import partial
from typing import Annotated, Any, Final, Literal, get_args

import msgspec
import pydantic
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

import therapy_homework
from therapy_homework import CouplesRepairAttempt, Partner, from_dict, to_dict
from therapy_homework.cli import demo_objects
from therapy_homework.model import (
    BELIEF,
    BUILTIN_SCALES,
    TENSION,
    Anchor,
    Approach,
    AssignmentKind,
    AssignmentStatus,
    BarrierKind,
    Completion,
    Decision,
    Demand,
    Distortion,
    Reception,
    Repair,
    RepairKind,
    SafetyAssessment,
    Scale,
    StartUp,
    TensionRating,
)
from therapy_homework.serialization import SCHEMA_VERSION

# --------------------------------------------------------------------------- the kit's rules
#
# The limits the kit's field annotations declare (docs/types.md). Written out here
# rather than imported from the kit's private modules.

MAX_TEXT: Final = 10_000  # free text (Text), after stripping
MAX_SHORT_TEXT: Final = 300  # titles, names, terms, emotion words, labels
MAX_ID: Final = 128
MAX_ITEMS: Final = 200  # a list field with no limit of its own
SCALE_LIMIT: Final = 1_000_000  # scale bounds, anchor and rating values
# An identifier: printable, with no space at either end. Approximated by excluding
# ASCII control characters everywhere and spaces at the ends (the kit uses
# ``str.isprintable``, which also refuses other Unicode separators and formats).
ID_PATTERN: Final = r"^[^\x00-\x20\x7f](?:[^\x00-\x1f\x7f]*[^\x00-\x20\x7f])?$"
NAME_PATTERN: Final = r"^[a-z0-9_-]{1,64}$"
# The kit checks the year of the timestamp as written (1900-2999); pydantic compares
# instants, so the two may differ within one UTC offset of the ends.
EARLIEST: Final = datetime(1900, 1, 1, tzinfo=UTC)
END: Final = datetime(3000, 1, 1, tzinfo=UTC)

BuiltinScale = Literal[
    "suds", "belief", "intensity", "mood", "tension", "helpfulness", "difficulty"
]
KindValue = Literal[
    "cognitive", "behavioural", "relational", "noticing", "grief", "values", "other"
]
ApproachValue = Literal["cbt", "rebt", "couples", "grief", "other"]
StatusValue = Literal["proposed", "active", "paused", "completed", "retired"]
DistortionValue = Literal[
    "all_or_nothing",
    "overgeneralizing",
    "mental_filter",
    "discounting_positives",
    "mind_reading",
    "fortune_telling",
    "catastrophizing",
    "magnifying_or_minimizing",
    "emotional_reasoning",
    "should_statements",
    "labeling",
    "personalization",
    "blaming",
]
SafetyValue = Literal["genuinely_unsafe", "overlearned_expectation", "both", "unsure"]
CompletionValue = Literal["done", "partly", "not_done"]
BarrierValue = Literal[
    "too_big",
    "needs_support",
    "survival_mode",
    "ambivalence",
    "perfectionistic_belief",
    "practical_obstacle",
    "unclear_instructions",
    "rationale_unclear",
    "forgot",
    "other",
]
DecisionValue = Literal[
    "continue",
    "shrink",
    "pause",
    "rehearse_in_session",
    "reschedule",
    "clarify",
    "revisit_why",
    "retire",
    "replace",
]
DemandValue = Literal["low", "moderate", "high"]
StartUpValue = Literal["soft", "harsh", "unsure"]
RepairKindValue = Literal[
    "i_feel", "sorry", "get_to_yes", "i_need_to_calm_down", "stop_action", "i_appreciate", "other"
]
ReceptionValue = Literal["accepted", "missed", "rejected", "unclear"]

#: Each literal beside the values it copies, checked at start-up so that the peers
#: cannot silently fall behind the kit.
_COPIED_VALUES: Final[tuple[tuple[Any, Iterable[str]], ...]] = (
    (BuiltinScale, BUILTIN_SCALES),
    (KindValue, AssignmentKind),
    (ApproachValue, Approach),
    (StatusValue, AssignmentStatus),
    (DistortionValue, Distortion),
    (SafetyValue, SafetyAssessment),
    (CompletionValue, Completion),
    (BarrierValue, BarrierKind),
    (DecisionValue, Decision),
    (DemandValue, Demand),
    (StartUpValue, StartUp),
    (RepairKindValue, RepairKind),
    (ReceptionValue, Reception),
)


def check_copied_values() -> None:
    """Fail when a literal here no longer lists exactly the kit's values."""
    for literal, source in _COPIED_VALUES:
        # A scale table iterates over its names; a text enum over members equal to their values.
        values = {str(value) for value in source}
        assert set(get_args(literal)) == values, f"out of date: {sorted(values)}"


# --------------------------------------------------------------------------- pydantic v2 peers

PText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT)]
PShortText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_SHORT_TEXT)
]
PId = Annotated[str, StringConstraints(min_length=1, max_length=MAX_ID, pattern=ID_PATTERN)]
PName = Annotated[str, StringConstraints(pattern=NAME_PATTERN)]
PTimestamp = Annotated[AwareDatetime, Field(strict=False, ge=EARLIEST, lt=END)]
PScaleBound = Annotated[int, Field(ge=-SCALE_LIMIT, le=SCALE_LIMIT)]
PVersion = Annotated[int, Field(ge=1, le=SCHEMA_VERSION)]


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class AnchorModel(_Strict):
    value: PScaleBound
    label: PShortText


class ScaleModel(_Strict):
    name: PName
    label: PShortText
    low: PScaleBound
    high: PScaleBound
    step: Annotated[int, Field(ge=1, le=SCALE_LIMIT)] = 1
    anchors: Annotated[list[AnchorModel], Field(max_length=MAX_ITEMS)] = []


class RatingModel(_Strict):
    scale: BuiltinScale | ScaleModel
    value: PScaleBound


class PartnerModel(_Strict):
    id: PId
    name: PShortText | None = None
    term: PShortText | None = None
    pronouns: PShortText | None = None


class DoseModel(_Strict):
    count: Annotated[int, Field(ge=1, le=1_000)] | None = None
    minutes: Annotated[int, Field(ge=1, le=24 * 60)] | None = None


class RecordSpecModel(_Strict):
    what: PText | None = None
    scale: BuiltinScale | ScaleModel | None = None


class PlanModel(_Strict):
    action: PText
    cue: PText | None = None
    dose: DoseModel | None = None
    record: RecordSpecModel | None = None


class ScheduleModel(_Strict):
    recurrence: PShortText | None = None
    timezone: PShortText = "UTC"


class ThreeQuestionsModel(_Strict):
    why_this_task: PText | None = None
    why_now: PText | None = None
    how_reviewed: PText | None = None


class AssignmentModel(_Strict):
    type: Literal["assignment"]
    schema_version: PVersion
    id: PId
    client_id: PId
    title: PShortText
    instructions: PText
    kind: KindValue
    assigned_at: PTimestamp
    review_at: PTimestamp | None = None
    approach: ApproachValue | None = None
    plan: PlanModel | None = None
    schedule: ScheduleModel = ScheduleModel()
    questions: ThreeQuestionsModel = ThreeQuestionsModel()
    status: StatusValue = "active"
    partners: Annotated[list[PartnerModel], Field(max_length=MAX_ITEMS)] = []
    demand: DemandValue | None = None
    extensions: Annotated[dict[str, Any], Field(max_length=32)] = {}


class EmotionModel(_Strict):
    name: PShortText
    intensity: RatingModel


class AutomaticThoughtModel(_Strict):
    text: PText
    belief: RatingModel
    hot: bool = False


class BalancedThoughtModel(_Strict):
    text: PText
    belief: RatingModel


class SafetyAppraisalModel(_Strict):
    assessment: SafetyValue
    note: PText | None = None


class ThoughtRecordModel(_Strict):
    type: Literal["thought_record"]
    schema_version: PVersion
    id: PId
    client_id: PId
    occurred_at: PTimestamp
    situation: PText
    thoughts: Annotated[list[AutomaticThoughtModel], Field(min_length=1, max_length=50)]
    assignment_id: PId | None = None
    body_sensations: Annotated[list[PText], Field(max_length=MAX_ITEMS)] = []
    emotions: Annotated[list[EmotionModel], Field(max_length=50)] = []
    evidence_for: Annotated[list[PText], Field(max_length=MAX_ITEMS)] = []
    evidence_against: Annotated[list[PText], Field(max_length=MAX_ITEMS)] = []
    balanced_thought: BalancedThoughtModel | None = None
    rerated_emotions: Annotated[list[EmotionModel], Field(max_length=50)] = []
    rerated_belief: RatingModel | None = None
    distortions: Annotated[list[DistortionValue], Field(max_length=MAX_ITEMS)] = []
    custom_distortions: Annotated[list[PShortText], Field(max_length=MAX_ITEMS)] = []
    safety: SafetyAppraisalModel | None = None
    extensions: Annotated[dict[str, Any], Field(max_length=32)] = {}


class BarrierModel(_Strict):
    kind: BarrierValue
    note: PText | None = None


class ReviewModel(_Strict):
    type: Literal["review"]
    schema_version: PVersion
    id: PId
    client_id: PId
    assignment_id: PId
    reviewed_at: PTimestamp
    completion: CompletionValue
    decision: DecisionValue | None = None
    barriers: Annotated[list[BarrierModel], Field(max_length=len(get_args(BarrierValue)))] = []
    noticed: PText | None = None
    helpfulness: RatingModel | None = None
    difficulty: RatingModel | None = None
    replacement_id: PId | None = None
    extensions: Annotated[dict[str, Any], Field(max_length=32)] = {}


class RepairModel(_Strict):
    kind: RepairKindValue
    words: PText | None = None


class TensionRatingModel(_Strict):
    partner_id: PId
    before: RatingModel
    after: RatingModel


class CouplesRepairAttemptModel(_Strict):
    type: Literal["couples_repair_attempt"]
    schema_version: PVersion
    id: PId
    client_id: PId
    partners: Annotated[list[PartnerModel], Field(min_length=2, max_length=20)]
    occurred_at: PTimestamp
    initiator_id: PId
    topic: PText
    start_up: StartUpValue
    repair: RepairModel
    reception: ReceptionValue
    feeling_named: PText | None = None
    tension: Annotated[list[TensionRatingModel], Field(max_length=20)] = []
    what_changed: PText | None = None
    assignment_id: PId | None = None
    extensions: Annotated[dict[str, Any], Field(max_length=32)] = {}


class RatingDocumentModel(_Strict):
    type: Literal["rating"]
    schema_version: PVersion
    scale: BuiltinScale | ScaleModel
    value: PScaleBound


# --------------------------------------------------------------------------- msgspec peers
#
# msgspec cannot strip text, so text is taken as written (the kit strips it).

MText = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_TEXT)]
MShortText = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_SHORT_TEXT)]
MId = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_ID, pattern=ID_PATTERN)]
MName = Annotated[str, msgspec.Meta(pattern=NAME_PATTERN)]
MTimestamp = Annotated[datetime, msgspec.Meta(tz=True)]
MScaleBound = Annotated[int, msgspec.Meta(ge=-SCALE_LIMIT, le=SCALE_LIMIT)]
MVersion = Annotated[int, msgspec.Meta(ge=1, le=SCHEMA_VERSION)]


# forbid_unknown_fields is inherited. kw_only (required fields may follow optional
# ones, as in the documents) is not, so each class gives it; each repeats frozen too,
# because type checkers read a subclass without it as a mutable dataclass.
class _Struct(msgspec.Struct, forbid_unknown_fields=True, frozen=True, kw_only=True):
    pass


class AnchorStruct(_Struct, frozen=True, kw_only=True):
    value: MScaleBound
    label: MShortText


class ScaleStruct(_Struct, frozen=True, kw_only=True):
    name: MName
    label: MShortText
    low: MScaleBound
    high: MScaleBound
    step: Annotated[int, msgspec.Meta(ge=1, le=SCALE_LIMIT)] = 1
    anchors: Annotated[list[AnchorStruct], msgspec.Meta(max_length=MAX_ITEMS)] = []


class RatingStruct(_Struct, frozen=True, kw_only=True):
    scale: BuiltinScale | ScaleStruct
    value: MScaleBound


class PartnerStruct(_Struct, frozen=True, kw_only=True):
    id: MId
    name: MShortText | None = None
    term: MShortText | None = None
    pronouns: MShortText | None = None


class DoseStruct(_Struct, frozen=True, kw_only=True):
    count: Annotated[int, msgspec.Meta(ge=1, le=1_000)] | None = None
    minutes: Annotated[int, msgspec.Meta(ge=1, le=24 * 60)] | None = None


class RecordSpecStruct(_Struct, frozen=True, kw_only=True):
    what: MText | None = None
    scale: BuiltinScale | ScaleStruct | None = None


class PlanStruct(_Struct, frozen=True, kw_only=True):
    action: MText
    cue: MText | None = None
    dose: DoseStruct | None = None
    record: RecordSpecStruct | None = None


class ScheduleStruct(_Struct, frozen=True, kw_only=True):
    recurrence: MShortText | None = None
    timezone: MShortText = "UTC"


class ThreeQuestionsStruct(_Struct, frozen=True, kw_only=True):
    why_this_task: MText | None = None
    why_now: MText | None = None
    how_reviewed: MText | None = None


class AssignmentStruct(_Struct, frozen=True, kw_only=True):
    type: Literal["assignment"]
    schema_version: MVersion
    id: MId
    client_id: MId
    title: MShortText
    instructions: MText
    kind: KindValue
    assigned_at: MTimestamp
    review_at: MTimestamp | None = None
    approach: ApproachValue | None = None
    plan: PlanStruct | None = None
    schedule: ScheduleStruct = msgspec.field(default_factory=ScheduleStruct)
    questions: ThreeQuestionsStruct = msgspec.field(default_factory=ThreeQuestionsStruct)
    status: StatusValue = "active"
    partners: Annotated[list[PartnerStruct], msgspec.Meta(max_length=MAX_ITEMS)] = []
    demand: DemandValue | None = None
    extensions: Annotated[dict[str, Any], msgspec.Meta(max_length=32)] = {}


class EmotionStruct(_Struct, frozen=True, kw_only=True):
    name: MShortText
    intensity: RatingStruct


class AutomaticThoughtStruct(_Struct, frozen=True, kw_only=True):
    text: MText
    belief: RatingStruct
    hot: bool = False


class BalancedThoughtStruct(_Struct, frozen=True, kw_only=True):
    text: MText
    belief: RatingStruct


class SafetyAppraisalStruct(_Struct, frozen=True, kw_only=True):
    assessment: SafetyValue
    note: MText | None = None


class ThoughtRecordStruct(_Struct, frozen=True, kw_only=True):
    type: Literal["thought_record"]
    schema_version: MVersion
    id: MId
    client_id: MId
    occurred_at: MTimestamp
    situation: MText
    thoughts: Annotated[list[AutomaticThoughtStruct], msgspec.Meta(min_length=1, max_length=50)]
    assignment_id: MId | None = None
    body_sensations: Annotated[list[MText], msgspec.Meta(max_length=MAX_ITEMS)] = []
    emotions: Annotated[list[EmotionStruct], msgspec.Meta(max_length=50)] = []
    evidence_for: Annotated[list[MText], msgspec.Meta(max_length=MAX_ITEMS)] = []
    evidence_against: Annotated[list[MText], msgspec.Meta(max_length=MAX_ITEMS)] = []
    balanced_thought: BalancedThoughtStruct | None = None
    rerated_emotions: Annotated[list[EmotionStruct], msgspec.Meta(max_length=50)] = []
    rerated_belief: RatingStruct | None = None
    distortions: Annotated[list[DistortionValue], msgspec.Meta(max_length=MAX_ITEMS)] = []
    custom_distortions: Annotated[list[MShortText], msgspec.Meta(max_length=MAX_ITEMS)] = []
    safety: SafetyAppraisalStruct | None = None
    extensions: Annotated[dict[str, Any], msgspec.Meta(max_length=32)] = {}


class BarrierStruct(_Struct, frozen=True, kw_only=True):
    kind: BarrierValue
    note: MText | None = None


class ReviewStruct(_Struct, frozen=True, kw_only=True):
    type: Literal["review"]
    schema_version: MVersion
    id: MId
    client_id: MId
    assignment_id: MId
    reviewed_at: MTimestamp
    completion: CompletionValue
    decision: DecisionValue | None = None
    barriers: Annotated[
        list[BarrierStruct], msgspec.Meta(max_length=len(get_args(BarrierValue)))
    ] = []
    noticed: MText | None = None
    helpfulness: RatingStruct | None = None
    difficulty: RatingStruct | None = None
    replacement_id: MId | None = None
    extensions: Annotated[dict[str, Any], msgspec.Meta(max_length=32)] = {}


class RepairStruct(_Struct, frozen=True, kw_only=True):
    kind: RepairKindValue
    words: MText | None = None


class TensionRatingStruct(_Struct, frozen=True, kw_only=True):
    partner_id: MId
    before: RatingStruct
    after: RatingStruct


class CouplesRepairAttemptStruct(_Struct, frozen=True, kw_only=True):
    type: Literal["couples_repair_attempt"]
    schema_version: MVersion
    id: MId
    client_id: MId
    partners: Annotated[list[PartnerStruct], msgspec.Meta(min_length=2, max_length=20)]
    occurred_at: MTimestamp
    initiator_id: MId
    topic: MText
    start_up: StartUpValue
    repair: RepairStruct
    reception: ReceptionValue
    feeling_named: MText | None = None
    tension: Annotated[list[TensionRatingStruct], msgspec.Meta(max_length=20)] = []
    what_changed: MText | None = None
    assignment_id: MId | None = None
    extensions: Annotated[dict[str, Any], msgspec.Meta(max_length=32)] = {}


class RatingDocumentStruct(_Struct, frozen=True, kw_only=True):
    type: Literal["rating"]
    schema_version: MVersion
    scale: BuiltinScale | ScaleStruct
    value: MScaleBound


# --------------------------------------------------------------------------- the objects


def repair_attempt() -> CouplesRepairAttempt:
    """A realistic repair attempt: two partners in their own words, a harsh start-up,
    an "I feel" repair that was accepted, and each partner's tension before and after."""
    return CouplesRepairAttempt(
        id="rep-demo-1",
        client_id="couple-demo",
        assignment_id="asg-demo-2",
        partners=(
            Partner(id="partner-a", name="Sam", term="partner", pronouns="they/them"),
            Partner(id="partner-b", name="Alex", term="wife", pronouns="she/her"),
        ),
        occurred_at=datetime(2026, 11, 22, 20, 30, tzinfo=UTC),
        initiator_id="partner-b",
        topic="Who picks the children up on Thursdays",
        start_up=StartUp.HARSH,
        feeling_named="Alone with the logistics again",
        repair=Repair(
            kind=RepairKind.I_FEEL,
            words="I feel like I'm carrying this by myself and it scares me",
        ),
        reception=Reception.ACCEPTED,
        tension=(
            TensionRating(partner_id="partner-a", before=TENSION.rate(7), after=TENSION.rate(3)),
            TensionRating(partner_id="partner-b", before=TENSION.rate(8), after=TENSION.rate(4)),
        ),
        what_changed="We slowed down and made a list together",
    )


def custom_scale_rating() -> object:
    """A rating on a scale of the client's own: its document carries the scale as an
    object (checked, not timed, to prove the peers read that form too)."""
    craving = Scale(
        name="craving",
        label="Urge to drink",
        low=0,
        high=10,
        anchors=(Anchor(value=0, label="none"), Anchor(value=10, label="overwhelming")),
    )
    return craving.rate(6)


def measured() -> list[tuple[str, object, type[BaseModel], type[msgspec.Struct]]]:
    """The objects timed, each with its pydantic model and msgspec struct."""
    assignment, thought_record, review = demo_objects()
    return [
        ("Assignment", assignment, AssignmentModel, AssignmentStruct),
        ("ThoughtRecord", thought_record, ThoughtRecordModel, ThoughtRecordStruct),
        ("Review", review, ReviewModel, ReviewStruct),
        (
            "CouplesRepairAttempt",
            repair_attempt(),
            CouplesRepairAttemptModel,
            CouplesRepairAttemptStruct,
        ),
        ("Rating", BELIEF.rate(80), RatingDocumentModel, RatingDocumentStruct),
    ]


# --------------------------------------------------------------------------- checking the peers

_UTC_Z = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z")


def normalised(data: object) -> object:
    """``data`` with each timestamp's ``Z`` written ``+00:00``, as the kit writes it."""
    if isinstance(data, dict):
        return {key: normalised(value) for key, value in data.items()}
    if isinstance(data, list):
        return [normalised(value) for value in data]
    if isinstance(data, str) and _UTC_Z.fullmatch(data):
        return data[:-1] + "+00:00"
    return data


def peers_of(
    obj: object, model: type[BaseModel], struct: type[msgspec.Struct]
) -> tuple[BaseModel, msgspec.Struct]:
    """The peers of ``obj``, read from the kit's own document, after checking that each
    writes that document back."""
    document = to_dict(obj)
    assert from_dict(type(obj), document) == obj
    peer_model = model.model_validate(document)
    peer_struct = msgspec.convert(document, struct)
    for name, dumped in (
        ("pydantic", peer_model.model_dump(mode="json")),
        ("msgspec", msgspec.to_builtins(peer_struct)),
    ):
        assert normalised(dumped) == document, f"{name} writes another {type(obj).__name__}"
    return peer_model, peer_struct


# --------------------------------------------------------------------------- timing


def kit_round_trip(cls: type, obj: object) -> object:
    return from_dict(cls, to_dict(obj))


def pydantic_round_trip(model: type[BaseModel], obj: BaseModel) -> object:
    return model.model_validate(obj.model_dump(mode="json"))


def msgspec_round_trip(struct: type[msgspec.Struct], obj: msgspec.Struct) -> object:
    return msgspec.convert(msgspec.to_builtins(obj), struct)


def best_of(func: Callable[[], object], *, number: int, repeat: int) -> float:
    """The best time of one call, in seconds, over ``repeat`` runs of ``number`` calls."""
    return min(timeit.repeat(func, number=number, repeat=repeat)) / number


_DEPENDENCIES: Final = "import attrs, cattrs, dateutil.rrule"
#: What is timed in fresh interpreters: the dependencies alone, then each kit import
#: after them. ``import therapy_homework`` loads its names lazily (on first use), so
#: the import of the names this script uses is timed as well.
_IMPORTS: Final = (
    _DEPENDENCIES,
    f"{_DEPENDENCIES}; import therapy_homework",
    f"{_DEPENDENCIES}; from therapy_homework import from_dict, to_dict",
)


def fresh_import_times(statements: tuple[str, ...], repeat: int) -> list[float]:
    """The best wall time of each of ``statements`` in a fresh interpreter, in seconds.

    The statements take turns, so that a slow patch of the machine hits them alike.
    """
    best = [float("inf")] * len(statements)
    # As an installed package runs: with its bytecode cached. A first, untimed run of
    # each statement writes the cache even where PYTHONDONTWRITEBYTECODE is set.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for statement in statements:
        subprocess.run([sys.executable, "-c", statement], check=True, env=env)
    for _ in range(repeat):
        for index, statement in enumerate(statements):
            code = (
                f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
            )
            result = subprocess.run(
                [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
            )
            best[index] = min(best[index], float(result.stdout))
    return best


def measure_round_trips(*, number: int, repeat: int) -> list[tuple[str, float, float, float]]:
    """Per type: its label and the best round trip of the kit, pydantic and msgspec."""
    peers_of(custom_scale_rating(), RatingDocumentModel, RatingDocumentStruct)
    rows = []
    for label, obj, model, struct in measured():
        peer_model, peer_struct = peers_of(obj, model, struct)
        kit, pyd, msg = (
            best_of(func, number=number, repeat=repeat)
            for func in (
                partial(kit_round_trip, type(obj), obj),
                partial(pydantic_round_trip, model, peer_model),
                partial(msgspec_round_trip, struct, peer_struct),
            )
        )
        rows.append((label, kit, pyd, msg))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, for a smoke run")
    args = parser.parse_args()
    number, repeat = (100, 3) if args.quick else (500, 200)
    imports = 3 if args.quick else 20

    check_copied_values()
    rows = measure_round_trips(number=number, repeat=repeat)
    print(
        f"Python {sys.version.split()[0]}; therapy_homework {therapy_homework.__version__}, "
        f"pydantic {pydantic.VERSION}, msgspec {msgspec.__version__}"
    )
    print(f"Round trip, best of {repeat} runs of {number} calls each:")
    print(
        f"{'type':<22}{'kit':>10}{'pydantic':>11}{'msgspec':>11}"
        f"{'kit/pydantic':>14}{'kit/msgspec':>13}"
    )
    for label, kit, pyd, msg in rows:
        print(
            f"{label:<22}{kit * 1e6:>8.1f}µs{pyd * 1e6:>9.1f}µs{msg * 1e6:>9.1f}µs"
            f"{kit / pyd:>13.2f}x{kit / msg:>12.2f}x"
        )
    met = sum(kit <= pyd for _, kit, pyd, _ in rows)
    print(f"target (kit at most 1.0x pydantic v2 strict): met for {met} of {len(rows)} types")

    alone, package, names = fresh_import_times(_IMPORTS, imports)
    print(f"\nImport, best of {imports} fresh interpreters:")
    print(f"{_DEPENDENCIES:<56}{alone * 1e3:>8.1f} ms")
    for statement, total in (
        ("then import therapy_homework", package),
        ("then from therapy_homework import from_dict, to_dict", names),
    ):
        overhead = (total - alone) * 1e3
        verdict = "met" if overhead <= 30 else "not met"
        print(
            f"{statement:<56}{total * 1e3:>8.1f} ms: {overhead:+.1f} ms "
            f"(target at most +30 ms: {verdict})"
        )


if __name__ == "__main__":
    main()
