"""With CACHE_URL on Redis, the application form's rate limit is one count for every
process of the site: attempts made in another process use up this one's quota."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.test import override_settings

from cms.cache.config import caches_setting
from tests.site.test_application_form import VALID

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
ADDRESS = "203.0.113.9"


def attempts_elsewhere(redis_url: str, prefix: str, count: int) -> list[bool]:
    """``count`` attempts on the form's limit (5 per hour) from a separate process."""
    code = (
        "import django; django.setup(); "
        "from django.test import RequestFactory; from pages.site import ratelimit; "
        f"request = RequestFactory().post('/', REMOTE_ADDR={ADDRESS!r}); "
        f"print(''.join('1' if ratelimit.hit('apply', request, 5, 3600) else '0' "
        f"for _ in range({count})))"
    )
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "CACHE_URL": redis_url,
        "CACHE_KEY_PREFIX": prefix,
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return [c == "1" for c in result.stdout.strip().splitlines()[-1]]


@pytest.fixture
def shared_cache(redis_url):
    prefix = f"test-{uuid.uuid4().hex}"
    with override_settings(CACHES=caches_setting(redis_url, prefix)):
        yield prefix  # (keys expire with the window; clear() would flush the db)


def test_the_rate_limit_holds_across_processes(
    client, ambassador_index, redis_url, shared_cache
):
    apply_url = ambassador_index.url + "apply/"
    assert attempts_elsewhere(redis_url, shared_cache, 3) == [True] * 3

    answers = [
        client.post(apply_url, VALID, REMOTE_ADDR=ADDRESS).status_code for _ in range(3)
    ]

    assert answers == [302, 302, 429]  # 3 elsewhere + 2 here = the 5 allowed
    assert attempts_elsewhere(redis_url, shared_cache, 1) == [False]
    # Another address still has its own quota.
    assert client.post(apply_url, VALID, REMOTE_ADDR="198.51.100.4").status_code == 302
