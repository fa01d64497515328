"""The framing reader measured on the labelled framing corpus (``tests/data``).

The corpus holds homework and clinicians' notes labelled ``perfectionist``, ``blame`` or
``neutral`` by the working definition, each read independently two or three times. The
reader's families of wording were developed on the ``dev`` part; the ``validation`` part
is only scored. The floors below are the figures measured when the reader was last
changed, less a small margin: they guard against regressions, they are not targets (the
judgement docs give the figures and what is still missed).
"""

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework.checks import check_perfectionism
from therapy_homework.checks.findings import Report

from .helpers import assignment, review

DATA = Path(__file__).parent / "data"
CORPUS: list[dict[str, Any]] = [
    json.loads(line) for line in (DATA / "framing-corpus.jsonl").read_text("utf-8").splitlines()
]
HOMEWORK: list[dict[str, Any]] = [
    json.loads(line) for line in (DATA / "specificity-corpus.jsonl").read_text("utf-8").splitlines()
]
WANTED = {"perfectionist": "PERF001", "blame": "PERF002"}


def _agrees(label: str, report: Report) -> bool:
    codes = set(report.codes)
    return not codes if label == "neutral" else WANTED[label] in codes


def _as_plain_text(row: dict[str, Any]) -> bool:
    return _agrees(row["label"], check_perfectionism(row["text"]))


def _as_record(row: dict[str, Any]) -> bool:
    if row["kind"] == "homework":
        return _agrees(row["label"], check_perfectionism(assignment(instructions=row["text"])))
    return _agrees(row["label"], check_perfectionism(review(noticed=row["text"])))


def _rows(split: str, label: str | None = None) -> list[dict[str, Any]]:
    return [r for r in CORPUS if r["split"] == split and label in (None, r["label"])]


def test_the_corpus_is_well_formed() -> None:
    ids = [r["id"] for r in CORPUS]
    assert len(ids) == len(set(ids)) == 520
    assert len({r["text"] for r in CORPUS}) == 520
    for row in CORPUS:
        assert row["label"] in ("perfectionist", "blame", "neutral")
        assert row["split"] in ("dev", "validation")
        assert row["readings"] >= 2
        # perfectionism is a property of homework, blame of notes
        assert (row["kind"], row["label"]) != ("note", "perfectionist")
        assert (row["kind"], row["label"]) != ("homework", "blame")
    sizes = Counter((r["split"], r["label"]) for r in CORPUS)
    assert sizes[("validation", "neutral")] == 66
    assert sizes[("validation", "blame")] == 43
    assert sizes[("validation", "perfectionist")] == 51


@pytest.mark.parametrize(
    ("split", "label", "floor"),
    [
        ("validation", None, 0.75),
        ("validation", "neutral", 0.95),
        ("validation", "blame", 0.55),
        ("validation", "perfectionist", 0.62),
        ("dev", None, 0.93),
    ],
)
def test_plain_text_agrees_with_the_labels(split: str, label: str | None, floor: float) -> None:
    rows = _rows(split, label)
    share = sum(_as_plain_text(r) for r in rows) / len(rows)
    assert share >= floor, f"{split} {label or 'all'}: {share:.3f} < {floor}"


@pytest.mark.parametrize(("split", "floor"), [("validation", 0.75), ("dev", 0.93)])
def test_records_agree_with_the_labels(split: str, floor: float) -> None:
    """Homework read as an assignment's instructions, notes as a review's notes."""
    rows = _rows(split)
    share = sum(_as_record(r) for r in rows) / len(rows)
    assert share >= floor, f"{split}: {share:.3f} < {floor}"


def test_real_homework_is_rarely_read_as_a_test_or_as_blame() -> None:
    """The 3,654 clinicians' and worksheets' assignments of the specificity corpus are
    ordinary homework: almost none frames a test or blames (0.6 % flagged when measured)."""
    flagged = [r["id"] for r in HOMEWORK if not check_perfectionism(r["text"]).ok]
    assert len(flagged) / len(HOMEWORK) <= 0.01, flagged


_PLAIN = [
    r["text"]
    for r in CORPUS
    if len(r["text"]) <= 120
    and not re.search(r"[\"\u2018\u201c\u201d]|['\u2019](?!\w)|(?<!\w)['\u2019]", r["text"])
]
_ONE_SENTENCE = [t for t in _PLAIN if not re.search(r"[.!?;]\s*\S", t)]


@given(st.sampled_from(_PLAIN))
def test_the_clients_quoted_words_are_never_the_notes_blame(text: str) -> None:
    assert "PERF002" not in check_perfectionism(f'Client said, "{text}"').codes


@given(st.sampled_from(_PLAIN))
def test_quoted_words_are_never_the_homeworks_demand(text: str) -> None:
    assert (
        "PERF001" not in check_perfectionism(f'Read the card that says "{text}" once a day.').codes
    )


@given(st.sampled_from(_ONE_SENTENCE))
def test_a_thought_to_write_down_is_material_not_a_test(text: str) -> None:
    """Unquoted: what follows "thoughts like" is the client's thought to record."""
    assert (
        "PERF001"
        not in check_perfectionism(f"Write down thoughts like: {text[0].lower()}{text[1:]}").codes
    )


@pytest.mark.parametrize(
    "text",
    [
        "It doesn't have to be perfect; a few words is plenty.",
        "No need to get it right first time: just notice what happens.",
        "Stop tidying when it looks good enough, not when it looks perfect.",
        "If you have a lapse, that's normal - it doesn't mean you've failed.",
        "Nobody expects a perfect week.",
    ],
)
def test_a_demand_the_text_takes_back_is_not_a_test(text: str) -> None:
    assert check_perfectionism(text).ok


@pytest.mark.parametrize(
    "text",
    [
        "It has to be perfect.",
        "Get it right first time.",
        "If you have a lapse, it means you've failed.",
        "You haven't done it correctly if your mind wanders.",
    ],
)
def test_the_same_demands_not_taken_back_are_a_test(text: str) -> None:
    assert check_perfectionism(text).codes == ("PERF001",)


@given(st.sampled_from([r["text"] for r in CORPUS]))
def test_every_framing_span_covers_whole_words_of_its_text(text: str) -> None:
    for finding in check_perfectionism(text):
        assert finding.span is not None
        start, end = finding.span
        assert 0 <= start < end <= len(text)
        words = text[start:end]
        assert words.strip() == words
        assert any(c.isalnum() for c in words)
        assert start == 0 or not (text[start - 1].isalnum() and text[start].isalnum())
        assert end == len(text) or not (text[end - 1].isalnum() and text[end].isalnum())


def test_a_take_back_is_read_in_one_way_only() -> None:
    """Each word that may follow a negation before a taken-back demand is listed once: a
    word listed twice lets the regular expression try every split of a long run of it
    (a hostile text of "not for for for ..." took seconds)."""
    from therapy_homework.checks import _framing

    glue = re.search(r"\(\?: \(\?:(.*?)\)\)\* \$", _framing._TAKEN_BACK.pattern)
    assert glue is not None
    words = glue.group(1).split("|")
    assert len(words) == len(set(words))


# Clinical situations found by a fresh-eyes review, kept as named cases.
NEUTRAL_NOTES = [
    "We decided not to set homework this week given the bereavement.",
    "Did not attempt the exposure: she was in hospital with pneumonia.",
    "She would rather do the walk in the mornings, so we moved it to 8am.",
    "He's really trying; managed 3 of 5 entries despite night shifts.",
    "Needs to start taking sertraline again; GP informed. Diary not done this week.",
    "She used the app rather than doing it on paper; 5 of 7 entries.",
    "Reported feeling apathetic and flat most days, so the activity diary was not done.",
    "She worries she is making excuses; we normalised the missed week (shift change).",
    "Walking now takes no effort at all, so we are stepping up to jogging.",
    "Her husband is controlling and took her phone, so she could not do the app entries.",
    "Her GP was dismissive about the panic; she did not do the exposure.",
    "Diagnosis: treatment-resistant depression. Activity schedule only partly done.",
    "His son's defiance at bedtime made the sleep routine impossible; not done.",
    "On reflection, we should have made the task smaller; not done.",
    "She did all 5 exposures, remarkable progress, no avoidance.",
    "Ignoring the urge to check, she left the house; no reassurance seeking.",
    "Refused to go to A&E despite the overdose; safety plan reviewed, homework not discussed.",
    "She said she couldn't be bothered this week; we explored the low mood behind that.",
    "Exposure not done; 'too scared' was how she put it.",
    "Avoidance of the supermarket continues to maintain the fear; no exposures this week.",
    "Missed two sessions; GP informed.",
]
BLAMING_NOTES = [
    "Missed our DBT group again; simply can't be bothered.",
    "J 'forgot' her exposure task for the third week running.",
    "No homework done. He needs to pull his socks up.",
    "Didn't do the log. Frankly, I doubt she ever intended to.",
    "She conveniently lost the worksheet again.",
    "Another week with no diary. Her heart isn't in it.",
    "Exposure skipped. He's not committed to recovery.",
    "Diary blank again. Clearly more interested in complaining than changing.",
]
NEUTRAL_HOMEWORK = [
    "If you get overwhelmed, tell your GP or call the crisis team on the number below.",
    "If you miss a day, don't come down hard on yourself; just carry on the next evening.",
    "Fill in the right column with what you did instead.",
    "Run a small test of your prediction at the corner shop on Saturday.",
    "Do ten minutes of paced breathing on the morning of your exam.",
    "Draw a graph to show how much your anxiety drops over the 20 minutes.",
    "See whether you're ready to move up to step 4 of the ladder by Friday.",
    "Write down each time you notice you are checking the locks, and what set it off.",
    "Notice when you think you're not good enough, and write down what happened just before.",
    "Our sessions will end in March, so this week draft your relapse-prevention plan.",
    "Bring one example to be shared in group on Tuesday, only if you want to.",
    "Get up at 7am every day, no matter what time you fell asleep, and log it.",
    "If you wake up late, don't worry, just restart the routine the next evening.",
    "Book the train ticket to see your sister in Hull before the end of the month.",
    "Your only ask for now: count your drinks each day and put the number in your notes.",
    "Only count your breaths, nothing else, for five minutes at bedtime.",
    "Only count what you actually ate, not what you planned.",
    "Your counsellor says the values exercise only counts if something lands in the calendar.",
    "Three times a day, stop and check one body signal: does your tummy feel empty, okay or "
    "full? Circle the matching picture on your chart.",
]
TESTING_HOMEWORK = [
    "This behavioural experiment must be done perfectly, no excuses.",
    "If you skip a session, you lose your place in the group.",
    "If either of you skips a night, no weekend outing.",
    "Fill in the food diary after every meal. Miss one and the whole week is worthless.",
    "Keep the log where the whole class can see it; blanks get a red mark.",
    "Write in your journal without skipping a single day this month.",
    "A missed day means the whole week has to be repeated.",
    "If you miss a day, you lose the whole streak.",
    "A full diary every week is your ticket to the next stage of the programme.",
    "Only full sessions count; a short one goes on your record as missed.",
    "Only the days you finish count towards the programme.",
    "If you skip it, it goes down on your chart as a miss.",
    "Only walks of 30 minutes or more will count, so don't bother with short ones.",
    "It only counts if you do all 20 minutes.",
]


@pytest.mark.parametrize("text", NEUTRAL_NOTES)
def test_a_factual_or_kind_note_is_not_blame(text: str) -> None:
    assert check_perfectionism(review(noticed=text)).ok
    assert check_perfectionism(text).ok


@pytest.mark.parametrize("text", BLAMING_NOTES)
def test_a_note_that_blames_the_client_is_flagged(text: str) -> None:
    assert check_perfectionism(review(noticed=text)).codes == ("PERF002",)
    assert "PERF002" in check_perfectionism(text).codes


@pytest.mark.parametrize("text", NEUTRAL_HOMEWORK)
def test_ordinary_homework_is_not_a_test(text: str) -> None:
    assert check_perfectionism(assignment(instructions=text)).ok
    assert check_perfectionism(text).ok


@pytest.mark.parametrize("text", TESTING_HOMEWORK)
def test_homework_framed_as_a_test_is_flagged(text: str) -> None:
    assert check_perfectionism(assignment(instructions=text)).codes == ("PERF001",)


@pytest.mark.parametrize(
    "text",
    [
        # the client's own account, named by more than "my therapist"
        "My old psychologist wants me to log my mood, but I didn't do it. Apparently I'll "
        "be surprised.",
        "Uni counsellor told me I need to plan my week. I didn't. So naturally I spent an "
        "hour colour-coding.",
        "My sleep psychologist wants a diary every morning and, of course, I forgot it twice.",
        "Our homework is to cook for each other one night this week. Naturally he has "
        "already claimed the easy night, so I didn't get a say.",
        "Apparently I'm meant to walk the dog every evening, whether or not I feel like it; "
        "I didn't on Monday.",
        "We agreed I'd keep one evening a week just for me. No chores in it, apparently.",
        "In DBT I'm supposed to do opposite action whenever I feel like hiding in bed all "
        "day, basically be less lazy and get things done instead.",
        # quoted words that are material to write or work on, not a doubted excuse
        "Each day Ruth is to write 'done' and her mood on the calendar.",
        "Pt to challenge the 'can't sleep' thought each night.",
    ],
)
def test_a_clients_account_and_quoted_material_are_not_blame(text: str) -> None:
    assert check_perfectionism(text).ok


@pytest.mark.parametrize(
    "text",
    [
        "Pt to challenge the 'can't sleep' excuse each night.",
        "Pt 'forgot' the log again. Apparently too busy.",
        "I have to say he made no effort with the diary; of course he 'forgot' it.",
        # a clinician's note that mentions colleagues or its own duties is still a note
        "Pt failed to do homework again, lazy. I need to discuss motivation at supervision.",
        "Pt non-compliant again, no effort at all. Discussed with my colleague the OT.",
        "Our team psychologist agrees the patient is just lazy about homework.",
        "Pt gave the 'too busy' story again; no diary.",
        "Pt did not write the log, 'forgot' again.",
        "We agreed she'd fill in the log; she didn't, apparently too busy.",
        "She is supposed to fill in the log daily; no effort at all, lazy.",
    ],
)
def test_the_same_words_in_a_clinicians_note_still_blame(text: str) -> None:
    assert "PERF002" in check_perfectionism(text).codes
