"""The knobs of cms.tasks: Django settings named ``VETCMS_TASKS_<NAME>`` over these
defaults (cms/core/knobs.py: re-read when a setting changes)."""

from cms.core.knobs import Knobs

knobs = Knobs(
    "VETCMS_TASKS_",
    {
        # Seconds before the first retry of a failed task; doubled on each attempt, up
        # to the maximum; after RETRY_ATTEMPTS attempts in all the task stays failed.
        "RETRY_DELAY": 30,
        "RETRY_MAX_DELAY": 3600,
        "RETRY_ATTEMPTS": 20,
        # A task RUNNING for longer than this is taken for the task of a dead worker
        # (the scheduler's periodic check): longer than the longest task (a reindex).
        "STALE_SECONDS": 3 * 3600,
    },
)
