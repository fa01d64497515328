"""A catalogue of specific homework: templates that render to assignments.

Every template names a concrete action and a bounded occasion, has parameters (the
situation, the person, the day ...), a *standard* version and a *lighter* one for a
week with little room, its kind and approach, and default answers to the three
questions. Rendering gives an :class:`~therapy_homework.Assignment`:

>>> from datetime import datetime, timezone
>>> from therapy_homework.templates import get_template
>>> template = get_template("catch-the-thought")
>>> assignment = template.render(
...     id="asg-1", client_id="c-1",
...     assigned_at=datetime(2026, 11, 26, 17, 0, tzinfo=timezone.utc),
...     params={"situation": "your chest tightens at work"},
... )
>>> assignment.plan.cue
'When your chest tightens at work'

The check of every template, in both versions and with any parameters, is part of
the kit's test suite.
"""

from collections.abc import Mapping
from datetime import datetime

import attrs

from ..errors import InvalidData, Problem, ProblemCode, UnknownName
from ..model.assignment import (
    Approach,
    Assignment,
    AssignmentKind,
    Dose,
    Plan,
    RecordSpec,
    ThreeQuestions,
)
from ..model.partners import Partner
from ..model.rating import BELIEF, INTENSITY, MOOD, SUDS, TENSION, Scale
from ..model.schedule import Schedule
from ..model.suggestions import _MAX_VALUE, ParameterKind

__all__ = [
    "CATALOGUE",
    "Parameter",
    "Template",
    "Variant",
    "get_template",
]


@attrs.frozen
class Parameter:
    """A blank in a template, with an example value used when none is given."""

    name: str
    kind: ParameterKind
    example: str


@attrs.frozen(kw_only=True)
class Variant:
    """One version of a template. Text fields may use ``{parameter}`` blanks."""

    instructions: str
    action: str
    cue: str | None = None
    dose: Dose | None = None
    record_what: str | None = None
    scale: Scale | None = None
    recurrence: str | None = None


@attrs.frozen(kw_only=True)
class Template:
    """A specific assignment with blanks, in a standard and a lighter version."""

    id: str
    title: str
    kind: AssignmentKind
    approach: Approach
    topics: frozenset[str]
    parameters: tuple[Parameter, ...]
    standard: Variant
    lighter: Variant
    why_this_task: str
    why_now: str
    how_reviewed: str

    def fill(self, params: Mapping[str, str] | None = None) -> dict[str, str]:
        """The value of every parameter: as given, or its example. Checks the names."""
        given = dict(params or {})
        known = {p.name for p in self.parameters}
        problems = [
            Problem(
                ("params", name),
                f"is not a parameter of the template {self.id}",
                ProblemCode.UNKNOWN_KEY,
            )
            for name in given
            if name not in known
        ]
        for name, value in given.items():
            if name not in known:
                continue
            if type(value) is not str or not value.strip():
                problems.append(
                    Problem(("params", name), "must be non-empty text", ProblemCode.EMPTY)
                )
            elif len(value) > _MAX_VALUE:
                problems.append(
                    Problem(
                        ("params", name),
                        f"is longer than {_MAX_VALUE} characters",
                        ProblemCode.TOO_LONG,
                    )
                )
        if problems:
            raise InvalidData(problems, subject=f"Template {self.id}")
        return {p.name: given.get(p.name, p.example).strip() for p in self.parameters}

    def example(self, *, lighter: bool = False) -> str:
        """The instructions of one version, with the example parameters."""
        version = self.lighter if lighter else self.standard
        return _capitalized(version.instructions.format_map(self.fill()))

    def render(
        self,
        *,
        id: str,
        client_id: str,
        assigned_at: datetime,
        review_at: datetime | None = None,
        lighter: bool = False,
        params: Mapping[str, str] | None = None,
        partners: tuple[Partner, ...] = (),
        timezone: str = "UTC",
    ) -> Assignment:
        """An :class:`~therapy_homework.Assignment` of this template.

        ``params`` fills the blanks (missing ones take their example); ``lighter``
        picks the lighter version. Raises :class:`~therapy_homework.InvalidData` for
        an unknown or empty parameter, or anything the assignment itself refuses.
        """
        values = self.fill(params)
        version = self.lighter if lighter else self.standard

        def text(template: str | None) -> str | None:
            return None if template is None else _capitalized(template.format_map(values))

        record = None
        if version.record_what is not None or version.scale is not None:
            record = RecordSpec(what=text(version.record_what), scale=version.scale)
        schedule = (
            Schedule.once()
            if version.recurrence is None
            else Schedule.recurring(version.recurrence, timezone=timezone)
        )
        return Assignment(
            id=id,
            client_id=client_id,
            title=self.title,
            instructions=text(version.instructions) or "",
            kind=self.kind,
            approach=self.approach,
            assigned_at=assigned_at,
            review_at=review_at,
            plan=Plan(
                action=text(version.action) or "",
                cue=text(version.cue),
                dose=version.dose,
                record=record,
            ),
            schedule=schedule,
            questions=ThreeQuestions(
                why_this_task=text(self.why_this_task),
                why_now=text(self.why_now),
                how_reviewed=text(self.how_reviewed),
            ),
            partners=partners,
        )


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _p(name: str, kind: ParameterKind, example: str) -> Parameter:
    return Parameter(name=name, kind=kind, example=example)


_SITUATION = ParameterKind.SITUATION
_PERSON = ParameterKind.PERSON
_DAY = ParameterKind.DAY

#: Every template the kit ships, in a stable order; see :func:`get_template`.
CATALOGUE: tuple[Template, ...] = (
    # ------------------------------------------------------------------ cognitive (CBT)
    Template(
        id="catch-the-thought",
        title="Catch the thought before the feeling",
        kind=AssignmentKind.COGNITIVE,
        approach=Approach.CBT,
        topics=frozenset({"thoughts", "feelings"}),
        parameters=(_p("situation", _SITUATION, "your chest tightens"),),
        standard=Variant(
            instructions=(
                "When {situation}, write down the exact thought that came just before it, "
                "word for word, then rate how strongly you believed it from 0 to 100. "
                "Do this three times before our next session."
            ),
            action="Write down the exact thought that came just before, word for word",
            cue="When {situation}",
            dose=Dose(count=3),
            record_what="The thought, and how strongly you believed it",
            scale=BELIEF,
        ),
        lighter=Variant(
            instructions=(
                "Once before our next session, when {situation}, jot down the thought that "
                "came just before it in a few words."
            ),
            action="Jot down the thought that came just before, in a few words",
            cue="When {situation}",
            dose=Dose(count=1),
            record_what="The thought, in a few words",
        ),
        why_this_task="It gives us real examples of the thoughts behind the feeling.",
        why_now="We have named the pattern; the next step is catching it as it happens.",
        how_reviewed="Bring what you wrote; we will look at the thoughts together first thing.",
    ),
    Template(
        id="feared-and-likely-outcome",
        title="Feared outcome, likely outcome",
        kind=AssignmentKind.COGNITIVE,
        approach=Approach.CBT,
        topics=frozenset({"worry"}),
        parameters=(_p("worry", _SITUATION, "the presentation going badly"),),
        standard=Variant(
            instructions=(
                "On two evenings this week, set a ten-minute timer and write out what you "
                "fear will happen about {worry}, what is most likely to happen, and the "
                "evidence for each."
            ),
            action="Write out the feared outcome, the likely outcome, and the evidence for each",
            cue="On two evenings this week, with a ten-minute timer",
            dose=Dose(count=2, minutes=10),
            record_what="The feared outcome, the likely outcome, and the evidence",
        ),
        lighter=Variant(
            instructions=(
                "Once this week, set a five-minute timer and write one line on what you fear "
                "about {worry} and one line on what is most likely."
            ),
            action="Write one line on the feared outcome and one on the likely outcome",
            cue="Once this week, with a five-minute timer",
            dose=Dose(count=1, minutes=5),
            record_what="The two lines",
        ),
        why_this_task="It moves the worry out of your head and onto paper, where it can be tested.",
        why_now="The worry has been taking whole evenings; a timer gives it a container.",
        how_reviewed="We will compare your predictions with what actually happened.",
    ),
    Template(
        id="test-a-belief",
        title="Test a recurring belief",
        kind=AssignmentKind.COGNITIVE,
        approach=Approach.CBT,
        topics=frozenset({"thoughts", "self-worth"}),
        parameters=(
            _p(
                "belief",
                _SITUATION,
                "if someone is upset with me, I must have done something wrong",
            ),
        ),
        standard=Variant(
            instructions=(
                "Each time the belief '{belief}' shows up this week, write one line on what "
                "happened and one fact that supports it or does not, and rate how much you "
                "believe it from 0 to 100."
            ),
            action="Write one line on what happened and one fact for or against the belief",
            cue="Each time the belief shows up",
            dose=Dose(count=3),
            record_what="The situation, the fact, and the belief rating",
            scale=BELIEF,
        ),
        lighter=Variant(
            instructions=(
                "Once this week, when the belief '{belief}' shows up, write down one fact "
                "that does not fit it."
            ),
            action="Write down one fact that does not fit the belief",
            cue="When the belief shows up",
            dose=Dose(count=1),
            record_what="The fact",
        ),
        why_this_task="A belief held for years deserves to be checked against this week's facts.",
        why_now="We have found the belief; now we gather evidence instead of arguing with it.",
        how_reviewed="We will read the lines together and re-rate the belief.",
    ),
    Template(
        id="thought-record-after-event",
        title="One thought record after a hard moment",
        kind=AssignmentKind.COGNITIVE,
        approach=Approach.CBT,
        topics=frozenset({"thoughts"}),
        parameters=(_p("event", _SITUATION, "Tuesday's meeting"),),
        standard=Variant(
            instructions=(
                "Within a day after {event}, fill in one full thought record: the situation, "
                "your feelings rated 0 to 10, the hot thought, the evidence on both sides, "
                "and a more balanced thought."
            ),
            action="Fill in one full thought record",
            cue="Within a day after {event}",
            dose=Dose(count=1, minutes=20),
            record_what="The completed thought record",
            scale=INTENSITY,
        ),
        lighter=Variant(
            instructions=(
                "Within a day after {event}, write just the first three columns of a "
                "thought record: the situation, the feeling, and the thought."
            ),
            action="Write the first three columns of a thought record",
            cue="Within a day after {event}",
            dose=Dose(count=1, minutes=10),
            record_what="The situation, the feeling and the thought",
        ),
        why_this_task="It slows a fast reaction down so we can see each step of it.",
        why_now="The event is coming up, so the record will be fresh.",
        how_reviewed="Bring the record; we will work on the balanced thought together.",
    ),
    Template(
        id="rational-response",
        title="One kinder answer to the harshest thought",
        kind=AssignmentKind.COGNITIVE,
        approach=Approach.CBT,
        topics=frozenset({"self-worth", "thoughts"}),
        parameters=(),
        standard=Variant(
            instructions=(
                "When you notice a shame spiral starting, write one balanced answer to the "
                "harshest thought within the hour, twice before our next session."
            ),
            action="Write one balanced answer to the harshest thought",
            cue="When you notice a shame spiral starting",
            dose=Dose(count=2),
            record_what="The harsh thought and your answer",
        ),
        lighter=Variant(
            instructions=(
                "Once before our next session, after a shame spiral, write one sentence a "
                "friend might say back to the harshest thought."
            ),
            action="Write one sentence a friend might say back to the harshest thought",
            cue="After a shame spiral",
            dose=Dose(count=1),
            record_what="The sentence",
        ),
        why_this_task="Answering the thought on paper builds the voice you want to hear.",
        why_now="You can now spot the spiral early enough to answer it.",
        how_reviewed="We will read your answers and see which ones landed.",
    ),
    # ------------------------------------------------------------------ cognitive (REBT)
    Template(
        id="rebt-abc",
        title="A-B-C of one upset",
        kind=AssignmentKind.COGNITIVE,
        approach=Approach.REBT,
        topics=frozenset({"thoughts"}),
        parameters=(),
        standard=Variant(
            instructions=(
                "Three times before our next session, right after you get upset, write the "
                "A-B-C: the activating event, your belief about it, and the consequence you "
                "felt and did."
            ),
            action="Write the activating event, the belief, and the consequence",
            cue="Right after you get upset",
            dose=Dose(count=3),
            record_what="The A, the B and the C",
        ),
        lighter=Variant(
            instructions=(
                "Once before our next session, right after you get upset, write the A-B-C "
                "in one line each."
            ),
            action="Write the activating event, the belief, and the consequence in one line each",
            cue="Right after you get upset",
            dose=Dose(count=1),
            record_what="The three lines",
        ),
        why_this_task="It separates what happened from what you told yourself about it.",
        why_now="We are ready to find the demands behind the upsets.",
        how_reviewed="We will dispute the beliefs you brought, one by one.",
    ),
    Template(
        id="rebt-dispute",
        title="Dispute one demand",
        kind=AssignmentKind.COGNITIVE,
        approach=Approach.REBT,
        topics=frozenset({"thoughts", "self-worth"}),
        parameters=(_p("demand", _SITUATION, "I must never let anyone down"),),
        standard=Variant(
            instructions=(
                "On two days this week, write three answers to the demand '{demand}': is it "
                "true, is it logical, and does it help you; then write the new belief and "
                "rate it from 0 to 100."
            ),
            action="Write three answers to the demand and a new belief",
            cue="On two days this week",
            dose=Dose(count=2, minutes=15),
            record_what="The three answers and the new belief with its rating",
            scale=BELIEF,
        ),
        lighter=Variant(
            instructions=(
                "Once this week, write one answer to the demand '{demand}': what would happen "
                "if it were a preference instead?"
            ),
            action="Write one answer to the demand",
            cue="Once this week",
            dose=Dose(count=1),
            record_what="The answer",
        ),
        why_this_task="Disputing the demand is how the new belief becomes your own.",
        why_now="You found this demand behind several upsets in your A-B-Cs.",
        how_reviewed="We will read your answers and strengthen the new belief together.",
    ),
    Template(
        id="rebt-frustration-tolerance",
        title="Stay with a small frustration",
        kind=AssignmentKind.BEHAVIOURAL,
        approach=Approach.REBT,
        topics=frozenset({"fear"}),
        parameters=(_p("situation", _SITUATION, "waiting in a queue"),),
        standard=Variant(
            instructions=(
                "Three times this week, when {situation}, stay with it for five minutes "
                "without your phone, and rate your distress from 0 to 100 at the start and "
                "at the end."
            ),
            action="Stay with the frustration for five minutes without your phone",
            cue="When {situation}",
            dose=Dose(count=3, minutes=5),
            record_what="Distress at the start and at the end",
            scale=SUDS,
        ),
        lighter=Variant(
            instructions=(
                "Once this week, when {situation}, wait two minutes before you reach for "
                "your phone."
            ),
            action="Wait two minutes before reaching for your phone",
            cue="When {situation}",
            dose=Dose(count=1, minutes=2),
        ),
        why_this_task="It shows you that discomfort passes, and that you can stand it.",
        why_now="We have seen how much 'I can't stand it' drives the rest.",
        how_reviewed="We will look at how the ratings changed from start to end.",
    ),
    # ------------------------------------------------------------------ behavioural
    Template(
        id="grounding-pause",
        title="A grounding pause before responding",
        kind=AssignmentKind.BEHAVIOURAL,
        approach=Approach.CBT,
        topics=frozenset({"calm"}),
        parameters=(_p("signal", _SITUATION, "your body revving up"),),
        standard=Variant(
            instructions=(
                "When you notice {signal}, put both feet flat on the floor, breathe out "
                "slowly, and wait two minutes before you respond. Do it at least twice this "
                "week and rate your tension from 0 to 10 before and after."
            ),
            action="Put both feet on the floor, breathe out slowly, and wait two minutes",
            cue="When you notice {signal}",
            dose=Dose(count=2, minutes=2),
            record_what="Tension before and after",
            scale=TENSION,
        ),
        lighter=Variant(
            instructions=(
                "Once this week, when you notice {signal}, take three slow breaths before "
                "you say anything."
            ),
            action="Take three slow breaths before saying anything",
            cue="When you notice {signal}",
            dose=Dose(count=1, minutes=1),
        ),
        why_this_task="A pause gives the thinking part of you time to catch up.",
        why_now="You can now feel the signal coming before you react.",
        how_reviewed="Tell me about one time you paused, and one time you did not.",
    ),
    Template(
        id="delay-reassurance",
        title="Delay reassurance seeking",
        kind=AssignmentKind.BEHAVIOURAL,
        approach=Approach.CBT,
        topics=frozenset({"reassurance", "worry"}),
        parameters=(_p("person", _PERSON, "your partner"),),
        standard=Variant(
            instructions=(
                "Twice this week, when you want to ask {person} for reassurance, wait ten "
                "minutes first, and note your anxiety from 0 to 10 before and after the wait."
            ),
            action="Wait ten minutes before asking for reassurance",
            cue="When you want to ask {person} for reassurance",
            dose=Dose(count=2, minutes=10),
            record_what="Anxiety before and after the wait",
            scale=INTENSITY,
        ),
        lighter=Variant(
            instructions=(
                "Once this week, when you want to ask {person} for reassurance, wait three "
                "minutes first."
            ),
            action="Wait three minutes before asking for reassurance",
            cue="When you want to ask {person} for reassurance",
            dose=Dose(count=1, minutes=3),
        ),
        why_this_task="Each wait teaches your alarm that the answer can come from you.",
        why_now="We have seen how the checking keeps the worry going.",
        how_reviewed="We will look at what the anxiety did during the wait.",
    ),
    Template(
        id="urge-timer",
        title="Five minutes with the urge",
        kind=AssignmentKind.BEHAVIOURAL,
        approach=Approach.CBT,
        topics=frozenset({"reassurance", "feelings"}),
        parameters=(_p("urge", _SITUATION, "check your phone for a reply"),),
        standard=Variant(
            instructions=(
                "The next three times you feel the urge to {urge}, set a five-minute timer "
                "first and write down what the urge does while you wait."
            ),
            action="Set a five-minute timer and write down what the urge does",
            cue="The next times you feel the urge",
            dose=Dose(count=3, minutes=5),
            record_what="What the urge did",
        ),
        lighter=Variant(
            instructions=(
                "The next time you feel the urge to {urge}, wait one minute and notice "
                "whether it grows or fades."
            ),
            action="Wait one minute and notice whether the urge grows or fades",
            cue="The next time you feel the urge",
            dose=Dose(count=1, minutes=1),
        ),
        why_this_task="Watching an urge rise and fall weakens its hold.",
        why_now="You have told me the checking takes hours of your day.",
        how_reviewed="We will go through what you noticed while the timer ran.",
    ),
    Template(
        id="activity-walk",
        title="A short walk, rated",
        kind=AssignmentKind.BEHAVIOURAL,
        approach=Approach.CBT,
        topics=frozenset({"activity", "self-worth"}),
        parameters=(_p("day", _DAY, "Tuesday"), _p("other_day", _DAY, "Thursday")),
        standard=Variant(
            instructions=(
                "On {day} and {other_day}, walk for fifteen minutes after lunch and rate "
                "your mood from 0 to 10 before and after."
            ),
            action="Walk for fifteen minutes after lunch",
            cue="On {day} and {other_day}, after lunch",
            dose=Dose(count=2, minutes=15),
            record_what="Mood before and after",
            scale=MOOD,
        ),
        lighter=Variant(
            instructions="On {day}, walk for five minutes after lunch.",
            action="Walk for five minutes after lunch",
            cue="On {day}, after lunch",
            dose=Dose(count=1, minutes=5),
        ),
        why_this_task="Small doses of movement lift mood better than waiting to feel like it.",
        why_now="Your energy is low; a short walk is a step that fits it.",
        how_reviewed="We will compare your before and after ratings.",
    ),
    Template(
        id="text-a-friend",
        title="Reach out to one friend",
        kind=AssignmentKind.BEHAVIOURAL,
        approach=Approach.CBT,
        topics=frozenset({"connection"}),
        parameters=(_p("person", _PERSON, "Sam"), _p("day", _DAY, "Wednesday")),
        standard=Variant(
            instructions=("Text {person} by {day} and suggest one specific day and time to meet."),
            action="Text and suggest one specific day and time to meet",
            cue="By {day}",
            dose=Dose(count=1),
            record_what="What you sent and what came back",
        ),
        lighter=Variant(
            instructions="Send {person} one short message by {day}, just to say hello.",
            action="Send one short message to say hello",
            cue="By {day}",
            dose=Dose(count=1),
        ),
        why_this_task="Connection comes back one small contact at a time.",
        why_now="You said the isolation has been growing since the move.",
        how_reviewed="Tell me what you sent and how it felt to send it.",
    ),
    Template(
        id="say-no-once",
        title="Say no to one small request",
        kind=AssignmentKind.BEHAVIOURAL,
        approach=Approach.CBT,
        topics=frozenset({"boundaries"}),
        parameters=(),
        standard=Variant(
            instructions=(
                "Say no to one small request this week, then write down what you feared "
                "would happen and what actually happened."
            ),
            action="Say no to one small request",
            cue="Once this week",
            dose=Dose(count=1),
            record_what="What you feared, and what actually happened",
        ),
        lighter=Variant(
            instructions=(
                "Once this week, answer one small request with 'Let me get back to you' "
                "instead of yes."
            ),
            action="Answer one small request with 'Let me get back to you'",
            cue="Once this week",
            dose=Dose(count=1),
        ),
        why_this_task="It tests the prediction that a no will cost you the relationship.",
        why_now="We have traced how often you agree before you have thought.",
        how_reviewed="We will compare the feared and the actual outcome.",
    ),
    Template(
        id="boundary-rehearsal",
        title="Rehearse a boundary statement",
        kind=AssignmentKind.BEHAVIOURAL,
        approach=Approach.CBT,
        topics=frozenset({"boundaries"}),
        parameters=(
            _p("statement", _SITUATION, "I'm not going to talk about my weight"),
            _p("day", _DAY, "Friday"),
        ),
        standard=Variant(
            instructions=(
                "Say your boundary statement out loud twice before {day}: '{statement}'. "
                "Rate how steady your voice felt from 0 to 10 each time."
            ),
            action="Say the boundary statement out loud",
            cue="Before {day}",
            dose=Dose(count=2),
            record_what="How steady your voice felt",
            scale=INTENSITY,
        ),
        lighter=Variant(
            instructions=(
                "Read your boundary statement out loud once before {day}: '{statement}'."
            ),
            action="Read the boundary statement out loud",
            cue="Before {day}",
            dose=Dose(count=1),
        ),
        why_this_task="Words practised out loud come more easily under pressure.",
        why_now="The family visit is coming, and we have written the words together.",
        how_reviewed="Say it to me at the start of next session.",
    ),
    Template(
        id="worry-period",
        title="A fixed worry period",
        kind=AssignmentKind.BEHAVIOURAL,
        approach=Approach.CBT,
        topics=frozenset({"worry"}),
        parameters=(_p("time", ParameterKind.TIME, "6 pm"),),
        standard=Variant(
            instructions=(
                "At {time} on five days this week, spend fifteen minutes writing down your "
                "worries; when a worry comes up at another time, note one word and save it "
                "for the worry period."
            ),
            action="Write down your worries for fifteen minutes",
            cue="At {time}",
            dose=Dose(count=5, minutes=15),
            record_what="The worries, and the saved words",
        ),
        lighter=Variant(
            instructions=(
                "At {time} on two days this week, spend five minutes writing down your worries."
            ),
            action="Write down your worries for five minutes",
            cue="At {time}",
            dose=Dose(count=2, minutes=5),
        ),
        why_this_task="Giving worry a time slot frees the rest of the day.",
        why_now="The worry is spreading across the whole day.",
        how_reviewed="Bring the list; we will sort the worries you can act on from the rest.",
    ),
    Template(
        id="exposure-step",
        title="One step up the ladder",
        kind=AssignmentKind.BEHAVIOURAL,
        approach=Approach.CBT,
        topics=frozenset({"fear"}),
        parameters=(_p("step", ParameterKind.ACTIVITY, "ride the bus for two stops"),),
        standard=Variant(
            instructions=(
                "Three times this week, {step}, and rate your distress from 0 to 100 at "
                "the start, at the peak, and at the end."
            ),
            action="Do the next step of your ladder",
            cue="Three times this week",
            dose=Dose(count=3),
            record_what="Distress at the start, the peak and the end",
            scale=SUDS,
        ),
        lighter=Variant(
            instructions=(
                "Once this week, {step}, and rate your distress from 0 to 100 at the start "
                "and at the end."
            ),
            action="Do the next step of your ladder",
            cue="Once this week",
            dose=Dose(count=1),
            record_what="Distress at the start and at the end",
            scale=SUDS,
        ),
        why_this_task="Facing the feared step in small doses teaches your alarm it can settle.",
        why_now="The step below this one has become manageable.",
        how_reviewed="We will look at how the distress moved within each try.",
    ),
    Template(
        id="wind-down",
        title="A screen-free wind-down",
        kind=AssignmentKind.BEHAVIOURAL,
        approach=Approach.OTHER,
        topics=frozenset({"activity", "calm"}),
        parameters=(_p("time", ParameterKind.TIME, "10:30 pm"),),
        standard=Variant(
            instructions=(
                "On four nights this week, put your phone in another room at {time} and "
                "rate how rested you feel from 0 to 10 the next morning."
            ),
            action="Put your phone in another room",
            cue="At {time}",
            dose=Dose(count=4, minutes=5),
            record_what="How rested you felt the next morning",
            scale=MOOD,
        ),
        lighter=Variant(
            instructions="On two nights this week, put your phone in another room at {time}.",
            action="Put your phone in another room",
            cue="At {time}",
            dose=Dose(count=2, minutes=5),
        ),
        why_this_task="Sleep comes more easily when the last hour is calmer.",
        why_now="You said the late scrolling is the part of the night you can change.",
        how_reviewed="We will look at the mornings after phone-free nights.",
    ),
    Template(
        id="read-and-underline",
        title="Read one chapter, mark one sentence",
        kind=AssignmentKind.COGNITIVE,
        approach=Approach.CBT,
        topics=frozenset({"reading"}),
        parameters=(_p("day", _DAY, "Monday"),),
        standard=Variant(
            instructions=(
                "Read chapter 2 of the workbook before {day} and underline one sentence "
                "that fits you."
            ),
            action="Read chapter 2 of the workbook and underline one sentence",
            cue="Before {day}",
            dose=Dose(count=1),
            record_what="The sentence you underlined",
        ),
        lighter=Variant(
            instructions="Read the first two pages of chapter 2 before {day}.",
            action="Read the first two pages of chapter 2",
            cue="Before {day}",
            dose=Dose(count=1),
        ),
        why_this_task="The chapter explains the model we are using, in your own time.",
        why_now="We have started the work the chapter describes.",
        how_reviewed="Bring the sentence; we will start from it.",
    ),
    # ------------------------------------------------------------------ relational
    Template(
        id="soft-start-up",
        title="A soft start-up",
        kind=AssignmentKind.RELATIONAL,
        approach=Approach.COUPLES,
        topics=frozenset({"communication"}),
        parameters=(),
        standard=Variant(
            instructions=(
                "Start one complaint this week with 'I feel ... about ... and I need ...' "
                "instead of 'you always', and note afterwards how the conversation went."
            ),
            action="Start one complaint with 'I feel ... about ... and I need ...'",
            cue="Once this week",
            dose=Dose(count=1),
            record_what="How the conversation went",
        ),
        lighter=Variant(
            instructions=(
                "Once this week, before raising a complaint, write the sentence 'I feel ... "
                "about ...' on a note first."
            ),
            action="Write the sentence 'I feel ... about ...' on a note first",
            cue="Before raising a complaint",
            dose=Dose(count=1),
        ),
        why_this_task="How a hard conversation starts predicts how it ends.",
        why_now="We have seen how quickly your arguments start at full volume.",
        how_reviewed="Both of you tell me about the conversation, from your own side.",
    ),
    Template(
        id="feeling-before-argument",
        title="Feeling first, argument second",
        kind=AssignmentKind.RELATIONAL,
        approach=Approach.COUPLES,
        topics=frozenset({"communication"}),
        parameters=(),
        standard=Variant(
            instructions=(
                "During one hard conversation this week, say what you feel before you make "
                "your point, and note afterwards what your partner did next."
            ),
            action="Say what you feel before making your point",
            cue="During one hard conversation this week",
            dose=Dose(count=1),
            record_what="What your partner did next",
        ),
        lighter=Variant(
            instructions=(
                "During one conversation this week, say one feeling word out loud before "
                "your point."
            ),
            action="Say one feeling word out loud before your point",
            cue="During one conversation this week",
            dose=Dose(count=1),
        ),
        why_this_task="A feeling invites a response; an argument invites a defence.",
        why_now="You both described leading with the case for your side.",
        how_reviewed="We will hear what happened after the feeling was named.",
    ),
    Template(
        id="repair-attempt",
        title="Use a repair script in a disagreement",
        kind=AssignmentKind.RELATIONAL,
        approach=Approach.COUPLES,
        topics=frozenset({"communication", "calm"}),
        parameters=(_p("phrase", _SITUATION, "Can we start over?"),),
        standard=Variant(
            instructions=(
                "During one disagreement this week, use the repair phrase '{phrase}' and "
                "afterwards each rate your tension from 0 to 10 before and after it."
            ),
            action="Use the repair phrase during the disagreement",
            cue="During one disagreement this week",
            dose=Dose(count=1),
            record_what="Each partner's tension before and after",
            scale=TENSION,
        ),
        lighter=Variant(
            instructions=(
                "Before our next session, agree together on one repair phrase and say it "
                "to each other once when things are calm."
            ),
            action="Agree on one repair phrase and say it once when calm",
            cue="Before our next session",
            dose=Dose(count=1),
        ),
        why_this_task="Repair during a fight matters more than avoiding fights.",
        why_now="You have both said the fights escalate past the point of return.",
        how_reviewed="Tell me about the moment you used it and how it landed.",
    ),
    Template(
        id="feeling-under-criticism",
        title="Name the feeling under the criticism",
        kind=AssignmentKind.RELATIONAL,
        approach=Approach.COUPLES,
        topics=frozenset({"communication", "feelings"}),
        parameters=(),
        standard=Variant(
            instructions=(
                "When a criticism comes up in an argument this week, take a twenty-minute "
                "break if you feel flooded, then come back and name the feeling under the "
                "criticism in one sentence."
            ),
            action="Take a break if flooded, then name the feeling under the criticism",
            cue="When a criticism comes up in an argument",
            dose=Dose(count=1, minutes=20),
            record_what="The feeling you named",
        ),
        lighter=Variant(
            instructions=(
                "After one argument this week, write down in one word the feeling that was "
                "under your criticism."
            ),
            action="Write down the feeling under your criticism in one word",
            cue="After one argument this week",
            dose=Dose(count=1),
            record_what="The feeling",
        ),
        why_this_task="Under most criticism is a need; naming it makes it hearable.",
        why_now="You have noticed that you criticize when you feel alone.",
        how_reviewed="We will talk about the feelings you found.",
    ),
    Template(
        id="honest-conversation",
        title="One honest conversation",
        kind=AssignmentKind.RELATIONAL,
        approach=Approach.CBT,
        topics=frozenset({"communication", "connection", "boundaries"}),
        parameters=(_p("person", _PERSON, "your sister"), _p("day", _DAY, "Sunday")),
        standard=Variant(
            instructions=(
                "Start one honest conversation with {person} before {day}, then jot down "
                "what you said and how they responded."
            ),
            action="Start one honest conversation",
            cue="Before {day}",
            dose=Dose(count=1),
            record_what="What you said and how they responded",
        ),
        lighter=Variant(
            instructions=(
                "Before {day}, write down the first sentence you would say to {person} in "
                "an honest conversation."
            ),
            action="Write down the first sentence of the conversation",
            cue="Before {day}",
            dose=Dose(count=1),
            record_what="The sentence",
        ),
        why_this_task="Saying the real thing, once, tests the fear of saying it.",
        why_now="We have rehearsed this conversation in session.",
        how_reviewed="Tell me what you said, and what surprised you.",
    ),
    Template(
        id="appreciation",
        title="One appreciation a day",
        kind=AssignmentKind.RELATIONAL,
        approach=Approach.COUPLES,
        topics=frozenset({"communication", "connection"}),
        parameters=(),
        standard=Variant(
            instructions=(
                "Each evening this week, tell your partner one specific thing they did "
                "that day that you appreciated."
            ),
            action="Tell your partner one specific thing you appreciated",
            cue="Each evening this week",
            dose=Dose(count=7, minutes=2),
            record_what="A tick for each evening you did it",
        ),
        lighter=Variant(
            instructions=(
                "On two evenings this week, tell your partner one thing you appreciated that day."
            ),
            action="Tell your partner one thing you appreciated",
            cue="On two evenings this week",
            dose=Dose(count=2, minutes=2),
        ),
        why_this_task="Noticing the good out loud rebuilds the fondness between you.",
        why_now="Lately most of what you say to each other is logistics or complaint.",
        how_reviewed="Each of you will tell me one appreciation you received.",
    ),
    Template(
        id="stress-reducing-conversation",
        title="A stress-reducing conversation",
        kind=AssignmentKind.RELATIONAL,
        approach=Approach.COUPLES,
        topics=frozenset({"communication", "calm"}),
        parameters=(),
        standard=Variant(
            instructions=(
                "On three evenings this week, take fifteen minutes to talk about your days, "
                "one listening and one speaking, with no advice unless asked."
            ),
            action="Talk about your days, one listening and one speaking",
            cue="On three evenings this week",
            dose=Dose(count=3, minutes=15),
            record_what="Which evenings you did it",
        ),
        lighter=Variant(
            instructions=(
                "Once this week, take five minutes each to talk about your day while the "
                "other only listens."
            ),
            action="Talk about your day while the other only listens",
            cue="Once this week",
            dose=Dose(count=1, minutes=10),
        ),
        why_this_task="Being heard about outside stress protects the relationship from it.",
        why_now="Work stress has been spilling into your evenings together.",
        how_reviewed="We will talk about what it was like to only listen.",
    ),
    # ------------------------------------------------------------------ noticing
    Template(
        id="notice-before-shutdown",
        title="What happens just before a shutdown",
        kind=AssignmentKind.NOTICING,
        approach=Approach.CBT,
        topics=frozenset({"feelings"}),
        parameters=(_p("moment", _SITUATION, "you shut down"),),
        standard=Variant(
            instructions=(
                "Before our next session, track three moments when {moment}: write what "
                "happened just before, and what you felt in your body."
            ),
            action="Write what happened just before, and what you felt in your body",
            cue="When {moment}",
            dose=Dose(count=3),
            record_what="What happened before, and the body sensation",
        ),
        lighter=Variant(
            instructions=(
                "Once before our next session, when {moment}, write one line about what "
                "happened just before."
            ),
            action="Write one line about what happened just before",
            cue="When {moment}",
            dose=Dose(count=1),
        ),
        why_this_task="The moment before is where change can start.",
        why_now="We do not yet know what sets the pattern off.",
        how_reviewed="We will look for what the moments have in common.",
    ),
    Template(
        id="panic-log",
        title="After a panic spike",
        kind=AssignmentKind.NOTICING,
        approach=Approach.CBT,
        topics=frozenset({"calm", "feelings"}),
        parameters=(),
        standard=Variant(
            instructions=(
                "After each panic spike this week, write the time, where you were, and the "
                "first body sensation you noticed."
            ),
            action="Write the time, the place, and the first body sensation",
            cue="After each panic spike",
            dose=Dose(count=3),
            record_what="Time, place, first sensation",
        ),
        lighter=Variant(
            instructions=(
                "After one panic spike this week, write down the first body sensation you noticed."
            ),
            action="Write down the first body sensation",
            cue="After one panic spike",
            dose=Dose(count=1),
        ),
        why_this_task="Knowing the first sign lets us catch panic earlier.",
        why_now="The spikes feel random; a log will show whether they are.",
        how_reviewed="Bring the log; we will look for patterns in the first signs.",
    ),
    Template(
        id="name-the-emotion",
        title="Name it and rate it",
        kind=AssignmentKind.NOTICING,
        approach=Approach.CBT,
        topics=frozenset({"feelings", "calm"}),
        parameters=(_p("feeling", ParameterKind.FEELING, "anger"),),
        standard=Variant(
            instructions=(
                "When you feel {feeling} rising, name the emotion silently and rate its "
                "intensity from 0 to 10; do this on three days this week."
            ),
            action="Name the emotion silently and rate its intensity",
            cue="When you feel {feeling} rising",
            dose=Dose(count=3),
            record_what="The emotion and its intensity",
            scale=INTENSITY,
        ),
        lighter=Variant(
            instructions=(
                "Once this week, when you feel {feeling} rising, name the feeling out loud."
            ),
            action="Name the feeling out loud",
            cue="When you feel {feeling} rising",
            dose=Dose(count=1),
        ),
        why_this_task="Naming an emotion turns its volume down a little.",
        why_now="The feeling has been taking over before you know it is there.",
        how_reviewed="We will look at the ratings and what was happening at the time.",
    ),
    Template(
        id="mood-check",
        title="A daily mood check",
        kind=AssignmentKind.NOTICING,
        approach=Approach.CBT,
        topics=frozenset({"feelings", "activity"}),
        parameters=(_p("time", ParameterKind.TIME, "9 pm"),),
        standard=Variant(
            instructions="Rate your mood from 0 to 10 at {time} each day until our next session.",
            action="Rate your mood from 0 to 10",
            cue="At {time}",
            dose=Dose(count=1),  # once at each daily occurrence: seven a week
            record_what="The rating",
            scale=MOOD,
            recurrence="FREQ=DAILY",
        ),
        lighter=Variant(
            instructions="Rate your mood from 0 to 10 at {time} on three days this week.",
            action="Rate your mood from 0 to 10",
            cue="At {time}",
            dose=Dose(count=3),
            record_what="The rating",
            scale=MOOD,
        ),
        why_this_task="A week of ratings shows patterns that memory smooths over.",
        why_now="We want a baseline before we change anything.",
        how_reviewed="Bring the ratings; we will graph them together.",
    ),
    # ------------------------------------------------------------------ grief
    Template(
        id="grief-body-noticing",
        title="Notice the body when you talk about them",
        kind=AssignmentKind.GRIEF,
        approach=Approach.GRIEF,
        topics=frozenset({"grief", "feelings"}),
        parameters=(_p("person", _PERSON, "your dad"),),
        standard=Variant(
            instructions=(
                "Twice this week, when you talk about {person}, notice what happens in your "
                "body, and afterwards write down where you felt it."
            ),
            action="Notice what happens in your body",
            cue="When you talk about {person}",
            dose=Dose(count=2),
            record_what="Where in your body you felt it",
        ),
        lighter=Variant(
            instructions=(
                "Once this week, when you talk about {person}, notice where in your body "
                "you feel it."
            ),
            action="Notice where in your body you feel it",
            cue="When you talk about {person}",
            dose=Dose(count=1),
        ),
        why_this_task="Grief lives in the body too; noticing it makes room for it.",
        why_now="You have started to talk about the loss, and the body is reacting.",
        how_reviewed="Tell me what you noticed; there are no right answers.",
    ),
    Template(
        id="grief-photo",
        title="A few minutes with a photo",
        kind=AssignmentKind.GRIEF,
        approach=Approach.GRIEF,
        topics=frozenset({"grief"}),
        parameters=(_p("person", _PERSON, "your mum"),),
        standard=Variant(
            instructions=(
                "Once a day for five days, look at one photo of {person} for two minutes "
                "and notice what happens in your chest and throat."
            ),
            action="Look at one photo and notice what happens in your chest and throat",
            cue="Once a day for five days",
            dose=Dose(count=5, minutes=2),
        ),
        lighter=Variant(
            instructions=(
                "Once this week, look at one photo of {person} for one minute, and stop "
                "whenever you need to."
            ),
            action="Look at one photo for one minute",
            cue="Once this week",
            dose=Dose(count=1, minutes=1),
        ),
        why_this_task="Brief, chosen contact with memories helps grief move.",
        why_now="You have been avoiding the photos and said you miss their face.",
        how_reviewed="We will talk about what the photos brought up.",
    ),
    Template(
        id="grief-letter",
        title="A letter to the person you lost",
        kind=AssignmentKind.GRIEF,
        approach=Approach.GRIEF,
        topics=frozenset({"grief", "thoughts"}),
        parameters=(_p("person", _PERSON, "your grandmother"),),
        standard=Variant(
            instructions=(
                "Before our next session, write a letter to {person} telling them one thing "
                "you wish they knew, and bring it with you."
            ),
            action="Write a letter telling them one thing you wish they knew",
            cue="Before our next session",
            dose=Dose(count=1, minutes=20),
            record_what="The letter",
        ),
        lighter=Variant(
            instructions=(
                "Before our next session, write three sentences to {person} about one "
                "memory you treasure."
            ),
            action="Write three sentences about one memory",
            cue="Before our next session",
            dose=Dose(count=1),
            record_what="The sentences",
        ),
        why_this_task="Some things left unsaid can still be said.",
        why_now="You mentioned things you never got to say.",
        how_reviewed="You may read it to me, or just tell me what writing it was like.",
    ),
    Template(
        id="grief-ritual",
        title="A small ritual on a hard day",
        kind=AssignmentKind.GRIEF,
        approach=Approach.GRIEF,
        topics=frozenset({"grief"}),
        parameters=(_p("day", _DAY, "Saturday"), _p("person", _PERSON, "your brother")),
        standard=Variant(
            instructions=(
                "On {day}, light a candle for {person} and spend ten minutes writing down "
                "one memory of them."
            ),
            action="Light a candle and write down one memory",
            cue="On {day}",
            dose=Dose(count=1, minutes=10),
            record_what="The memory",
        ),
        lighter=Variant(
            instructions="On {day}, light a candle for {person} for five minutes.",
            action="Light a candle for five minutes",
            cue="On {day}",
            dose=Dose(count=1, minutes=5),
        ),
        why_this_task="A ritual gives a hard day a shape.",
        why_now="The anniversary is coming up.",
        how_reviewed="Tell me how the day went, whatever happened.",
    ),
    # ------------------------------------------------------------------ values
    Template(
        id="one-value-action",
        title="One action for a value",
        kind=AssignmentKind.VALUES,
        approach=Approach.OTHER,
        topics=frozenset({"self-worth", "activity"}),
        parameters=(_p("value", ParameterKind.VALUE, "being a caring friend"),),
        standard=Variant(
            instructions=(
                "Schedule one action for {value} before our next session, then write down "
                "what you did and how it felt."
            ),
            action="Do one scheduled action for the value",
            cue="Before our next session",
            dose=Dose(count=1),
            record_what="What you did and how it felt",
        ),
        lighter=Variant(
            instructions=(
                "Before our next session, write down one small action that would serve {value}."
            ),
            action="Write down one small action for the value",
            cue="Before our next session",
            dose=Dose(count=1),
            record_what="The action",
        ),
        why_this_task="Acting on a value, even in a small way, is what gives it weight.",
        why_now="You named this value as the one you have lost touch with.",
        how_reviewed="We will talk about what you did and what it meant.",
    ),
    Template(
        id="values-evening-list",
        title="What matched my values today",
        kind=AssignmentKind.VALUES,
        approach=Approach.OTHER,
        topics=frozenset({"self-worth"}),
        parameters=(),
        standard=Variant(
            instructions=(
                "Each night this week, list one thing you did that matched your values, in "
                "one sentence."
            ),
            action="List one thing you did that matched your values",
            cue="Each night this week",
            dose=Dose(count=7, minutes=5),
            record_what="The sentences",
        ),
        lighter=Variant(
            instructions=(
                "On two nights this week, list one thing you did that matched your values."
            ),
            action="List one thing you did that matched your values",
            cue="On two nights this week",
            dose=Dose(count=2, minutes=5),
            record_what="The sentences",
        ),
        why_this_task="It trains attention toward what you did right, not only what went wrong.",
        why_now="Your self-criticism has been loud; this is a counterweight.",
        how_reviewed="Read me one sentence from the week.",
    ),
    Template(
        id="self-compassion-phrase",
        title="A kind sentence at a hard moment",
        kind=AssignmentKind.VALUES,
        approach=Approach.CBT,
        topics=frozenset({"self-worth", "feelings"}),
        parameters=(_p("situation", _SITUATION, "you make a mistake at work"),),
        standard=Variant(
            instructions=(
                "When {situation}, put a hand on your chest and say one kind sentence to "
                "yourself, twice this week, and note how harsh your inner voice felt from "
                "0 to 10 before and after."
            ),
            action="Put a hand on your chest and say one kind sentence to yourself",
            cue="When {situation}",
            dose=Dose(count=2),
            record_what="How harsh the inner voice felt, before and after",
            scale=INTENSITY,
        ),
        lighter=Variant(
            instructions=(
                "Once this week, when {situation}, say one kind sentence to yourself out loud."
            ),
            action="Say one kind sentence to yourself out loud",
            cue="When {situation}",
            dose=Dose(count=1),
        ),
        why_this_task="Kindness at the moment of a mistake weakens the shame that follows.",
        why_now="We have heard how your inner critic talks; now we add another voice.",
        how_reviewed="Tell me the sentence you used and what happened after.",
    ),
)

_BY_ID = {template.id: template for template in CATALOGUE}


def get_template(template_id: str) -> Template:
    """The template with ``template_id``; :class:`UnknownName` (a ``KeyError``) when
    there is none."""
    template = _BY_ID.get(template_id) if type(template_id) is str else None
    if template is None:
        raise UnknownName("no template has that id (see TEMPLATES for the catalogue)")
    return template
