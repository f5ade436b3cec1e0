"""The search app's knobs, django-filter style: defaults here, overridden by
``VETCMS_SEARCH_<NAME>`` settings, re-read when a setting changes (override_settings).
Client settings (URLs, auth, TLS, timeouts) come from the environment instead
(``search.config.backends_from_env``)."""

from typing import Any

from cms.knobs import Knobs

DEFAULTS: dict[str, Any] = {
    # Circuit breaker: after this many engine failures in a row, requests skip the
    # engine for BREAKER_RESET seconds; then one request tries it again.
    "BREAKER_FAILURES": 3,
    "BREAKER_RESET": 30,
    # What readers get while the engine is down: "database" (answers from the
    # database, marked as limited) or "unavailable" (503 with Retry-After).
    "WHEN_ENGINE_DOWN": "database",
    # Retry-After of that 503, in seconds.
    "RETRY_AFTER": 30,
}

WHEN_ENGINE_DOWN = ("database", "unavailable")

settings = Knobs("VETCMS_SEARCH_", DEFAULTS)
