"""On Redis, a publish in one process retires the responses every other process
cached: the content generation lives in the shared cache, not in a process."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.test import Client, override_settings

from cms.cache.config import caches_setting
from tests import factories

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def bump_elsewhere(redis_url: str, prefix: str) -> None:
    """What a publish in another worker does to the shared generation."""
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "CACHE_URL": redis_url,
        "CACHE_KEY_PREFIX": prefix,
    }
    code = (
        "import django; django.setup(); "
        "from cms.core import generation; generation._increment()"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_a_publish_in_another_process_retires_this_ones_answers(
    practice_index, redis_url
):
    prefix = f"test-{uuid.uuid4().hex}"
    page = factories.PracticePageFactory(parent=practice_index, slug="coaching")
    with override_settings(CACHES=caches_setting(redis_url, prefix)):
        path = "/++api++/en/practices/coaching"
        assert Client().get(path)["X-Response-Cache"] == "miss"
        assert Client().get(path)["X-Response-Cache"] == "hit"
        assert page.live

        bump_elsewhere(redis_url, prefix)

        assert Client().get(path)["X-Response-Cache"] == "miss"
