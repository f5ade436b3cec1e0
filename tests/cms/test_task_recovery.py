"""Tasks left RUNNING by a dead worker are queued again (cms/tasks/recovery.py): those
of the worker restarting under the same id at once, anyone's after the stale bound
(the scheduler's check); a live worker's task is left alone, and a task that killed
its worker on every attempt ends failed. scripts/worker.sh's SIGKILL test runs it on
real processes (tests/security/test_worker_scripts.py)."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests import task_doubles

DATABASE_TASKS = task_doubles.DATABASE_TASKS


def running(worker_ids, started_minutes_ago=1) -> DBTaskResult:
    with override_settings(TASKS=DATABASE_TASKS):
        result = task_doubles.touch.enqueue("/tmp/unused")
    DBTaskResult.objects.filter(pk=result.id).update(
        status="RUNNING",
        worker_ids=worker_ids,
        started_at=timezone.now() - timedelta(minutes=started_minutes_ago),
    )
    return DBTaskResult.objects.get(pk=result.id)


def status(row) -> str:
    row.refresh_from_db()
    return row.status


@pytest.mark.django_db
def test_a_restarting_workers_own_task_is_queued_again_at_once():
    mine, other = running(["host-default"]), running(["elsewhere-default"])
    call_command("tasks_recover", "--worker-id", "host-default", verbosity=0)
    assert (status(mine), status(other)) == ("READY", "RUNNING")


@pytest.mark.django_db
@override_settings(VETCMS_TASKS_STALE_SECONDS=3600)
def test_any_task_running_longer_than_the_bound_is_queued_again():
    stale, fresh = running(["gone"], 61), running(["alive"], 59)
    call_command("tasks_recover", verbosity=0)
    assert (status(stale), status(fresh)) == ("READY", "RUNNING")


@pytest.mark.django_db
@override_settings(VETCMS_TASKS_RETRY_ATTEMPTS=3)
def test_a_task_that_killed_its_worker_every_time_ends_failed():
    row = running(["w1", "w2", "w3"])
    call_command("tasks_recover", "--worker-id", "w3", verbosity=0)
    assert status(row) == "FAILED"
    assert row.exception_class_path == "cms.tasks.recovery.WorkerLost"


@pytest.mark.django_db
def test_a_negative_bound_is_refused():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("tasks_recover", "--older-than", "-1", verbosity=0)
