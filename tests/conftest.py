"""Hypothesis profiles for the suite: ``HYPOTHESIS_PROFILE=thorough pytest`` for a long run."""

import os

from hypothesis import HealthCheck, settings

# Timing on shared CI machines varies; a deadline there only produces flaky
# failures. Health checks stay on everywhere except where a test opts out.
settings.register_profile("ci", deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None, max_examples=50)
settings.register_profile(
    "thorough", deadline=None, max_examples=1000, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
