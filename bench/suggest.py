"""Benchmark: autocomplete (search/suggest.py, the API's @suggest) latency on the real
engine.

    python bench/suggest.py --url http://127.0.0.1:9250 [--pages 10000]
        [--queries 300] [--database sqlite:////tmp/vetcms-bench-search.sqlite3]

Loads the demo site plus N synthetic practices per locale (bench/search.py's data,
the same database file by default), builds the five locale indices under a unique
prefix, then times suggest() for prefixes of 2-6 letters of each locale's words, in
its locale (fallback titles included). Target: p50 <= 20 ms at 10k pages.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import drop, load, pct, reindex, setup, use_engine  # noqa: E402

TARGET_MS = 20.0


def prefixes(count: int) -> list[tuple[str, str]]:
    from pages.demo.synthetic import WORDS

    rng = random.Random(11)
    codes = sorted(WORDS)
    picked = []
    for _ in range(count):
        code = rng.choice(codes)
        word = rng.choice(WORDS[code])
        picked.append((code, word[: rng.randint(2, min(6, len(word)))]))
    return picked


def measure(count: int) -> tuple[list[float], int]:
    from search.suggest import suggest

    latencies, found = [], 0
    for code, prefix in prefixes(count):
        started = time.perf_counter()
        found += len(suggest(prefix, locale=code))
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("VETCMS_TEST_SEARCH_URL", ""))
    parser.add_argument("--engine", default="elasticsearch7")
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=300)
    default_db = f"sqlite:///{tempfile.gettempdir()}/vetcms-bench-search.sqlite3"
    parser.add_argument("--database", default=default_db)
    args = parser.parse_args()
    if not args.url:
        parser.error("--url (or VETCMS_TEST_SEARCH_URL) is required: the engine's URL")
    setup(args.database)
    pages = load(args.pages)
    prefix = f"suggest_{int(time.time())}_"
    use_engine(args.url, args.engine, prefix)
    from locales.config import LANGUAGE_CODES

    try:
        sent, seconds = reindex(list(LANGUAGE_CODES))
        measure(30)  # warm up caches and connections
        latencies, found = measure(args.queries)
    finally:
        drop(prefix)
    p50, p95 = pct(latencies, 50), pct(latencies, 95)
    print(f"\n{pages} pages; {sum(sent.values())} documents indexed in {seconds:.0f}s")
    print(
        f"suggest: {args.queries} prefixes, {found / args.queries:.1f} suggestions each"
    )
    print(
        f"latency p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
        f"mean {statistics.mean(latencies):.1f} ms"
    )
    verdict = "met" if p50 <= TARGET_MS else "NOT met"
    print(f"target p50 <= {TARGET_MS:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
