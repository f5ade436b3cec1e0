"""A publish through server 1 is seen at once through server 2: the content and the
parent's listing, and @search as soon as the cluster's task worker has run the index
update (TASKS_BACKEND=database: scripts/worker.sh), each read (and so cached) on
server 2 beforehand.
(@search found nothing on the cluster until scripts/cluster.sh built the cluster's own
indices at start: the engine had made them on the first publish, mappings guessed.)"""

import base64
import json
import urllib.error
import urllib.request
import uuid

from tests.security.test_scheduler_scripts import wait_until


def call(url, method="GET", body=None, auth=None):
    request = urllib.request.Request(url, method=method)
    request.add_header("Accept", "application/json")
    if body is not None:
        request.data = json.dumps(body).encode()
        request.add_header("Content-Type", "application/json")
    if auth:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as exc:
        return exc.code, None


def found(server, word):
    """The ids @search finds for ``word`` through ``server``."""
    status, body = call(f"{server}/++api++/en/@search?SearchableText={word}")
    assert status == 200
    return ids(body)


def ids(listing):
    return [item["@id"].rsplit("/", 1)[-1] for item in listing["items"]]


def ensure_home(server, editor):
    status, _ = call(f"{server}/++api++/en/home", auth=editor)
    if status == 404:
        status, _ = call(
            f"{server}/++api++/en",
            "POST",
            {"@type": "HomePage", "title": "Home", "id": "home"},
            editor,
        )
        assert status == 201
    if call(f"{server}/++api++/en/home")[0] != 200:
        call(f"{server}/++api++/en/home/@workflow/publish", "POST", {}, editor)


def test_publish_through_one_server_is_seen_at_once_through_the_other(servers, editor):
    one, two = servers
    ensure_home(one, editor)
    slug = "probe-" + uuid.uuid4().hex[:8]
    word = "zq" + uuid.uuid4().hex[:10]
    status, _ = call(
        f"{one}/++api++/en/home",
        "POST",
        {"@type": "Document", "title": f"Probe {word}", "id": slug},
        editor,
    )
    assert status == 201
    page, listing = f"/++api++/en/home/{slug}", "/++api++/en/home"
    # Server 2 reads everything as an anonymous reader first: nothing to see yet.
    assert call(two + page)[0] in (401, 404)
    assert slug not in ids(call(two + listing)[1])
    assert found(two, word) == []

    status, _ = call(f"{one}{page}/@workflow/publish", "POST", {}, editor)
    assert status == 200

    status, body = call(two + page)
    assert (status, body["title"]) == (200, f"Probe {word}")
    assert slug in ids(call(two + listing)[1])
    # Once the worker ran the index update, which refreshes the engine's indices and
    # retires cached answers again (search/indexing.py): a @search answered (and
    # cached empty) meanwhile is not served for RESPONSE_CACHE_SECONDS.
    # The task worker polls its queue every 2 s.
    assert wait_until(lambda: found(two, word) == [slug], seconds=60)
    assert found(one, word) == [slug]


def test_a_language_root_published_through_one_server_is_seen_through_the_other(
    servers, editor
):
    """The language root (cms.api.traversal's memo of each language's root, and
    the response cache) read through server 2, then edited and published through
    server 1: server 2's readers get the new title at once."""
    one, two = servers
    ensure_home(one, editor)
    status, before = call(f"{two}/++api++/en")
    assert status == 200
    title = "English " + uuid.uuid4().hex[:8]
    status, _ = call(f"{one}/++api++/en", "PATCH", {"title": title}, editor)
    assert status == 204
    # A draft until published: readers of either server still get the live title.
    assert call(f"{two}/++api++/en")[1]["title"] == before["title"]
    status, _ = call(f"{one}/++api++/en/@workflow/publish", "POST", {}, editor)
    assert status == 200
    for server in (two, one):
        status, body = call(f"{server}/++api++/en")
        assert (status, body["title"]) == (200, title)
        # The root still leads to its pages (the memo's id is still that root's).
        assert call(f"{server}/++api++/en/home")[0] == 200
