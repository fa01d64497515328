"""The shipped strategies: valid by construction, pinnable, healthy under default settings."""

import subprocess
import sys

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from therapy_homework import Assignment, AssignmentKind, Partner, Review, ThoughtRecord
from therapy_homework.model import INTENSITY, Completion, Decision, Slot, Suggestion
from therapy_homework.serialization import TYPE_NAMES
from therapy_homework.testing import strategies as ths

ALL_TYPES = sorted((*TYPE_NAMES, Slot, Suggestion), key=lambda cls: cls.__name__)
DEFAULTS = settings.get_profile("default")


@pytest.mark.parametrize("cls", ALL_TYPES, ids=lambda cls: cls.__name__)
def test_from_type_passes_health_checks_under_default_settings(cls: type) -> None:
    seen: list[object] = []

    @settings(DEFAULTS)
    @given(st.from_type(cls))
    def check(obj: object) -> None:
        assert type(obj) is cls
        # Valid by construction: building it again through the constructor passes.
        assert attrs.evolve(obj) == obj  # type: ignore[misc]
        seen.append(obj)

    check()
    assert len(seen) >= 10


def test_every_public_type_has_a_strategy() -> None:
    assert set(ths.FOR_TYPE) == {*TYPE_NAMES, Slot, Suggestion}


@given(
    ths.reviews(client_id="c-1", completion=Completion.NOT_DONE, decision=st.just(Decision.SHRINK))
)
def test_review_fields_can_be_pinned(review: Review) -> None:
    assert (review.client_id, review.completion, review.decision) == (
        "c-1",
        Completion.NOT_DONE,
        Decision.SHRINK,
    )


@given(ths.emotions(scale=INTENSITY))
def test_scales_can_be_pinned(emotion: object) -> None:
    assert emotion.intensity.scale == INTENSITY  # type: ignore[attr-defined]


@given(
    ths.couples_repair_attempts(
        partners=[Partner(id="a", term="wife"), Partner(id="b", term="wife")]
    )
)
def test_partners_can_be_pinned(attempt: object) -> None:
    assert [p.term for p in attempt.partners] == ["wife", "wife"]  # type: ignore[attr-defined]


@given(ths.assignments(kind=AssignmentKind.RELATIONAL, text=st.just("fixed text")))
def test_free_text_can_be_pinned(assignment: Assignment) -> None:
    assert assignment.instructions == "fixed text"


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(ths.texts())
def test_texts_are_stored_as_given(text: str) -> None:
    assert text
    assert text == text.strip()


def test_importing_the_kit_does_not_import_hypothesis() -> None:
    code = (
        "import sys, therapy_homework; "
        "assert 'hypothesis' not in sys.modules, 'hypothesis imported'; "
        "assert 'therapy_homework.testing' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_entry_point_registers_strategies_in_a_fresh_interpreter() -> None:
    code = (
        "from hypothesis import given, settings, strategies as st\n"
        "from therapy_homework import Assignment\n"
        "seen = []\n"
        "@settings(max_examples=5, database=None)\n"
        "@given(st.from_type(Assignment))\n"
        "def check(a): seen.append(type(a).__name__)\n"
        "check()\n"
        "assert seen and set(seen) == {'Assignment'}\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@given(ths.thought_records(text=st.sampled_from(["calm", " calm", "calm ", "Calm", "tense"])))
def test_texts_that_differ_only_by_surrounding_spaces_still_build_valid_records(
    record: ThoughtRecord,
) -> None:
    # The kit strips text, so " calm" and "calm" are the same emotion or distortion.
    names = [e.name.casefold() for e in record.emotions]
    assert len(names) == len(set(names))
    custom = [d.casefold() for d in record.custom_distortions]
    assert len(custom) == len(set(custom))
