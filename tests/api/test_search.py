"""@search and @querystring-search: filters, paths, languages, sorting, batching,
facets; anonymous readers never find drafts."""

import datetime as dt
import json
from urllib.parse import quote

import pytest
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db
OP = "plone.app.querystring.operation."


@pytest.fixture
def content(practice_index, event_index):
    theme = factories.ThemeFactory(slug="guidance", name="Guidance")
    a = factories.PracticePageFactory(
        parent=practice_index,
        title="Mentoring apprentices",
        kind="tool",
        countries=["FI"],
        themes=[theme],
    )
    b = factories.PracticePageFactory(
        parent=practice_index,
        title="Early warning system",
        kind="quick-win",
        countries=["BE-FR"],
    )
    draft = factories.PracticePageFactory(
        parent=practice_index, title="Mentoring draft", live=False
    )
    soon = factories.EventPageFactory(
        parent=event_index, title="Webinar", start=timezone.now() + dt.timedelta(days=3)
    )
    return {"a": a, "b": b, "draft": draft, "event": soon}


def titles(data):
    return [i["title"] for i in data["items"]]


def test_searchable_text_finds_live_pages_only(client, content):
    data = client.api("/@search?SearchableText=mentoring")
    assert titles(data) == ["Mentoring apprentices"]


def test_portal_type_and_sorting(client, content):
    data = client.api(
        "/@search?portal_type:list=PracticePage&sort_on=sortable_title"
        "&sort_order=descending"
    )
    assert titles(data) == ["Mentoring apprentices", "Early warning system"]


def test_unknown_sort_is_400(client, content):
    client.api("/@search?sort_on=nope", expect=400)
    client.api("/@search?sort_order=sideways", expect=400)


def test_path_query_and_depth(client, content):
    data = client.api("/@search?path.query=/en/practices&path.depth=1")
    assert set(titles(data)) == {"Mentoring apprentices", "Early warning system"}
    data = client.api("/@search?path.query=/en/practices")
    assert "Practices" in titles(data)  # the container itself, as in Plone


def test_search_is_contextual(client, content):
    data = client.api("/en/events/@search")
    assert set(titles(data)) == {"Events", "Webinar"}


def test_language_filter(client, content, fi_home):
    data = client.api("/@search?Language=fi")
    assert titles(data) == ["Etusivu"]


def test_review_state_is_for_editors_only(client, editor_client, content):
    client.api("/@search?review_state=private", expect=401)
    data = editor_client.api("/@search?review_state=private")
    assert titles(data) == ["Mentoring draft"]


def test_batching_and_facets(client, content):
    data = client.api("/@search?portal_type=PracticePage&b_size=1&facets=1")
    assert data["items_total"] == 2 and "next" in data["batching"]
    assert data["facets"]["portal_type"] == {"PracticePage": 2}
    assert data["facets"]["Language"] == {"en": 2}


def test_metadata_fields_and_fullobjects(client, content):
    data = client.api(
        "/@search?portal_type=PracticePage&metadata_fields=UID&metadata_fields=Language"
    )
    assert len(data["items"][0]["UID"]) == 32 and data["items"][0]["Language"] == "en"
    data = client.api("/@search?portal_type=PracticePage&fullobjects=1")
    assert "kind" in data["items"][0]


def criteria_post(client, query, **extra):
    return client.api(
        "/@querystring-search",
        method="post",
        data=json.dumps({"query": query, **extra}),
        content_type="application/json",
    )


def test_querystring_search_by_kind_country_and_theme(client, content):
    kind = [{"i": "kind", "o": OP + "selection.any", "v": ["tool"]}]
    assert titles(criteria_post(client, kind)) == ["Mentoring apprentices"]
    country = [{"i": "country", "o": OP + "selection.any", "v": ["BE-FR"]}]
    assert titles(criteria_post(client, country)) == ["Early warning system"]
    theme = [{"i": "theme", "o": OP + "selection.any", "v": ["guidance"]}]
    assert titles(criteria_post(client, theme)) == ["Mentoring apprentices"]


def test_querystring_search_by_date_and_path(client, content):
    query = [
        {"i": "start", "o": OP + "date.afterToday", "v": ""},
        {"i": "path", "o": OP + "string.absolutePath", "v": "/en/events::1"},
    ]
    assert titles(criteria_post(client, query)) == ["Webinar"]


def test_querystring_search_sorting_and_batch(client, content):
    query = [{"i": "portal_type", "o": OP + "selection.any", "v": ["PracticePage"]}]
    data = criteria_post(
        client, query, sort_on="sortable_title", sort_order=True, b_size=1
    )
    assert titles(data) == ["Mentoring apprentices"] and data["items_total"] == 2


def test_querystring_search_get_with_double_encoded_query(client, content):
    query = json.dumps(
        {"query": [{"i": "kind", "o": OP + "selection.any", "v": ["tool"]}]}
    )
    response = client.get("/++api++/@querystring-search?query=" + quote(quote(query)))
    assert response.status_code == 200
    assert titles(response.json()) == ["Mentoring apprentices"]


def test_querystring_lists_indexes_and_operations(client, content):
    data = client.api("/@querystring")
    assert OP + "selection.any" in data["indexes"]["kind"]["operations"]
    assert "tool" in data["indexes"]["kind"]["values"]
    assert "sortable_title" in data["sortable_indexes"]


def test_path_depth_alone_applies_to_the_context(client, content):
    data = client.api("/en/practices/@search?path.depth=1")
    assert set(titles(data)) == {"Mentoring apprentices", "Early warning system"}


def test_full_text_goes_through_the_search_layer(client, content):
    data = client.api("/@search?SearchableText=mentoring&Language=en")
    assert titles(data) == ["Mentoring apprentices"]
    from search.db_search import is_engine

    if not is_engine("en"):  # on the database backend the layer says what it lacks
        assert any("language analysis" in u for u in data["unsupported"])


def test_paths_below_a_language_root_fall_back_to_the_catalog(client, content):
    data = client.api("/en/practices/@search?SearchableText=mentoring")
    assert titles(data) == ["Mentoring apprentices"]
    assert "unsupported" not in data


def test_search_layer_rejections_are_400(client, content):
    client.api("/@search?SearchableText=" + "x" * 600, expect=400)


def test_querystring_search_on_a_page_excludes_the_page(client, content):
    query = [{"i": "path", "o": OP + "string.absolutePath", "v": "/en/practices"}]
    data = client.api(
        "/en/practices/@querystring-search",
        method="post",
        data=json.dumps({"query": query}),
        content_type="application/json",
    )
    assert "Practices" not in titles(data)
    assert set(titles(data)) == {"Mentoring apprentices", "Early warning system"}


def test_fallback_items_are_marked_in_a_locale_search(client, content, fi_home):
    """An anonymous Finnish reader finds the untranslated English practice, marked."""
    data = client.api("/fi/@search?SearchableText=mentoring&facets=1")
    assert titles(data) == ["Mentoring apprentices"]
    item = data["items"][0]
    assert item["translation_state"] == "fallback"
    assert item["language"] == "en"
    assert data["facets"]["portal_type"] == {"PracticePage": 1}


def test_the_database_retries_a_typo_and_says_so(client, content):
    # search/db_typos.py: title words replace unknown words; no fuzzy matching
    data = client.api("/@search?SearchableText=mentorng&Language=en")
    assert data["items_total"] == 1
    assert data["corrected_query"] == "mentoring"
    assert "typo tolerance" in data["unsupported"]
    assert "corrected_query" not in client.api(
        "/@search?SearchableText=mentoring&Language=en"
    )


def test_suggest_on_the_database_backend(client, content, fi_home):
    data = client.api("/fi/@suggest?q=mento")
    assert {"title": "Mentoring apprentices", "kind": "page"} in data["items"]
    assert all(i["title"] != "Mentoring draft" for i in data["items"])
    assert client.api("/fi/@suggest?q=")["items"] == []
    client.api("/@suggest?q=x&Language=xx", expect=400)
    client.api("/@suggest?q=x&limit=nope", expect=400)
