"""Retries with a growing delay, for every task on a database backend: ours (mail,
index updates, reindexing, PO imports) and Wagtail's (reference index, modelsearch's
index update), which cannot take an extra argument. django-tasks has no retries of its
own; the worker records a failed task and sends ``task_finished``, and this receiver
puts the same row back in the queue (READY, ``run_after`` later) with its error kept
for the admin's report. The row's ``worker_ids`` grows with each attempt, so
``TaskResult.attempts`` counts them all. The immediate backend (in the request) is not
retried: its caller sees nothing of a failure, as before."""

import logging
from datetime import timedelta

from django.core.exceptions import ObjectDoesNotExist, SuspiciousOperation
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db import DatabaseBackend

from cms.tasks.conf import knobs

logger = logging.getLogger(__name__)


class GiveUp(Exception):
    """Raised by a task whose failure another attempt cannot mend (an address the
    SMTP server refused): recorded as failed, never retried."""


# Failures no retry mends: the task says so, its object is gone, its arguments or
# code are wrong. Anything else (a server down, a timeout, a deadlock, a worker
# stopped mid-task) is worth another attempt.
PERMANENT = (GiveUp, ObjectDoesNotExist, SuspiciousOperation, ImportError, TypeError)


def retry_delay(attempt: int) -> float:
    """Seconds before the attempt after ``attempt`` (1 for the first)."""
    delay = knobs.RETRY_DELAY * 2 ** max(attempt - 1, 0)
    return min(delay, knobs.RETRY_MAX_DELAY)


def is_worth_retrying(exception_class_path: str) -> bool:
    from django.utils.module_loading import import_string

    try:
        exception_class = import_string(exception_class_path)
    except ImportError:
        return True  # unknown: the attempts bound still ends it
    return not issubclass(exception_class, PERMANENT)


def schedule_retry(task_result) -> bool:
    """Queue a failed database task again after its delay; False if it stays
    failed (permanent error, attempts used up, or not a database task)."""
    from django_tasks_db.models import DBTaskResult

    if task_result.status != TaskResultStatus.FAILED or not task_result.errors:
        return False
    if not isinstance(task_result.task.get_backend(), DatabaseBackend):
        return False
    attempts = task_result.attempts
    error = task_result.errors[-1].exception_class_path
    if not is_worth_retrying(error) or attempts >= knobs.RETRY_ATTEMPTS:
        logger.error(
            "Task %s (%s) failed for good after %d attempt(s): %s",
            task_result.id,
            task_result.task.module_path,
            attempts,
            error,
        )
        return False
    delay = retry_delay(attempts)
    queued = DBTaskResult.objects.filter(
        pk=task_result.id, status=TaskResultStatus.FAILED
    ).update(
        status=TaskResultStatus.READY,
        run_after=timezone.now() + timedelta(seconds=delay),
        finished_at=None,
    )
    logger.warning(
        "Task %s (%s) failed (%s); attempt %d in %ss.",
        task_result.id,
        task_result.task.module_path,
        error,
        attempts + 1,
        delay,
    )
    return bool(queued)


def on_task_finished(sender, task_result, **kwargs) -> None:
    # Inside the worker's error handling: a failure here must not stop the worker.
    try:
        schedule_retry(task_result)
    except Exception:
        logger.exception("Could not queue task %s again", task_result.id)
