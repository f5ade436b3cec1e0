"""Read-side conformance with plone.restapi that Plone's clients rely on: unknown types
and expansions are ignored, Plone's sort indexes and catalog indexes work, metadata
columns exist, fullobjects carry @components, errors are always JSON with context."""

import base64
import datetime as dt
import json
from urllib.parse import quote

import pytest
from django.test import override_settings
from django.utils import timezone
from wagtail.models import PageViewRestriction

from cms.api.serializers.metadata import uid
from tests import factories

pytestmark = pytest.mark.django_db
OP = "plone.app.querystring.operation."
DATABASE_SEARCH = {"default": {"BACKEND": "search.backends.database"}}


@pytest.fixture
def content(practice_index, event_index):
    theme = factories.ThemeFactory(slug="guidance", name="Guidance")
    a = factories.PracticePageFactory(
        parent=practice_index,
        title="Mentoring apprentices",
        slug="mentoring",
        summary="Older workers coach apprentices.",
        themes=[theme],
    )
    b = factories.PracticePageFactory(
        parent=practice_index,
        title="Early warning system",
        slug="early-warning",
        summary="Signals of dropping out.",
    )
    a.first_published_at = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    b.first_published_at = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    a.save(update_fields=["first_published_at"])
    b.save(update_fields=["first_published_at"])
    first = factories.EventPageFactory(
        parent=event_index,
        title="Webinar",
        venue="Online room",
        start=timezone.now() + dt.timedelta(days=3),
        end=timezone.now() + dt.timedelta(days=3, hours=2),
    )
    second = factories.EventPageFactory(
        parent=event_index,
        title="Annual forum",
        start=timezone.now() + dt.timedelta(days=30),
        end=timezone.now() + dt.timedelta(days=31),
    )
    return {"a": a, "b": b, "first": first, "second": second, "theme": theme}


def titles(data):
    return [i["title"] for i in data["items"]]


def qs_post(client, query, **extra):
    return client.api(
        "/@querystring-search",
        method="post",
        data=json.dumps({"query": query, **extra}),
        content_type="application/json",
    )


def test_unknown_portal_types_are_ignored_like_plone(client, content):
    data = client.api("/@search?portal_type:list=PracticePage&portal_type:list=Nope")
    assert set(titles(data)) == {"Mentoring apprentices", "Early warning system"}
    assert client.api("/@search?portal_type=Nope")["items"] == []
    query = [{"i": "portal_type", "o": OP + "selection.any", "v": ["Document"]}]
    assert qs_post(client, query)["items_total"] == 0


def test_unknown_expansions_are_ignored(client, content):
    data = client.api("/en/practices?expand=breadcrumbs,nosuchthing")
    assert "items" in data["@components"]["breadcrumbs"]
    assert "nosuchthing" not in data["@components"]


@pytest.mark.parametrize(
    "sort_on, first",
    [
        ("sortable_title", "Early warning system"),
        ("Title", "Early warning system"),
        ("Date", "Mentoring apprentices"),
        ("review_state", "Early warning system"),
        ("portal_type", "Early warning system"),
    ],
)
def test_plone_sort_indexes_work(client, content, sort_on, first):
    data = client.api(
        f"/en/practices/@search?path.depth=1&sort_on={sort_on}&sort_on=sortable_title"
    )
    assert titles(data)[0] == first


def test_sorting_on_event_end(client, content):
    data = client.api("/@search?portal_type=EventPage&sort_on=end&sort_order=reverse")
    assert titles(data) == ["Annual forum", "Webinar"]


def test_search_by_uid_subject_title_description_and_id(client, content):
    a = content["a"]
    assert titles(client.api(f"/@search?UID={uid(a)}")) == [a.title]
    assert titles(client.api("/@search?Subject=Guidance")) == [a.title]
    assert titles(client.api("/@search?Title=warning")) == ["Early warning system"]
    assert titles(client.api("/@search?Description=coach")) == [a.title]
    assert titles(client.api("/@search?getId=mentoring")) == [a.title]
    assert titles(client.api("/@search?id:list=early-warning")) == [
        "Early warning system"
    ]


def test_search_by_date_ranges(client, content):
    data = client.api(
        "/@search?portal_type=PracticePage&created.query=2022-01-01&created.range=min"
    )
    assert titles(data) == ["Early warning system"]
    data = client.api(
        "/@search?portal_type=PracticePage&created.query:list=2019-01-01"
        "&created.query:list=2021-01-01&created.range=min:max"
    )
    assert titles(data) == ["Mentoring apprentices"]
    soon = (timezone.now() + dt.timedelta(days=10)).date().isoformat()
    data = client.api(f"/@search?start.query={soon}&start.range=max")
    assert titles(data) == ["Webinar"]
    client.api("/@search?modified.query=yesterday&modified.range=min", expect=400)
    client.api("/@search?created.query=2020-01-01&created.range=middle", expect=400)


def test_search_by_is_folderish_and_exclude_from_nav(client, content):
    folders = titles(client.api("/en/@search?is_folderish=true"))
    assert "Practices" in folders and "Webinar" not in folders
    leaves = titles(client.api("/en/practices/@search?is_folderish=false"))
    assert set(leaves) == {"Mentoring apprentices", "Early warning system"}
    content["b"].show_in_menus = True
    content["b"].save(update_fields=["show_in_menus"])
    shown = titles(
        client.api("/en/practices/@search?path.depth=1&exclude_from_nav=false")
    )
    assert shown == ["Early warning system"]


def test_metadata_columns_plone_clients_ask_for(client, content):
    data = client.api(
        "/@search?portal_type=EventPage&sort_on=start&metadata_fields=_all"
    )
    webinar = data["items"][0]
    assert webinar["location"] == "Online room"
    assert webinar["Type"] == "Event"
    assert webinar["Subject"] == []
    assert webinar["ExpirationDate"] == "None"
    assert webinar["getRemoteUrl"] is None
    assert webinar["Creator"] == ""  # editors' names are not published
    data = client.api(
        f"/@search?UID={uid(content['a'])}&metadata_fields:list=Subject"
        "&metadata_fields:list=EffectiveDate"
    )
    assert data["items"][0]["Subject"] == ["Guidance"]
    assert data["items"][0]["EffectiveDate"] == "2020-01-01T00:00:00+00:00"


def test_creator_is_shown_to_editors(editor_client, editor, content):
    content["a"].owner = editor
    content["a"].save(update_fields=["owner"])
    data = editor_client.api(
        f"/@search?UID={uid(content['a'])}&metadata_fields=Creator"
    )
    assert data["items"][0]["Creator"] == "editor"


def test_fullobjects_items_carry_components(client, content):
    data = client.api("/@search?portal_type=PracticePage&fullobjects=1")
    components = data["items"][0]["@components"]
    assert components["breadcrumbs"]["@id"].endswith("/@breadcrumbs")
    data = client.api("/en/practices?fullobjects=1")
    assert "@components" in data["items"][0]
    query = [{"i": "portal_type", "o": OP + "selection.any", "v": ["PracticePage"]}]
    assert "@components" in qs_post(client, query, fullobjects=True)["items"][0]


def test_unauthorized_errors_carry_context(client, practice_index):
    # (a draft answers 404 like a missing page; a login-restricted page asks for 401)
    private = factories.PracticePageFactory(parent=practice_index)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    body = client.api(f"/en/practices/{private.slug}", expect=401)
    assert body["type"] == "Unauthorized"
    assert body["context"] == "http://testserver/en/practices"
    assert client.api("/en/@types", expect=401)["context"] == "http://testserver/en"
    bad = "Basic " + base64.b64encode(b"nobody:wrong").decode()
    body = client.api("/en", expect=401, HTTP_AUTHORIZATION=bad)
    assert body["context"] == "http://testserver"


@override_settings(WAGTAILSEARCH_BACKENDS=DATABASE_SEARCH)
@pytest.mark.parametrize("text", ['"', "a\x00b", '"unbalanced', "(", "a AND", "*"])
def test_searchable_text_fts_cannot_parse_is_not_a_500(client, content, text):
    for url in (
        f"/@search?SearchableText={quote(text)}",
        f"/en/@search?SearchableText={quote(text)}",
        f"/en/practices/@search?SearchableText={quote(text)}",  # the catalog's way
    ):
        response = client.get("/++api++" + url)
        assert response.status_code in (200, 400), (url, response.content[:300])
    query = [{"i": "SearchableText", "o": OP + "string.contains", "v": text}]
    response = client.post(
        "/++api++/@querystring-search",
        json.dumps({"query": query}),
        content_type="application/json",
    )
    assert response.status_code in (200, 400), response.content[:300]


@override_settings(WAGTAILSEARCH_BACKENDS=DATABASE_SEARCH)
def test_quoted_searchable_text_still_finds(client, content):
    data = client.api("/@search?SearchableText=" + quote('"mentoring'))
    assert titles(data) == ["Mentoring apprentices"]


def test_too_many_parameters_is_a_json_400(client, practice_index):
    url = "/++api++/@search?" + "&".join(f"x{i}=1" for i in range(1200))
    response = client.get(url)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["type"] == "BadRequest"
    response = client.get(
        "/en/practices?" + "&".join("a=1" for _ in range(1200)),
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 400 and response.json()["type"] == "BadRequest"


def test_newline_in_path_is_a_json_404(client, practice_index):
    for url in ("/++api++/en/practices%0A", "/++api++/en/%0Apractices/@search"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json()["type"] == "NotFound"
    response = client.get("/en/practices%0A", HTTP_ACCEPT="application/json")
    assert response.status_code == 404 and response.json()["type"] == "NotFound"


def test_options_advertises_only_allowed_methods(client, practice_index):
    response = client.options("/++api++/@search")
    assert response.status_code == 204
    assert response["Content-Type"] == "application/json"
    allowed = {m.strip() for m in response["Allow"].split(",")}
    assert "POST" not in allowed and {"GET", "HEAD", "OPTIONS"} <= allowed
    response = client.options("/++api++/@querystring-search")
    assert "POST" in response["Allow"]
    response = client.options(
        "/++api++/@site",
        HTTP_ORIGIN="http://frontend.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert "POST" not in response["Access-Control-Allow-Methods"]
    response = client.options("/++api++/@nosuchservice")
    assert response.status_code == 404 and response.json()["type"] == "NotFound"
