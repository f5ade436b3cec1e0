"""The shipped task worker and the local start: scripts/worker.sh alone runs the tasks
of every backend queued in the database (the e-mails to a real SMTP server), queues
again the task it was running when it was killed, scripts/serve.sh runs it beside the
server (and stops it with the server), and scripts/run.sh runs the scheduler beside
its development server. Real processes on a copy of the test database (SQLite) or on
the test database itself (PostgreSQL)."""

import os
import signal
import sqlite3

import pytest
from django.test import override_settings

from cms.tasks.mail import deliver
from tests import task_doubles
from tests.security.test_scheduler_scripts import (
    answers,
    database_url,
    expired_page,
    free_port,
    group_gone,
    is_live,
    serve,
    start,
    stop,
    wait_until,
)
from tests.smtp import SMTPServer

pytestmark = pytest.mark.django_db(transaction=True)

DATABASE_TASKS = task_doubles.DATABASE_TASKS
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "worker-test-" + "k3y" * 20,
}


@pytest.fixture
def smtp():
    server = SMTPServer()
    server.start()
    yield server
    server.stop()


def queue_mail(to: str) -> None:
    with override_settings(TASKS=DATABASE_TASKS):
        deliver.enqueue("Queued", "Sent by the worker.", [to])


def mail_env(smtp) -> dict:
    return {
        "TASKS_BACKEND": "database",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp.port),
    }


def task_statuses(url: str) -> list[str]:
    query = "select status from django_tasks_database_dbtaskresult"
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            return sorted(row[0] for row in db.execute(query))
    from django_tasks_db.models import DBTaskResult

    return sorted(DBTaskResult.objects.values_list("status", flat=True))


def test_the_worker_alone_runs_the_tasks_of_every_backend(smtp, tmp_path):
    queue_mail("alone@example.org")
    with override_settings(TASKS=DATABASE_TASKS):
        for backend in ("default", "search"):
            task = task_doubles.touch.using(backend=backend, queue_name=backend)
            task.enqueue(str(tmp_path / backend))
    url = database_url(tmp_path)

    process = start(["bash", "scripts/worker.sh"], url, **PRODUCTION, **mail_env(smtp))
    delivered = wait_until(lambda: smtp.inbox.to("alone@example.org"), 60)
    done = wait_until(lambda: task_statuses(url) == ["SUCCESSFUL"] * 3, 60)
    output = stop(process)

    assert delivered and done, output[-2000:]
    assert (tmp_path / "default").exists() and (tmp_path / "search").exists()
    assert process.returncode == 0
    assert wait_until(lambda: group_gone(process), 10)


def test_a_task_running_when_its_worker_is_killed_runs_again_after_a_restart(
    tmp_path,
):
    started, release, done = (tmp_path / n for n in ("started", "release", "done"))
    with override_settings(TASKS=DATABASE_TASKS):
        task_doubles.wait_for.enqueue(str(started), str(release), str(done))
    url = database_url(tmp_path)
    env = {**PRODUCTION, "TASKS_BACKEND": "database", "WORKER_ID": "tasks-test"}

    first = start(["bash", "scripts/worker.sh"], url, **env)
    running = wait_until(started.exists, 60)
    os.killpg(first.pid, signal.SIGKILL)  # the worker and its task, mid-task
    first.communicate(timeout=30)
    assert running
    assert task_statuses(url) == ["RUNNING"]  # nobody would ever finish it

    release.touch()
    second = start(["bash", "scripts/worker.sh"], url, **env)
    finished = wait_until(lambda: task_statuses(url) == ["SUCCESSFUL"], 60)
    output = stop(second)

    assert finished, output[-2000:]
    assert done.read_text() == "done"


def test_the_production_start_runs_the_worker_and_stops_it_with_the_server(
    smtp, locales, tmp_path
):
    queue_mail("served@example.org")
    url = database_url(tmp_path)
    port = free_port()
    process = serve(url, port, **mail_env(smtp))
    serving = wait_until(lambda: answers(port), 90)
    delivered = wait_until(lambda: smtp.inbox.to("served@example.org"), 60)
    output = stop(process)

    assert serving and delivered, output[-2000:]
    assert wait_until(lambda: group_gone(process), 30), "the worker outlived it"


def test_the_local_start_runs_the_scheduler_beside_the_server(practice_index, tmp_path):
    page = expired_page(practice_index)
    url = database_url(tmp_path)
    port = free_port()
    process = start(["bash", "scripts/run.sh"], url, RUN_SKIP_SETUP="1", PORT=str(port))
    serving = wait_until(lambda: answers(port), 90)
    unpublished = wait_until(lambda: not is_live(url, page.pk), 90)
    output = stop(process)

    assert serving and unpublished, output[-2000:]
    assert wait_until(lambda: group_gone(process), 30), "something outlived run.sh"
    assert not answers(port)
