"""Plone's type names as aliases (cms.api.type_names): Document, News Item, Event and
Folder are accepted in @type on POST, in portal_type queries (catalog, @search,
@querystring-search), in @querystring's values and at @types/<name>; replies keep
vetcms's names."""

import json

import pytest

from pages.models import NewsPage, StandardPage
from tests import factories
from tests.api.conftest import basic

pytestmark = pytest.mark.django_db


def post(client, path, body, **extra):
    return client.post(
        "/++api++" + path,
        data=json.dumps(body),
        content_type="application/json",
        **{**basic("editor"), **extra},
    )


def test_document_creates_a_standard_page_and_answers_its_own_name(
    client, editor, home
):
    response = post(client, "/en", {"@type": "Document", "title": "About"})
    assert response.status_code == 201, response.content
    assert response.json()["@type"] == "StandardPage"
    assert StandardPage.objects.filter(title="About").exists()


def test_news_item_creates_a_news_page(client, editor, news_index):
    response = post(
        client,
        f"/en/{news_index.slug}",
        {"@type": "News Item", "title": "N", "lead": "L"},
    )
    assert response.status_code == 201, response.content
    assert NewsPage.objects.filter(title="N").exists()


def test_event_creates_an_event_page(client, editor, event_index):
    body = {
        "@type": "Event",
        "title": "Forum",
        "start": "2027-03-01T09:00:00+00:00",
        "end": "2027-03-01T16:00:00+00:00",
    }
    response = post(client, f"/en/{event_index.slug}", body)
    assert response.status_code == 201, response.content
    assert response.json()["@type"] == "EventPage"


def test_folder_creates_the_first_index_type_addable_there(client, editor, home):
    response = post(client, "/en", {"@type": "Folder", "title": "Sections"})
    assert response.status_code == 201, response.content
    assert response.json()["@type"].endswith("IndexPage")


def test_alias_still_follows_the_parents_type_rules(client, editor, event_index):
    response = post(
        client, f"/en/{event_index.slug}", {"@type": "Document", "title": "x"}
    )
    assert response.status_code == 400
    assert "Disallowed subobject type" in response.json()["message"]


def test_unknown_type_name_is_still_400(client, editor, home):
    response = post(client, "/en", {"@type": "Collection", "title": "x"})
    assert response.status_code == 400
    assert response.json()["message"] == "Unknown @type: Collection."


@pytest.fixture
def mixed(home, news_index, event_index):
    factories.StandardPageFactory(parent=home, title="Plain")
    factories.NewsPageFactory(parent=news_index, title="Headline")
    return home


@pytest.mark.parametrize(
    "plone, vetcms",
    [("Document", "StandardPage"), ("News Item", "NewsPage"), ("Folder", None)],
)
def test_portal_type_alias_in_the_catalog_search(client, mixed, plone, vetcms):
    data = client.api("/@search", data={"portal_type": plone, "path": "/en"})
    types = {item["@type"] for item in data["items"]}
    assert data["items_total"] >= 1
    if vetcms:
        assert types == {vetcms}
    else:
        assert types == {"NewsIndexPage", "EventIndexPage"}


def test_portal_type_alias_in_querystring_search(client, mixed):
    query = {
        "query": [
            {
                "i": "portal_type",
                "o": "plone.app.querystring.operation.selection.any",
                "v": ["Document"],
            }
        ]
    }
    data = client.api(
        "/en/@querystring-search",
        method="post",
        data=json.dumps(query),
        content_type="application/json",
    )
    assert [item["title"] for item in data["items"]] == ["Plain"]


def test_querystring_offers_plone_names_beside_vetcms_names(client, home):
    values = client.api("/@querystring")["indexes"]["portal_type"]["values"]
    assert "StandardPage" in values
    assert values["Document"]["title"] == values["StandardPage"]["title"]
    assert {"News Item", "Event", "Folder"} <= set(values)


def test_types_schema_by_plone_name(client, editor, home):
    schema = client.api("/@types/Document", **basic("editor"))
    assert schema == client.api("/@types/StandardPage", **basic("editor"))


def test_types_by_plone_name_still_needs_a_user(client, home):
    client.api("/@types/Document", expect=401)


def test_types_folder_is_an_index_type(client, editor, home):
    schema = client.api("/@types/Folder", **basic("editor"))
    assert schema == client.api("/@types/PracticeIndexPage", **basic("editor"))
