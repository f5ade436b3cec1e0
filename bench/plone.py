"""Benchmark: vetcms against a real Plone 6.1.5 on the same corpus, side by side.

    python bench/plone.py [--pairs 250] [--search-url http://127.0.0.1:9250]
                          [--cache-url redis://127.0.0.1:6380/0]
                          [--database sqlite:///path] [--practices N] [--only NAME]

Plone 6.1.5 (plone.restapi 9.15.7, plone.volto 5.2.4, plone.app.multilingual 9.0.2) is
installed from PyPI into its own virtualenv under
``${VETCMS_CACHE_DIR:-~/.cache/vetcms}/plone-6.1.5`` (never a project dependency) by
bench/plone_server.py, which says which pins it needs and why.

The vetcms demo (built here, or --database) is exported through vetcms's own API
(en + fi: titles, descriptions, body text, event dates, translation links) and loaded
into a Plone site with plone.volto and plone.app.multilingual by bench/plone_site.py,
run by Plone's own ``zconsole``. Both servers run on loopback with one worker and one
thread (Plone: runwsgi/waitress threads=1; vetcms: scripts/serve.sh, granian, with the
anonymous response cache off), and each scenario is timed in interleaved pairs (one
request to each, in random order, over keep-alive connections). Server CPU per request
is utime+stime from /proc of every process of each server's session; on
Elasticsearch the engine's own time for our index (query + fetch time from its index
stats) is added, since the shared engine's process CPU includes other users.
"""

import argparse
import http.client
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
import urllib.request
from argparse import Namespace
from html import unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import Stack  # noqa: E402
from bench.plone_server import (  # noqa: E402
    CACHE,
    PloneServer,
    install,
    load_plone,
    make_instance,
)

LANGUAGES = ["en", "fi"]
PLONE_TYPES = {"NewsPage": "News Item", "EventPage": "Event"}  # others: Document
SEARCH_WORD = "learners"


# -- the corpus, read through vetcms's API -------------------------------------------


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _text(body) -> str:
    """Readable text of a body stream: HTML paragraphs stripped, one per line pair."""
    parts = [re.sub(r"<[^>]+>", " ", s) for s in _strings(body)]
    parts = [unescape(" ".join(p.split())) for p in parts]
    return "\n\n".join(p for p in parts if len(p) > 2 and " " in p)


def export_corpus() -> list[dict]:
    """Every page under the en and fi language roots, parents first."""
    from django.test import Client
    from wagtail.models import Page

    client, corpus, source_paths = Client(), [], {}
    for language in LANGUAGES:
        home = Page.objects.get(depth=2, locale__language_code=language)
        for page in home.get_descendants().order_by("path").specific():
            path = page.url_path[len(home.url_path) :].strip("/")
            reply = client.get(f"/++api++/{language}/{path}", HTTP_HOST="localhost")
            data = reply.json()
            item = {
                "language": language,
                "path": path,
                "id": page.slug,
                "type": PLONE_TYPES.get(type(page).__name__, "Document"),
                "title": data["title"],
                "description": data.get("description") or "",
                "text": _text(data.get("body") or []),
                "start": data.get("start"),
                "end": data.get("end"),
            }
            if language == "en":
                source_paths[page.translation_key] = path
            item["source_path"] = source_paths.get(page.translation_key)
            corpus.append(item)
    return corpus


def vetcms_stack(database: str, search_url: str | None, cache_url: str) -> Stack:
    args = Namespace(
        database=database,
        search_url=search_url,
        cache=False,
        server="granian",
        workers=1,
        threads=1,
    )
    stack = Stack(args)
    # Production's shared cache (the content generation lives there), but no
    # response cache: every request is served in full, as Plone serves them.
    # No scheduler or task worker beside the server: their CPU would be counted
    # in the server's session (Plone's has no such helpers).
    stack.env.update(
        SERVE_SCHEDULER="0",
        SERVE_WORKER="0",
        RESPONSE_CACHE_SECONDS="0",
        CACHE_URL=cache_url or "",
        CACHE_KEY_PREFIX=f"bench{stack.port}",
    )
    stack.start()
    return stack


def session_cpu(session: int) -> float:
    """CPU seconds (user + system) of every process in a session."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[3]) == session:
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def engine_ms(search_url: str | None, prefix: str) -> float:
    """The engine's query + fetch time (ms) on our indices so far."""
    if not search_url:
        return 0.0
    with urllib.request.urlopen(f"{search_url}/{prefix}*/_stats/search") as reply:
        search = json.load(reply)["_all"]["total"]["search"]
    return search["query_time_in_millis"] + search["fetch_time_in_millis"]


# -- timing ----------------------------------------------------------------------------


class Side:
    """One server under test: a keep-alive connection, its URL prefix, its CPU."""

    def __init__(self, name, port, prefix, session, search_url=None, index=""):
        self.name, self.prefix, self.session = name, prefix, session
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.search_url, self.index = search_url, index

    def get(self, path: str) -> tuple[float, bytes]:
        start = time.perf_counter()
        self.connection.request(
            "GET", self.prefix + path, headers={"Accept": "application/json"}
        )
        reply = self.connection.getresponse()
        body = reply.read()
        elapsed = time.perf_counter() - start
        assert reply.status == 200, (self.name, path, reply.status, body[:300])
        return elapsed, body

    def cpu_ms(self) -> float:
        return session_cpu(self.session) * 1000 + engine_ms(self.search_url, self.index)


def pairs(sides: list[Side], path: str, n: int) -> dict[str, dict]:
    for side in sides:
        for _ in range(20):  # warm caches, connections, lazy imports
            side.get(path)
    times = {side.name: [] for side in sides}
    cpu = {side.name: -side.cpu_ms() for side in sides}
    rng = random.Random(7)
    for _ in range(n):
        for side in rng.sample(sides, len(sides)):
            times[side.name].append(side.get(path)[0] * 1000)
    for side in sides:
        cpu[side.name] += side.cpu_ms()
    return {
        side.name: {
            "p50": statistics.median(times[side.name]),
            "p95": sorted(times[side.name])[int(n * 0.95) - 1],
            "cpu": cpu[side.name] / n,
            "bytes": len(side.get(path)[1]),
        }
        for side in sides
    }


def scenarios(corpus: list[dict]) -> dict[str, str]:
    practice = next(
        i
        for i in corpus
        if i["language"] == "en"
        and i["path"].startswith("practices/")
        and i["type"] == "Document"
        and i["id"] != "about"
    )
    return {
        "content GET": f"/++api++/en/{practice['path']}",
        "listing (10)": "/++api++/en/practices?b_size=10",
        "@navigation d2": "/++api++/en/@navigation?expand.navigation.depth=2",
        "@search": f"/++api++/en/@search?SearchableText={SEARCH_WORD}",
    }


def setup_django(database: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ.update(
        DEBUG="false", DATABASE_URL=database, SEARCH_URL="", RESPONSE_CACHE_SECONDS="0"
    )
    import django

    django.setup()


def build_demo(practices: int) -> str:
    """A demo database in the cache dir (demo + N practices), built once."""
    path = CACHE / f"plone-bench-demo-{practices}.sqlite3"
    url = f"sqlite:///{path}"
    if not path.exists():
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "SEARCH_URL": "",
            "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
            "DEBUG": "false",
        }
        python = str(ROOT / ".venv" / "bin" / "python")
        steps = (["migrate", "--no-input"], ["load_demo", f"--practices={practices}"])
        for step in steps:
            subprocess.run(
                [python, "manage.py", *step, "-v0"],
                env=env,
                cwd=ROOT,
                check=True,
                stdout=subprocess.DEVNULL,
            )
    return url


def measure(args, plone: PloneServer, corpus, backend: str) -> list[tuple]:
    search_url = args.search_url if backend == "elasticsearch" else None
    stack = vetcms_stack(args.database, search_url, args.cache_url)
    try:
        ours = Side(
            f"vetcms ({backend})",
            stack.port,
            "",
            stack.server.pid,
            search_url,
            stack.env["SEARCH_INDEX_PREFIX"],
        )
        theirs = Side("plone 6.1.5", plone.port, "/Plone", plone.process.pid)
        plan = scenarios(corpus)
        if backend == "elasticsearch":
            plan = {"@search (es)": plan["@search"]}
        else:
            plan["@search (db)"] = plan.pop("@search")
        plan = {k: v for k, v in plan.items() if (args.only or "") in k}
        rows = []
        for name, path in plan.items():
            print(f"  {name} ...", flush=True)
            rows.append((name, pairs([ours, theirs], path, args.pairs)))
        return rows
    finally:
        stack.stop()


def report(rows: list[tuple], n: int) -> None:
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"\n{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {n} interleaved "
        f"pairs per row; one worker, one thread each; load average {load}\n"
    )
    header = f"{'request':<16}{'server':<24}{'p50 ms':>8}{'p95 ms':>8}{'CPU ms':>8}"
    header += f"{'bytes':>8}{'p50 ratio':>10}{'CPU ratio':>10}"
    print(header + "\n" + "-" * len(header))
    for name, results in rows:
        plone = results["plone 6.1.5"]
        for label, r in results.items():
            print(
                f"{name:<16}{label:<24}{r['p50']:>8.2f}{r['p95']:>8.2f}"
                f"{r['cpu']:>8.2f}{r['bytes']:>8}{r['p50'] / plone['p50']:>9.2f}x"
                f"{r['cpu'] / plone['cpu']:>9.2f}x"
            )
        print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=250)
    parser.add_argument("--practices", type=int, default=0)
    parser.add_argument("--database", help="a vetcms demo database (DATABASE_URL)")
    parser.add_argument("--search-url", help="the engine, e.g. http://127.0.0.1:9250")
    parser.add_argument("--cache-url", help="vetcms's shared cache (redis://…)")
    parser.add_argument("--only", help="scenarios whose name contains this")
    args = parser.parse_args()
    install()
    make_instance()
    args.database = args.database or build_demo(args.practices)
    setup_django(args.database)
    corpus = export_corpus()
    load_plone(corpus, LANGUAGES)
    plone = PloneServer()
    plone.start()
    rows = []
    try:
        backends = ["database"] + (["elasticsearch"] if args.search_url else [])
        for backend in backends:
            rows += measure(args, plone, corpus, backend)
    finally:
        plone.stop()
    report(rows, args.pairs)


if __name__ == "__main__":
    main()
