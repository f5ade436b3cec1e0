"""The cluster scripts/cluster.sh starts: the balancer's URL, each server's own URL
(read from its state directory) and an editor's credentials."""

import os
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CLUSTER = ["bash", str(REPO / "scripts" / "cluster.sh")]
STATE = Path(os.environ.get("CLUSTER_STATE_DIR", REPO / ".cluster"))
EDITOR = ("clustereditor", "cluster-editor-password")


@pytest.fixture(scope="session")
def balancer():
    """scripts/test.sh exports it as VETCMS_TEST_SERVERS_URL: skipped locally without
    it, a failure in CI unless turned off on purpose (VETCMS_TEST_SERVERS=0: CI's
    PostgreSQL pass, which repeats the database tests, not the servers')."""
    if os.environ.get("VETCMS_TEST_SERVERS") == "0":
        pytest.skip("VETCMS_TEST_SERVERS=0: the two-server tests are turned off")
    url = os.environ.get("VETCMS_TEST_SERVERS_URL", "")
    reason = "VETCMS_TEST_SERVERS_URL is not set (start one: scripts/cluster.sh start)"
    if url:
        try:
            urllib.request.urlopen(url + "/readyz", timeout=5).close()
            return url
        except OSError as exc:
            reason = f"{url} does not answer ({exc})"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI needs the cluster: {reason}", pytrace=False)
    pytest.skip(f"Cluster tests skipped: {reason}")


@pytest.fixture(scope="session")
def servers(balancer):
    """Server 1's and server 2's own URLs, bypassing the balancer."""
    ports = [(STATE / f"server{k}.port").read_text().strip() for k in (1, 2)]
    return [f"http://127.0.0.1:{port}" for port in ports]


@pytest.fixture(scope="session")
def editor(balancer):
    """A superuser in the cluster's database (made once, idempotently)."""
    script = (
        "from django.contrib.auth import get_user_model;"
        f"u, _ = get_user_model().objects.get_or_create(username={EDITOR[0]!r});"
        "u.is_superuser = u.is_staff = True;"
        f"u.set_password({EDITOR[1]!r}); u.save()"
    )
    subprocess.run([*CLUSTER, "manage", "shell", "-c", script], check=True)
    return EDITOR


def hammer(url: str, until: float, results: list) -> None:
    """GET `url` until `until`, one at a time: each status, or the error's repr."""
    while time.monotonic() < until:
        try:
            with urllib.request.urlopen(url, timeout=15) as response:
                response.read()
                results.append(response.status)
        except urllib.error.HTTPError as exc:
            results.append(exc.code)
        except OSError as exc:
            results.append(repr(exc))
