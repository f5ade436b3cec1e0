"""A 3-node Elasticsearch cluster with one replica per index keeps answering while a
node stops: every search during and after the stop answers from the engine (not the
database), and every page published meanwhile is in the indices afterwards.

The fixture starts the cluster with search/engine/run.sh (SEARCH_NODES=3, one JVM per
node) unless it is already up, and stops it again if it started it. It runs when
VETCMS_TEST_CLUSTER=1 (scripts/test.sh sets it; ports: VETCMS_TEST_CLUSTER_BASE_PORT,
default 9270, so HTTP 9271-9273 and transport 9371-9373)."""

import json
import os
import subprocess
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from wagtail.search.backends import get_search_backend

from search.config import backends_from_env
from search.models import IndexFailure
from search.query import search_pages
from search.rebuild import rebuild_all
from tests import factories
from tests.search.conftest import published

pytestmark = [pytest.mark.search_engine, pytest.mark.search_cluster]

RUN_SH = Path(__file__).resolve().parents[2] / "search/engine/run.sh"
NODES = 3
WRITES = 12  # pages published while the node stops and after
MAX_SECONDS = 120  # the reads and writes loop never runs longer


def cluster_env() -> dict:
    return {
        **os.environ,
        "SEARCH_ENGINE": "es7",
        "SEARCH_NODES": str(NODES),
        "SEARCH_BASE_PORT": os.environ.get("VETCMS_TEST_CLUSTER_BASE_PORT", "9270"),
    }


def run_sh(*args, check=True, timeout=400):
    return subprocess.run(
        ["bash", str(RUN_SH), *args],
        env=cluster_env(),
        check=check,
        timeout=timeout,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="module")
def cluster_urls():
    if os.environ.get("VETCMS_TEST_CLUSTER") != "1":
        pytest.skip("set VETCMS_TEST_CLUSTER=1 to start and test a 3-node cluster")
    started_here = run_sh("status", check=False).returncode != 0
    if started_here:
        start = run_sh("start", check=False)
        assert start.returncode == 0, start.stderr[-3000:]
    urls = run_sh("url").stdout.strip()
    yield urls, started_here
    if started_here:
        run_sh("stop", check=False)


def get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as reply:
        return json.load(reply)


def master_node(urls: str) -> int:
    """Which of our nodes (1..3) is the elected master (the hardest one to lose)."""
    first = urls.split(",")[0]
    master_id = get(f"{first}/_cluster/state/master_node")["master_node"]
    address = get(f"{first}/_nodes/{master_id}/http")["nodes"][master_id]["http"]
    port = address["publish_address"].rsplit(":", 1)[1]
    return [u.rsplit(":", 1)[1] for u in urls.split(",")].index(port) + 1


@pytest.fixture
def on_cluster(cluster_urls, settings, locales):
    cluster_urls, started_here = cluster_urls
    prefix = f"test_cluster_{uuid.uuid4().hex[:8]}_"
    env = {
        "SEARCH_URL": cluster_urls,
        "SEARCH_REPLICAS": "1",
        "SEARCH_INDEX_PREFIX": prefix,
    }
    # The admin's index and the English one: what an English page is published to.
    settings.WAGTAILSEARCH_BACKENDS = backends_from_env(env, ["en"])
    rebuild_all(list(settings.WAGTAILSEARCH_BACKENDS), progress=False, schema_only=True)
    first = cluster_urls.split(",")[0]
    get(f"{first}/_cluster/health/{prefix}*?wait_for_status=green&timeout=60s")
    yield cluster_urls
    for url in cluster_urls.split(","):  # whichever node still runs
        try:
            request = urllib.request.Request(f"{url}/{prefix}*", method="DELETE")
            urllib.request.urlopen(request, timeout=30).close()
            break
        except OSError:
            continue
    if started_here:
        return  # the cluster stops after the module
    status = run_sh("status", check=False).stdout.splitlines()
    for k, line in enumerate(status, start=1):
        if line.endswith("down"):  # bring the stopped node back for the next test
            run_sh("start-node", str(k), check=False)


def test_a_node_stops_during_reads_and_writes(on_cluster, practice_index, settings):
    def search_total():
        results = search_pages("replicated", locale="en")
        assert not results.degraded, results.unsupported  # the engine answered
        return results.total

    pages = [
        published(
            factories.PracticePageFactory(
                parent=practice_index, title=f"Replicated scheme {i}"
            )
        )
        for i in range(3)
    ]

    victim = master_node(on_cluster)
    stopper = subprocess.Popen(
        ["bash", str(RUN_SH), "stop-node", str(victim)],
        env=cluster_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    searches, started = 0, time.monotonic()
    for i in range(WRITES):
        assert time.monotonic() - started < MAX_SECONDS
        pages.append(
            published(
                factories.PracticePageFactory(
                    parent=practice_index, title=f"Replicated scheme {i + 3}"
                )
            )
        )
        search_total()
        searches += 1
        if i == WRITES // 2:
            assert stopper.wait(timeout=60) == 0, stopper.stdout.read()
    assert stopper.poll() == 0
    assert "stopped" in stopper.stdout.read()

    assert not IndexFailure.objects.exists(), list(
        IndexFailure.objects.values_list("error", flat=True)
    )
    es = get_search_backend("en").es
    prefix = settings.WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"]
    es.indices.refresh(index=prefix.replace("all_", "*"))
    assert search_total() == len(pages) == WRITES + 3
    found = {p.pk for p in search_pages("replicated", locale="en", per_page=100).items}
    assert found == {p.pk for p in pages}
    in_default = es.count(index=prefix + "*", q="title:replicated")["count"]
    assert in_default == len(pages)  # the admin's index lost nothing either
    assert searches == WRITES
