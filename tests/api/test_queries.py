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
