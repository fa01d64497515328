"""Guards on the specificity reader's shortcuts (each shortcut must know what the rules it
skips would have looked at, or a later rule would silently never run), and readings of
structure that the verdict's signals rest on."""

import ast
import inspect
import textwrap
from collections.abc import Iterable

import pytest

from therapy_homework.checks import _lexicon as lx
from therapy_homework.checks import _reader


def _words_compared_with(name: str, function: object) -> set[str]:
    """Every word a function compares the variable ``name`` against (``==`` or ``in``)."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))  # type: ignore[arg-type]
    words: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Compare) and isinstance(node.left, ast.Name)):
            continue
        if node.left.id != name:
            continue
        for op, other in zip(node.ops, node.comparators, strict=True):
            if isinstance(op, ast.Eq) and isinstance(other, ast.Constant):
                words.add(str(other.value))
            elif isinstance(op, ast.In):
                words |= _members(other)
    return words


def _members(node: ast.expr) -> set[str]:
    if isinstance(node, ast.Tuple):
        return {str(e.value) for e in node.elts if isinstance(e, ast.Constant)}
    listed: Iterable[str] = ()
    if isinstance(node, ast.Name) and node.id in ("_VERBS", "_PREFIX_WORDS"):
        return set()  # the shortcut's own condition, not a rule it skips
    if isinstance(node, ast.Name):
        listed = getattr(_reader, node.id)
    elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        listed = getattr(lx, node.attr)
    return set(listed)


def test_the_prefix_shortcut_knows_every_word_the_prefix_rules_test() -> None:
    tested = _words_compared_with("token", _reader._skip_prefix)
    assert tested  # the guard reads the rules at all
    assert tested <= _reader._PREFIX_WORDS, sorted(tested - _reader._PREFIX_WORDS)
    # a leading time phrase is skipped by _skip_occasion, which starts at these words
    assert _reader._OCCASION_STARTS <= _reader._PREFIX_WORDS


def test_the_prefix_shortcut_changes_no_reading() -> None:
    # words that only the slow path reads: each must still be read as framing
    for text, head in (
        ("Please remember to text Sam by Friday.", "text"),
        ("We each say one thing that helped at dinner on Friday.", "say"),
        ("Make sure you walk for ten minutes after lunch on Monday.", "walk"),
        ("Parents to praise one thing each evening this week.", "praise"),
    ):
        heads = _reader.analyse(text).heads
        assert heads, text
        assert heads[0].word == head, (text, heads)


def test_a_closing_deadline_for_the_whole_task_bounds_its_acts() -> None:
    # "Finish it before ...": the deadline is the task's, so the acts before it are bound
    for text in (
        "Go through the feelings list on the handout and tick the ones you often have. "
        "Finish it before our next session.",
        "Sort the old letters into two piles. Have them done by the 12th.",
    ):
        assert _reader.analyse(text).bound_action, text
    # with no concrete act before it, the deadline bounds nothing
    assert not _reader.analyse(
        "Think about what matters to you. Have it done before Friday."
    ).bound_action


def test_a_comment_on_the_task_and_its_timing_after_be_are_not_heads() -> None:
    def heads(text: str) -> list[str]:
        return [h.word for h in _reader.analyse(text).heads]

    # an -s verb with no subject comments ("feels pointless"): no instruction takes an -s
    assert heads("Walk the dog after dinner on Monday. Feels pointless.") == ["walk"]
    assert heads("Call the surgery by Friday. Sounds scary.") == ["call"]
    # "be" before the task's occasion says when the task is, not a state to be in
    assert heads("Text your sister on Friday. Supposed to be every week.") == ["text"]
    # but "be" before a way of being is still a state
    assert heads("Be kind to yourself daily.") == ["be"]


def test_a_colon_ends_a_statement_and_what_follows_is_read() -> None:
    # "X is what she calls Y:" announces the task; the occasion after the colon is the task's
    text = "Her homework is what she calls a check-in: on Tuesday evening, sit down together."
    assert _reader.analyse(text).has_time
    # without the colon the rest of a statement is still only a statement
    assert not _reader.analyse("You said it was hard on Tuesday evening.").has_time


def test_helping_someone_do_an_act_is_read_as_that_act() -> None:
    heads = _reader.analyse("Help Sam write a short letter to his grandad before Friday.").heads
    assert [(h.word, h.kind) for h in heads] == [("write", "writing")]
    # with no act after it, helping is a soft verb
    assert [h.kind for h in _reader.analyse("Help your partner more.").heads] == ["soft"]


def test_every_verb_a_rule_of_the_reader_names_is_a_verb_the_reader_knows() -> None:
    # a rule for a word the verb lists lack never runs ("help Sam write ..." was read as a
    # note because "help" was in no list): the named verbs must all be known
    tree = ast.parse(inspect.getsource(_reader))
    named: set[str] = set()
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Compare) and isinstance(node.left, ast.Name)):
            continue
        if node.left.id not in ("base", "verb"):
            continue
        for op, other in zip(node.ops, node.comparators, strict=True):
            if isinstance(op, ast.Eq) and isinstance(other, ast.Constant):
                named.add(str(other.value))
            elif isinstance(op, ast.In) and isinstance(other, ast.Tuple):
                named |= {str(e.value) for e in other.elts if isinstance(e, ast.Constant)}
    assert len(named) > 20  # the guard reads the rules at all
    # and the verbs of the lists that rules look up once a word is known to be a verb
    named |= {verb for verb, _ in lx.PHRASAL} | lx.MAKING_VERBS | _reader._MARKING
    named |= lx.NEEDS_OBJECT | lx.RESCUED_BY_OBJECT | _reader._PRONOUN_OK | _reader._SPEAKING
    named |= _reader._HOLDING | _reader._SELECTING | _reader._COMPLETING
    assert named <= _reader._VERBS, sorted(named - _reader._VERBS)


def test_readings_of_noticing_work() -> None:
    def heads(text: str) -> list[tuple[str, str, bool]]:
        return [(h.word, h.kind, h.focused) for h in _reader.analyse(text).heads]

    # holding one's attention on something is attending to it
    assert heads("Each morning, keep your attention on the soles of your feet.") == [
        ("keep", "attention", True)
    ]
    assert heads("Keep your focus on your goals this week.") == [("keep", "attention", False)]
    # the exact things may follow the verb in a list
    assert heads("Notice it, the heat of the mug, the smell, the first sip, every morning.") == [
        ("notice", "attention", True)
    ]
    assert heads("Notice your feelings, whatever comes up, every day.") == [
        ("notice", "attention", False)
    ]


def test_an_adverb_before_a_verb_lets_the_verb_decide() -> None:
    def heads(text: str) -> list[tuple[str, str]]:
        return [(h.word, h.kind) for h in _reader.analyse(text).heads]

    assert heads("Gently stretch for five minutes after you wake.") == [("stretch", "action")]
    # but saying something silently happens in the head
    assert heads("Silently say 'left, right' on your walk each morning.")[0] == ("say", "mental")


def test_a_range_of_days_is_a_time() -> None:
    assert _reader.analyse("Walk for twenty minutes, Mon-Fri.").has_time
    assert _reader.analyse("Food record, all intake, monday-sunday.").has_time


def test_a_setting_with_no_comma_is_followed_by_the_act() -> None:
    text = "On Sunday's walk by the river you could write a short message to your mum."
    assert [h.word for h in _reader.analyse(text).heads] == ["write"]
    # a setting followed by a description of the client is still no instruction
    assert not _reader.analyse("In the evenings you often feel low.").heads


def test_questions_a_record_answers_are_its_fields() -> None:
    text = (
        "Each evening, note what time the pain started, what she was doing just then, and "
        "whether the tablets helped."
    )
    assert _reader.analyse(text).has_record
    # the same questions with nothing written down are no record
    assert not _reader.analyse(
        "Ask her what time the pain started, and whether the tablets helped at all today."
    ).has_record


# How the reader reads the heads of texts at the edges of its rules: each pair is a text and
# its heads (word and kind), the edge it sits on named by the id.
HEADS = {
    "a limit after the act is not a task": (
        "Leave work at 1 pm on Friday for sports day, no laptop.",
        [("leave", "action")],
    ),
    "a limit that is a real act is read, not skipped as reassurance": (
        "Keep a notebook by the bed. Don't get out of bed until you have written in it.",
        [("keep", "writing")],
    ),
    "a noun ending the cue is not its act": (
        "After the evening walk on Fridays, reflect on your day.",
        [("reflect", "mental")],
    ),
    "a setting then what happened is no instruction": (
        "On Sunday's walk you talked to your mum about the move.",
        [],
    ),
    "a negated suggestion suggests nothing": ("It won't help to text your ex at midnight.", []),
    "'one thing' after a verb of change names no act": (
        "Fix one thing in your life on Monday.",
        [("fix", "generic")],
    ),
    "'one thing' after a verb of making is the act": (
        "Cook one thing from the new recipe book on Sunday.",
        [("cook", "action")],
    ),
    "choosing words is inward": ("Pick three words that describe you.", [("pick", "mental")]),
    "finding a place to be is an act": (
        "Find a quiet spot and play the recording.",
        [("find", "action"), ("play", "action")],
    ),
    "finding the things to use is an act": (
        "Find the recordings myself on the app.",
        [("find", "action")],
    ),
    "finding a place in the heart is not": (
        "Find a place in your heart for your dad.",
        [("find", "mental")],
    ),
    "helping at a place is an act": ("Help at the food bank on Saturday.", [("help", "action")]),
    "helping with a feeling is not": ("Help with the stress on Sunday.", [("help", "soft")]),
    "turning one's attention to a thing is attending": (
        "Turn your attention to your breath for two minutes.",
        [("turn", "attention")],
    ),
    "a mark on a page is an act whatever it marks": (
        "Circle every value on the handout that matters to you.",
        [("circle", "action")],
    ),
    "'worth' after an adverb softens the act": (
        "Definitely worth ringing the GP at 8 a.m. on Monday.",
        [("ring", "action")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), HEADS.values(), ids=HEADS.keys())
def test_heads_at_the_edges_of_the_rules(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(h.word, h.kind) for h in _reader.analyse(text).heads] == expected


def test_the_exact_things_listed_after_a_noticing_verb_are_things_not_timings() -> None:
    head = _reader.analyse("Notice your feelings, just for a moment, every evening.").heads[0]
    assert not head.focused


def test_a_limit_is_read_for_its_occasion_and_a_reassurance_is_not() -> None:
    # "don't get up until 7" limits the plan: its time is the plan's
    assert _reader.analyse("Write three lines each morning. Don't get up before 7 a.m.").has_time
    # "don't worry if you miss Monday" reassures: its day is no occasion
    assert not _reader.analyse("Write three lines. Don't worry if you miss Monday.").has_time
