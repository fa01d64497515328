"""Perfectionism, the three questions, affirming language, missed homework, and all together."""

from datetime import datetime, timedelta

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import (
    Assignment,
    AssignmentKind,
    CapacitySnapshot,
    Dose,
    InvalidData,
    Partner,
    Plan,
    Review,
    Schedule,
    ThreeQuestions,
    check_affirming,
    check_assignment,
    check_collaboration,
    check_perfectionism,
    check_review,
    from_dict,
    suggest_adjustments,
    to_dict,
)
from therapy_homework.checks import GENDERED_TERMS
from therapy_homework.model import (
    DIFFICULTY,
    HELPFULNESS,
    MOOD,
    AssignmentStatus,
    Barrier,
    BarrierKind,
    Completion,
    Decision,
    Stressor,
)
from therapy_homework.planning import lighter_version
from therapy_homework.progress import review_coverage
from therapy_homework.testing import strategies as ths

from .helpers import T0, assignment, review

# --------------------------------------------------------------------------- perfectionism


@pytest.mark.parametrize(
    "text",
    [
        "Journal every day, no excuses",
        "Walk every single day without fail.",
        "Do the breathing perfectly before Friday.",
        "Don't mess this up this time: call your sister on Sunday.",
        "Give it 100% on Tuesday.",
        "Prove to me you are serious: say no once this week.",
    ],
)
def test_pass_fail_and_absolute_framing_is_flagged(text: str) -> None:
    report = check_perfectionism(text)
    assert report.codes == ("PERF001",)
    suggestion = report.findings[0].suggestion
    assert suggestion is not None
    assert "information" in suggestion.text


@pytest.mark.parametrize(
    "text", ["Journal every day", "Walk for ten minutes on Tuesday.", "Aim for three evenings."]
)
def test_a_plain_every_day_is_not_perfectionism(text: str) -> None:
    assert check_perfectionism(text).ok


def test_perfectionism_in_an_assignment_points_at_the_field() -> None:
    report = check_perfectionism(assignment(title="No excuses week"))
    assert [f.path for f in report] == ["$.title"]


def _review(**overrides: object) -> Review:
    return review(**overrides)


def test_a_review_that_says_failed_to_do_it_is_flagged() -> None:
    report = check_review(
        _review(noticed="Failed to do it", barriers=(Barrier(kind=BarrierKind.FORGOT),))
    )
    assert report.codes == ("PERF002",)
    assert report["PERF002"][0].path == "$.noticed"


@pytest.mark.parametrize("note", ["Non-compliant again", "Didn't bother", "Too lazy this week"])
def test_blaming_words_in_barrier_notes_are_flagged(note: str) -> None:
    review = _review(barriers=(Barrier(kind=BarrierKind.OTHER, note=note),))
    assert check_review(review)["PERF002"][0].path == "$.barriers[0].note"


def test_blaming_words_only_matter_in_reviews() -> None:
    assert check_perfectionism("Notice when you feel lazy after lunch.").ok


# --------------------------------------------------------------------------- the three questions


def test_missing_answers_to_the_three_questions_are_flagged() -> None:
    report = check_collaboration(assignment(review_at=None))
    assert report.codes == ("COLL001", "COLL002", "COLL003", "COLL004")
    assert [f.path for f in report] == [
        "$.questions.why_this_task",
        "$.questions.why_now",
        "$.questions.how_reviewed",
        "$.review_at",
    ]


def test_an_assignment_that_answers_them_passes() -> None:
    answered = assignment(
        questions=ThreeQuestions(
            why_this_task="Your goal of fewer panic spikes at work",
            why_now="We have named the pattern",
            how_reviewed="Bring the three thoughts",
        )
    )
    assert check_collaboration(answered).ok


def test_forgotten_homework_is_found() -> None:
    due = assignment(id="asg-due")
    reviewed = assignment(id="asg-reviewed")
    not_yet = assignment(id="asg-later", review_at=T0 + timedelta(days=30))
    paused = assignment(id="asg-paused", status=AssignmentStatus.PAUSED)
    old_review = _review(id="r0", assignment_id="asg-due", reviewed_at=T0 - timedelta(days=1))
    review = _review(id="r1", assignment_id="asg-reviewed")
    as_of = T0 + timedelta(days=8)
    active = [a for a in (due, reviewed, not_yet, paused) if a.status is AssignmentStatus.ACTIVE]
    coverage = review_coverage(active, [old_review, review], as_of=as_of, grace=None)
    assert coverage.unreviewed == ("asg-due",)


@given(
    st.lists(ths.assignments(status=AssignmentStatus.ACTIVE), max_size=5, unique_by=lambda a: a.id),
    ths.aware_datetimes(),
)
def test_unreviewed_homework_is_overdue(assignments: list[Assignment], as_of: datetime) -> None:
    found = set(review_coverage(assignments, [], as_of=as_of, grace=None).unreviewed)
    for a in assignments:
        overdue = a.review_at is not None and a.review_at <= as_of
        assert (a.id in found) == overdue


# --------------------------------------------------------------------------- affirming


def _relational(text: str, *terms: str) -> object:
    partners = tuple(Partner(id=f"p{i}", term=term) for i, term in enumerate(terms))
    return assignment(kind=AssignmentKind.RELATIONAL, instructions=text, partners=partners)


def test_a_couple_who_call_each_other_husband_keep_that_word() -> None:
    homework = _relational(
        "During one disagreement this week, ask your husband 'Can we start over?'",
        "husband",
        "husband",
    )
    assert check_affirming(homework).ok  # type: ignore[arg-type]


def test_your_wife_for_partners_who_use_partner_is_flagged() -> None:
    homework = _relational("Tell your wife one thing you appreciated today.", "partner", "partner")
    report = check_affirming(homework)  # type: ignore[arg-type]
    assert report.codes == ("AFF001",)
    assert report["AFF001"][0].path == "$.instructions"
    assert "'wife'" in report["AFF001"][0].message
    suggestion = report["AFF001"][0].suggestion
    assert suggestion is not None
    assert "partner" in suggestion.text


def test_man_and_woman_defaults_are_flagged_anywhere() -> None:
    for text in [
        "As the man in the relationship, start the talk.",
        "Husband and wife each list one need.",
    ]:
        homework = assignment(kind=AssignmentKind.BEHAVIOURAL, instructions=text)
        assert check_affirming(homework).codes == ("AFF002",)


def test_a_couple_who_chose_husband_and_wife_may_be_called_so() -> None:
    homework = _relational("Husband and wife each list one need tonight.", "husband", "wife")
    assert check_affirming(homework).ok  # type: ignore[arg-type]


@given(st.sampled_from(sorted(GENDERED_TERMS)))
def test_any_term_the_partners_chose_is_respected(term: str) -> None:
    homework = _relational(f"Ask your {term} about their day on Sunday.", term, "partner")
    assert check_affirming(homework).ok  # type: ignore[arg-type]


# --------------------------------------------------------------------------- missed homework


@pytest.mark.parametrize(
    ("barrier", "decision"),
    [
        (BarrierKind.TOO_BIG, Decision.SHRINK),
        (BarrierKind.NEEDS_SUPPORT, Decision.REHEARSE_IN_SESSION),
        (BarrierKind.SURVIVAL_MODE, Decision.PAUSE),
        (BarrierKind.AMBIVALENCE, Decision.REVISIT_WHY),
        (BarrierKind.PERFECTIONISTIC_BELIEF, Decision.SHRINK),
        (BarrierKind.PRACTICAL_OBSTACLE, Decision.RESCHEDULE),
        (BarrierKind.UNCLEAR_INSTRUCTIONS, Decision.CLARIFY),
        (BarrierKind.RATIONALE_UNCLEAR, Decision.REVISIT_WHY),
        (BarrierKind.FORGOT, Decision.RESCHEDULE),
    ],
)
def test_each_barrier_points_to_its_adjustment(barrier: BarrierKind, decision: Decision) -> None:
    steps = suggest_adjustments(_review(barriers=(Barrier(kind=barrier),)), assignment())
    assert steps[0].decision is decision
    assert steps[0].barrier is barrier
    assert steps[0].reason


def test_survival_mode_offers_a_pause_or_one_instance() -> None:
    steps = suggest_adjustments(
        _review(barriers=(Barrier(kind=BarrierKind.SURVIVAL_MODE),)), assignment()
    )
    assert [s.decision for s in steps] == [Decision.PAUSE, Decision.SHRINK]


def test_a_lighter_version_keeps_the_clients_own_plan() -> None:
    # A walk set for Monday and Thursday evenings with the client's sister: the lighter
    # version keeps the days, the cue, the person and the wording, and shrinks the dose.
    walk = assignment(
        title="Walking with Jo",
        instructions="On Monday and Thursday evenings, walk with Jo for thirty minutes.",
        kind=AssignmentKind.BEHAVIOURAL,
        plan=Plan(
            action="Walk with Jo around the park",
            cue="After dinner on Monday and Thursday",
            dose=Dose(count=1, minutes=30),
        ),
        schedule=Schedule.recurring("FREQ=WEEKLY;BYDAY=MO,TH", timezone="Europe/London"),
    )
    lighter = lighter_version(walk)
    assert lighter is not None
    assert lighter.schedule == walk.schedule
    assert lighter.plan is not None
    assert walk.plan is not None
    assert (lighter.plan.action, lighter.plan.cue) == (walk.plan.action, walk.plan.cue)
    assert lighter.plan.dose == Dose(count=1, minutes=15)
    steps = suggest_adjustments(_review(barriers=(Barrier(kind=BarrierKind.TOO_BIG),)), walk)
    suggestion = steps[0].suggestion
    assert suggestion is not None
    assert "Walk with Jo around the park" in suggestion.text
    assert "Monday" in suggestion.text
    assert "Tuesday" not in suggestion.text  # never a template's example day


@given(ths.assignments())
def test_a_lighter_version_never_asks_for_more(homework: Assignment) -> None:
    lighter = lighter_version(homework)
    if lighter is None:
        return
    assert lighter.plan is not None
    assert homework.plan is not None
    assert lighter.schedule == homework.schedule
    assert lighter.plan.action == homework.plan.action
    before, after = homework.plan.dose, lighter.plan.dose
    assert before is not None
    assert after is not None
    assert (after.count or 1) * (after.minutes or 1) < (before.count or 1) * (before.minutes or 1)


def test_unclear_instructions_are_re_checked_for_specificity() -> None:
    vague = assignment(instructions="Journal more")
    steps = suggest_adjustments(
        _review(barriers=(Barrier(kind=BarrierKind.UNCLEAR_INSTRUCTIONS),)), vague
    )
    assert "SPEC006" in steps[0].reason
    assert steps[0].suggestion


def test_missed_homework_with_no_barrier_is_itself_a_finding() -> None:
    review = _review()
    assert check_review(review).codes == ("REV001",)
    steps = suggest_adjustments(review, assignment())
    assert steps[0].decision is None
    assert "ask" in steps[0].reason


def test_done_and_helpful_continues_or_steps_up() -> None:
    done = _review(
        completion=Completion.DONE, decision=Decision.CONTINUE, helpfulness=HELPFULNESS.rate(8)
    )
    assert [s.decision for s in suggest_adjustments(done, assignment())] == [Decision.CONTINUE]
    easy = attrs.evolve(done, difficulty=DIFFICULTY.rate(1))
    steps = suggest_adjustments(easy, assignment())
    assert steps[0].decision is Decision.CONTINUE
    assert "step up" in steps[0].reason
    unhelpful = attrs.evolve(done, helpfulness=HELPFULNESS.rate(2))
    assert suggest_adjustments(unhelpful, assignment())[0].decision is Decision.REVISIT_WHY


def test_a_snapshot_adds_a_smaller_version_when_the_week_is_full() -> None:
    snapshot = CapacitySnapshot(
        client_id="client-1",
        as_of=T0,
        energy=MOOD.rate(2),
        motivation=MOOD.rate(2),
        stressors=(Stressor.BURNOUT,),
        minutes_per_week=5,
    )
    done = _review(completion=Completion.DONE, decision=Decision.CONTINUE)
    steps = suggest_adjustments(done, assignment(), snapshot)
    assert Decision.SHRINK in [s.decision for s in steps]


def test_adjustments_refuse_a_review_of_another_assignment() -> None:
    with pytest.raises(InvalidData) as caught:
        suggest_adjustments(_review(assignment_id="other"), assignment())
    assert caught.value.paths == ["$.review.assignment_id"]


# --------------------------------------------------------------------------- all together


def test_check_assignment_runs_every_check_that_applies() -> None:
    snapshot = CapacitySnapshot(
        client_id="client-1",
        as_of=T0,
        energy=MOOD.rate(2),
        motivation=MOOD.rate(2),
        minutes_per_week=5,
    )
    homework = assignment(instructions="Journal every day, no excuses", review_at=None)
    report = check_assignment(homework, snapshot=snapshot)
    assert {"SPEC006", "PERF001", "COLL001", "COLL004", "CAP001"} <= set(report.codes)
    assert all(not f.path.startswith("$[") for f in report)


def test_check_assignment_counts_the_other_active_homework() -> None:
    snapshot = CapacitySnapshot(
        client_id="client-1",
        as_of=T0,
        energy=MOOD.rate(5),
        motivation=MOOD.rate(5),
        minutes_per_week=25,
    )
    homework = assignment()
    others = [assignment(id=f"asg-other-{i}") for i in range(3)]
    assert "CAP002" not in check_assignment(homework, snapshot=snapshot)
    assert "CAP002" in check_assignment(homework, snapshot=snapshot, active=others)


@given(ths.assignments())
def test_check_assignment_never_raises(homework: object) -> None:
    report = check_assignment(homework)  # type: ignore[arg-type]
    assert report.ok == all(f.severity.value == "info" for f in report)


# --------------------------------------------------------------------------- blame in notes


@pytest.mark.parametrize(
    "note",
    [
        "Client non-compliant with the exposure log for the third week.",
        "Refused to complete the thought record again.",
        "Pt made no effort on the assigned walks.",
        "He failed to bring the worksheet back.",
        "She couldn't be bothered with the breathing practice.",
    ],
)
def test_a_clinicians_note_that_blames_the_client_is_flagged(note: str) -> None:
    assert "PERF002" in check_perfectionism(note)


@pytest.mark.parametrize(
    "note",
    [
        "Did not get to it; her mother was in hospital all week.",
        "Did three of the seven evenings.",
        "Skipped the log because the form was confusing.",
        "Notice when you feel you have failed at something, and write the thought down.",
        "Notice when you feel lazy after lunch.",
    ],
)
def test_neutral_reports_and_homework_about_feelings_stay_clean(note: str) -> None:
    assert check_perfectionism(note).ok


@pytest.mark.parametrize(
    "text",
    [
        "Skipping a morning is not an option.",
        "Log every single urge, all day, without missing one.",
    ],
)
def test_homework_that_cannot_be_missed_is_framed_as_a_test(text: str) -> None:
    assert "PERF001" in check_perfectionism(text)


# --------------------------------------------------------------------------- partners' words


def test_a_partner_term_is_checked_in_every_kind_of_homework() -> None:
    # A behavioural assignment can address a partner as much as a relational one can.
    couple = (Partner(id="p1", term="partner"), Partner(id="p2", term="partner"))
    walk = assignment(
        kind=AssignmentKind.BEHAVIOURAL,
        instructions="After dinner, walk with your husband for ten minutes.",
        partners=couple,
    )
    assert check_affirming(walk).codes == ("AFF001",)


def test_with_no_partners_recorded_the_check_asks_rather_than_asserts() -> None:
    homework = assignment(
        kind=AssignmentKind.BEHAVIOURAL, instructions="Ask your girlfriend about her day."
    )
    report = check_affirming(homework)
    assert report.codes == ("AFF003",)
    assert report.ok  # a note: nothing is known to be wrong
    assert "none of the partners" not in report["AFF003"][0].message


# --------------------------------------------------------------------------- decisions


def test_survival_mode_proposes_a_pause_not_a_reschedule() -> None:
    review = _review(
        completion=Completion.NOT_DONE,
        barriers=(Barrier(kind=BarrierKind.SURVIVAL_MODE),),
    )
    decisions = [step.decision for step in suggest_adjustments(review, assignment())]
    assert Decision.PAUSE in decisions
    assert Decision.RESCHEDULE not in decisions


def test_a_review_can_be_recorded_before_the_decision_is_made() -> None:
    review = _review(decision=None, completion=Completion.PARTLY)
    assert review.decision is None
    assert from_dict(Review, to_dict(review)) == review
    assert suggest_adjustments(review, assignment())  # the app asks what to propose


# --------------------------------------------------------------------------- spans


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Client was non-compliant with the log", "non-compliant"),
        ("He REFUSED TO bring the sheet", "REFUSED TO bring"),
        ("Log it every single evening, without fail.", "without fail"),
    ],
)
def test_a_framing_finding_points_at_its_words(text: str, words: str) -> None:
    [finding] = check_perfectionism(text)
    assert finding.span is not None
    start, end = finding.span
    assert text[start:end] == words
    assert finding.to_dict()["span"] == [start, end]


def test_an_affirming_finding_points_at_the_term() -> None:
    couple = (Partner(id="p1", term="partner"), Partner(id="p2", term="partner"))
    text = "After dinner, ask your Wife one question about her day."
    homework = assignment(kind=AssignmentKind.RELATIONAL, instructions=text, partners=couple)
    [finding] = check_affirming(homework)
    assert finding.path == "$.instructions"
    assert finding.span is not None
    assert text[slice(*finding.span)] == "Wife"


@given(ths.assignments(), st.sampled_from(["wife", "husband and wife", "without fail"]))
def test_every_span_lies_inside_the_text_it_names(homework: Assignment, words: str) -> None:
    homework = attrs.evolve(homework, instructions=f"{homework.instructions} {words}")
    for finding in (*check_perfectionism(homework), *check_affirming(homework)):
        if finding.span is None:
            continue
        start, end = finding.span
        field = {"$.instructions": homework.instructions, "$.title": homework.title}.get(
            finding.path
        )
        if field is not None:
            assert 0 <= start < end <= len(field)


@pytest.mark.parametrize(
    "note",
    [
        "Diary card blank again. Lacks the drive to do anything between sessions.",
        "Pt 'didn't have time' for the log. Of course she didn't.",
        "He would rather complain about the pain than pace his activity.",
    ],
)
def test_a_note_that_blames_by_insinuation_is_flagged(note: str) -> None:
    assert "PERF002" in check_perfectionism(note)


@pytest.mark.parametrize(
    "text",
    [
        "Walk each morning this week. Miss a day and we go back to the start.",
        "Log every meal; one gap and the record is useless.",
        "Finish every worksheet before you come in. Don't come back without them.",
    ],
)
def test_homework_that_threatens_over_a_missed_day_is_framed_as_a_test(text: str) -> None:
    assert "PERF001" in check_perfectionism(text)


@pytest.mark.parametrize(
    "text",
    [
        "Write about a time you felt you had let someone down.",
        "Walk each morning; if you miss a day, note what got in the way and start again.",
    ],
)
def test_homework_about_letting_people_down_or_starting_again_is_not_a_test(text: str) -> None:
    assert check_perfectionism(text).ok


@pytest.mark.parametrize(
    "text",
    [
        # what feels right is the client's own sense, not a standard to meet
        "On the anniversary, do whatever feels right for you; honour him in your own way.",
        # demands the text itself takes back
        "Plant a rose bush together this month. Nothing has to be done perfectly.",
        "There's no pass or fail here; take one small step toward what matters.",
        "None of this has to be perfect; it just needs to become part of how you live.",
        "No one expects it to be perfect: one line a night is plenty.",
    ],
)
def test_an_inner_sense_or_a_demand_taken_back_is_not_a_test(text: str) -> None:
    assert check_perfectionism(text).ok


def test_checking_up_on_the_client_is_still_a_test() -> None:
    assert "PERF001" in check_perfectionism("Do it right this time.")
    assert "PERF001" in check_perfectionism("Log every meal and we'll know if you skipped one.")
    # an interjected "no" does not take the demand back
    assert "PERF001" in check_perfectionism("No, you have to do it perfectly.")
    assert "PERF001" in check_perfectionism("Skip it again and we'll see.")


def test_a_judging_word_the_note_quotes_from_the_client_is_not_blame() -> None:
    note = "Did one of four walks; called himself 'idle' and we looked at that thought."
    assert check_perfectionism(note).ok
    assert "PERF002" in check_perfectionism("Did one of four walks. Typical attitude.")


@pytest.mark.parametrize(
    "note",
    [
        "Said she 'couldn't be bothered, nothing helps' - hopelessness; explored it.",
        "Missed two walks; he said 'I was just lazy' and we questioned that label.",
    ],
)
def test_a_clients_own_quoted_words_are_not_the_notes_blame(note: str) -> None:
    assert check_perfectionism(note).ok


@pytest.mark.parametrize(
    "text",
    [
        "This week's practice is a test of whether you really want to change.",
        "Do the exercise daily; I will be disappointed if you come back without it.",
    ],
)
def test_homework_as_a_test_of_the_client_is_flagged(text: str) -> None:
    assert "PERF001" in check_perfectionism(text)


def test_a_rating_range_is_not_an_absolute_demand() -> None:
    text = "Before you speak, write how strongly you believe the prediction (0-100%)."
    assert check_perfectionism(text).ok
    assert "PERF001" in check_perfectionism("Give it 100% every evening.")
