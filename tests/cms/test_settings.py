"""Settings come from the environment; production refuses to start without a secret."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from search.config import search_backends

ROOT = Path(__file__).resolve().parents[2]


def run_settings(module: str, **env) -> subprocess.CompletedProcess:
    """Import a settings module in a fresh interpreter with only the given variables."""
    code = (
        f"import {module} as s; "
        "print(s.DATABASES['default']['ENGINE'], s.ALLOWED_HOSTS)"
    )
    clean_env = {"PATH": os.environ["PATH"], **env}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean_env,
        capture_output=True,
        text=True,
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_settings("cms.settings.production")
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_production_reads_database_and_hosts_from_the_environment():
    result = run_settings(
        "cms.settings.production",
        SECRET_KEY="s3cret",
        DATABASE_URL="postgres://u:p@db.example:5432/vet",
        ALLOWED_HOSTS="vet.example.org,www.vet.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split(" ", 1) == [
        "django.db.backends.postgresql",
        "['vet.example.org', 'www.vet.example.org']\n",
    ]


def test_sqlite_is_the_embedded_default():
    result = run_settings("cms.settings.dev")
    assert result.stdout.startswith("django.db.backends.sqlite3")


def test_empty_search_url_means_database_search():
    assert search_backends("", "elasticsearch7", "vet_")["default"]["BACKEND"] == (
        "search.backends.database"
    )


def test_unknown_search_engine_is_a_clear_error():
    with pytest.raises(ValueError, match="SEARCH_ENGINE='solr'"):
        search_backends("http://127.0.0.1:9200", "solr", "vet_")
