"""Judged relevance benchmark on the real engine: recall@10, MRR and nDCG@10 per
language for the queries of bench/relevance_judgements.py.

    python bench/relevance.py --url http://127.0.0.1:9250 [--synthetic 200]
        [--database sqlite:////tmp/vetcms-bench-relevance.sqlite3] [--verbose]
        [--keep PREFIX]

Loads the demo site plus N synthetic practices per locale (default 200; their words
are the demo's vocabulary, pages/demo/synthetic.py) into the database (kept between
runs), builds fresh indices under a unique prefix, runs every judged query through
search_pages in its locale (fallback pages included) and drops the indices.
Targets: recall@10 >= 0.95 and MRR >= 0.8 in every language.
"""

import argparse
import logging
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import drop, indices_exist, load, reindex, setup, use_engine  # noqa: E402

K = 10
TARGETS = {"recall@10": 0.95, "MRR": 0.8}


def wanted_ids(code: str, slugs: list[str]) -> set[int]:
    """Page ids of the judged slugs: in ``code``'s locale, or ``en:slug`` in English."""
    from wagtail.models import Page

    ids = set()
    for slug in slugs:
        language, _, name = slug.rpartition(":")
        pages = Page.objects.filter(
            slug=name, locale__language_code=language or code
        ).exclude(slug__startswith="bulk-")
        found = list(pages.values_list("pk", flat=True))
        if not found:
            raise SystemExit(f"judged page {slug!r} ({code}) is not in the database")
        ids.update(found)
    return ids


def scores(ranked: list[int], wanted: set[int]) -> dict[str, float]:
    top = ranked[:K]
    recall = len(wanted & set(top)) / len(wanted)
    first = next((i for i, pk in enumerate(ranked, 1) if pk in wanted), None)
    dcg = sum(1 / math.log2(i + 1) for i, pk in enumerate(top, 1) if pk in wanted)
    ideal = sum(1 / math.log2(i + 1) for i in range(1, min(len(wanted), K) + 1))
    return {
        "recall@10": recall,
        "MRR": 1 / first if first else 0.0,
        "nDCG@10": dcg / ideal,
    }


def evaluate(verbose: bool) -> tuple[dict, list]:
    """Per-language means, and every query's (code, text, first rank, hits, MRR)."""
    from bench.relevance_judgements import JUDGEMENTS
    from search.query import search_pages

    table, queries = {}, []
    for code, judged in JUDGEMENTS.items():
        rows = []
        for text, slugs in judged:
            wanted = wanted_ids(code, slugs)
            found = search_pages(text, locale=code, per_page=50, highlight=False)
            ranked = [page.pk for page in found.items]
            rows.append(scores(ranked, wanted))
            rank = next((i for i, pk in enumerate(ranked, 1) if pk in wanted), None)
            queries.append((code, text, rank, found.total, rows[-1]))
            if verbose:
                at = rank or "-"
                print(f"  {code} {text!r}: first relevant at {at} of {found.total}")
        table[code] = {m: statistics.mean(r[m] for r in rows) for m in rows[0]}
        table[code]["queries"] = len(rows)
    return table, queries


def worst(queries: list, count: int = 8) -> None:
    """The queries that score lowest (recall, then MRR), with how many pages matched."""
    ranked = sorted(queries, key=lambda q: (q[4]["recall@10"], q[4]["MRR"], -q[3]))
    print(f"\nworst {count} queries (first relevant rank / pages matched):")
    for code, text, rank, total, row in ranked[:count]:
        print(f"  {code} {text!r}: {rank or '-'} / {total}  (MRR {row['MRR']:.2f})")


def report(table: dict, pages: int) -> bool:
    print(f"\nJudged relevance ({pages} pages in the database, k={K})")
    print(f"{'language':<10}{'queries':>8}{'recall@10':>11}{'MRR':>8}{'nDCG@10':>9}")
    ok = True
    for code, row in table.items():
        met = all(row[m] >= t for m, t in TARGETS.items())
        ok &= met
        print(
            f"{code:<10}{row['queries']:>8}{row['recall@10']:>11.3f}{row['MRR']:>8.3f}"
            f"{row['nDCG@10']:>9.3f}  {'met' if met else 'NOT met'}"
        )
    print(
        f"\ntargets: recall@10 >= 0.95 and MRR >= 0.8 -> {'met' if ok else 'NOT met'}"
    )
    return ok


def main() -> None:
    import os

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("VETCMS_TEST_SEARCH_URL", ""))
    parser.add_argument("--engine", default="elasticsearch7")
    parser.add_argument("--synthetic", type=int, default=200)
    default_db = f"sqlite:///{tempfile.gettempdir()}/vetcms-bench-relevance.sqlite3"
    parser.add_argument("--database", default=default_db)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--keep", metavar="PREFIX", help="index prefix to reuse (built once, kept)"
    )
    args = parser.parse_args()
    if not args.url:
        parser.error("--url (or VETCMS_TEST_SEARCH_URL) is required: the engine's URL")
    setup(args.database)
    logging.getLogger("elasticsearch").setLevel(logging.WARNING)
    pages = load(max(args.synthetic, 0))
    prefix = args.keep or f"relevance_{int(time.time())}_"
    use_engine(args.url, args.engine, prefix)
    from locales.config import LANGUAGE_CODES

    try:
        if not (args.keep and indices_exist(LANGUAGE_CODES)):
            reindex(list(LANGUAGE_CODES))
        table, queries = evaluate(args.verbose)
    finally:
        if not args.keep:
            drop(prefix)
    ok = report(table, pages)
    worst(queries)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
