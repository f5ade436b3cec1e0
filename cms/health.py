"""Health checks for a load balancer, answered before any other middleware (no
session, no host check, no locale redirect, no cache), so they stay cheap and work
when the balancer polls by IP address.

``/healthz``: liveness, the process answers (no database). ``/readyz``: database,
search engine and cache, as JSON; 503 only when the database is down, because search
falls back to the database and the cache is optional (both then report "degraded").
``/readyz`` is also 503 while the file DRAIN_FILE names exists: a server about to stop
(scripts/cluster.sh drain) tells the balancer to send it nothing new first.
"""

import json
import logging
import os
import time

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse

logger = logging.getLogger(__name__)


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info.rstrip("/")
        if path == "/healthz":
            return answer(200, {"status": "ok"})
        if path == "/readyz":
            return readiness()
        return self.get_response(request)


def readiness() -> HttpResponse:
    if draining():
        return answer(503, {"status": "draining"})
    checks = {
        "database": timed(check_database),
        "search": timed(check_search),
        "cache": timed(check_cache),
    }
    if checks["database"]["status"] != "ok":
        return answer(503, {"status": "unavailable", "checks": checks})
    degraded = any(c["status"] == "down" for c in checks.values())
    return answer(200, {"status": "degraded" if degraded else "ok", "checks": checks})


def draining() -> bool:
    drain_file = os.environ.get("DRAIN_FILE", "")
    return bool(drain_file) and os.path.exists(drain_file)


def answer(status: int, body: dict) -> HttpResponse:
    response = HttpResponse(
        json.dumps(body), status=status, content_type="application/json"
    )
    response["Cache-Control"] = "no-store"
    return response


def timed(check) -> dict:
    start = time.perf_counter()
    try:
        result = {"status": "ok", **(check() or {})}
    except Exception as exc:  # report any failure, never raise
        logger.warning("readiness: %s failed: %s", check.__name__, exc)
        result = {"status": "down", "error": exc.__class__.__name__}
    result["ms"] = round((time.perf_counter() - start) * 1000, 1)
    return result


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"vendor": connection.vendor}


def check_search():
    """The engine as search.health sees it: one cluster-health request with a short
    timeout, and none while its circuit breaker is open (the engine is known down)."""
    from search.health import engine_status

    status = engine_status()
    if not status["configured"]:
        return {"backend": "database"}
    if not status["ok"]:
        raise RuntimeError(status.get("error") or f"cluster {status['status']}")
    return {"backend": "engine", "cluster": status["status"]}


def check_cache():
    cache.set("vetcms:readyz", 1, timeout=10)
    if cache.get("vetcms:readyz") != 1:
        raise RuntimeError("cache did not keep a value")
    return {"backend": cache.__class__.__name__}
