"""@search as a real Plone 6.1 answers it (issue 20), on the real engine: a trailing
``*`` is a prefix search, ranked; a root search keeps to the current language;
paging windows come from the same ranking (tests/api/test_search_parity.py: the
database backend)."""

import pytest

from locales.localize import translate
from tests import factories
from tests.search.conftest import published

pytestmark = pytest.mark.search_engine
SUMMARY = "Coaching in companies."


@pytest.fixture
def learning(search_engine, home):
    index = factories.PracticeIndexPageFactory(parent=home)
    translate(home, "fi", {"Home": "Etusivu", "home": "etusivu"})
    translate(index, "fi", {"Practices": "Käytännöt"})
    pages = {
        slug: published(
            factories.PracticePageFactory(
                parent=index, title=title, slug=slug, summary=SUMMARY
            )
        )
        for slug, title in (
            ("learners", "Learners first"),
            ("learning", "Learning outcomes"),
            ("learnability", "Learnability of trades"),
            ("other", "Mentoring apprentices"),
        )
    }
    pages["fi"] = translate(
        pages["learners"], "fi", {"Learners first": "Learners ensin"}
    )
    search_engine.refresh()
    return pages


def search(client, path="/", expect=200, **params):
    response = client.get(f"/++api++{path}@search", params, **_headers(params))
    assert response.status_code == expect, response.content
    return response.json()


def _headers(params: dict) -> dict:
    language = params.pop("accept_language", None)
    return {"HTTP_ACCEPT_LANGUAGE": language} if language else {}


def titles(data) -> list[str]:
    return [item["title"] for item in data["items"]]


def test_a_trailing_star_is_a_prefix_search(client, learning):
    data = search(client, SearchableText="learna*")
    assert titles(data) == ["Learnability of trades"]


def test_a_star_finds_every_word_it_starts(client, learning):
    data = search(client, SearchableText="learn*")
    assert set(titles(data)) == {
        "Learners first",
        "Learning outcomes",
        "Learnability of trades",
    }


def test_a_prefix_search_is_ranked(client, learning, search_engine):
    """A title starting with the word outranks a summary that has it."""
    learning["other"].summary = "Learnability matters."
    published(learning["other"])
    search_engine.refresh()
    data = search(client, SearchableText="learnab*")
    assert titles(data) == ["Learnability of trades", "Mentoring apprentices"]


def test_a_root_search_keeps_to_the_negotiated_language(client, learning):
    assert titles(search(client, SearchableText="learners")) == ["Learners first"]
    data = search(client, SearchableText="learners", accept_language="fi")
    assert titles(data) == ["Learners ensin"]


def test_language_all_widens_a_root_search(client, learning):
    data = search(client, SearchableText="learners", Language="all")
    assert set(titles(data)) == {"Learners first", "Learners ensin"}


def test_a_finnish_search_has_the_english_fallbacks(client, learning):
    data = search(client, "/fi/", SearchableText="learn*", accept_language="en")
    assert set(titles(data)) == {
        "Learners ensin",
        "Learning outcomes",
        "Learnability of trades",
    }


def test_any_window_comes_from_the_same_ranking(client, learning):
    ranked = titles(search(client, SearchableText="learn*", b_size=10))
    for start, size in ((1, 2), (2, 1), (0, 500)):
        window = search(
            client, SearchableText="learn*", b_start=start, b_size=size, highlights=1
        )
        assert titles(window) == ranked[start : start + size]
        assert window["items_total"] == 3
        assert "highlights" in window  # the engine answered, not the catalog


def test_a_batch_above_the_maximum_is_capped_on_the_engine(client, learning, settings):
    ranked = titles(search(client, SearchableText="learn*", b_size=10))
    settings.VETCMS_API_MAX_BATCH_SIZE = 2
    window = search(client, SearchableText="learn*", b_size=100000000, highlights=1)
    assert titles(window) == ranked[:2]
    assert "highlights" in window  # still the engine


@pytest.fixture
def drafts(learning, search_engine):
    """An English draft and an unpublished Finnish translation about learning."""
    index = learning["learning"].get_parent()
    english = factories.PracticePageFactory(
        parent=index, title="Learnings draft", summary=SUMMARY, live=False
    )
    finnish = translate(
        learning["learning"], "fi", {"Learning outcomes": "Learning tulokset"}
    )
    finnish.unpublish()
    search_engine.refresh()
    return {"en": english, "fi": finnish}


def test_readers_never_find_drafts_on_the_engine(client, drafts):
    data = search(client, SearchableText="learnings", Language="all")
    assert "Learnings draft" not in titles(data)
    assert "Learning tulokset" not in titles(data)


def test_an_editor_finds_drafts_on_the_engine(client, editor, drafts):
    client.force_login(editor)
    data = search(client, SearchableText="learnings", highlights=1)
    assert titles(data)[0] == "Learnings draft"
    assert "highlights" in data  # the readers' part still came from the engine


def test_a_finnish_translator_finds_finnish_drafts_on_the_engine(
    client, fi_translator, drafts
):
    client.force_login(fi_translator)
    data = search(client, SearchableText="tulokset", Language="all")
    assert titles(data) == ["Learning tulokset"]
    data = search(client, SearchableText="learnings", Language="all")
    assert "Learnings draft" not in titles(data)


def test_remembered_summaries_on_the_engine_cost_no_page_query(
    client, learning, remembered
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first = search(client, "/en/", SearchableText="learn*")  # summaries remembered
    search(client, "/en/", SearchableText="learn*")  # and who may read which page
    with CaptureQueriesContext(connection) as ctx:
        again = search(client, "/en/", SearchableText="learn*")
    assert again == first and len(first["items"]) == 3
    # Neither the summaries nor which hits may be shown (cms.core.access.readable_ids,
    # remembered per content generation) are read again.
    assert not any("wagtailcore_page" in q["sql"] for q in ctx.captured_queries)


def test_a_page_unpublished_behind_a_stale_index_is_not_shown_from_its_summary(
    client, search_engine, learning, remembered
):
    from wagtail.search.index import insert_or_update_object

    search(client, SearchableText="learn*")  # every summary remembered
    page = learning["learning"]
    page.unpublish()  # moves the content generation on: nothing remembered holds
    # The index says it is live again (an update lost or out of order).
    live_copy = page.__class__.objects.get(pk=page.pk)
    live_copy.live = True
    insert_or_update_object(live_copy)
    search_engine.refresh()
    data = search(client, SearchableText="learn*")
    assert "Learning outcomes" not in titles(data)


def test_a_page_unpublished_behind_wagtails_back_goes_within_a_minute(
    client, learning, remembered, monkeypatch
):
    from types import SimpleNamespace

    from django.utils import timezone
    from wagtail.models import Page

    from cms.core import access

    search(client, SearchableText="learn*")  # every summary remembered
    search(client, SearchableText="learn*")  # and who may read which page
    # An SQL update: no signal, so neither the index nor the content generation
    # move; only the readable set's one-minute bound brings it to light.
    Page.objects.filter(pk=learning["learning"].pk).update(live=False)
    assert "Learning outcomes" in titles(search(client, SearchableText="learn*"))
    later = timezone.now() + access.READABLE_IDS_MAX_AGE
    monkeypatch.setattr(access, "timezone", SimpleNamespace(now=lambda: later))
    data = search(client, SearchableText="learn*")
    assert "Learning outcomes" not in titles(data)
