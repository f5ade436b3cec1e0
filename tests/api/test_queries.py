"""Queries per request stay constant in the number of items (prefetching)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def fifty(practice_index):
    return [factories.PracticePageFactory(parent=practice_index) for _ in range(50)]


def count(client, url):
    client.get(url)  # warm caches (content types, locales)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_folder_listing_of_50_items_is_at_most_12_queries(client, fifty):
    assert count(client, "/++api++/en/practices?b_size=50") <= 12


def test_search_of_50_items_is_at_most_12_queries(client, fifty):
    assert count(client, "/++api++/@search?portal_type=PracticePage&b_size=50") <= 12


def test_detail_queries_do_not_grow_with_siblings(client, practice_index):
    pages = [factories.PracticePageFactory(parent=practice_index) for _ in range(3)]
    few = count(client, f"/++api++/en/practices/{pages[1].slug}")
    for _ in range(20):
        factories.PracticePageFactory(parent=practice_index)
    assert count(client, f"/++api++/en/practices/{pages[1].slug}") == few <= 14


def test_query_count_does_not_grow_with_items(client, fifty):
    small = count(client, "/++api++/en/practices?b_size=5")
    assert count(client, "/++api++/en/practices?b_size=50") == small


def test_fullobjects_queries_do_not_grow_with_items(client, practice_index):
    theme = factories.ThemeFactory()
    for _ in range(4):
        factories.PracticePageFactory(parent=practice_index, themes=[theme])
    few = count(client, "/++api++/en/practices?fullobjects=1")
    for _ in range(20):
        factories.PracticePageFactory(parent=practice_index, themes=[theme])
    assert count(client, "/++api++/en/practices?fullobjects=1") == few


def test_fullobjects_items_have_their_neighbours(client, practice_index):
    pages = [factories.PracticePageFactory(parent=practice_index) for _ in range(3)]
    items = client.get("/++api++/en/practices?fullobjects=1").json()["items"]
    assert items[1]["previous_item"]["title"] == pages[0].title
    assert items[1]["next_item"]["title"] == pages[2].title
    assert items[0]["previous_item"] == {} and items[2]["next_item"] == {}
    assert items[0]["parent"]["@id"] == "http://testserver/en/practices"


def listing_sql(client, url) -> tuple[dict, list[str]]:
    client.get(url)  # warm caches (content types, locales)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return response.json(), [q["sql"] for q in ctx.captured_queries]


def test_a_listing_batch_is_counted_in_its_own_query(client, practice_index):
    """``COUNT(*) OVER ()`` beside the rows: no count query of its own."""
    for _ in range(7):
        factories.PracticePageFactory(parent=practice_index)
    data, sql = listing_sql(client, "/++api++/en/practices?b_size=3&b_start=3")
    assert data["items_total"] == 7 and len(data["items"]) == 3
    assert data["batching"]["next"].endswith("b_start=6&b_size=3")
    assert not any("COUNT(" in q.upper() and "OVER" not in q.upper() for q in sql)


def test_a_listing_batch_past_the_end_still_counts_the_items(client, practice_index):
    for _ in range(4):
        factories.PracticePageFactory(parent=practice_index)
    data, _ = listing_sql(client, "/++api++/en/practices?b_size=3&b_start=9")
    assert data["items"] == [] and data["items_total"] == 4


def test_a_filtered_listing_counts_distinct_items(client, practice_index):
    for codes in (["FI", "SE"], ["FI"], ["NL"]):
        factories.PracticePageFactory(parent=practice_index, countries=codes)
    data, _ = listing_sql(
        client, "/++api++/en/practices?country=FI&country=SE&b_size=1"
    )
    assert data["items_total"] == 2 and len(data["items"]) == 1
