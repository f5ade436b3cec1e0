"""``engine_status()``: is the search engine there? For readiness checks and
dashboards: cheap (one cluster-health request with a 2 s timeout, none at all while
the circuit breaker is open) and it never raises."""

from typing import Any

from search.backends.cache import backend as cached_backend
from search.breaker import breaker_for
from search.db_search import is_engine

TIMEOUT = 2


def engine_status() -> dict[str, Any]:
    """{"configured", "ok", "status" (green/yellow/red/unreachable), "breaker",
    "error"}; ``ok`` is True without an engine (the database backend answers)."""
    if not is_engine("default"):
        return {"configured": False, "ok": True, "status": "database", "breaker": ""}
    backend = cached_backend("default")
    breaker = breaker_for(backend.breaker_name)
    report = {"configured": True, "ok": False, "status": "unreachable"}
    if not breaker.allow():
        return {**report, "breaker": breaker.state, "error": breaker.last_error}
    try:
        health = backend.es.cluster.health(request_timeout=TIMEOUT)
    except Exception as exc:  # down, refused, timed out, 5xx: all just "not ok"
        breaker_state = breaker.state
        return {
            **report,
            "breaker": breaker_state,
            "error": f"{type(exc).__name__}: {exc}",
        }
    status = health.get("status", "red")
    return {
        "configured": True,
        "ok": status in ("green", "yellow"),
        "status": status,
        "breaker": breaker.state,
        "nodes": health.get("number_of_nodes"),
    }
