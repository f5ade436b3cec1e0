"""`manage.py tasks_recover [--worker-id ID …] [--older-than SECONDS]`: queue again
the tasks a dead worker left RUNNING (cms/tasks/recovery.py)."""

from django.core.management.base import BaseCommand, CommandError

from cms.tasks.recovery import recover


class Command(BaseCommand):
    help = "Queue again the tasks left running by a worker that died."

    def add_arguments(self, parser):
        parser.add_argument(
            "--worker-id",
            action="append",
            default=[],
            dest="worker_ids",
            help="A worker starting now under this id: its running tasks are dead.",
        )
        parser.add_argument(
            "--older-than",
            type=float,
            help="Seconds after which a running task is dead (default: "
            "VETCMS_TASKS_STALE_SECONDS).",
        )

    def handle(self, worker_ids, older_than, **options):
        if older_than is not None and older_than < 0:
            raise CommandError("--older-than must be zero or more")
        count = recover(worker_ids=worker_ids, older_than=older_than)
        if count or options["verbosity"] > 1:
            self.stdout.write(f"{count} task(s) queued again")
