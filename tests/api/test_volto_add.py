"""Adding from Volto 17: the Add menu lists what may be added here, and the add form's
payload (every schema default, ``parent``, ``@static_behaviors: null``, ``@type``,
``Add.jsx`` onSubmit) creates the page."""

import pytest
from wagtail.models import Page

from tests.api.editing_fixtures import send

pytestmark = pytest.mark.django_db


def addable(client, page, user) -> list[str]:
    types = send(client, "get", page, "/@types", user=user).json()
    return [t["id"] for t in types if t["addable"]]


def volto_add_payload(client, page, type_name, user) -> dict:
    """What Volto's Form sends for an add: the schema's defaults, the form's own
    keys and the title the editor typed (required text fields filled in too)."""
    schema = send(client, "get", page, f"/@types/{type_name}", user=user).json()
    data = {k: p["default"] for k, p in schema["properties"].items() if "default" in p}
    for name in schema["required"]:
        prop = schema["properties"][name]
        if name not in data and prop.get("type") == "string" and "choices" not in prop:
            data[name] = f"A {name}"
    data["title"] = f"New {type_name}"
    data["parent"] = {"@id": send(client, "get", page, user=user).json()["@id"]}
    return {**data, "@static_behaviors": None, "@type": type_name}


def test_add_menu_lists_the_types_wagtail_allows_here(client, tree, editor):
    assert set(addable(client, tree["en_index"], editor)) == {
        "PracticePage", "StandardPage"
    }  # fmt: skip
    assert addable(client, tree["en"], editor) == ["StandardPage"]


def test_add_menu_is_empty_without_add_permission(client, tree, fi_translator):
    assert addable(client, tree["en_index"], fi_translator) == []
    assert "StandardPage" in addable(client, tree["fi_index"], fi_translator)


def test_volto_add_payload_creates_each_type_addable_under_a_language_root(
    client, tree, editor
):
    root = tree["en_index"].get_parent()
    types = addable(client, root, editor)
    assert types
    for type_name in types:
        body = volto_add_payload(client, root, type_name, editor)
        response = send(client, "post", root, body=body, user=editor)
        assert response.status_code == 201, (type_name, response.content)
        assert response.json()["@type"] == type_name


def test_volto_add_payload_creates_a_standard_page_with_its_settings(
    client, tree, editor
):
    body = volto_add_payload(client, tree["en_index"], "StandardPage", editor)
    body.update(show_in_menus=True, slug="from-volto",
                go_live_at="2031-05-01T08:00:00+00:00")  # fmt: skip
    response = send(client, "post", tree["en_index"], body=body, user=editor)
    assert response.status_code == 201, response.content
    page = (
        Page.objects.get(pk=tree["en_index"].pk).get_children().get(slug="from-volto")
    )
    assert page.show_in_menus and page.go_live_at.year == 2031 and not page.live


def test_type_schemas_offer_only_writable_or_read_only_fields(client, tree, editor):
    """Every field offered without ``readonly`` is one a write stores: setting it
    never answers "Unknown or read-only field" (other validation may still object)."""
    from django.core.exceptions import ValidationError
    from django.test import RequestFactory

    from cms.api.deserializers.registry import deserializer_class
    from cms.api.serializers import registry

    request = RequestFactory().get("/")
    for model in registry.page_models():
        schema = send(client, "get", tree["en"], f"/@types/{model.__name__}",
                      user=editor).json()  # fmt: skip
        page = model(locale_id=tree["en"].locale_id)
        deserializer = deserializer_class(model)(request, page, parent=tree["en"])
        for name, prop in schema["properties"].items():
            if prop.get("readonly"):
                continue
            try:
                deserializer.set(name, prop.get("default"))
            except ValidationError as error:
                assert "Unknown or read-only field." not in error.messages, (
                    model.__name__,
                    name,
                )


def test_news_inline_rows_are_offered_read_only(client, tree, editor):
    schema = send(client, "get", tree["en"], "/@types/NewsPage", user=editor).json()
    assert schema["properties"]["people"]["readonly"] is True
    assert "readonly" not in schema["properties"]["title"]
