"""The API's @search on the real engine loads result pages lean (only the fields a
summary reads) and still answers every summary field: the number of queries does not
grow with the number of results, and a summary is the same whether the page came
from a search or from the catalog."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests import factories
from tests.search.conftest import published

pytestmark = pytest.mark.search_engine


def articles(index, numbers, image=None):
    """News (a description field of its own, ``lead``, and a main image)."""
    return [
        published(
            factories.NewsPageFactory(
                parent=index,
                title=f"Apprenticeship coaching {n}",
                lead=f"Coaches for apprentices, scheme {n}.",
                image=image,
            )
        )
        for n in numbers
    ]


def photo():
    return Image.objects.create(title="Workshop", file=get_test_image_file())


def search(client, **params):
    response = client.get(
        "/++api++/en/@search", {"SearchableText": "apprenticeship", **params}
    )
    assert response.status_code == 200, response.content
    return response.json()


def queries_of(client, **params) -> tuple[int, dict]:
    search(client, **params)  # warm: content types, locale ids, the language root
    with CaptureQueriesContext(connection) as captured:
        data = search(client, **params)
    return len(captured), data


def test_queries_do_not_grow_with_the_results(client, search_engine, news_index):
    image = photo()
    articles(news_index, range(2), image=image)
    search_engine.refresh()
    few, data = queries_of(client)
    assert data["items_total"] == 2

    articles(news_index, range(2, 12), image=image)
    search_engine.refresh()
    many, data = queries_of(client)
    assert data["items_total"] == 12
    assert many == few


def test_lean_summaries_equal_the_catalogs(client, search_engine, news_index):
    """Every key and value of a search result's summary, including description and
    image scales, matches the same page's summary in a catalog listing."""
    image = photo()
    articles(news_index, range(3), image=image)
    search_engine.refresh()
    searched = {item["@id"]: item for item in search(client)["items"]}
    listed = client.get(
        "/++api++/@search", {"portal_type": "NewsPage", "Language": "en"}
    ).json()["items"]
    catalog = {item["@id"]: item for item in listed}
    assert len(searched) == 3
    for url, item in searched.items():
        assert item == catalog[url]
        assert item["description"].startswith("Coaches for apprentices")
        assert item["image_field"] == "image"


def test_metadata_columns_still_load_whole_pages(client, search_engine, news_index):
    articles(news_index, range(2))
    search_engine.refresh()
    data = search(client, metadata_fields="_all")
    assert {item["Title"] for item in data["items"]} == {
        "Apprenticeship coaching 0",
        "Apprenticeship coaching 1",
    }
    assert all(item["effective"] for item in data["items"])
