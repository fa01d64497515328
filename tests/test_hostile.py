"""Hostile input: whatever arrives, the kit answers with its own error, quickly.

Each case here was found by feeding random and mutated documents to the kit; each
once escaped as a bare built-in error, or held a worker for seconds. Costs are
asserted as *work done* (entries read, occurrences walked), never as timings.
"""

import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from therapy_homework import (
    Assignment,
    Dose,
    InvalidData,
    Partner,
    Schedule,
    check_assignment,
    check_perfectionism,
    check_specificity,
    from_dict,
    from_json,
    to_dict,
)
from therapy_homework.checks import _framing, _reader
from therapy_homework.cli import EXIT_UNUSABLE, main
from therapy_homework.model import schedule as schedule_module

from .helpers import T0, assignment


def _document(**changes: object) -> dict[str, object]:
    return {**to_dict(assignment()), **changes}


# --------------------------------------------------------------------------- documents


@pytest.mark.parametrize("opener", ["[", '{"a": '])
def test_json_nested_far_too_deep_is_invalid_data(opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    text = opener * 100_000 + "1" * (opener != "[") + closer * 100_000
    with pytest.raises(InvalidData) as caught:
        from_json(Assignment, text)
    assert "nested too deeply" in str(caught.value)


def test_an_integer_of_thousands_of_digits_is_refused_without_a_value_error() -> None:
    with pytest.raises(InvalidData) as caught:
        Dose(count=10**5000)
    assert caught.value.paths == ["$.count"]
    assert "got" not in caught.value.problems[0].message  # the value is not printed
    text = json.dumps(_document())[:-1] + ', "review_at": ' + "9" * 5000 + "}"
    with pytest.raises(InvalidData) as caught:
        from_json(Assignment, text)
    assert "more than 100 digits" in str(caught.value)


def test_an_over_long_list_is_refused_at_once_without_reading_its_entries() -> None:
    partners = [1] * 1_000_000
    with pytest.raises(InvalidData) as caught:
        from_dict(Assignment, _document(partners=partners))
    assert [str(p) for p in caught.value.problems] == [
        "$.partners: has 1,000,000 entries; the limit is 200"
    ]


def test_an_over_long_list_of_valid_entries_is_refused_before_they_are_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = 0
    original = Partner.__init__

    def counting(self: Partner, **fields: object) -> None:
        nonlocal built
        built += 1
        original(self, **fields)  # type: ignore[arg-type]

    monkeypatch.setattr(Partner, "__init__", counting)
    document = to_dict(assignment())
    document["partners"] = [{"id": f"p{i}", "name": "Sam"} for i in range(100_000)]
    with pytest.raises(InvalidData) as caught:
        from_dict(Assignment, document)
    assert caught.value.paths == ["$.partners"]
    assert built == 0


def test_a_list_within_the_cap_reports_at_most_a_hundred_problems() -> None:
    document = to_dict(assignment())
    document["partners"] = [1] * 200
    with pytest.raises(InvalidData) as caught:
        from_dict(Assignment, document)
    assert len(caught.value.problems) == 100
    assert caught.value.truncated
    assert str(caught.value).startswith("Assignment: more than 100 problems")


def test_a_hundred_thousand_unknown_keys_are_a_short_error() -> None:
    document = _document(**{f"k{i}": 1 for i in range(100_000)})
    with pytest.raises(InvalidData) as caught:
        from_dict(Assignment, document)
    assert len(caught.value.problems) == 100
    assert caught.value.truncated
    assert len(str(caught.value)) < 10_000


@pytest.mark.parametrize("year", ["0001", "9999"])
def test_timestamps_at_the_ends_of_the_calendar_are_refused(year: str) -> None:
    with pytest.raises(InvalidData) as caught:
        from_dict(Assignment, _document(assigned_at=f"{year}-06-01T00:00:00+00:00"))
    assert caught.value.paths == ["$.assigned_at"]
    with pytest.raises(InvalidData):
        assignment(assigned_at=datetime(int(year), 6, 1, tzinfo=UTC))


def test_the_edges_of_the_accepted_years_still_check_without_overflow() -> None:
    for moment in (datetime(1900, 1, 1, tzinfo=UTC), datetime(2999, 12, 1, tzinfo=UTC)):
        homework = assignment(
            assigned_at=moment,
            review_at=moment + timedelta(days=7),
            schedule=Schedule.recurring("FREQ=DAILY", timezone="Pacific/Kiritimati"),
        )
        check_assignment(homework)


# --------------------------------------------------------------------------- schedules


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ("FREQ=MONTHLY;BYDAY=-99MO", "BYDAY"),
        ("FREQ=WEEKLY;BYDAY=2MO", "only MONTHLY and YEARLY"),
        ("FREQ=DAILY;INTERVAL=0", "INTERVAL"),
        ("FREQ=DAILY;INTERVAL=-2", "INTERVAL"),
        ("FREQ=DAILY;INTERVAL=99999999999", "INTERVAL"),
        ("FREQ=DAILY;COUNT=0", "COUNT"),
        ("FREQ=DAILY;COUNT=-1", "COUNT"),
        ("FREQ=DAILY;COUNT=1,2", "COUNT"),
        ("FREQ=MONTHLY;BYMONTHDAY=0", "BYMONTHDAY"),
        ("FREQ=YEARLY;BYMONTH=13", "BYMONTH"),
        ("FREQ=DAILY;BYMINUTE=60", "BYMINUTE"),
        ("FREQ=WEEKLY;WKST=XX", "WKST"),
        ("FREQ=WEEKLY;BYDAY=MON", "BYDAY"),
        (" DTSTART:00010101T000000\nFREQ=DAILY", "rule body"),
        ("FREQ=DAILY;DTSTART=00010101", "DTSTART"),
    ],
)
def test_rule_parts_out_of_range_are_refused_when_the_schedule_is_built(
    rule: str, words: str
) -> None:
    with pytest.raises(InvalidData) as caught:
        Schedule.recurring(rule, timezone="UTC")
    assert caught.value.paths == ["$.recurrence"]
    assert words in caught.value.problems[0].message


@pytest.mark.parametrize(
    "zone", ["localtime", "posixrules", "Factory", "right/UTC", "posix/Europe/Berlin"]
)
def test_zone_names_that_depend_on_the_host_are_refused(zone: str) -> None:
    with pytest.raises(InvalidData) as caught:
        Schedule(timezone=zone)
    assert caught.value.paths == ["$.timezone"]


def test_a_window_years_after_the_series_start_does_not_walk_the_years_between(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    every_minute = Schedule.recurring(
        "FREQ=DAILY;BYHOUR="
        + ",".join(map(str, range(24)))
        + ";BYMINUTE="
        + ",".join(map(str, range(60))),
        timezone="Europe/Berlin",
    )
    walked = 0
    original = schedule_module._instant

    def counting(wall: datetime, zone: object) -> datetime:
        nonlocal walked
        walked += 1
        return original(wall, zone)  # type: ignore[arg-type]

    monkeypatch.setattr(schedule_module, "_instant", counting)
    start = T0 + timedelta(days=5 * 365)
    found = every_minute.occurrences(series_start=T0, start=start, end=start + timedelta(hours=1))
    assert len(found) == 60
    assert walked < 3 * 24 * 60  # a day or two before the window, not five years


_PARTS = st.fixed_dictionaries(
    {"FREQ": st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"])},
    optional={
        "INTERVAL": st.integers(1, 5).map(str),
        "BYHOUR": st.lists(st.integers(0, 23), min_size=1, max_size=3, unique=True).map(
            lambda hours: ",".join(map(str, hours))
        ),
        "BYMINUTE": st.sampled_from(["0", "15", "30,45"]),
        "BYDAY": st.lists(
            st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]),
            min_size=1,
            max_size=3,
            unique=True,
        ).map(",".join),
        "BYMONTHDAY": st.sampled_from(["1", "15", "-1", "28,29,30,31"]),
        "BYMONTH": st.sampled_from(["1", "2", "6,12"]),
        "BYSETPOS": st.sampled_from(["1", "-1"]),
    },
)


@given(
    _PARTS,
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
    st.integers(0, 4 * 365 * 24),
    st.integers(1, 40 * 24),
    st.sampled_from(["UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe"]),
)
def test_skipping_ahead_gives_the_same_occurrences_as_walking_from_the_start(
    parts: dict[str, str], series_start: datetime, offset: int, length: int, zone: str
) -> None:
    rule = ";".join(f"{key}={value}" for key, value in parts.items())
    try:
        schedule = Schedule.recurring(rule, timezone=zone)
    except InvalidData:
        assume(False)
    first = series_start.replace(tzinfo=UTC)
    start = first + timedelta(hours=offset)
    end = start + timedelta(hours=length)
    skipped = schedule.occurrences(series_start=first, start=start, end=end)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(schedule_module, "_skip_ahead", lambda rule, first, _: (rule.template, first))
        walked = schedule.occurrences(series_start=first, start=start, end=end)
    assert skipped == walked


# --------------------------------------------------------------------------- text


@pytest.mark.skipif(
    not _reader.__file__.endswith(".py"),
    reason="counts calls through the module, which compiled code makes directly; "
    "the pure-Python run of the suite (CI's lowest-versions step) checks it",
)
@pytest.mark.parametrize("unit", ["it to ", "make an effort to ", "'", "1 ", "each time "])
def test_the_reader_does_linear_work_on_repeated_framing(
    unit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Counted in tokens handed to the clause reader, not in seconds: copying the rest
    # of a clause for each "it" would make this quadratic.
    seen = 0
    original = _reader._skip_prefix

    def counting(words: list[str]) -> _reader._Prefix:
        nonlocal seen
        seen += len(words)
        return original(words)

    monkeypatch.setattr(_reader, "_skip_prefix", counting)
    small = unit * 2_000
    check_specificity(small)
    at_small, seen = seen, 0
    check_specificity(small * 8)
    assert seen <= 8 * at_small + 100


@pytest.mark.parametrize(
    "frame",
    [
        "take ten minutes to ",
        "use the list to ",
        "keep a journal to ",
        "explore what happens if you ",
        "set aside 20 minutes to ",
        "work on working on ",
        "make it easier by making it easier by ",
        "spend ten minutes ",
    ],
)
def test_an_act_named_inside_an_act_again_and_again_is_read_to_a_bounded_depth(
    frame: str,
) -> None:
    # Each frame names its act further on ("take ten minutes to write ..."): repeated
    # thousands of times in one clause it must not recurse thousands deep (a bare
    # RecursionError), only a few levels, and give an ordinary report.
    report = check_specificity(frame * 4_000)
    assert isinstance(report.ok, bool)


# --------------------------------------------------------------------------- command line


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "Anna", "told", "me", "about", "the", "affair"],
        ["chek", "Anna told me about the affair"],
        ["check", "--kind", "Anna told me about the affair", "x"],
    ],
)
def test_a_mistyped_command_line_never_echoes_what_was_typed(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == EXIT_UNUSABLE
    printed = capsys.readouterr()
    assert "Anna" not in printed.err + printed.out
    assert "affair" not in printed.err + printed.out


def test_deep_json_given_to_check_is_unusable_input_not_a_traceback(
    tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "deep.json"  # type: ignore[operator]
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert main(["check", "--file", str(path)]) == EXIT_UNUSABLE
    assert "nested too deeply" in capsys.readouterr().err


# --------------------------------------------------------------------------- found in review


def test_a_remembered_schedule_never_lets_an_unknown_key_through() -> None:
    good = _document(schedule={"recurrence": None, "timezone": "UTC"})
    bad = _document(schedule={"timezone": "UTC", "colour": "client words"})
    for document in (bad, good, bad):  # before and after the good one is remembered
        try:
            from_dict(Assignment, document)
        except InvalidData as exc:
            assert document is bad
            assert exc.paths == ["$.schedule"]
        else:
            assert document is good


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=YEARLY;BYMONTH=11,12;BYDAY=10SU",
        "FREQ=YEARLY;BYMONTH=1,2;BYDAY=53SU",
        "FREQ=MONTHLY;BYDAY=MO,1FR",
        "FREQ=DAILY;UNTIL=99991231T235959Z",
        "FREQ=DAILY;UNTIL=00010101T000000Z",
    ],
)
def test_rules_dateutil_cannot_evaluate_are_refused_when_built(rule: str) -> None:
    with pytest.raises(InvalidData) as caught:
        Schedule.recurring(rule, timezone="Pacific/Kiritimati")
    assert caught.value.paths == ["$.recurrence"]
    document = _document(schedule={"recurrence": rule, "timezone": "UTC"})
    with pytest.raises(InvalidData):
        from_json(Assignment, json.dumps(document))


def test_windows_far_beyond_a_series_or_backwards_are_empty_not_an_overflow() -> None:
    ended = Schedule.recurring("FREQ=DAILY;UNTIL=20270101", timezone="UTC")
    start = datetime(2026, 1, 5, tzinfo=UTC)
    assert ended.occurrences(series_start=start, start=datetime(2999, 3, 1, tzinfo=UTC)) == ()
    daily = Schedule.recurring("FREQ=DAILY", timezone="UTC")
    backwards = daily.occurrences(
        series_start=datetime(1950, 1, 1, tzinfo=UTC),
        start=datetime(2999, 6, 1, tzinfo=UTC),
        end=datetime(1950, 2, 1, tzinfo=UTC),
    )
    assert backwards == ()


@pytest.mark.parametrize(
    "argv", [["check", "--json=Anna told me"], ["Anna (choose from her affair"]]
)
def test_argparse_messages_that_quote_a_value_are_cut(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(argv)
    printed = capsys.readouterr()
    assert "Anna" not in printed.err + printed.out


# --------------------------------------------------------------------------- framing


@pytest.mark.parametrize(
    "unit",
    [
        "it doesn't have to be perfect ",  # a demand taken back, thousands of times
        "she said she is lazy and ",  # a label someone else said, thousands of times
        "not done, typical of the week ",
    ],
)
def test_framing_reads_a_bounded_window_before_each_match(
    unit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long sentence of matches costs the same per match: the words read before each
    one (to see whether it is taken back or someone else's) are a bounded window."""
    seen: list[int] = []
    real = _framing._before

    def counting(joined: str, start: int) -> str:
        window = real(joined, start)
        seen.append(len(window))
        return window

    monkeypatch.setattr(_framing, "_before", counting)
    check_perfectionism(unit * 3000)
    assert seen
    assert max(seen) <= 80


def test_framing_leaves_out_thousands_of_quoted_words() -> None:
    """However many quotations, each quoted word is the client's and is left out."""
    text = "'forgot' it " * 20000
    passage = _framing.Passage(text)
    assert len(passage.quotes) == 20000
    assert all("forgot" not in s.joined for s in passage.sentences)
