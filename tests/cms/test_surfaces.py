"""/api/v2/ (Wagtail's stock API) and /django-admin/ are off unless a setting turns
them on: production settings in a fresh interpreter, as a deployment starts."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PATHS = ("/api/v2/pages/", "/django-admin/login/")


def statuses(tmp_path, **env) -> dict:
    """Whether each path reaches a view (an admin or API v2 one) or none."""
    code = (
        "import django, json; django.setup(); "
        "from django.urls import Resolver404, resolve\n"
        "def served(p):\n"
        "    try: return resolve(p).func.__module__.split('.')[0]\n"
        "    except Resolver404: return None\n"
        f"print(json.dumps({{p: served(p) for p in {PATHS!r}}}))"
    )
    base = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "surfaces-test-" + "x" * 50,
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": f"sqlite:///{tmp_path}/surfaces.sqlite3",
        "LOG_LEVEL": "CRITICAL",
        "SECURE_SSL_REDIRECT": "false",
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_both_are_off_by_default(tmp_path):
    assert statuses(tmp_path) == {path: None for path in PATHS}


@pytest.mark.parametrize(
    "variable, path, app",
    [
        ("VETCMS_WAGTAIL_API_V2", PATHS[0], "cms"),  # cms.api.v2's viewsets
        ("VETCMS_DJANGO_ADMIN", PATHS[1], "django"),
    ],
)
def test_a_setting_turns_one_on(tmp_path, variable, path, app):
    found = statuses(tmp_path, **{variable: "1"})
    assert found == {p: app if p == path else None for p in PATHS}
