"""What an @search costs on the database backend: facet counts only when asked for
(``facets=1``), no count query when the first page holds the whole result, result
pages of every type loaded in one query with only what summaries read."""

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
