"""/healthz (liveness) and /readyz (database, search engine, cache) for a load
balancer: JSON, never cached, no session, answered for any Host; 503 only when the
database is down; a dead engine or cache leaves the site ready but "degraded"."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEAD = "127.0.0.1:9"  # the discard port: nothing listens there


def probe(path: str, **env) -> tuple[int, dict, dict]:
    """GET ``path`` through the production settings in a fresh interpreter."""
    code = (
        "import django, json; django.setup(); from django.test import Client; "
        f"r = Client().get({path!r}, HTTP_HOST='10.0.0.7'); "
        "print(json.dumps([r.status_code, json.loads(r.content), dict(r.items())]))"
    )
    base = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "health-test-" + "x" * 50,
        "LOG_LEVEL": "CRITICAL",
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    status, body, headers = json.loads(result.stdout.strip().splitlines()[-1])
    return status, body, headers


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path}/health.sqlite3"


def test_liveness_needs_no_database_and_no_allowed_host():
    status, body, headers = probe("/healthz", DATABASE_URL=f"postgres://u:p@{DEAD}/x")
    assert (status, body) == (200, {"status": "ok"})
    assert headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in headers and "Strict-Transport-Security" not in headers


def test_ready_when_everything_answers(sqlite_url):
    status, body, headers = probe("/readyz", DATABASE_URL=sqlite_url)
    assert status == 200 and body["status"] == "ok"
    checks = body["checks"]
    assert checks["database"]["status"] == "ok"
    assert checks["database"]["vendor"] == "sqlite"
    assert checks["search"] == {
        **checks["search"],
        "status": "ok",
        "backend": "database",
    }
    assert checks["cache"]["status"] == "ok"
    assert headers["Content-Type"] == "application/json"
    assert headers["Cache-Control"] == "no-store"


def test_database_down_is_503_unavailable():
    status, body, _ = probe("/readyz", DATABASE_URL=f"postgres://u:p@{DEAD}/x")
    assert status == 503 and body["status"] == "unavailable"
    assert body["checks"]["database"]["status"] == "down"
    assert body["checks"]["database"]["error"] == "OperationalError"


def test_search_engine_down_is_ready_but_degraded(sqlite_url):
    status, body, _ = probe(
        "/readyz", DATABASE_URL=sqlite_url, SEARCH_URL=f"http://{DEAD}"
    )
    assert status == 200 and body["status"] == "degraded"
    assert body["checks"]["search"]["status"] == "down"
    assert (
        body["checks"]["search"]["ms"] < 3000
    )  # a short timeout, not the client's 30 s
    assert body["checks"]["database"]["status"] == "ok"


def test_cache_down_is_ready_but_degraded(sqlite_url):
    status, body, _ = probe(
        "/readyz", DATABASE_URL=sqlite_url, CACHE_URL=f"redis://{DEAD}/0"
    )
    assert status == 200 and body["status"] == "degraded"
    assert body["checks"]["cache"]["status"] == "down"


def test_health_paths_are_not_localised_or_cached(client, db):
    for path in ("/healthz", "/readyz", "/healthz/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response["Cache-Control"] == "no-store"
        assert not response.cookies
