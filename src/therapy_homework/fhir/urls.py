"""The kit's canonical URLs for FHIR: one base, and every URL derived from it.

The URLs are stable identifiers (FHIR canonicals), not addresses that must resolve.
"""

import re
from typing import Final

__all__ = [
    "BASE",
    "CLIENT_IDS",
    "EXTENSIONS",
    "RECORD_IDS",
    "RECURRENCE",
    "SCALES",
    "SCALE_ANCHOR",
    "SCALE_STEP",
    "TASK_INPUTS",
    "TIMEZONE",
    "code_system",
    "questionnaire_url",
]

#: The base of every canonical URL the kit defines.
BASE: Final = "https://fhir.therapy-homework.org"
#: The identifier system of record ids (``Identifier.system``).
RECORD_IDS: Final = f"{BASE}/NamingSystem/record-id"
#: The identifier system of client ids (the ``Patient`` a record is about).
CLIENT_IDS: Final = f"{BASE}/NamingSystem/client-id"
#: The extension holding a record's :class:`~therapy_homework.model.Extensions` as JSON text.
EXTENSIONS: Final = f"{BASE}/StructureDefinition/extensions"
#: The extension holding an assignment's RFC 5545 recurrence rule (``RRULE`` body).
RECURRENCE: Final = f"{BASE}/StructureDefinition/recurrence"
#: The extension holding an assignment's IANA time zone (the schedule's). FHIR's own
#: ``tz-code`` extension is allowed only on a date or time element, and the schedule's
#: zone is not the zone of any one of the Task's times.
TIMEZONE: Final = f"{BASE}/StructureDefinition/timezone"
#: The extension holding a rating scale's step (on an ``Observation``).
SCALE_STEP: Final = f"{BASE}/StructureDefinition/scale-step"
#: The extension holding one labelled value of a rating scale (on an ``Observation``).
SCALE_ANCHOR: Final = f"{BASE}/StructureDefinition/scale-anchor"
#: The code system of rating scales by name (an ``Observation``'s code).
SCALES: Final = f"{BASE}/CodeSystem/scale"
#: The code system naming an assignment's fields carried as ``Task.input``.
TASK_INPUTS: Final = f"{BASE}/CodeSystem/assignment-field"

_WORDS = re.compile(r"(?<!^)(?=[A-Z])")


def code_system(choice: type) -> str:
    """The code system of one of the kit's choices (``AssignmentKind``: ``.../assignment-kind``)."""
    return f"{BASE}/CodeSystem/{_WORDS.sub('-', choice.__name__).lower()}"


def questionnaire_url(record_type: str) -> str:
    """The canonical URL of the Questionnaire of a record type (``thought_record``)."""
    return f"{BASE}/Questionnaire/{record_type.replace('_', '-')}"
