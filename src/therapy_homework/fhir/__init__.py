"""HL7 FHIR R4: the kit's records as FHIR resources, and back, with no new dependency.

>>> from therapy_homework import fhir
>>> from therapy_homework.model import BELIEF
>>> observation = fhir.to_fhir(BELIEF.rate(80))
>>> observation["resourceType"], observation["valueInteger"]
('Observation', 80)
>>> fhir.from_fhir(observation) == BELIEF.rate(80)
True

* An :class:`~therapy_homework.model.Assignment` is a ``Task`` for the client's
  ``Patient``: a Task is the FHIR resource for one piece of work with its own status,
  and each assignment is reviewed and replaced on its own.
* A :class:`~therapy_homework.model.Rating` is an ``Observation`` with its scale.
* Every other record type (thought records, A-B-C records, experiments, practice logs,
  reviews, repair attempts, and types an app registers) is a
  ``QuestionnaireResponse`` of a ``Questionnaire`` the kit defines
  (:func:`questionnaire`), built from the same field plan as the serializer.
* :func:`to_bundle` and :func:`from_bundle` carry a client's records together.

Reading is strict: a resource that does not follow the mapping raises
:class:`~therapy_homework.InvalidData` with every problem and its path. The
``Questionnaire`` resources also ship as JSON files in ``therapy_homework/fhir/questionnaires/``,
for loading into a FHIR server. Every canonical URL is in :mod:`therapy_homework.fhir.urls`;
the interoperability guide has the mapping tables.
"""

from . import urls as urls  # the canonical URLs: therapy_homework.fhir.urls
from ._resources import *  # noqa: F403 - the package's face is _resources' own list
from ._resources import __all__ as __all__
