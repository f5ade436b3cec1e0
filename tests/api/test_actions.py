"""@actions lists what the requester may do on that page, from Wagtail's page
permissions in its locale (what Volto's toolbar, "More" menu and edit route read)."""

import pytest

from tests.api.editing_fixtures import send

pytestmark = pytest.mark.django_db


def actions(client, page, user=None) -> dict:
    response = send(client, "get", page, "/@actions", user=user)
    assert response.status_code == 200, response.content
    data = response.json()
    return {key: [a["id"] for a in data[key]] for key in data if key != "@id"}


def test_anonymous_reader_only_views_and_may_log_in(client, tree):
    got = actions(client, tree["en"])
    assert got["object"] == ["view"]
    assert got["object_buttons"] == []
    assert got["user"] == ["login"]


def test_fi_translator_edits_a_finnish_page(client, tree, fi_translator):
    got = actions(client, tree["fi"], fi_translator)
    assert {"view", "edit", "history"} <= set(got["object"])
    assert "local_roles" not in got["object"]  # sharing is the admins' (groups)
    # Translators hold add and change only: no move, no delete.
    assert got["object_buttons"] == ["copy", "rename"]
    assert got["user"] == ["preferences", "logout"]


def test_fi_translator_may_not_edit_an_english_page(client, tree, fi_translator):
    got = actions(client, tree["en"], fi_translator)
    assert "edit" not in got["object"]
    assert "folderContents" not in got["object"]
    assert not {"cut", "delete", "rename"} & set(got["object_buttons"])


def test_fi_translator_has_folder_contents_on_a_finnish_section(
    client, tree, fi_translator
):
    assert (
        "folderContents" in actions(client, tree["fi_index"], fi_translator)["object"]
    )


def test_staff_editor_gets_plones_editing_actions(client, tree, staff_editor):
    got = actions(client, tree["en_index"], staff_editor)
    assert got["object"][:4] == ["view", "edit", "folderContents", "history"]
    # The Editors group holds no page delete permission, so no delete button.
    assert got["object_buttons"] == ["cut", "copy", "rename"]


def test_page_without_children_has_no_folder_contents(client, tree, staff_editor):
    from tests import factories

    event = factories.EventPageFactory(
        parent=factories.EventIndexPageFactory(parent=tree["en_index"].get_parent())
    )
    assert "folderContents" not in actions(client, event, staff_editor)["object"]


def test_superuser_also_gets_sharing(client, tree, editor):
    got = actions(client, tree["en"], editor)
    assert got["object"] == ["view", "edit", "folderContents", "history", "local_roles"]


def test_superuser_gets_every_object_button(client, tree, editor):
    buttons = actions(client, tree["en"], editor)["object_buttons"]
    assert buttons == ["cut", "copy", "delete", "rename"]


def test_language_root_cannot_be_cut_deleted_or_renamed(client, tree, editor):
    assert actions(client, tree["fi_home"], editor)["object_buttons"] == []


def test_site_actions_link_the_sitemap_and_the_languages_site_pages(client, tree):
    from tests import factories

    contact = factories.StandardPageFactory(
        parent=tree["en_index"].get_parent(), slug="contact", title="Contact"
    )
    contact.save_revision().publish()
    response = send(client, "get", tree["en"], "/@actions").json()
    site = {a["id"]: a["url"] for a in response["site_actions"]}
    assert site["sitemap"].endswith("/en/sitemap")
    assert site["contact"].endswith("/en/contact")
    assert "accessibility" not in site  # the test site has no such page
