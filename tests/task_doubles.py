"""Tasks for the tests of the task machinery (cms/tasks/), importable by a real worker
process started from the project's folder. Each works on files, so that a test and a
worker in another process can follow and steer it without timing anything."""

from pathlib import Path

from django_tasks import task

from cms.tasks.retry import GiveUp

# settings.TASKS as TASKS_BACKEND=database makes it: every backend queued in the
# database for a worker (override_settings(TASKS=DATABASE_TASKS)).
DATABASE_TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    "search": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["search"]},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["mail"]},
}


@task()
def touch(path: str) -> str:
    Path(path).write_text("done")
    return path


@task()
def fails_until(flag: str, done: str) -> None:
    """Fails as a server that is down would, until the file ``flag`` exists."""
    if not Path(flag).exists():
        raise ConnectionRefusedError("the service is down")
    Path(done).write_text("done")


@task()
def refused() -> None:
    raise GiveUp("no retry mends this")


@task()
def wait_for(started: str, release: str, done: str) -> None:
    """Says it started, then runs until ``release`` exists: a slow task a test can
    kill its worker during."""
    import time

    Path(started).write_text("started")
    while not Path(release).exists():
        time.sleep(0.1)
    Path(done).write_text("done")
