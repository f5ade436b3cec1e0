"""Benchmark: autocomplete latency on the real engine, through the API's @suggest
(what the search boxes call: Django, the API's traversal and access rule, the
fallback-locale filter, the engine) and through search/suggest.py's suggest() alone.

    python bench/suggest.py --url http://127.0.0.1:9250 [--pages 10000]
        [--queries 300] [--database sqlite:////tmp/vetcms-bench-search.sqlite3]
        [--keep PREFIX]

Loads the demo site plus N synthetic practices per locale (bench/corpus.py, the same
database file as bench/search.py by default), builds the five locale indices under a
unique prefix (--keep reuses them), then asks for prefixes of 2-6 letters of each
locale's words, in its locale (fallback titles included): a cold pass after the
engine's request cache is cleared, then the same prefixes again (readers type the
same beginnings). Target: @suggest p50 <= 20 ms at 10k pages.
"""

import argparse
import logging
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import (  # noqa: E402
    drop,
    indices_exist,
    load,
    pct,
    reindex,
    setup,
    use_engine,
)

TARGET_MS = 20.0


def prefixes(count: int) -> list[tuple[str, str]]:
    from pages.demo.synthetic import MENTIONS, WORDS

    rng = random.Random(11)
    codes = sorted(WORDS)
    picked = []
    for _ in range(count):
        code = rng.choice(codes)
        word = rng.choice(WORDS[code] + MENTIONS[code])
        picked.append((code, word[: rng.randint(2, min(6, len(word)))]))
    return picked


def timed(call, asked) -> tuple[list[float], int]:
    latencies, found = [], 0
    for code, prefix in asked:
        started = time.perf_counter()
        found += call(code, prefix)
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies, found


def via_function(code: str, prefix: str) -> int:
    from search.suggest import suggest

    return len(suggest(prefix, locale=code))


def via_api(client):
    def call(code: str, prefix: str) -> int:
        reply = client.get(f"/++api++/{code}/@suggest", {"q": prefix})
        if reply.status_code != 200:
            raise SystemExit(f"@suggest answered {reply.status_code}: {reply.content}")
        return len(reply.json()["items"])

    return call


def clear_request_cache(prefix: str) -> None:
    from search.backends.cache import backend

    backend("en").es.indices.clear_cache(index=f"{prefix}*", request=True)


def measure(count: int, prefix: str) -> dict[str, tuple[list[float], int]]:
    """Cold then warm passes over the same prefixes, API and function in turn."""
    from django.conf import settings
    from django.test import Client

    settings.ALLOWED_HOSTS = ["*"]
    api = via_api(Client())
    asked = prefixes(count)
    timed(api, prefixes(20)[:5])  # connections, imports
    clear_request_cache(prefix)
    rows = {"@suggest cold": timed(api, asked)}
    clear_request_cache(prefix)
    rows["suggest() cold"] = timed(via_function, asked)
    rows["@suggest warm"] = timed(api, asked)
    rows["suggest() warm"] = timed(via_function, asked)
    return rows


def report(pages: int, rows: dict, count: int) -> None:
    load1, load5, _ = os.getloadavg()
    print(f"\n{pages} pages; {count} prefixes per row; load {load1:.1f} {load5:.1f}")
    print(f"{'path':<18}{'p50 ms':>8}{'p95 ms':>8}{'mean':>8}{'items':>7}")
    for name, (latencies, found) in rows.items():
        print(
            f"{name:<18}{pct(latencies, 50):>8.1f}{pct(latencies, 95):>8.1f}"
            f"{statistics.mean(latencies):>8.1f}{found / count:>7.1f}"
        )
    p50 = pct(rows["@suggest cold"][0], 50)
    verdict = "met" if p50 <= TARGET_MS else "NOT met"
    print(
        f"target @suggest p50 <= {TARGET_MS:.0f} ms (cold): {p50:.1f} ms -> {verdict}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("VETCMS_TEST_SEARCH_URL", ""))
    parser.add_argument("--engine", default="elasticsearch7")
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=300)
    default_db = f"sqlite:///{tempfile.gettempdir()}/vetcms-bench-search.sqlite3"
    parser.add_argument("--database", default=default_db)
    parser.add_argument(
        "--keep", metavar="PREFIX", help="index prefix to reuse (built once, kept)"
    )
    args = parser.parse_args()
    if not args.url:
        parser.error("--url (or VETCMS_TEST_SEARCH_URL) is required: the engine's URL")
    setup(args.database)
    pages = load(args.pages)
    logging.getLogger("elasticsearch").setLevel(logging.WARNING)
    prefix = args.keep or f"suggest_{int(time.time())}_"
    use_engine(args.url, args.engine, prefix)
    from locales.config import LANGUAGE_CODES

    try:
        if not (args.keep and indices_exist(LANGUAGE_CODES)):
            sent, seconds = reindex(list(LANGUAGE_CODES))
            print(f"{sum(sent.values())} documents indexed in {seconds:.0f}s")
        rows = measure(args.queries, prefix)
    finally:
        if not args.keep:
            drop(prefix)
    report(pages, rows, args.queries)


if __name__ == "__main__":
    main()
