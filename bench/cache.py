"""Benchmark: a repeated anonymous GET with the response cache on (Redis) vs off, for
an API detail, an API listing, an HTML page and an API search, in one process.

    python bench/cache.py [--requests 200] [--database sqlite:///path]

Without --database it builds a throwaway SQLite demo database. Redis comes from
scripts/redis.sh (its own directory, stopped afterwards). Requests go through Django's
full WSGI stack in-process (test Client), one at a time; it prints p50 in ms, uncached
and cached, and the speed-up.
"""

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def start_redis(work: str) -> tuple[str, dict]:
    env = {**os.environ, "REDIS_STATE_DIR": f"{work}/redis"}
    url = subprocess.run(
        ["bash", str(ROOT / "scripts" / "redis.sh"), "start"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return url, env


def setup(database: str | None, work: str, cache_url: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.dev"
    os.environ["DEBUG"] = "false"
    os.environ["DATABASE_URL"] = database or f"sqlite:///{work}/db.sqlite3"
    os.environ["MEDIA_ROOT"] = f"{work}/media"
    os.environ["CACHE_URL"] = cache_url
    os.environ["CACHE_KEY_PREFIX"] = f"bench-{os.getpid()}"
    import django

    django.setup()
    if database is None:
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
        call_command("load_demo", verbosity=0, stdout=io.StringIO())


def p50(client, path: str, requests: int, headers: dict) -> float:
    times = []
    for _ in range(requests):
        start = time.perf_counter()
        response = client.get(path, **headers)
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, (path, response.status_code)
    return statistics.median(times) * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--database")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="vetcms-bench-cache-")
    url, redis_env = start_redis(work)
    try:
        setup(args.database, work, url)
        run(args.requests)
    finally:
        subprocess.run(
            ["bash", str(ROOT / "scripts" / "redis.sh"), "stop"],
            env=redis_env,
            capture_output=True,
        )


def run(requests: int) -> None:
    from django.test import Client, override_settings
    from wagtail.models import Page

    index = Page.objects.get(depth=3, locale__language_code="en", slug="practices")
    practice = index.get_children().live().order_by("path").first()
    cases = {
        "API detail": (f"/++api++/en/practices/{practice.slug}", {}),
        "API listing": ("/++api++/en/practices?b_size=50", {}),
        "HTML page": (f"/en/practices/{practice.slug}/", {}),
        "API @search": ("/++api++/en/@search?SearchableText=learners", {}),
    }
    client = Client()
    print(f"{'':14}{'uncached p50':>14}{'cached p50':>12}{'speed-up':>10}")
    for name, (path, headers) in cases.items():
        with override_settings(VETCMS_CACHE_RESPONSE_TIMEOUT=0):
            cold = p50(client, path, requests, headers)
        with override_settings(VETCMS_CACHE_RESPONSE_TIMEOUT=300):
            client.get(path, **headers)  # store it
            warm = p50(client, path, requests, headers)
        print(f"{name:14}{cold:>11.1f} ms{warm:>9.2f} ms{cold / warm:>9.0f}×")


if __name__ == "__main__":
    main()
