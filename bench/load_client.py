"""The load test's request mix and its clients: targets found in the site's own tree
(HTML pages, API content, listings, search), weighted by MIX, requested by N asyncio
clients over keep-alive HTTP/1.1 connections until a deadline. bench/load.py runs them
against one server; bench/load_cluster.py against the balancer."""

import asyncio
import json
import random
import time
import urllib.request

SEARCH_WORDS = ["learners", "apprenticeship", "teachers", "digital", "validation"]
# The mix: (share, kind); kinds are filled from the site's own content.
MIX = [(0.35, "html"), (0.25, "api"), (0.20, "listing"), (0.20, "search")]
HEADERS = {"Accept": "*/*", "Accept-Language": "en"}


def get_json(url):
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as reply:
        return json.load(reply)


def discover(base: str) -> dict[str, list[tuple[str, dict]]]:
    """Request targets by kind, from the site's own tree in every language."""
    html, api, listing = [], [], []
    for lang in ("en", "fi", "nl", "et", "lv"):
        home = get_json(f"{base}/++api++/{lang}")
        html.append(f"/{lang}/")
        for section in home.get("items", []):
            path = section["@id"].split("://", 1)[1].split("/", 1)[1]
            listing.append(f"/++api++/{path}")
            html.append(f"/{path}/")
            for item in get_json(f"{base}/++api++/{path}?b_size=20").get("items", []):
                sub = item["@id"].split("://", 1)[1].split("/", 1)[1]
                html.append(f"/{sub}/")
                api.append(f"/++api++/{sub}")
    search = [f"/++api++/en/@search?SearchableText={w}" for w in SEARCH_WORDS]
    search += [f"/{lang}/search/?q={w}" for lang in ("en", "fi") for w in SEARCH_WORDS]
    return {
        "html": [(p, {}) for p in html],
        "api": [(p, {}) for p in api],
        "listing": [(p, {}) for p in listing]
        + [("/en/practices/?kind=good-practice", {})],
        "search": [(p, {}) for p in search],
    }


def weighted_targets(kinds) -> list[str]:
    """100 paths in the MIX proportions, cycling through each kind's targets."""
    paths = []
    for share, kind in MIX:
        pool = [p for p, _ in kinds[kind]]
        paths += [pool[i % len(pool)] for i in range(round(share * 100))]
    return paths


def warm(base: str, paths: list[str]) -> float:
    """Each distinct target once, as a site in service has them cached already."""
    start = time.monotonic()
    for path in sorted(set(paths)):
        request = urllib.request.Request(base + path, headers=HEADERS)
        try:
            urllib.request.urlopen(request, timeout=60).close()
        except OSError:
            pass  # the load run counts errors
    return time.monotonic() - start


async def fetch(reader, writer, port, path):
    lines = [f"GET {path} HTTP/1.1", f"Host: 127.0.0.1:{port}"]
    lines += [f"{k}: {v}" for k, v in HEADERS.items()]
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {
        k.strip().lower(): v.strip()
        for k, _, v in (line.partition(":") for line in lines[1:] if line)
    }
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding") == "chunked":
        while True:
            size = int((await reader.readline()).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status, headers.get("connection", "").lower() == "close"


async def client(port, targets, began, deadline, budget, results):
    """One client: a request at a time; (latency s, status or error name, path,
    start s since the run began) per request."""
    reader = writer = None
    while time.monotonic() < deadline and budget[0] > 0:
        budget[0] -= 1
        path = random.choice(targets)
        sent = time.monotonic()
        start = time.perf_counter()
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            status, close = await asyncio.wait_for(
                fetch(reader, writer, port, path), 30
            )
        except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError) as exc:
            status, close = type(exc).__name__, True
        results.append((time.perf_counter() - start, status, path, sent - began))
        if close and writer is not None:
            writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


async def at(delay: float, action) -> None:
    """`action` (blocking, e.g. killing a server) `delay` s into the run, in a thread
    so that the clients keep going meanwhile."""
    await asyncio.sleep(delay)
    await asyncio.to_thread(action)


async def load(port, targets, clients, duration, max_requests, events=()):
    """The clients until `duration` s or `max_requests`; `events`: (delay, action)."""
    results: list = []
    started = time.monotonic()
    deadline = started + duration
    budget = [max_requests]
    await asyncio.gather(
        *(
            client(port, targets, started, deadline, budget, results)
            for _ in range(clients)
        ),
        *(at(delay, action) for delay, action in events),
    )
    return results, time.monotonic() - started
