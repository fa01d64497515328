"""A second, independent FHIR validator: FHIR.js, with the R4 StructureDefinitions and
value sets it bundles, run on Node.js (``tests/fhir_r4``; CI installs it with ``npm ci``).

It checks what the R4B models in ``test_fhir_validation.py`` do not: R4 itself rather
than R4B, required value-set bindings (statuses, intents, item types) and elements that
R4 does not define.
"""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from therapy_homework import fhir
from therapy_homework.model import Assignment, Rating
from therapy_homework.model.records import RECORD_TYPES
from therapy_homework.testing import strategies as ths

_HERE = Path(__file__).parent / "fhir_r4"
_NODE = shutil.which("node")
_READY = _NODE is not None and (_HERE / "node_modules" / "fhir").is_dir()
_WHY = "FHIR.js is not installed: run `npm ci --prefix tests/fhir_r4` (Node.js 18 or newer)"

# CI installs the validator; there a missing one is a failure, not a skip.
pytestmark = pytest.mark.skipif(not _READY and not os.environ.get("CI"), reason=_WHY)


def _errors(resources: list[Any]) -> list[list[str]]:
    """FHIR.js's error messages for each resource."""
    assert _READY, _WHY
    assert _NODE is not None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "resources.json"
        path.write_text(json.dumps(resources), encoding="utf-8")
        done = subprocess.run(
            [_NODE, str(_HERE / "validate.js"), str(path)],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
    found: list[list[str]] = json.loads(done.stdout)
    return found


_TYPES = (*RECORD_TYPES.classes(), Rating)


def _drawn(cls: type) -> st.SearchStrategy[Any]:
    return ths.records(cls) if cls in RECORD_TYPES else ths.strategy_for(cls)


class TestR4:
    @pytest.mark.parametrize("cls", _TYPES, ids=lambda cls: cls.__name__)
    @settings(max_examples=3)
    @given(data=st.data())
    def test_every_resource_is_valid_r4(self, cls: type, data: st.DataObject) -> None:
        records = data.draw(st.lists(_drawn(cls), min_size=15, max_size=15))
        resources = [fhir.to_fhir(record) for record in records]
        assert _errors(resources) == [[] for _ in resources]

    def test_the_questionnaires_and_a_bundle_are_valid_r4(self) -> None:
        resources: list[Any] = list(fhir.questionnaires().values())
        assert _errors(resources) == [[] for _ in resources]

    @given(
        st.lists(
            st.sampled_from(RECORD_TYPES.classes()).flatmap(ths.records),
            max_size=8,
            unique_by=lambda r: (type(r), r.id),
        )
    )
    @settings(max_examples=5)
    def test_a_bundle_is_valid_r4(self, records: list[Any]) -> None:
        assert _errors([fhir.to_bundle(records)]) == [[]]

    def test_the_validator_refuses_what_r4_refuses(self) -> None:
        # The validator has teeth: a status off its value set, an element R4 lacks.
        from .helpers import assignment

        task = fhir.to_fhir(assignment())
        no_value = [{"type": {"text": "count"}}]
        broken = [
            {**task, "status": "underway"},
            {**task, "title": "Evening walk"},
            {**task, "input": no_value},
            {
                "resourceType": "Bundle",
                "type": "collection",
                "entry": [{"resource": {**task, "input": no_value}}],
            },
        ]
        assert all(_errors(broken))
        # FHIR.js's false alarm on a value of 0 or false is dropped, and only that one.
        zero = [
            {"type": {"text": "count"}, "valueInteger": 0},
            {"type": {"text": "done"}, "valueBoolean": False},
        ]
        assert _errors([{**task, "input": zero}]) == [[]]
        assert isinstance(fhir.from_fhir(task), Assignment)
