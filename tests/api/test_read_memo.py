"""What anyone may read is worked out once per content generation when the cache is
shared (cms/cache/generation.memoized): view restrictions, the site's last change and
a page's neighbours. A publish, a move, a delete or a new restriction retires it at
once; signed-in readers are served fresh."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from cms.cache import generation
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def shared_cache(monkeypatch):
    monkeypatch.setattr(generation, "shared", lambda: True)
    generation._MEMO.clear()
    yield
    generation._MEMO.clear()


def queries(client, url, **headers) -> list[str]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, **headers)
    assert response.status_code == 200, response.status_code
    return [q["sql"] for q in ctx.captured_queries]


def test_second_public_read_skips_restrictions_log_and_neighbours(client, practices):
    url = f"/++api++/en/practices/{practices[1].slug}"
    first = queries(client, url)
    second = queries(client, url)
    assert any("pageviewrestriction" in q for q in first)
    assert not any("pageviewrestriction" in q or "logentry" in q for q in second)
    assert len(second) <= len(first) - 5


def test_memoized_neighbours_are_the_same_as_fresh_ones(client, practices):
    url = f"/++api++/en/practices/{practices[1].slug}"
    fresh = client.api(url[len("/++api++") :])
    again = client.api(url[len("/++api++") :])
    assert again["previous_item"]["title"] == practices[0].title
    assert again["next_item"]["title"] == practices[2].title
    assert {k: again[k] for k in ("parent", "previous_item", "next_item")} == {
        k: fresh[k] for k in ("parent", "previous_item", "next_item")
    }


def test_a_publish_retires_memoized_neighbours(client, practice_index, practices):
    url = f"/en/practices/{practices[2].slug}"
    assert client.api(url)["next_item"] == {}
    newer = factories.PracticePageFactory(parent=practice_index, live=False)
    newer.save_revision().publish()
    assert client.api(url)["next_item"]["title"] == newer.title


def test_a_new_view_restriction_applies_at_once(client, practices):
    url = f"/en/practices/{practices[0].slug}"
    client.api(url)
    PageViewRestriction.objects.create(page=practices[0], restriction_type="login")
    client.api(url, expect=401)


def test_signed_in_readers_read_the_log_every_time(editor_client, practices):
    url = f"/++api++/en/practices/{practices[1].slug}"
    queries(editor_client, url)
    assert any("logentry" in q for q in queries(editor_client, url))


def test_without_a_shared_cache_nothing_is_remembered(client, practices, monkeypatch):
    monkeypatch.setattr(generation, "shared", lambda: False)
    url = f"/++api++/en/practices/{practices[1].slug}"
    queries(client, url)
    assert any("logentry" in q for q in queries(client, url))
    assert generation._MEMO == {}


def test_second_public_navigation_reads_no_tree(client, practices):
    url = "/++api++/en/@navigation?expand.navigation.depth=2"
    first = queries(client, url)
    second = queries(client, url)
    assert len(second) <= 1 < len(first)  # the language root's own row at most


def test_a_publish_retires_the_memoized_navigation(client, home, practices):
    url = "/en/@navigation?expand.navigation.depth=2"
    before = client.api(url)["items"]
    section = factories.NewsIndexPageFactory(parent=home, title="Newsroom", live=False)
    section.save_revision().publish()
    after = client.api(url)["items"]
    assert section.title in [item["title"] for item in after]
    assert section.title not in [item["title"] for item in before]


def test_editors_navigation_shows_drafts_despite_a_public_memo(
    client, editor_client, home, practices
):
    client.api("/en/@navigation")
    draft = factories.NewsIndexPageFactory(parent=home, title="Newsroom", live=False)
    titles = [item["title"] for item in editor_client.api("/en/@navigation")["items"]]
    assert draft.title in titles
