"""The API's listings in a translated locale list untranslated items too, once each,
at their /fi/ address and marked ``translation_state: fallback``: content ``items``,
@navigation, @querystring-search, the ambassadors."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from locales.localize import translate
from tests import factories

pytestmark = pytest.mark.django_db
OP = "plone.app.querystring.operation."


@pytest.fixture
def fi_practices(practice_index, fi_home):
    return translate(
        practice_index, "fi", {"Practices": "Käytännöt", "practices": "kaytannot"}
    )


@pytest.fixture
def mixed(practice_index, fi_practices):
    """Two practices: one translated into Finnish, one not."""
    translated = factories.PracticePageFactory(parent=practice_index, title="Mentors")
    translate(translated, "fi", {"Mentors": "Mentorit"})
    factories.PracticePageFactory(
        parent=practice_index, title="Coaching", slug="coaching"
    )
    return translated


def by_title(items):
    return {item["title"]: item for item in items}


def test_items_list_untranslated_children_marked_at_their_finnish_address(
    client, mixed
):
    items = by_title(client.api("/fi/kaytannot")["items"])
    assert set(items) == {"Mentorit", "Coaching"}
    assert "translation_state" not in items["Mentorit"]
    coaching = items["Coaching"]
    assert coaching["@id"] == "http://testserver/fi/kaytannot/coaching"
    assert coaching["translation_state"]["state"] == "fallback"
    assert coaching["translation_state"]["requested_language"] == "fi"
    assert coaching["translation_state"]["fallback_language"] == "en"
    # The address answers: the API serves the untranslated page there.
    assert client.api("/fi/kaytannot/coaching")["title"] == "Coaching"


def test_english_items_are_unchanged(client, mixed):
    items = by_title(client.api("/en/practices")["items"])
    assert set(items) == {"Mentors", "Coaching"}
    assert all("translation_state" not in item for item in items.values())


def test_navigation_lists_an_untranslated_section_in_its_fallback(
    client, fi_practices, home
):
    factories.NewsIndexPageFactory(parent=home, title="News", slug="news")
    items = by_title(client.api("/fi/@navigation")["items"])
    assert "Käytännöt" in items and "translation_state" not in items["Käytännöt"]
    assert items["News"]["@id"] == "http://testserver/fi/news"
    assert items["News"]["translation_state"]["state"] == "fallback"


def test_navigation_nests_fallback_children_under_their_translated_parent(
    client, mixed
):
    items = client.api("/fi/@navigation?expand.navigation.depth=2")["items"]
    section = by_title(items)["Käytännöt"]
    assert set(by_title(section["items"])) == {"Mentorit", "Coaching"}


def criteria(client, path, query):
    return client.api(
        f"{path}/@querystring-search",
        method="post",
        data=json.dumps({"query": query}),
        content_type="application/json",
    )


def test_querystring_search_includes_fallback_items_once(client, mixed):
    query = [
        {"i": "portal_type", "o": OP + "selection.any", "v": ["PracticePage"]},
        {"i": "path", "o": OP + "string.relativePath", "v": "::1"},
    ]
    data = criteria(client, "/fi/kaytannot", query)
    items = by_title(data["items"])
    assert set(items) == {"Mentorit", "Coaching"} and data["items_total"] == 2
    assert items["Coaching"]["translation_state"]["state"] == "fallback"
    assert items["Coaching"]["@id"] == "http://testserver/fi/kaytannot/coaching"


def test_querystring_search_by_language_adds_the_fallbacks(client, mixed):
    query = [
        {"i": "Language", "o": OP + "selection.any", "v": ["fi"]},
        {"i": "portal_type", "o": OP + "selection.any", "v": ["PracticePage"]},
    ]
    assert set(by_title(criteria(client, "", query)["items"])) == {
        "Mentorit",
        "Coaching",
    }


def test_ambassadors_geojson_in_finnish_counts_every_ambassador(
    client, ambassador_index, fi_home
):
    for n in range(3):
        factories.AmbassadorFactory(name=f"A{n}", latitude=60.0, longitude=25.0)
    fi_index = translate(ambassador_index, "fi")
    data = client.api(f"/fi/{fi_index.slug}/@ambassadors-geojson")
    features = data["features"]
    assert len(features) == 3
    state = features[0]["properties"]["translation_state"]
    assert state["state"] == "fallback" and state["requested_language"] == "fi"


def count_queries(client, url):
    client.get(url)  # warm caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url",
    [
        "/++api++/fi/kaytannot?b_size=60",
        "/++api++/fi/@navigation?expand.navigation.depth=2",
    ],
)
def test_fallback_listings_take_as_many_queries_for_50_items_as_for_10(
    client, practice_index, fi_practices, url
):
    for n in range(10):
        factories.PracticePageFactory(parent=practice_index, title=f"P{n}")
    ten = count_queries(client, url)
    for n in range(10, 50):
        factories.PracticePageFactory(parent=practice_index, title=f"P{n}")
    assert count_queries(client, url) == ten
