"""The benchmarks' corpus, shared by bench/search.py, bench/suggest.py and
bench/relevance.py: Django set up on a benchmark database (kept between runs), the
demo site plus N bulk synthetic practices per locale (bench/search_data.py), fresh
indices under a unique prefix on a real engine, rebuilt and dropped."""

import io
import os
import statistics
import tempfile
import time

INDEX_SETTINGS = {
    "settings": {"index": {"number_of_shards": 1, "number_of_replicas": 0}}
}


def setup(database: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ["DEBUG"] = "false"  # no query log, like production
    os.environ["DATABASE_URL"] = database
    os.environ.setdefault("MEDIA_ROOT", tempfile.mkdtemp(prefix="vetcms-bench-media-"))
    os.environ["SEARCH_URL"] = ""  # the engine is switched on after loading
    import django

    django.setup()


def load(pages: int) -> int:
    """Demo site + N synthetic practices, without search updates (loading only)."""
    from django.conf import settings
    from django.core.management import call_command

    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
    }
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo", verbosity=0, stdout=io.StringIO())
    from wagtail.models import Page

    from bench.search_data import add_bulk_practices

    add_bulk_practices(pages)

    return Page.objects.filter(depth__gt=1).count()


def use_engine(url: str, engine: str, prefix: str) -> None:
    from django.conf import settings

    from locales.config import LANGUAGE_CODES
    from search.config import search_backends

    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        url, engine, prefix, LANGUAGE_CODES, INDEX_SETTINGS
    )


def reindex(backends: list[str]) -> tuple[dict[str, int], float]:
    """All backends in one run, as `manage.py search_reindex` does."""
    from search.rebuild import rebuild_all

    started = time.perf_counter()
    sent = rebuild_all(backends, chunk_size=500, progress=False)
    return sent, time.perf_counter() - started


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def drop(prefix: str) -> None:
    from wagtail.search.backends import get_search_backend

    get_search_backend("default").es.indices.delete(index=f"{prefix}*")


def indices_exist(backends: list[str]) -> bool:
    """Whether every backend's page index is there (a --keep run reuses them)."""
    from wagtail.models import Page

    from search.backends.cache import backend

    return all(
        backend(name).es.indices.exists(
            index=backend(name).get_index_for_model(Page).name
        )
        for name in backends
    )
