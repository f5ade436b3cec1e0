"""What anyone may read is worked out once per content generation when the cache is
shared (cms/core/generation.memoized): view restrictions, the site's last change and
a page's neighbours. A publish, a move, a delete or a new restriction retires it at
once; signed-in readers are served fresh."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from cms.core import generation
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def shared_cache(remembered):
    """Every test here with the shared cache's memo on (tests/conftest.py)."""


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


# A page's address and its code-list and taxonomy values (countries, themes, target
# groups, languages) are remembered per generation for public reads too.

THROUGH_TABLES = ("practicepage_countries", "practicepage_themes")


@pytest.fixture
def themed(practice_index):
    theme = factories.ThemeFactory(name="Guidance", slug="guidance")
    practice = factories.PracticePageFactory(
        parent=practice_index, themes=[theme], countries=["FI"]
    )
    return practice, theme


def test_second_public_read_loads_the_page_by_id_without_its_relations(client, themed):
    practice, _ = themed
    url = f"/++api++/en/practices/{practice.slug}"
    first = queries(client, url)
    second = queries(client, url)
    assert any(t in q for q in first for t in THROUGH_TABLES)
    assert not any(t in q for q in second for t in THROUGH_TABLES)
    assert any("url_path" in q and "LIKE" in q for q in first)
    assert not any("url_path" in q and "LIKE" in q for q in second)
    assert client.api(url[len("/++api++") :])["themes"][0]["title"] == "Guidance"


def test_remembered_relations_are_the_same_as_fresh_ones(client, themed):
    practice, _ = themed
    url = f"/en/practices/{practice.slug}"
    first, again = client.api(url), client.api(url)
    assert again["countries"] == first["countries"] and again["themes"]
    assert again["themes"] == first["themes"]


def test_a_renamed_theme_shows_at_once(client, themed):
    practice, theme = themed
    url = f"/en/practices/{practice.slug}"
    client.api(url)
    theme.name = "Career guidance"
    theme.save()  # a snippet save moves the generation on
    assert client.api(url)["themes"][0]["title"] == "Career guidance"


def test_a_published_change_of_themes_shows_at_once(client, themed):
    practice, _ = themed
    url = f"/en/practices/{practice.slug}"
    client.api(url)
    other = factories.ThemeFactory(name="Inclusion", slug="inclusion")
    practice.themes.set([other])
    practice.save_revision().publish()
    assert [t["title"] for t in client.api(url)["themes"]] == ["Inclusion"]


def test_a_renamed_page_is_found_at_its_new_address(client, practices):
    page = practices[0]
    client.api(f"/en/practices/{page.slug}")
    page.slug = "renamed"
    page.save_revision().publish()
    assert client.api("/en/practices/renamed")["title"] == page.title


def test_a_remembered_address_whose_page_moved_away_is_looked_up_again(
    client, practices
):
    """Without any signal (a row changed behind Wagtail's back): the row loaded by
    the remembered id is no longer at the address, so it is not served there."""
    from wagtail.models import Page

    page = practices[0]
    old = f"/en/practices/{page.slug}"
    client.api(old)
    Page.objects.filter(pk=page.pk).update(
        url_path=page.url_path.replace(page.slug, "elsewhere"), slug="elsewhere"
    )
    client.api(old, expect=404)
    assert client.api("/en/practices/elsewhere")["title"] == page.title


def test_an_expired_page_is_hidden_at_once_though_its_address_is_remembered(
    client, practices
):
    """The read rule is applied to the row loaded by id on every request: expiry
    needs no generation move (the scheduler unpublishes later)."""
    from datetime import timedelta

    from django.utils import timezone
    from wagtail.models import Page

    url = f"/en/practices/{practices[0].slug}"
    client.api(url)
    past = timezone.now() - timedelta(minutes=1)
    Page.objects.filter(pk=practices[0].pk).update(expire_at=past)
    client.api(url, expect=404)


def test_editors_read_relations_fresh_every_time(editor_client, themed):
    practice, _ = themed
    url = f"/++api++/en/practices/{practice.slug}"
    queries(editor_client, url)
    assert any(t in q for q in queries(editor_client, url) for t in THROUGH_TABLES)


def test_a_finnish_page_is_remembered_under_its_own_address(
    client, themed, fi_home, practice_index
):
    from locales.localize import translate

    practice, _ = themed
    translate(practice_index, "fi", {"practices": "kaytannot"})
    finnish = translate(practice, "fi", {practice.title: "Mentorointi"})
    url = f"/++api++/fi/{finnish.url_path.split('/', 2)[2].rstrip('/')}"
    first = client.api(url[len("/++api++") :])
    second = queries(client, url)
    assert first["title"] == "Mentorointi" and first["language"]["token"] == "fi"
    assert not any(t in q for q in second for t in THROUGH_TABLES)
    english = client.api(f"/en/practices/{practice.slug}")
    assert english["title"] == practice.title


def test_second_public_listing_loads_no_summary(client, practices):
    """A folder's batch answers from the summaries remembered in this generation:
    only the batch query decides which children are shown."""
    url = "/++api++/en/practices?b_size=2"
    first = queries(client, url)
    reply = client.api("/en/practices?b_size=2")
    second = queries(client, url)

    assert len(second) < len(first)
    assert not any("pages_practicepage" in q for q in second)
    assert reply["items"] == client.api("/en/practices?b_size=2")["items"]
    assert [i["title"] for i in reply["items"]] == [p.title for p in practices[:2]]


def test_a_listing_shows_a_publish_at_once(client, practice_index, practices):
    client.api("/en/practices")
    practices[0].title = "Renamed practice"
    practices[0].save_revision().publish()

    titles = [i["title"] for i in client.api("/en/practices")["items"]]
    assert "Renamed practice" in titles
