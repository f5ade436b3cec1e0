"""`manage.py search_reindex [--backend fi] [--chunk-size 500] [--no-progress]
[--background]`: ``--background`` queues the rebuild as a task for the worker
(search/tasks.py; with TASKS_BACKEND=immediate it runs here all the same)."""

from time import perf_counter

from django.core.management.base import BaseCommand, CommandError
from wagtail.search.backends import get_search_backends_with_name

from search.rebuild import CHUNK_SIZE, rebuild_all


class Command(BaseCommand):
    help = (
        "Rebuild the search indices (zero downtime: a new index, then an alias swap)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--backend", action="append", dest="backends")
        parser.add_argument("--chunk-size", type=int, default=CHUNK_SIZE)
        parser.add_argument("--no-progress", action="store_true")
        parser.add_argument(
            "--background",
            action="store_true",
            help="Queue the rebuild for the task worker (scripts/worker.sh).",
        )

    def handle(self, backends, chunk_size, no_progress, background, **options):
        known = [name for name, _backend in get_search_backends_with_name()]
        unknown = sorted(set(backends or []) - set(known))
        if unknown:
            raise CommandError(f"Unknown backend(s) {unknown}; configured: {known}")
        if chunk_size < 1:
            raise CommandError("--chunk-size must be at least 1")
        if background:
            from search.tasks import reindex

            result = reindex.enqueue(backends or known, chunk_size)
            if result.status == "FAILED":  # immediate: it ran here, and failed
                raise CommandError(result.errors[-1].traceback.strip().splitlines()[-1])
            self.stdout.write(f"reindex task {result.id}: {result.status}")
            return
        started = perf_counter()
        sent = rebuild_all(backends or known, chunk_size, progress=not no_progress)
        seconds = perf_counter() - started
        for name, count in sent.items():
            self.stdout.write(f"{name}: {count} documents")
        total = sum(sent.values())
        self.stdout.write(
            f"{total} documents in {seconds:.1f}s ({total / seconds:.0f}/s)"
        )
