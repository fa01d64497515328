"""Hypothesis profiles for the suite: ``HYPOTHESIS_PROFILE=thorough pytest`` for a long run."""

import os

from hypothesis import HealthCheck, settings

# Timing on shared machines varies; a deadline there only produces flaky
# failures. Health checks stay on everywhere except where a test opts out.
#
# - "local" (the default off CI): 100 random examples a test, so every run
#   explores new inputs.
# - "ci" (the default where the CI variable is set): the same number, derandomized
#   and without the example database, so a gate run is reproducible; the random
#   search happens in local and "thorough" runs.
# - "dev": 50 examples, for a quick loop. "thorough": 1000, for a long hunt.
settings.register_profile("local", deadline=None, print_blob=True)
settings.register_profile("ci", deadline=None, print_blob=True, derandomize=True, database=None)
settings.register_profile("dev", deadline=None, max_examples=50)
settings.register_profile(
    "thorough", deadline=None, max_examples=1000, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "local")
)
