"""Those who may edit a page read its latest revision (Plone's PATCH is the content,
so Volto shows what was just saved); everyone else reads the live version."""

import pytest

from tests.api.editing_fixtures import send

pytestmark = pytest.mark.django_db


def title(client, page, user=None) -> str:
    response = send(client, "get", page, user=user)
    assert response.status_code == 200, response.content
    return response.json()["title"]


def test_editor_reads_back_what_they_saved(client, tree, staff_editor):
    saved = send(client, "patch", tree["en"], body={"title": "Guide v2"},
                 user=staff_editor)  # fmt: skip
    assert saved.status_code == 204
    assert title(client, tree["en"], staff_editor) == "Guide v2"


def test_anonymous_reader_still_reads_the_live_version(client, tree, staff_editor):
    send(client, "patch", tree["en"], body={"title": "Guide v2"}, user=staff_editor)
    assert title(client, tree["en"]) == "Guide"


def test_translator_of_another_locale_does_not_see_the_draft(
    client, tree, staff_editor, fi_translator
):
    send(client, "patch", tree["en"], body={"title": "Guide v2"}, user=staff_editor)
    assert title(client, tree["en"], fi_translator) == "Guide"


def test_translator_reads_their_own_draft_of_a_finnish_page(
    client, tree, fi_translator
):
    send(client, "patch", tree["fi"], body={"title": "Opas 2"}, user=fi_translator)
    assert title(client, tree["fi"], fi_translator) == "Opas 2"
    assert title(client, tree["fi"]) == "Opas"


def test_etag_and_last_modified_change_with_the_revision(
    client, tree, staff_editor, monkeypatch
):
    import datetime as dt

    from django.utils import timezone

    before = send(client, "get", tree["en"], user=staff_editor)
    later = timezone.now() + dt.timedelta(minutes=5)
    monkeypatch.setattr(timezone, "now", lambda: later)  # the edit happens later
    send(client, "patch", tree["en"], body={"title": "Guide v2"}, user=staff_editor)
    after = send(client, "get", tree["en"], user=staff_editor,
                 HTTP_IF_NONE_MATCH=before["ETag"])  # fmt: skip
    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
    assert after["Last-Modified"] != before["Last-Modified"]
    assert after["Cache-Control"] == "private, no-cache"
