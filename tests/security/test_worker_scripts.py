"""The shipped task worker and the local start: scripts/worker.sh alone delivers the
e-mails queued in the database, scripts/serve.sh runs it beside the server (and stops
it with the server), and scripts/run.sh runs the scheduler beside its development
server. Real processes on a copy of the test database, a real SMTP server."""

import pytest
from django.test import override_settings

from cms.core.mail import deliver
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

DATABASE_TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["mail"]},
    "search": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
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


def test_the_worker_alone_delivers_queued_mail(smtp, tmp_path):
    queue_mail("alone@example.org")
    url = database_url(tmp_path)

    process = start(["bash", "scripts/worker.sh"], url, **PRODUCTION, **mail_env(smtp))
    delivered = wait_until(lambda: smtp.inbox.to("alone@example.org"), 60)
    output = stop(process)

    assert delivered, output[-2000:]
    assert process.returncode == 0
    assert wait_until(lambda: group_gone(process), 10)


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
