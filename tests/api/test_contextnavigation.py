"""@contextnavigation: Plone's section menu, opened along the context's path."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(practice_index, event_index):
    a = factories.PracticePageFactory(parent=practice_index, title="A practice")
    b = factories.PracticePageFactory(parent=practice_index, title="B practice")
    draft = factories.PracticePageFactory(parent=practice_index, live=False)
    return {"a": a, "b": b, "draft": draft}


def titles(items):
    return [i["title"] for i in items]


def test_section_menu_lists_the_sections_children(client, tree):
    data = client.api(f"/en/practices/{tree['a'].slug}/@contextnavigation")
    assert data["@id"].endswith(f"/en/practices/{tree['a'].slug}/@contextnavigation")
    assert data["available"] is True and data["title"] == "Navigation"
    assert titles(data["items"]) == ["A practice", "B practice"]  # no draft
    current = data["items"][0]
    assert current["is_current"] and not current["is_in_path"]
    assert current["type"] == "practicepage" and current["href"] == current["@id"]


def test_section_root_itself_and_include_top(client, tree):
    data = client.api(
        "/en/practices/@contextnavigation?expand.contextnavigation.includeTop=1"
        "&expand.contextnavigation.name=Practices+menu"
    )
    assert titles(data["items"]) == ["Practices", "A practice", "B practice"]
    assert data["has_custom_name"] and data["title"] == "Practices menu"


def test_top_level_zero_opens_the_path_from_the_language_root(client, tree):
    data = client.api(
        f"/en/practices/{tree['a'].slug}/@contextnavigation"
        "?expand.contextnavigation.topLevel=0"
    )
    sections = {i["title"]: i for i in data["items"]}
    assert {"Practices", "Events"} <= set(sections)
    assert sections["Practices"]["is_in_path"]
    assert titles(sections["Practices"]["items"]) == ["A practice", "B practice"]
    assert sections["Events"]["items"] == []  # other branches stay closed
    data = client.api(
        f"/en/practices/{tree['a'].slug}/@contextnavigation"
        "?expand.contextnavigation.topLevel=0&expand.contextnavigation.bottomLevel=1"
    )
    assert all(i["items"] == [] for i in data["items"])


def test_language_root_has_no_section_menu(client, tree):
    data = client.api("/en/@contextnavigation")
    assert data["available"] is False and data["items"] == []


def test_editors_see_drafts_and_it_is_a_component(client, editor_client, tree):
    data = editor_client.api("/en/practices/@contextnavigation")
    assert len(data["items"]) == 3
    page = client.api("/en/practices?expand=contextnavigation")
    assert titles(page["@components"]["contextnavigation"]["items"]) == [
        "A practice",
        "B practice",
    ]


def test_bad_options_are_400(client, tree):
    client.api(
        "/en/practices/@contextnavigation?expand.contextnavigation.topLevel=x",
        expect=400,
    )
