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


def test_query_count_does_not_grow_with_items(client, fifty):
    small = count(client, "/++api++/en/practices?b_size=5")
    assert count(client, "/++api++/en/practices?b_size=50") == small
