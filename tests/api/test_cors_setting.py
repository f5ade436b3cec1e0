"""API_CORS_ORIGINS (the README's configuration table) reaches the API's CORS rule:
a local Volto or React dev server may call the API when its origin is listed."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_environment_lists_the_origins_the_api_answers():
    script = (
        "import django; django.setup();"
        "from cms.conf import settings; import json;"
        "print(json.dumps(settings.CORS_ALLOWED_ORIGINS))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "API_CORS_ORIGINS": "http://localhost:3000, http://127.0.0.1:3000",
    }
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert json.loads(out.strip().splitlines()[-1]) == [
        "http://localhost:3000",
        "http://127.0.0.1:3000",
    ]
