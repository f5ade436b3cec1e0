"""@site, @navigation, @breadcrumbs, @navroot, @translations, @workflow, @actions."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_site_is_public_and_multilingual(client, home):
    data = client.api("/@site")
    assert data["features"]["multilingual"] is True
    assert data["plone.available_languages"] == ["en", "fi", "nl", "et", "lv"]
    assert data["plone.default_language"] == "en"


def test_navigation_starts_at_the_language_root(client, practices, event_index):
    items = client.api("/en/practices/@navigation")["items"]
    assert [i["title"] for i in items] == ["Home", "Practices", "Events"]
    assert items[1]["items"] == []


def test_navigation_depth_nests_children(client, practices):
    items = client.api("/en/@navigation?expand.navigation.depth=2")["items"]
    assert [i["title"] for i in items[1]["items"]] == [p.title for p in practices]


def test_navigation_depth_must_be_a_positive_integer(client, home):
    client.api("/en/@navigation?expand.navigation.depth=zero", expect=400)


def test_breadcrumbs_exclude_the_language_root(client, practices):
    data = client.api(f"/en/practices/{practices[0].slug}/@breadcrumbs")
    assert [i["title"] for i in data["items"]] == ["Practices", practices[0].title]
    assert data["root"] == "http://testserver/en"


def test_navroot_is_the_language_root(client, practices):
    data = client.api(f"/en/practices/{practices[0].slug}/@navroot")
    assert data["navroot"]["@type"] == "LRF"
    assert "items" not in data["navroot"] and "@components" not in data["navroot"]


def test_translations_list_other_languages_and_roots(client, fi_home):
    data = client.api("/en/@translations")
    assert data["items"] == [{"@id": "http://testserver/fi", "language": "fi"}]
    assert data["root"] == {"en": "http://testserver/en", "fi": "http://testserver/fi"}


def test_unpublished_translations_are_hidden(client, home):
    from locales.localize import translate

    translate(home, "fi", publish=False)
    assert client.api("/en/@translations")["items"] == []
    client.api("/fi", expect=404)


def test_workflow_answers_anonymous_with_state_and_no_transitions(client, practices):
    data = client.api(f"/en/practices/{practices[0].slug}/@workflow")
    assert data["state"]["id"] == "published" and data["transitions"] == []


def test_workflow_of_a_draft_is_404_for_anonymous(client, practice_index):
    draft = factories.PracticePageFactory(parent=practice_index, live=False)
    client.api(f"/en/practices/{draft.slug}/@workflow", expect=404)


def test_actions_offer_view_and_tabs(client, practices):
    data = client.api("/en/@actions")
    assert data["object"][0]["id"] == "view"
    assert [t["title"] for t in data["portal_tabs"]] == ["Practices"]


def test_translation_locator_points_at_the_parents_translation(
    editor_client, fi_home, practice_index
):
    page = factories.PracticePageFactory(parent=practice_index)
    data = editor_client.api(
        f"/en/practices/{page.slug}/@translation-locator?target_language=fi"
    )
    assert data["@id"] == "http://testserver/fi"


def test_translation_locator_needs_an_editor(client, practices):
    client.api(
        f"/en/practices/{practices[0].slug}/@translation-locator?target_language=fi",
        expect=401,
    )
