"""The shipped scheduler: scripts/scheduler.sh's loop runs ``publish_scheduled`` and
unpublishes an expired page; the production start (scripts/serve.sh) runs that loop
beside the server and stops it with the server. Both run as real processes on a copy
of the test database (SQLite) or on the test database itself (PostgreSQL)."""

import datetime as dt
import os
import signal
import socket
import sqlite3
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone

from tests import factories

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db(transaction=True)


def expired_page(practice_index):
    page = factories.PracticePageFactory(parent=practice_index)
    page.save_revision().publish()
    page.expire_at = timezone.now() - dt.timedelta(minutes=1)
    page.save()
    return page


def database_url(tmp_path) -> str:
    """The test database for another process: a copy of SQLite's (in memory), or the
    PostgreSQL test database itself."""
    s = connection.settings_dict
    if connection.vendor == "postgresql":
        auth = f"{s['USER']}:{s['PASSWORD']}@" if s["USER"] else ""
        host = f"{s['HOST'] or 'localhost'}:{s['PORT'] or 5432}"
        return f"postgres://{auth}{host}/{s['NAME']}"
    connection.ensure_connection()
    copy = tmp_path / "db.sqlite3"
    with sqlite3.connect(copy) as target:
        connection.connection.backup(target)
    return f"sqlite:///{copy}"


def is_live(url: str, page_id: int) -> bool:
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            row = db.execute(
                "select live from wagtailcore_page where id = ?", [page_id]
            ).fetchone()
        return bool(row[0])
    from wagtail.models import Page

    return Page.objects.filter(pk=page_id, live=True).exists()


def start(cmd, url: str, **env) -> subprocess.Popen:
    base = {
        "PATH": os.environ["PATH"],
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "SCHEDULER_INTERVAL": "1",
    }
    return subprocess.Popen(
        cmd,
        cwd=ROOT,
        env={**base, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: nothing may outlive it
    )


def wait_until(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return False


def stop(process: subprocess.Popen) -> str:
    process.send_signal(signal.SIGTERM)
    output = process.communicate(timeout=60)[0].decode(errors="replace")
    return output


def group_gone(process: subprocess.Popen) -> bool:
    try:
        os.killpg(process.pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_the_scheduler_loop_unpublishes_an_expired_page(practice_index, tmp_path):
    page = expired_page(practice_index)
    url = database_url(tmp_path)
    assert is_live(url, page.pk)

    process = start(["bash", "scripts/scheduler.sh"], url)
    unpublished = wait_until(lambda: not is_live(url, page.pk), 90)
    output = stop(process)

    assert unpublished, output[-2000:]
    assert process.returncode == 0
    assert wait_until(lambda: group_gone(process), 10)  # its sleep too


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
            return True
    except OSError:
        return False


def serve(url: str, port: int, **env) -> subprocess.Popen:
    """scripts/serve.sh with production settings, one worker, on ``port``."""
    return start(
        ["bash", "scripts/serve.sh"],
        url,
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="scheduler-test-" + "k3y" * 20,
        SERVE_SKIP_SETUP="1",
        HOST="127.0.0.1",
        PORT=str(port),
        WEB_CONCURRENCY="1",
        **env,
    )


def test_the_production_start_runs_the_scheduler_and_stops_it_with_the_server(
    practice_index, tmp_path
):
    page = expired_page(practice_index)
    url = database_url(tmp_path)
    port = free_port()
    process = serve(url, port)
    serving = wait_until(lambda: answers(port), 90)
    unpublished = wait_until(lambda: not is_live(url, page.pk), 90)
    output = stop(process)

    assert serving and unpublished, output[-2000:]
    assert wait_until(lambda: group_gone(process), 30), "the scheduler outlived it"
    assert not answers(port)


def test_the_production_start_can_leave_the_schedule_to_cron(practice_index, tmp_path):
    page = expired_page(practice_index)
    url = database_url(tmp_path)
    port = free_port()
    process = serve(url, port, SERVE_SCHEDULER="0")
    serving = wait_until(lambda: answers(port), 90)
    time.sleep(3)  # three scheduler intervals
    still_live = is_live(url, page.pk)
    output = stop(process)

    assert serving, output[-2000:]
    assert still_live


def pending_failures(url: str) -> int:
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            return db.execute("select count(*) from vetsearch_indexfailure").fetchone()[
                0
            ]
    from search.models import IndexFailure

    return IndexFailure.objects.count()


def test_the_scheduler_catches_up_failed_index_updates_by_itself(
    practice_index, tmp_path
):
    from django.contrib.contenttypes.models import ContentType

    from search.models import IndexFailure

    page = factories.PracticePageFactory(parent=practice_index)
    IndexFailure.objects.create(
        content_type=ContentType.objects.get_for_model(type(page)),
        object_id=str(page.pk),
        action="index",
        error="ConnectionError: the engine was down",
    )
    url = database_url(tmp_path)
    process = start(["bash", "scripts/scheduler.sh", "--once"], url)
    output = process.communicate(timeout=120)[0].decode(errors="replace")
    assert process.returncode == 0, output[-2000:]
    assert pending_failures(url) == 0, output[-2000:]
    assert "caught up: 1" in output
