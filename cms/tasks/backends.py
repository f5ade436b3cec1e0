"""django-tasks-db's database backend, except for the tasks named in its option
``IN_REQUEST``: those still run at once, in the request that queues them. Wagtail's
reference index is one: it decides which media are private (a file only unseen pages
use, cms/core/media_access.py), and a queued update would serve such a file to anyone for
the seconds until the worker ran it, or for as long as a cache kept it."""

from django_tasks.backends.immediate import ImmediateBackend
from django_tasks_db import DatabaseBackend


class SelectiveDatabaseBackend(DatabaseBackend):
    def __init__(self, alias: str, params: dict) -> None:
        super().__init__(alias, params)
        self.in_request = frozenset(self.options.get("IN_REQUEST", ()))
        self.immediate = ImmediateBackend(alias, {})

    def enqueue(self, task, args, kwargs):
        if task.module_path in self.in_request and task.run_after is None:
            return self.immediate.enqueue(task, args, kwargs)
        return super().enqueue(task, args, kwargs)
