"""Profile: one @search request in-process (Django's test client), as production
serves it (production settings, the shared cache in Redis, response cache off), on
the database backend or the engine. Prints CPU ms per request, the queries and
engine requests it makes, and a cProfile of N requests.

    python bench/search_profile.py --database sqlite:///demo.sqlite3
        --cache-url redis://127.0.0.1:6380/0 [--search-url http://127.0.0.1:9250]
        [--query 'SearchableText=learners'] [--n 200] [--top 40]

CPU time (``time.process_time``) rather than wall time: it is the figure that holds
on a busy machine. With --search-url a fresh index prefix is built first
(search_reindex); the engine's own time is not in the CPU figure (bench/plone.py
adds it).
"""

import argparse
import cProfile
import os
import pstats
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--cache-url", required=True)
    parser.add_argument("--search-url", default="")
    parser.add_argument("--prefix", help="an index prefix already built (skip reindex)")
    parser.add_argument("--query", default="SearchableText=learners")
    parser.add_argument("--path", default="/++api++/en/@search")
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", default="cumulative")
    args = parser.parse_args()
    prefix = args.prefix or f"prof_{uuid.uuid4().hex[:8]}_"
    os.environ.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY="profile-" + uuid.uuid4().hex * 2,
        DATABASE_URL=args.database,
        ALLOWED_HOSTS="localhost,testserver",
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        LOG_LEVEL="WARNING",
        SEARCH_URL=args.search_url,
        SEARCH_INDEX_PREFIX=prefix,
        SEARCH_REPLICAS="0",
        CACHE_URL=args.cache_url,
        CACHE_KEY_PREFIX=f"prof{os.getpid()}",
        RESPONSE_CACHE_SECONDS="0",
    )
    if args.search_url and not args.prefix:
        subprocess.run(
            [sys.executable, "manage.py", "search_reindex"],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        print(f"index prefix {prefix}")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_ACCEPT="application/json")
    url = f"{args.path}?{args.query}"

    def get():
        reply = client.get(url, HTTP_HOST="localhost")
        assert reply.status_code == 200, reply.content[:300]
        return reply

    for _ in range(20):
        data = get().json()
    with CaptureQueriesContext(connection) as ctx:
        get()
    print(f"{url}: {data['items_total']} found, {len(data['items'])} items")
    print(f"{len(ctx.captured_queries)} queries:")
    for q in ctx.captured_queries:
        print("  ", q["sql"][:300])
    started = time.process_time()
    for _ in range(args.n):
        get()
    cpu = (time.process_time() - started) * 1000 / args.n
    print(f"CPU per request (no profiler): {cpu:.2f} ms")
    profile = cProfile.Profile(time.process_time)  # CPU, not waits
    profile.enable()
    for _ in range(args.n):
        get()
    profile.disable()
    stats = pstats.Stats(profile)
    stats.sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
