"""What an @search costs on the database backend: facet counts and highlights only
when asked for (``facets=1``, ``highlights=1``), no count query when the first page
holds the whole result, result pages of every type loaded in one query with only what
summaries read, and for a public read with a shared cache, no page or image loaded
for a result whose summary is remembered in this content generation."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def found(practice_index, event_index):
    pages = [
        factories.PracticePageFactory(parent=practice_index, title=f"Mentoring {n}")
        for n in range(3)
    ]
    pages.append(factories.EventPageFactory(parent=event_index, title="Mentoring day"))
    return pages


def search(client, query):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(f"/++api++/en/@search?SearchableText=mentoring{query}")
    assert response.status_code == 200, response.content[:300]
    return response.json(), [q["sql"] for q in ctx.captured_queries]


def test_facets_are_left_out_unless_asked_for(client, found):
    data, _ = search(client, "")
    assert "facets" not in data and data["items_total"] == 4


def test_facets_are_counted_when_asked_for(client, found):
    data, _ = search(client, "&facets=1")
    assert data["facets"]["portal_type"] == {"PracticePage": 3, "EventPage": 1}


def test_facet_counts_cost_queries_of_their_own(client, found):
    client.get("/++api++/en/@search?SearchableText=mentoring")  # warm caches
    _, plain = search(client, "")
    _, counted = search(client, "&facets=1")
    assert len(counted) > len(plain)


def test_a_short_first_page_needs_no_count_query(client, found):
    client.get("/++api++/en/@search?SearchableText=mentoring")
    data, sql = search(client, "")
    assert data["items_total"] == 4
    assert not any("COUNT(" in q.upper() for q in sql)


def test_a_full_page_is_counted(client, found):
    data, sql = search(client, "&b_size=2")
    assert data["items_total"] == 4 and len(data["items"]) == 2
    assert any("COUNT(" in q.upper() for q in sql)


def test_result_pages_of_every_type_load_in_one_query_with_summary_fields(
    client, found
):
    client.get("/++api++/en/@search?SearchableText=mentoring")
    data, sql = search(client, "")
    assert {i["@type"] for i in data["items"]} == {"PracticePage", "EventPage"}
    loads = [q for q in sql if "pages_practicepage" in q or "pages_eventpage" in q]
    joined = [q for q in loads if "pages_practicepage" in q and "pages_eventpage" in q]
    assert len(joined) == 1
    per_type = ('FROM "pages_practicepage"', 'FROM "pages_eventpage"')
    assert not any(table in q for q in loads for table in per_type)
    assert not any('"pages_practicepage"."body"' in q for q in sql)


# -- remembered summaries (a public read, shared cache) and opt-in highlights ----------


@pytest.fixture
def remembered(monkeypatch):
    """The shared cache's memo (cms/core/generation), as in production."""
    from cms.core import generation

    monkeypatch.setattr(generation, "shared", lambda: True)
    generation._MEMO.clear()
    yield
    generation._MEMO.clear()


PAGE_LOADS = ("pages_practicepage", "pages_eventpage", "wagtailimages_")


def test_a_second_public_search_loads_no_page_or_image(client, found, remembered):
    first, first_sql = search(client, "")
    again, sql = search(client, "")
    assert any(t in q for q in first_sql for t in PAGE_LOADS)
    assert not any(t in q for q in sql for t in PAGE_LOADS)
    assert again == first  # the same reply, from the remembered summaries
    # The ranking query applies the visibility rule itself (the engine's hits are
    # checked in one id query: tests/search/test_search_parity_engine.py).
    assert len(sql) < len(first_sql)


def test_remembered_summaries_are_the_summaries_built_afresh(client, found, remembered):
    fresh, _ = search(client, "&b_size=2")  # remembers the first two
    mixed, _ = search(client, "")  # two remembered, two built
    assert mixed["items"][:2] == fresh["items"]
    from cms.core import generation

    generation._MEMO.clear()
    rebuilt, _ = search(client, "")
    assert mixed["items"] == rebuilt["items"]


def test_a_publish_retires_remembered_summaries(client, found, remembered):
    search(client, "")
    page = found[0]
    page.title = "Mentoring, renamed"
    page.save_revision().publish()
    data, _ = search(client, "")
    assert "Mentoring, renamed" in {i["title"] for i in data["items"]}


def test_an_unpublished_page_leaves_the_results_though_its_summary_is_remembered(
    client, found, remembered, monkeypatch
):
    from cms.core import generation

    search(client, "")
    # Even if the content generation did not move on (a lost bump), the search's
    # own visibility rule decides: the summary is only what to show.
    monkeypatch.setattr(generation, "bump", lambda: None)
    found[1].unpublish()
    data, _ = search(client, "")
    assert found[1].title not in {i["title"] for i in data["items"]}
    assert data["items_total"] == 3


def test_editors_are_served_fresh_summaries(client, found, remembered, editor):
    client.force_login(editor)
    search(client, "")
    _, sql = search(client, "")
    assert any(t in q for q in sql for t in PAGE_LOADS)


def test_highlights_are_opt_in(client, found):
    """The database backend has none, and says so only when asked (the engine's:
    tests/search/test_search_parity_engine.py)."""
    plain, _ = search(client, "")
    assert "highlights" not in plain
    assert "highlight" not in plain["unsupported"]
    asked, _ = search(client, "&highlights=1")
    assert "highlight" in asked["unsupported"]


def test_a_second_public_search_makes_only_its_ranking_query(client, found, remembered):
    """The language root searched is built from its remembered base row, the hits'
    summaries are remembered: what is left is the ranking query (which applies the
    read rule)."""
    search(client, "")
    data, sql = search(client, "")
    assert data["items_total"] == 4
    assert len(sql) == 1 and "wagtailsearch_indexentry" in sql[0]


def test_the_remembered_language_root_still_applies_the_read_rule(
    client, found, remembered, home
):
    from cms.api.traversal import _ROOTS

    search(client, "")
    assert ("row", "en") in _ROOTS
    home.unpublish()  # bumps the content generation: the row is retired
    response = client.get("/++api++/en/@search?SearchableText=mentoring")
    assert response.status_code == 404


def test_editors_get_the_language_root_afresh(client, found, remembered, editor):
    client.force_login(editor)
    search(client, "")
    _, sql = search(client, "")
    assert any("pages_homepage" in q for q in sql)
