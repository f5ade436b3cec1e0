"""A task left RUNNING by a worker that died (killed, out of memory, machine gone)
is queued again: django-tasks-db marks a row RUNNING when a worker claims it and
nothing else would ever touch it again. Two ways to tell it was abandoned: its last
worker is the one starting now under the same id (scripts/worker.sh gives each of
its workers a stable id), or it has been RUNNING for longer than any task runs
(VETCMS_TASKS_STALE_SECONDS; the scheduler checks every minute). The dead worker's
attempt counts: a task that kills its worker every time ends failed."""

import logging
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus

from cms.tasks.conf import knobs

logger = logging.getLogger(__name__)


class WorkerLost(Exception):
    """What a task whose worker died on every attempt is recorded failed with."""


def recover(*, worker_ids: list[str] = (), older_than: float | None = None) -> int:
    """Re-queue the RUNNING tasks last claimed by one of ``worker_ids`` or started
    more than ``older_than`` seconds ago; returns how many."""
    from django_tasks_db.models import DBTaskResult

    if older_than is None:
        older_than = knobs.STALE_SECONDS
    stale_before = timezone.now() - timedelta(seconds=older_than)
    recovered = 0
    with transaction.atomic():
        running = DBTaskResult.objects.running().select_for_update(skip_locked=True)
        for row in running:
            last_worker = row.worker_ids[-1] if row.worker_ids else None
            if last_worker in worker_ids or row.started_at <= stale_before:
                requeue(row)
                recovered += 1
    return recovered


def requeue(row) -> None:
    if len(row.worker_ids) >= knobs.RETRY_ATTEMPTS:
        row.set_failed(WorkerLost(f"workers {', '.join(row.worker_ids)} died"))
        return
    logger.warning(
        "Task %s (%s) was left running by worker %s: queued again.",
        row.pk,
        row.task_path,
        row.worker_ids[-1] if row.worker_ids else "?",
    )
    row.status = TaskResultStatus.READY
    row.save(update_fields=["status"])
