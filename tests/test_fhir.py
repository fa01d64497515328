"""The FHIR R4 mapping: exact round trips, and strict reading of foreign resources."""

import copy
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import InvalidData, fhir
from therapy_homework.errors import ProblemCode, UnsupportedType
from therapy_homework.fhir import urls
from therapy_homework.model import (
    BELIEF,
    Assignment,
    AssignmentStatus,
    Completion,
    Dose,
    Partner,
    Plan,
    PracticeLog,
    Rating,
    Review,
    Scale,
    Schedule,
)
from therapy_homework.model.records import RECORD_TYPES
from therapy_homework.testing import strategies as ths

from .helpers import T0, assignment, review

#: Every record type, and the rating (an Observation).
_MAPPED = (*RECORD_TYPES.classes(), Rating)
_SHIPPED = Path(fhir.__file__).parent / "questionnaires"
_ANY_RECORD = st.sampled_from(RECORD_TYPES.classes()).flatmap(ths.records)


def _drawn(cls: type) -> st.SearchStrategy[Any]:
    """Records with their extensions now and then; a rating as the strategies draw it."""
    return ths.records(cls) if cls in RECORD_TYPES else ths.strategy_for(cls)


def _through_json(resource: dict[str, Any]) -> Any:
    return json.loads(json.dumps(resource))


def _problems(error: pytest.ExceptionInfo[InvalidData]) -> list[tuple[str, ProblemCode]]:
    return [(p.path, p.code) for p in error.value.problems]


class TestRoundTrip:
    @pytest.mark.parametrize("cls", _MAPPED, ids=lambda cls: cls.__name__)
    @given(data=st.data())
    def test_every_record_reads_back_exactly(self, cls: type, data: st.DataObject) -> None:
        record = data.draw(_drawn(cls))
        resource = _through_json(fhir.to_fhir(record))
        assert fhir.from_fhir(resource) == record

    @given(st.lists(_ANY_RECORD, max_size=6, unique_by=lambda r: (type(r), r.id)))
    def test_a_bundle_reads_back_in_order(self, records: list[Any]) -> None:
        bundle = _through_json(fhir.to_bundle(records))
        assert fhir.from_bundle(bundle) == tuple(records)

    def test_a_recurrence_rule_travels_whole_with_its_time_zone(self) -> None:
        schedule = Schedule.recurring(
            "FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=19", timezone="Europe/Berlin"
        )
        resource = fhir.to_fhir(assignment(schedule=schedule))
        extensions = {e["url"]: e for e in resource["extension"]}
        assert extensions[urls.RECURRENCE]["valueString"] == schedule.recurrence
        assert extensions[urls.TIMEZONE]["valueCode"] == "Europe/Berlin"
        assert fhir.from_fhir(resource) == assignment(schedule=schedule)

    def test_statuses_map_one_to_one(self) -> None:
        assert len(set(fhir.TASK_STATUS.values())) == len(AssignmentStatus)
        for status in AssignmentStatus:
            resource = fhir.to_fhir(assignment(status=status))
            assert resource["status"] == fhir.TASK_STATUS[status]
            assert fhir.from_fhir(resource) == assignment(status=status)

    def test_an_offset_fhir_cannot_say_is_written_in_utc(self) -> None:
        far = datetime(2026, 1, 1, 12, 0, tzinfo=timezone(timedelta(hours=15)))
        record = assignment(assigned_at=far, review_at=far + timedelta(days=7))
        resource = fhir.to_fhir(record)
        assert resource["authoredOn"] == "2025-12-31T21:00:00+00:00"
        assert fhir.from_fhir(resource) == record  # the same instant

    def test_a_rating_is_an_observation_with_its_scale(self) -> None:
        resource = fhir.to_fhir(BELIEF.rate(80))
        assert resource["code"]["coding"][0] == {
            "system": urls.SCALES,
            "code": "belief",
            "display": BELIEF.label,
        }
        assert resource["referenceRange"] == [{"low": {"value": 0}, "high": {"value": 100}}]
        custom = Scale(name="craving", label="Urge to drink", low=0, high=12, step=2)
        assert fhir.from_fhir(fhir.to_fhir(custom.rate(6))) == custom.rate(6)


class TestQuestionnaires:
    def test_one_per_record_type_but_theassignment(self) -> None:
        shipped = fhir.questionnaires()
        expected = {r.cls for r in RECORD_TYPES if r.cls is not Assignment}
        assert {q["name"] for q in shipped.values()} == {c.__name__ for c in expected}
        for url, resource in shipped.items():
            assert url.startswith(f"{urls.BASE}/Questionnaire/")
            assert resource["version"] == fhir.VERSION

    def test_the_files_shipped_with_the_package_are_current(self) -> None:
        for record_type in RECORD_TYPES:
            if record_type.cls is Assignment:
                continue
            resource = fhir.questionnaire(record_type.cls)
            path = _SHIPPED / f"{resource['id']}.json"
            assert json.loads(path.read_text(encoding="utf-8")) == resource, path.name

    def test_a_response_names_its_questionnaire_and_version(self) -> None:
        resource = fhir.to_fhir(review())
        url = fhir.questionnaire(Review)["url"]
        assert resource["questionnaire"] == f"{url}|{fhir.VERSION}"

    def test_the_assignment_and_other_types_have_none(self) -> None:
        with pytest.raises(UnsupportedType):
            fhir.questionnaire(Assignment)
        with pytest.raises(UnsupportedType):
            fhir.questionnaire(dict)
        with pytest.raises(UnsupportedType):
            fhir.to_fhir({"a": 1})
        with pytest.raises(UnsupportedType):
            fhir.to_bundle([BELIEF.rate(3)])


class TestForeignResources:
    def test_another_resource_type_is_refused(self) -> None:
        with pytest.raises(InvalidData) as error:
            fhir.from_fhir({"resourceType": "Patient", "id": "p1"})
        assert _problems(error) == [("$.resourceType", ProblemCode.CHOICE)]

    def test_not_an_object_is_refused(self) -> None:
        values: tuple[object, ...] = (None, [], "Task", 3)
        for value in values:
            with pytest.raises(InvalidData):
                fhir.from_fhir(value)

    def test_an_unknown_questionnaire_or_version_is_refused(self) -> None:
        resource = fhir.to_fhir(review())
        other = {**resource, "questionnaire": "http://example.org/Questionnaire/phq-9"}
        with pytest.raises(InvalidData) as error:
            fhir.from_fhir(other)
        assert ("$.questionnaire", ProblemCode.REFERENCE) in _problems(error)
        newer = {**resource, "questionnaire": resource["questionnaire"].replace("|1", "|2")}
        with pytest.raises(InvalidData) as error:
            fhir.from_fhir(newer)
        assert ("$.questionnaire", ProblemCode.VERSION) in _problems(error)

    def test_every_problem_is_named_at_once_with_its_path(self) -> None:
        resource = fhir.to_fhir(assignment())
        broken = {**resource, "intent": "order", "status": "received", "priority": "urgent"}
        del broken["authoredOn"]
        with pytest.raises(InvalidData) as error:
            fhir.from_fhir(broken)
        found = _problems(error)
        assert ("$.intent", ProblemCode.MISMATCH) in found
        assert ("$.status", ProblemCode.CHOICE) in found
        assert ("$", ProblemCode.UNKNOWN_KEY) in found  # the key is not repeated
        assert ("$.authoredOn", ProblemCode.REQUIRED) in found

    def test_a_record_rule_is_placed_at_its_element(self) -> None:
        resource = fhir.to_fhir(assignment())
        resource["restriction"] = {"period": {"end": "2020-01-01T00:00:00+00:00"}}
        with pytest.raises(InvalidData) as error:
            fhir.from_fhir(resource)
        assert _problems(error) == [("$.restriction.period.end", ProblemCode.ORDER)]

    def test_an_unknown_item_and_a_wrong_answer_type_are_refused(self) -> None:
        record = PracticeLog(
            id="log-1",
            client_id="client-1",
            assignment_id="asg-1",
            occurred_at=T0,
            completion=Completion.DONE,
        )
        resource = fhir.to_fhir(record)
        resource["item"] = [
            {"linkId": "mood_today", "answer": [{"valueInteger": 3}]},
            {"linkId": "completion", "answer": [{"valueString": "done"}]},
        ]
        with pytest.raises(InvalidData) as error:
            fhir.from_fhir(resource)
        found = _problems(error)
        assert ("$.item[0].linkId", ProblemCode.UNKNOWN_KEY) in found
        assert ("$.item[1].answer[0]", ProblemCode.TYPE) in found

    def test_an_unknown_extension_is_refused_not_dropped(self) -> None:
        resource = fhir.to_fhir(assignment())
        resource["extension"].append({"url": "http://example.org/x", "valueString": "y"})
        with pytest.raises(InvalidData) as error:
            fhir.from_fhir(resource)
        assert _problems(error) == [("$.extension[1].url", ProblemCode.UNKNOWN_KEY)]

    def test_keys_a_caller_made_up_are_not_repeated(self) -> None:
        secret = "Jane has PTSD"
        resource = {**fhir.to_fhir(assignment()), secret: 1}
        resource["code"] = {**resource["code"], secret: 2}
        with pytest.raises(InvalidData) as error:
            fhir.from_fhir(resource)
        assert _problems(error) == [
            ("$", ProblemCode.UNKNOWN_KEY),
            ("$.code", ProblemCode.UNKNOWN_KEY),
        ]
        assert secret not in str(error.value)

    @pytest.mark.parametrize("status", [[], {}, 3, None, "underway"])
    def test_a_status_of_any_shape_is_invalid_data(self, status: object) -> None:
        resource = {**fhir.to_fhir(assignment()), "status": status}
        with pytest.raises(InvalidData) as error:
            fhir.from_fhir(resource)
        assert _problems(error) == [("$.status", ProblemCode.CHOICE)]

    @pytest.mark.parametrize("number", ["\u00b2", "01", "-1", "1000", "", "x", "\u0660"])
    def test_a_list_entry_number_must_be_plain(self, number: str) -> None:
        record = assignment(partners=(Partner(id="p1"), Partner(id="p2")))
        resource = fhir.to_fhir(record)
        coding = resource["input"][0]["type"]["coding"][0]
        assert coding["code"] == "partners.0.id"
        coding["code"] = f"partners.{number}.id"
        with pytest.raises(InvalidData) as error:
            fhir.from_fhir(resource)
        assert ("$.input[0]", ProblemCode.FORMAT) in _problems(error)

    def test_keys_that_are_not_text_are_invalid_data(self) -> None:
        resource = fhir.to_fhir(assignment(partners=(Partner(id="p1"),)))
        resource["input"][0][1] = 2
        response = fhir.to_fhir(review())
        response["item"][0]["answer"][0][1] = "a"
        odd_key: dict[Any, Any] = {**resource, 3: "x"}
        for broken in (resource, response, odd_key):
            with pytest.raises(InvalidData):
                fhir.from_fhir(broken)

    def test_nothing_in_an_item_or_answer_is_dropped(self) -> None:
        response = fhir.to_fhir(review())
        assert response["item"][0]["linkId"] == "assignment_id"
        changes: list[tuple[str, Any]] = [
            ("answer-extra", {"valueString": "asg-1", "valueInteger": 3}),
            ("answer-item", {"valueString": "asg-1", "item": []}),
            ("answer-null", {"valueString": None}),
            ("item-extension", None),
            ("item-text", None),
        ]
        for name, answer in changes:  # each change alone is refused
            broken = copy.deepcopy(response)
            item = broken["item"][0]
            if answer is not None:
                item["answer"] = [answer]
            elif name == "item-extension":
                item["extension"] = [{"url": "http://example.org/x", "valueString": "y"}]
            else:
                item["text"] = {"a": 1}
            with pytest.raises(InvalidData):
                fhir.from_fhir(broken)

    def test_an_input_without_its_code_is_refused(self) -> None:
        resource = fhir.to_fhir(assignment(partners=(Partner(id="p1"),)))
        del resource["input"][0]["type"]["coding"][0]["code"]
        with pytest.raises(InvalidData) as error:
            fhir.from_fhir(resource)
        assert _problems(error) == [("$.input[0].type.coding[0].code", ProblemCode.REQUIRED)]

    def test_the_apps_extensions_are_read_as_strictly_as_documents(self) -> None:
        resource = fhir.to_fhir(assignment())
        resource["extension"].append(
            {"url": urls.EXTENSIONS, "valueString": '{"org.app.a": 1, "org.app.a": 2}'}
        )
        with pytest.raises(InvalidData) as error:
            fhir.from_fhir(resource)
        assert _problems(error) == [("$.extension[1].valueString", ProblemCode.DUPLICATE)]

    def test_a_record_found_twice_in_a_bundle_is_refused(self) -> None:
        bundle = fhir.to_bundle([assignment()])
        bundle["entry"].append(copy.deepcopy(bundle["entry"][0]))
        with pytest.raises(InvalidData) as error:
            fhir.from_bundle(bundle)
        assert _problems(error) == [("$.entry[1]", ProblemCode.DUPLICATE)]

    def test_a_record_rule_inside_an_input_or_item_names_that_element(self) -> None:
        resource = fhir.to_fhir(assignment(plan=Plan(action="Walk", dose=Dose(count=2))))
        index = next(
            i
            for i, entry in enumerate(resource["input"])
            if entry["type"]["coding"][0]["code"] == "plan.dose.count"
        )
        resource["input"][index]["valueInteger"] = 5000
        with pytest.raises(InvalidData) as error:
            fhir.from_fhir(resource)
        assert _problems(error) == [(f"$.input[{index}].valueInteger", ProblemCode.OUT_OF_RANGE)]
        log = fhir.to_fhir(
            PracticeLog(
                id="log-1",
                client_id="client-1",
                assignment_id="asg-1",
                occurred_at=T0,
                completion=Completion.DONE,
                minutes=20,
            )
        )
        place = next(i for i, item in enumerate(log["item"]) if item["linkId"] == "minutes")
        log["item"][place]["answer"][0]["valueInteger"] = 0
        with pytest.raises(InvalidData) as error:
            fhir.from_fhir(log)
        assert _problems(error) == [
            (f"$.item[{place}].answer[0].valueInteger", ProblemCode.OUT_OF_RANGE)
        ]

    def test_what_a_server_adds_is_ignored(self) -> None:
        record = assignment()
        resource = {**fhir.to_fhir(record), "id": "123", "meta": {"versionId": "2"}}
        assert fhir.from_fhir(resource) == record

    def test_a_bundle_names_the_entry_at_fault(self) -> None:
        bundle = fhir.to_bundle([assignment(), assignment(id="asg-2")])
        bundle["entry"][1]["resource"]["intent"] = "order"
        with pytest.raises(InvalidData) as error:
            fhir.from_bundle(bundle)
        assert _problems(error) == [("$.entry[1].resource.intent", ProblemCode.MISMATCH)]

    def test_a_record_given_twice_to_a_bundle_is_refused(self) -> None:
        with pytest.raises(InvalidData):
            fhir.to_bundle([assignment(), assignment()])

    def test_client_text_never_appears_in_the_error(self) -> None:
        secret = "I am worthless and my sister knows it"
        resource = fhir.to_fhir(assignment(instructions=secret))
        resource["description"] = secret + " " * 3 + "x" * 10_001
        with pytest.raises(InvalidData) as error:
            fhir.from_fhir(resource)
        assert secret not in str(error.value)
        assert secret not in repr(error.value)


def _places(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    found: list[tuple[tuple[Any, ...], Any]] = [(path, data)]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _places(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _places(value, (*path, index))
    return found


_JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


class TestHostile:
    @given(_ANY_RECORD | ths.ratings(), st.data())
    def test_any_one_change_reads_back_or_is_invalid_data(
        self, record: Any, data: st.DataObject
    ) -> None:
        resource = _through_json(fhir.to_fhir(record))
        places = _places(resource)
        path, _ = data.draw(st.sampled_from(places[1:]))
        changed = copy.deepcopy(resource)
        holder = changed
        for step in path[:-1]:
            holder = holder[step]
        if data.draw(st.booleans()) and isinstance(holder, dict):
            del holder[path[-1]]
        else:
            holder[path[-1]] = data.draw(_JUNK)
        try:
            fhir.from_fhir(changed)
        except InvalidData as error:
            assert error.problems
