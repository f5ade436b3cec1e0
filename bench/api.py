"""Benchmark: our Plone-style API vs Wagtail's stock API v2 vs a bare Django view that
returns the same JSON from memory, on the same data, in one run.

    python bench/api.py [--requests 200] [--practices 60] [--database sqlite:///path]

Without --database it builds a throwaway SQLite database with the demo content plus
N synthetic practices (so a listing has 50 items); --database reuses one that has them.
Wagtail v2 serializes the fields in each model's ``api_fields`` (the same allow-list
our API reads, since 2026-12-05; the figures below predate it, when none were declared
and v2's detail was smaller); its listing serializes id, type and title. Requests go
through Django's full WSGI stack in-process (test Client: middleware, URL routing,
views, JSON encoding; no network), one at a time, the servers of a scenario taking turns
(ours, v2, bare, ours, …) so machine load falls on all of them alike; the anonymous
response cache is off (RESPONSE_CACHE_SECONDS=0: every request is serialized). We print
latency p50/p95 in ms, requests/s and ratios.

Measured 2026-12-02 (2-core VM shared with three other sessions and their tests, load
average 6.7; --requests 150, demo + 60 practices; detail = a practice page):

    code                         detail ours / v2 p50     ratio   listing (50) ratio
    main before h/12 (9cee0d3)   95.0 / 94.0 ms           1.01x   0.60x
    h/12                         68.5 / 90.7 ms           0.76x   0.57x
    main after h/12, load 1.5    17.5 / 22.6 ms           0.77x   0.57x  (200 requests)

(earlier h/12 runs: 0.74x at load 5.8, 0.79x at load 5.6). The last row is the quiet
machine (load average 1.5, nothing else running); the ratios come from one
alternating run each.
"""

import argparse
import io
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup(database: str | None, practices: int) -> None:
    work = tempfile.mkdtemp(prefix="vetcms-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ["DEBUG"] = "false"  # no query log, like production
    os.environ["DATABASE_URL"] = database or f"sqlite:///{work}/db.sqlite3"
    os.environ.setdefault("MEDIA_ROOT", f"{work}/media")
    os.environ["SEARCH_URL"] = os.environ.get("BENCH_SEARCH_URL", "")
    os.environ["RESPONSE_CACHE_SECONDS"] = "0"  # the uncached path is measured
    os.environ["VETCMS_WAGTAIL_API_V2"] = "1"  # /api/v2/ is off unless asked for
    import django

    django.setup()
    if database is None:
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
        call_command(
            "load_demo", practices=practices, verbosity=0, stdout=io.StringIO()
        )


def bare_urls(payloads: dict):
    """A URLconf with the site's URLs plus /bare/<name>: the same JSON from memory."""
    from django.http import HttpResponse
    from django.urls import path

    import cms.urls

    def bare(request, name):
        return HttpResponse(payloads[name], content_type="application/json")

    module = type(sys)("bench_urls")
    module.urlpatterns = [path("bare/<str:name>", bare), *cms.urls.urlpatterns]
    sys.modules["bench_urls"] = module
    return "bench_urls"


def scenarios():
    from wagtail.models import Page

    from pages.models import PracticePage

    index = Page.objects.get(depth=3, locale__language_code="en", slug="practices")
    # A practice (countries, themes, target groups, languages; a parent and siblings).
    practice = PracticePage.objects.child_of(index).live().order_by("path").first()
    return {
        "detail": {
            "ours": f"/++api++/en/practices/{practice.slug}",
            "wagtail-v2": f"/api/v2/pages/{practice.pk}/",
        },
        "listing (50)": {
            "ours": "/++api++/en/practices?b_size=50",
            "wagtail-v2": f"/api/v2/pages/?child_of={index.pk}&limit=50",
        },
        "search (50)": {
            "ours": "/++api++/@search?SearchableText=learners&b_size=50",
            "wagtail-v2": "/api/v2/pages/?search=learners&limit=50",
        },
    }


def measure(client, urls: dict[str, str], n: int) -> dict[str, dict]:
    """``n`` requests per server, taking turns (one of each, shuffled, n times)."""
    rng = random.Random(11)
    last = {}
    for label, url in urls.items():
        response = client.get(url, HTTP_HOST="localhost")
        assert response.status_code == 200, (url, response.status_code)
        last[label] = response
        for _ in range(5):  # warm caches
            client.get(url, HTTP_HOST="localhost")
    times = {label: [] for label in urls}
    for _ in range(n):
        for label in rng.sample(list(urls), len(urls)):
            start = time.perf_counter()
            client.get(urls[label], HTTP_HOST="localhost")
            times[label].append(time.perf_counter() - start)
    return {label: _stats(times[label], last[label]) for label in urls}


def _stats(times: list[float], response) -> dict:
    times.sort()
    return {
        "p50": statistics.median(times) * 1000,
        "p95": times[int(len(times) * 0.95) - 1] * 1000,
        "rps": len(times) / sum(times),
        "bytes": len(response.content),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--practices", type=int, default=60)
    parser.add_argument("--database", default=None)
    args = parser.parse_args()
    setup(args.database, args.practices)

    from django.conf import settings
    from django.test import Client

    settings.WAGTAILAPI_LIMIT_MAX = 100  # v2 caps listings at 20 by default

    plan = scenarios()
    client = Client()
    payloads = {
        name: client.get(urls["ours"], HTTP_HOST="localhost").content
        for name, urls in plan.items()
    }
    settings.ROOT_URLCONF = bare_urls({n.split()[0]: p for n, p in payloads.items()})
    from django.urls import clear_url_caches

    clear_url_caches()
    client = Client()
    rows = []
    for name, urls in plan.items():
        urls = {**urls, "bare django": f"/bare/{name.split()[0]}"}
        rows.append((name, measure(client, urls, args.requests)))
    report(rows, args.requests)


def report(rows, n: int) -> None:
    print(
        f"\n{n} requests per cell, servers taking turns, in-process WSGI (Django test "
        f"Client), response cache off; load average {os.getloadavg()[0]:.1f}\n"
    )
    header = f"{'scenario':<14}{'server':<13}{'p50 ms':>8}{'p95 ms':>8}{'req/s':>8}"
    header += f"{'bytes':>8}{'p50 vs bare':>12}{'p50 vs v2':>10}"
    print(header)
    print("-" * len(header))
    for name, results in rows:
        bare, v2 = results["bare django"]["p50"], results["wagtail-v2"]["p50"]
        for label, r in results.items():
            print(
                f"{name:<14}{label:<13}{r['p50']:>8.2f}{r['p95']:>8.2f}{r['rps']:>8.0f}"
                f"{r['bytes']:>8}{r['p50'] / bare:>11.1f}x{r['p50'] / v2:>9.2f}x"
            )
        print()


if __name__ == "__main__":
    main()
