"""Rewrites stay on the client's topic: they keep the text's own action, name nothing
the text did not name outside a visible slot, and pass the check once filled in."""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import check_specificity
from therapy_homework.checks import suggest_rewrite
from therapy_homework.checks._reader import CONCRETE, HeadKind, _base, analyse, words
from therapy_homework.checks._rewrite import FRAME_WORDS, main_head, topics
from therapy_homework.model import EXAMPLE_VALUES, ParameterKind, Slot, Suggestion
from therapy_homework.templates import CATALOGUE, get_template
from therapy_homework.testing import strategies as ths

DATA = Path(__file__).parent / "data"

# People, parts of the body, beliefs and situations a rewrite must not invent. Written
# for this test, independently of the kit's own word lists.
INVENTIONS = frozenset(
    """
    partner husband wife boyfriend girlfriend mum mom mother dad father sister brother son
    daughter child kids friend friends boss manager colleague neighbour grandmother
    grandfather family chest throat heart stomach shoulders jaw body hands breath tightens
    racing sweating belief upset wrong fired failure meeting work job lunch dinner party
    argument conversation disagreement complaint criticism queue bus train commute school
    funeral grave panic attack presentation interview exam shame spiral
    """.split()
)

# Vague homework in many shapes, built from parts: what a form would send.
VERBS = st.sampled_from(
    [
        "Journal",
        "Exercise",
        "Walk",
        "Read about anxiety",
        "Think about your dad",
        "Reflect on the session",
        "Be more patient",
        "Work on your confidence",
        "Practise self-care",
        "Try to relax",
        "Notice your feelings",
        "Call your sister",
        "Spend time with friends",
        "Let go of the argument",
        "Keep track of your moods",
        "Sleep",
        "Stop checking your phone",
        "Use your coping skills",
        "Write in your journal",
        "Communicate",
    ]
)
TAILS = st.sampled_from(
    ["", " more", " better", " every day", " when you can", " regularly", " this week", " a bit"]
)


@st.composite
def vague_texts(draw: st.DrawFn) -> str:
    return draw(VERBS) + draw(TAILS)


def _corpus_vague() -> list[str]:
    path = DATA / "specificity-corpus.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r["text"] for r in rows if r["label"] == "vague" and r["split"] == "dev"]


def _fixed_words(suggestion: Suggestion) -> list[str]:
    """The words of a rewrite outside its slots."""
    return [w for p in suggestion.parts if isinstance(p, str) for w in words(p)]


def _main_action(text: str) -> str | None:
    """The text's main action word, when it has one: the verb of the clause a rewrite
    keeps, when that verb asks for something someone could do."""
    head = main_head(analyse(text))
    if head is None or head.kind == HeadKind.SHORTHAND:
        return None
    return head.word if head.kind in CONCRETE or head.kind == HeadKind.HABIT else None


def _check_rewrite(text: str, values: dict[str, str] | None = None) -> Suggestion:
    suggestion = suggest_rewrite(text)
    filled = suggestion.fill(values)
    assert check_specificity(filled).ok, (text, filled)
    own = set(words(text))
    own |= {_base(w) for w in own}  # "keep working" may become "work"
    invented = {w for w in _fixed_words(suggestion) if w in INVENTIONS} - own
    assert not invented, (text, suggestion.text, invented)
    action = _main_action(text)
    if action is not None and suggestion.template is None:
        kept = {h.word for h in analyse(suggestion.fill()).heads}
        kept |= {_base(w) for w in words(suggestion.text)}
        assert action in kept, (text, suggestion.text)
    if suggestion.template is not None:
        template = get_template(suggestion.template)
        assert template.topics & set(topics(text)), (text, suggestion.template)
    return suggestion


@given(vague_texts(), st.data())
def test_a_rewrite_filled_in_passes_keeps_the_action_and_invents_nothing(
    text: str, data: st.DataObject
) -> None:
    suggestion = suggest_rewrite(text)
    values = data.draw(ths.slot_values(suggestion))
    _check_rewrite(text, values)


@given(ths.homework_texts(specific=False), st.data())
def test_the_shipped_vague_fixtures_rewrite_well(text: str, data: st.DataObject) -> None:
    suggestion = suggest_rewrite(text)
    _check_rewrite(text, data.draw(ths.slot_values(suggestion)))


def test_every_vague_development_text_rewrites_well() -> None:
    texts = _corpus_vague()
    assert len(texts) > 300
    for text in texts:
        _check_rewrite(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Journal more", "journal"),
        ("Exercise more", "exercise"),
        ("Think about your mom", "think"),
        ("Walk every day", "walk"),
        ("Read about anxiety this week", "read"),
        ("Text your friends more often", "text"),
    ],
)
def test_the_texts_own_action_is_kept(text: str, kept: str) -> None:
    suggestion = suggest_rewrite(text)
    assert kept in words(suggestion.text)
    assert suggestion.template is None


def test_journal_more_gains_when_how_long_and_about_what() -> None:
    suggestion = suggest_rewrite("Journal more")
    assert {s.kind for s in suggestion.slots} == {
        ParameterKind.FOCUS,
        ParameterKind.DURATION,
        ParameterKind.WHEN,
        ParameterKind.COUNT,
    }
    assert suggestion.text.startswith("Journal about [about what: ")


@pytest.mark.parametrize(
    "text",
    [
        "Journal more",
        "Think about your mom",
        "Sleep better",
        "Be more positive",
        "Practice self-care",
    ],
)
def test_the_issues_off_topic_rewrites_are_gone(text: str) -> None:
    suggestion = suggest_rewrite(text)
    fixed = set(_fixed_words(suggestion))
    assert not fixed & {"chest", "tightens", "request", "lunch", "upset", "belief"}
    assert text.lower().split()[0] in words(suggestion.text)


def test_a_catalogue_template_is_offered_only_on_its_topic() -> None:
    suggestion = suggest_rewrite("Try to worry less")
    assert suggestion.template is not None
    assert "worry" in get_template(suggestion.template).topics
    # no template for a topic the catalogue does not share the words of
    assert suggest_rewrite("Calm down").template is None


def test_a_template_takes_its_parameters_from_the_text() -> None:
    for text, template_id, parameters in (
        ("Set boundaries with your mum by Friday", "boundary-rehearsal", {"day": "Friday"}),
        ("Worry less in the evenings, maybe at 9 pm", "worry-period", {"time": "9 pm"}),
    ):
        suggestion = suggest_rewrite(text)
        assert suggestion.template == template_id
        assert dict(suggestion.parameters) == parameters
        for value in parameters.values():
            assert value in suggestion.text  # filled in, not a slot
        assert set(parameters).isdisjoint(suggestion.slot_names)


def test_the_frame_words_name_no_one_and_nothing() -> None:
    assert not FRAME_WORDS & INVENTIONS


def test_every_slot_example_and_value_is_in_the_shared_table() -> None:
    for template in CATALOGUE:
        for parameter in template.parameters:
            assert parameter.kind in EXAMPLE_VALUES
    for kind in ParameterKind:
        assert EXAMPLE_VALUES[kind], kind


def test_a_text_with_nothing_to_build_on_gets_the_fill_in() -> None:
    suggestion = suggest_rewrite("")
    assert all(isinstance(p, Slot) or not set(words(p)) - FRAME_WORDS for p in suggestion.parts)


REDUCIBLE = st.sampled_from(
    [
        "wash your hands",
        "check the locks",
        "drink",
        "text him",
        "cut",
        "yell at the kids",
        "scroll on your phone",
        "ask for reassurance",
        "weigh yourself",
        "binge",
    ]
)


@given(REDUCIBLE, st.sampled_from(["{} less", "{} less often", "Stop: {}", "Try not to {}"]))
def test_a_wish_to_do_less_is_never_prescribed_as_the_act(act: str, shape: str) -> None:
    text = shape.format(act)
    suggestion = suggest_rewrite(text)
    filled = suggestion.fill()
    reducing = ("less", "stop", "not ", "don't", "instead")
    # Either the text's own words, with their "less", are quoted as the goal, or a
    # catalogue template on the topic is offered; the act is never asked for alone.
    if suggestion.template is None:
        assert filled.startswith('Goal: "'), (text, filled)
        goal = filled.split('"')[1]
        assert any(word in goal for word in reducing), (text, filled)
    assert check_specificity(filled).ok


def test_an_open_condition_is_dropped_from_the_kept_action() -> None:
    suggestion = suggest_rewrite("Jot a few things down if you feel up to it")
    assert "feel up to it" not in suggestion.text
    assert "Rest as much" not in suggest_rewrite("Rest as much as you can").text


PIECES = st.sampled_from(
    [*"aW/ .ßİ'\"“”\n\t-:,0123", "w/", "w/o", "betw.", "e.g.", "f/u", "a.m.", "Straße"]
)


@given(st.lists(PIECES, max_size=30).map("".join))
def test_the_two_tokenizers_read_the_same_words(text: str) -> None:
    from therapy_homework.checks._reader import _tokens, _tokens_with_spans

    tokens, spans = _tokens_with_spans(text)
    assert tokens == _tokens(text)
    for start, end in spans:
        assert 0 <= start < end <= len(text)


@given(vague_texts())
def test_the_check_and_suggest_rewrite_offer_the_same_rewrite(text: str) -> None:
    report = check_specificity(text)
    suggestions = [f.suggestion for f in report if f.suggestion is not None]
    assert suggestions
    assert suggestions[0] == suggest_rewrite(text)


def test_an_abbreviation_is_read_the_same_by_the_check_and_the_rewrite() -> None:
    text = "Work on communication w/ spouse"
    assert check_specificity(text).findings[0].suggestion == suggest_rewrite(text)


# The action word a clinician would keep, read by a person, not by the kit's reader.
KEPT_ACTIONS = {
    "Journal more": "journal",
    "Walk every day": "walk",
    "Call your sister more often": "call",
    "Read about anxiety": "read",
    "Write in your journal when you can": "write",
    "Meditate regularly": "meditate",
    "Text Sam at some point": "text",
    "Go to the gym more": "go",
    "Practise the breathing exercise": "breathing",
    "I should really start running again": "run",
}


@pytest.mark.parametrize(("text", "action"), sorted(KEPT_ACTIONS.items()))
def test_a_rewrite_keeps_the_action_a_clinician_would_keep(text: str, action: str) -> None:
    suggestion = suggest_rewrite(text)
    assert suggestion.template is None, (text, suggestion.template)
    assert action in words(suggestion.fill()), (text, suggestion.text)
    assert check_specificity(suggestion.fill()).ok
