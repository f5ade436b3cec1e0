"""cms.settings.production is hardened (DEBUG off, HTTPS only, HSTS, secure cookies,
WhiteNoise with hashed names), its proxy header and cache come from the environment,
and ``check --deploy`` reports only the documented HSTS-preload warning."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECRET = "production-test-" + "k3y" * 20


def production(names: list[str], **env) -> dict:
    """The named settings, read in a fresh interpreter with only ``env`` set."""
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        f"print(json.dumps({{n: getattr(s, n, None) for n in {names!r}}}, default=str))"
    )
    result = run([sys.executable, "-c", code], **env)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(cmd, **env) -> subprocess.CompletedProcess:
    base = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": SECRET,
    }
    return subprocess.run(
        cmd,
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_production_is_https_only_with_secure_cookies():
    s = production(
        [
            "DEBUG",
            "SECURE_SSL_REDIRECT",
            "SECURE_HSTS_SECONDS",
            "SECURE_HSTS_INCLUDE_SUBDOMAINS",
            "SESSION_COOKIE_SECURE",
            "CSRF_COOKIE_SECURE",
            "SECURE_PROXY_SSL_HEADER",
            "X_FRAME_OPTIONS",
        ]
    )
    assert s == {
        "DEBUG": False,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
        "X_FRAME_OPTIONS": "SAMEORIGIN",
    }


def test_debug_stays_off_even_if_the_environment_says_otherwise():
    assert production(["DEBUG"], DEBUG="true") == {"DEBUG": False}


@pytest.mark.parametrize(
    "value, expected",
    [
        ("X-Forwarded-Ssl: on", ["HTTP_X_FORWARDED_SSL", "on"]),
        ("HTTP_X_FORWARDED_PROTO,https", ["HTTP_X_FORWARDED_PROTO", "https"]),
        ("", None),
    ],
)
def test_the_proxy_header_is_configurable(value, expected):
    s = production(["SECURE_PROXY_SSL_HEADER"], SECURE_PROXY_SSL_HEADER=value)
    assert s["SECURE_PROXY_SSL_HEADER"] == expected


def test_a_malformed_proxy_header_is_a_clear_error():
    result = run(
        [sys.executable, "-c", "import cms.settings.production"],
        SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto",
    )
    assert result.returncode != 0
    assert "SECURE_PROXY_SSL_HEADER must look like" in result.stderr


def test_static_files_are_whitenoise_with_hashed_compressed_names():
    s = production(["STORAGES", "MIDDLEWARE"])
    assert s["STORAGES"]["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    middleware = s["MIDDLEWARE"]
    security = middleware.index("django.middleware.security.SecurityMiddleware")
    assert middleware[security + 1] == "whitenoise.middleware.WhiteNoiseMiddleware"
    assert middleware[0] == "cms.health.HealthCheckMiddleware"


def test_cache_url_selects_redis_and_turns_the_response_cache_on():
    names = ["CACHES", "VETCMS_CACHE_RESPONSE_TIMEOUT"]
    shared = production(names, CACHE_URL="redis://127.0.0.1:6390/1")
    assert shared["CACHES"]["default"]["BACKEND"] == (
        "cms.cache.backends.ResilientRedisCache"
    )
    assert shared["CACHES"]["default"]["LOCATION"] == "redis://127.0.0.1:6390/1"
    assert shared["VETCMS_CACHE_RESPONSE_TIMEOUT"] == 300
    local = production(names)
    assert local["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")
    assert local["VETCMS_CACHE_RESPONSE_TIMEOUT"] == 0  # per-process memory: off
    off = production(names, CACHE_URL="redis://x:1/0", RESPONSE_CACHE_SECONDS="0")
    assert off["VETCMS_CACHE_RESPONSE_TIMEOUT"] == 0


def test_an_unknown_cache_url_is_a_clear_error():
    result = run([sys.executable, "-c", "import cms.settings.production"],
                 CACHE_URL="memcache://x")  # fmt: skip
    assert result.returncode != 0 and "CACHE_URL='memcache://x'" in result.stderr


def test_the_frontend_cache_purge_is_off_unless_configured():
    names = ["WAGTAILFRONTENDCACHE", "INSTALLED_APPS"]
    off = production(names)
    assert off["WAGTAILFRONTENDCACHE"] == {}
    assert "wagtail.contrib.frontend_cache" not in off["INSTALLED_APPS"]
    on = production(names, FRONTEND_CACHE_PURGE_URL="http://varnish:6081")
    assert on["WAGTAILFRONTENDCACHE"]["http"]["LOCATION"] == "http://varnish:6081"
    assert "wagtail.contrib.frontend_cache" in on["INSTALLED_APPS"]


def test_check_deploy_reports_only_the_documented_warning(tmp_path):
    result = run(
        [sys.executable, "manage.py", "check", "--deploy"],
        DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3",
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "security.W021" in output  # HSTS preload: an operator's decision
    assert "identified 1 issue (1 silenced)" in output, output
