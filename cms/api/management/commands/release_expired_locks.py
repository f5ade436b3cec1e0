"""Release page locks taken through the API whose timeout has passed (run by
scripts/scheduler.sh beside ``publish_scheduled``)."""

from django.core.management.base import BaseCommand

from cms.api.locking import release_expired


class Command(BaseCommand):
    help = "Release page locks taken through @lock whose timeout has passed."

    def handle(self, *args, **options):
        released = release_expired()
        if options["verbosity"] > 1 or released:
            self.stdout.write(f"Released {released} expired lock(s).")
