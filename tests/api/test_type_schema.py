"""@types/{name}: a JSON Schema good enough for an add form, read from the type's
Wagtail editor (tabs → fieldsets, panels → field order, the admin form → required,
widgets, choices, vocabularies)."""

import pytest

pytestmark = pytest.mark.django_db


def schema(client, name):
    response = client.get(f"/++api++/@types/{name}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json+schema"
    return response.json()


def test_fieldsets_follow_the_editor_tabs(editor_client, home):
    data = schema(editor_client, "EventPage")
    ids = [f["id"] for f in data["fieldsets"]]
    assert ids[0] == "default" and "promote" in ids
    default = data["fieldsets"][0]["fields"]
    assert default[:3] == ["title", "start", "end"]  # the editor's order
    promote = next(f for f in data["fieldsets"] if f["id"] == "promote")["fields"]
    assert "slug" in promote and "search_description" in promote
    every = [n for f in data["fieldsets"] for n in f["fields"]]
    assert set(every) == set(data["properties"])


def test_required_fields_are_the_editors(editor_client, home):
    data = schema(editor_client, "EventPage")
    assert {"title", "start", "end", "time_zone"} <= set(data["required"])
    assert "venue" not in data["required"] and "slug" not in data["required"]


def test_widgets_formats_and_lengths(editor_client, home):
    props = schema(editor_client, "EventPage")["properties"]
    assert props["start"]["format"] == "date-time"
    assert props["start"]["widget"] == "datetime"
    assert props["online_url"]["format"] == "uri"
    assert props["online"]["type"] == "boolean" and props["online"]["default"] is False
    assert props["venue"]["maxLength"] == 255
    assert props["summary"]["widget"] == "textarea"
    # The body is offered as Volto's blocks (tests/api/test_blocks.py).
    assert "body" not in props and props["blocks"]["factory"] == "JSONField"
    assert props["project"]["widget"] == "object_browser"
    assert props["time_zone"]["choices"] and "enum" in props["time_zone"]


def test_choices_and_vocabularies(editor_client, home):
    props = schema(editor_client, "PracticePage")["properties"]
    assert props["kind"]["enum"] == ["good-practice", "quick-win", "tool"]
    assert ["tool", "Tool / toolkit"] in props["kind"]["choices"]
    themes = props["themes"]
    assert themes["type"] == "array" and themes["uniqueItems"]
    assert themes["items"]["vocabulary"]["@id"].endswith("/@vocabularies/themes")


def test_inline_panels_are_lists(editor_client, home):
    props = schema(editor_client, "NewsPage")["properties"]
    assert props["people"]["type"] == "array"
    assert "person" in props["people"]["items"]["properties"]
    assert props["date"]["format"] == "date"


def test_every_page_type_has_a_schema(editor_client, home):
    for item in editor_client.api("/@types"):
        data = schema(editor_client, item["id"])
        assert data["fieldsets"] and "title" in data["required"]
