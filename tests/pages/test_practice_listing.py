"""The practice index: filters by kind, country and theme; batches of ten."""

import pytest

from tests import factories


@pytest.fixture
def practices(practice_index):
    guidance = factories.ThemeFactory(name="Guidance", slug="guidance")
    made = [
        factories.PracticePageFactory(
            parent=practice_index,
            kind="quick-win" if n % 5 == 0 else "good-practice",
            countries=["BE-FR"] if n % 4 == 0 else ["FI"],
            themes=[guidance] if n % 2 == 0 else [],
        )
        for n in range(25)
    ]
    return made


def test_second_batch_says_results_11_to_20_of_25(client, practice_index, practices):
    response = client.get(practice_index.url, {"page": 2})
    assert response.status_code == 200
    assert b"Displaying results 11 - 20 out of 25" in response.content
    assert len(response.context["page_obj"]) == 10


def test_filters_combine(client, practice_index, practices):
    page_obj = client.get(
        practice_index.url, {"kind": "quick-win", "theme": "guidance"}
    ).context["page_obj"]
    expected = {p.pk for n, p in enumerate(practices) if n % 10 == 0}
    assert {p.pk for p in page_obj} == expected


def test_a_country_finds_the_practices_of_its_regions(practice_index, practices):
    belgian = practice_index.practices(country="BE")
    assert belgian.count() == 7  # n = 0, 4, ..., 24
    assert set(belgian) == set(practice_index.practices(country="BE-FR"))


def test_unknown_filter_values_are_reported_not_a_server_error(
    client, practice_index, practices
):
    response = client.get(practice_index.url, {"kind": "bogus", "page": "x"})
    assert response.status_code == 200
    assert response.context["filter_form"].errors.keys() == {"kind", "page"}


def test_drafts_and_private_practices_are_not_listed(practice_index, practices):
    from wagtail.models import PageViewRestriction

    draft, private = practices[0], practices[1]
    draft.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    listed = set(practice_index.practices())
    assert draft.page_ptr not in listed and private.page_ptr not in listed
    assert len(listed) == 23


def test_listing_queries_do_not_grow_with_the_batch(client, practice_index):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(practice_index.url).status_code == 200
        return len(queries)

    factories.PracticePageFactory(parent=practice_index, countries=["FI", "EE"])
    count_queries()  # warms the caches (site root paths, content types)
    one = count_queries()
    for _ in range(9):
        factories.PracticePageFactory(parent=practice_index, countries=["LV", "NL"])
    assert count_queries() == one
