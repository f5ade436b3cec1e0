"""Content GET: Plone's keys, the type's own fields, items with batching."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db

STANDARD_KEYS = {
    "@id",
    "@type",
    "id",
    "UID",
    "type_title",
    "title",
    "description",
    "language",
    "review_state",
    "created",
    "modified",
    "effective",
    "expires",
    "is_folderish",
    "parent",
    "previous_item",
    "next_item",
    "layout",
    "lock",
    "@components",
}


def test_content_has_plone_standard_keys(client, practices):
    practices[1].save_revision().publish()
    data = client.api(f"/en/practices/{practices[1].slug}")
    assert STANDARD_KEYS <= set(data)
    assert len(data["UID"]) == 32 and data["review_state"] == "published"
    assert data["parent"]["@id"] == "http://testserver/en/practices"
    assert data["previous_item"]["@id"].endswith(practices[0].slug)
    assert data["next_item"]["@id"].endswith(practices[2].slug)
    assert data["created"].endswith("+00:00")


def test_type_fields_are_serialized(client, practice_index):
    theme = factories.ThemeFactory(name="Guidance", slug="guidance")
    page = factories.PracticePageFactory(
        parent=practice_index, countries=["FI", "NO"], themes=[theme], kind="quick-win"
    )
    data = client.api(f"/en/practices/{page.slug}")
    assert data["kind"] == {"token": "quick-win", "title": "Quick win"}
    assert {c["token"] for c in data["countries"]} == {"FI", "NO"}
    assert data["themes"] == [{"token": "guidance", "title": "Guidance"}]
    assert data["summary"] == page.summary


def test_rich_text_links_are_resolved_to_public_urls(
    client, news_index, practice_index
):
    html = f'<p>See <a linktype="page" id="{practice_index.pk}">practices</a>.</p>'
    news = factories.NewsPageFactory(
        parent=news_index, body=[{"type": "paragraph", "value": html}]
    )
    block = client.api(f"/en/news/{news.slug}")["body"][0]
    assert block["type"] == "paragraph"
    assert 'href="http://testserver/en/practices/"' in block["value"]
    assert "linktype" not in block["value"]


def test_event_has_plone_event_keys(client, event_index):
    event = factories.EventPageFactory(parent=event_index, venue="Thessaloniki")
    data = client.api(f"/en/events/{event.slug}")
    assert data["start"].endswith("+00:00") and data["location"] == "Thessaloniki"
    assert data["time_zone"]["token"] == "Europe/Brussels"


def test_folder_items_are_summaries_in_tree_order(client, practices):
    data = client.api("/en/practices")
    assert data["items_total"] == 3 and "batching" not in data
    assert [i["title"] for i in data["items"]] == [p.title for p in practices]
    assert set(data["items"][0]) >= {
        "@id",
        "@type",
        "title",
        "description",
        "review_state",
        "type_title",
        "image_field",
    }


def test_batching_links_follow_plone(client, practice_index):
    for _ in range(5):
        factories.PracticePageFactory(parent=practice_index)
    data = client.api("/en/practices?b_size=2&b_start=2")
    assert len(data["items"]) == 2 and data["items_total"] == 5
    links = data["batching"]
    assert links["first"] == "http://testserver/en/practices?b_start=0&b_size=2"
    assert links["last"].startswith("http://testserver/en/practices?b_start=4")
    assert "b_start=4" in links["next"] and "b_start=0" in links["prev"]


def test_drafts_are_not_listed_for_anonymous(client, practices, practice_index):
    factories.PracticePageFactory(
        parent=practice_index, live=False, title="Secret draft"
    )
    data = client.api("/en/practices")
    assert "Secret draft" not in [i["title"] for i in data["items"]]


def test_fullobjects_serializes_children_fully(client, practices):
    data = client.api("/en/practices?fullobjects=1")
    assert "kind" in data["items"][0] and "UID" in data["items"][0]


def test_components_are_stubs_unless_expanded(client, practices):
    data = client.api("/en/practices")
    assert data["@components"]["breadcrumbs"] == {
        "@id": "http://testserver/en/practices/@breadcrumbs"
    }
    expanded = client.api(
        "/en/practices?expand=breadcrumbs,navigation,translations,"
        "navroot,actions,workflow&expand.navigation.depth=2"
    )
    components = expanded["@components"]
    assert components["breadcrumbs"]["items"][0]["title"] == "Practices"
    assert components["navroot"]["navroot"]["@id"] == "http://testserver/en"
    assert components["workflow"]["transitions"] == []
    nav = components["navigation"]["items"]
    assert nav[1]["items"][0]["title"] == "Practice 000" or nav[1]["items"]


def test_anonymous_types_expansion_is_401(client, practice_index):
    client.api("/en/practices?expand=types", expect=401)


def test_editor_types_expansion_is_a_list(editor_client, practice_index):
    types = editor_client.api("/en/practices?expand=types")["@components"]["types"]
    assert isinstance(types, list)
    assert {"@id", "id", "title", "addable"} <= set(types[0])


def test_translation_state_comes_from_the_translation_workflow(client, fi_home):
    assert client.api("/en")["translation_state"]["state"] == "source"
    state = client.api("/fi")["translation_state"]
    assert state["language"] == "fi" and state["state"] != "source"


def test_detail_neighbours_skip_pages_the_reader_may_not_see(
    client, editor_client, practice_index
):
    first = factories.PracticePageFactory(parent=practice_index, title="First")
    factories.PracticePageFactory(parent=practice_index, live=False, title="Draft")
    middle = factories.PracticePageFactory(parent=practice_index, title="Middle")
    expired = factories.PracticePageFactory(parent=practice_index, title="Expired")
    expired.expire_at = timezone.now() - timedelta(minutes=1)  # scheduler not run yet
    expired.save()
    data = client.api(f"/en/practices/{middle.slug}")
    assert data["previous_item"]["title"] == "First"
    assert data["next_item"] == {}
    assert data["parent"]["title"] == practice_index.title
    assert data["parent"]["description"] == practice_index.intro
    seen = editor_client.api(f"/en/practices/{middle.slug}")
    assert seen["previous_item"]["title"] == "Draft"
    assert seen["next_item"]["title"] == "Expired"
    assert seen["next_item"]["description"] == expired.summary
    assert client.api(f"/en/practices/{first.slug}")["previous_item"] == {}
