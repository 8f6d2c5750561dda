"""Shared test settings: Hypothesis profiles for CI (more examples) and quick local runs.

``HYPOTHESIS_PROFILE=dev`` (or ``ci``, ``local``) chooses one; without it, CI (the ``CI``
variable set) runs the ``ci`` profile and everyone else the ``local`` one.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("local", max_examples=100, deadline=None)
settings.register_profile("dev", max_examples=20, deadline=None)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "local")
)
