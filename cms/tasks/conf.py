"""The knobs of cms.tasks: Django settings named ``VETCMS_TASKS_<NAME>``, read when
used (so ``override_settings`` works), with these defaults."""

from typing import Any

from django.conf import settings

DEFAULTS: dict[str, Any] = {
    # Seconds before the first retry of a failed task; doubled on each attempt, up to
    # the maximum; after RETRY_ATTEMPTS attempts in all the task stays failed.
    "RETRY_DELAY": 30,
    "RETRY_MAX_DELAY": 3600,
    "RETRY_ATTEMPTS": 20,
    # A task RUNNING for longer than this is taken for the task of a dead worker
    # (the scheduler's periodic check): longer than the longest task (a reindex).
    "STALE_SECONDS": 3 * 3600,
}


def get(name: str) -> Any:
    return getattr(settings, f"VETCMS_TASKS_{name}", DEFAULTS[name])
