"""/readyz reports a live engine (the engine-down case: tests/cms/test_health.py)."""

import pytest

from tests.cms.test_health import probe

pytestmark = pytest.mark.search_engine


def test_a_live_engine_is_reported(tmp_path, engine_url):
    database = f"sqlite:///{tmp_path}/health.sqlite3"
    status, body, _ = probe("/readyz", DATABASE_URL=database, SEARCH_URL=engine_url)
    assert status == 200 and body["status"] in ("ok", "degraded")
    assert body["checks"]["search"]["status"] == "ok"
    assert body["checks"]["search"]["cluster"] in ("green", "yellow")
