"""`manage.py search_catch_up`: redo the index updates that failed (engine down)."""

from django.core.management.base import BaseCommand, CommandError

from search.catch_up import catch_up


class Command(BaseCommand):
    help = "Redo failed search index updates; exits non-zero if some still fail."

    def handle(self, **options):
        report = catch_up()
        if report.done or report.failed or options["verbosity"] > 1:
            self.stdout.write(
                f"caught up: {report.done}, still failing: {report.failed}"
            )
        if report.failed:
            raise CommandError(
                f"{report.failed} update(s) still fail; see IndexFailure"
            )
