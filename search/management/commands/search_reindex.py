"""`manage.py search_reindex [--backend fi] [--chunk-size 500] [--no-progress]`"""

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

    def handle(self, backends, chunk_size, no_progress, **options):
        known = [name for name, _backend in get_search_backends_with_name()]
        unknown = sorted(set(backends or []) - set(known))
        if unknown:
            raise CommandError(f"Unknown backend(s) {unknown}; configured: {known}")
        if chunk_size < 1:
            raise CommandError("--chunk-size must be at least 1")
        started = perf_counter()
        sent = rebuild_all(backends or known, chunk_size, progress=not no_progress)
        seconds = perf_counter() - started
        for name, count in sent.items():
            self.stdout.write(f"{name}: {count} documents")
        total = sum(sent.values())
        self.stdout.write(
            f"{total} documents in {seconds:.1f}s ({total / seconds:.0f}/s)"
        )
