"""No key is ever accepted and dropped: every key of Plone 6's Document schema
(plone.app.contenttypes' Document with plone.volto's behaviours, as plone.restapi's
``types_document`` recording lists it) is stored, or refused with a 400 naming it.
Bookkeeping keys of the read representation and of Volto's forms are documented
meta (``IGNORED``) and change nothing."""

import pytest
from wagtail.models import Page

from cms.api.deserializers.content import IGNORED
from tests import factories
from tests.api.editing_fixtures import send

pytestmark = pytest.mark.django_db

# Each Document key with a value that changes something (blocks and blocks_layout
# are the blocks serializer's; they are tested there).
DOCUMENT_KEYS = {
    "title": "Renamed",
    "description": "A new summary.",
    "id": "renamed",
    "language": "en",
    "effective": "2030-01-02T10:00:00+00:00",
    "expires": "2031-01-02T10:00:00+00:00",
    "exclude_from_nav": True,
    "changeNote": "Fixed the summary.",
    "subjects": ["Apprenticeships"],
    "relatedItems": ["0" * 32],
    "creators": ["bob"],
    "contributors": ["alice"],
    "rights": "CC BY 4.0",
    "allow_discussion": True,
    "table_of_contents": True,
    "versioning_enabled": False,
    "text": {"data": "<p>Body</p>", "content-type": "text/html"},
    "preview_image": None,
    "preview_caption": "A caption",
    "nextPreviousEnabled": True,
}
# Where a stored key reads back (GET as the editor, who reads the latest revision).
READ_BACK = {
    "title": lambda d: d["title"],
    "description": lambda d: d["description"],
    "id": lambda d: d["id"],
    "language": lambda d: d["language"]["token"],
    "effective": lambda d: d["effective"][:10] + "T10:00:00+00:00",
    "expires": lambda d: d["expires"][:10] + "T10:00:00+00:00",
    "exclude_from_nav": lambda d: d["exclude_from_nav"],
}


def read(client, page, user) -> dict:
    page = Page.objects.get(pk=page.pk)
    return send(client, "get", page, user=user).json()


@pytest.mark.parametrize("key", sorted(DOCUMENT_KEYS))
def test_every_document_key_is_stored_or_refused(client, tree, editor, key):
    value = DOCUMENT_KEYS[key]
    response = send(client, "patch", tree["en"], body={key: value}, user=editor)
    if response.status_code == 400:
        assert [e["field"] for e in response.json()["errors"]] == [key]
        return
    assert response.status_code == 204, response.content
    if key == "changeNote":
        history = send(client, "get", tree["en"], "/@history", user=editor).json()
        # Newest first; a workflow event of the same second may come before it.
        newest = next(e for e in history if e["type"] == "versioning")
        assert newest["comments"] == value
    else:
        assert READ_BACK[key](read(client, tree["en"], editor)) == value


@pytest.mark.parametrize(
    "key",
    ["subjects", "relatedItems", "creators", "contributors", "rights",
     "allow_discussion", "table_of_contents", "versioning_enabled", "text",
     "preview_image", "preview_caption", "nextPreviousEnabled"],
)  # fmt: skip
def test_document_keys_a_standard_page_cannot_hold_are_refused(
    client, tree, editor, key
):
    body = {key: DOCUMENT_KEYS[key]}
    response = send(client, "patch", tree["en"], body=body, user=editor)
    assert response.status_code == 400, response.content


def test_reported_values_of_fixed_keys_are_accepted(client, tree, editor):
    data = read(client, tree["en"], editor)
    keys = ["subjects", "relatedItems", "creators", "contributors", "rights",
            "allow_discussion", "versioning_enabled", "table_of_contents"]  # fmt: skip
    body = {k: data.get(k, {"versioning_enabled": True}.get(k, False)) for k in keys}
    response = send(client, "patch", tree["en"], body=body, user=editor)
    assert response.status_code == 204, response.content


def test_meta_keys_change_nothing(client, tree, editor):
    data = read(client, tree["en"], editor)
    meta = {k: data[k] for k in IGNORED if k in data and k not in ("@type",)}
    meta.update({"@static_behaviors": None, "parent": {"@id": "x"}})
    response = send(client, "patch", tree["en"], body=meta, user=editor)
    assert response.status_code == 204
    assert read(client, tree["en"], editor)["title"] == "Guide"


def test_translation_of_on_an_edit_is_refused(client, tree, editor):
    body = {"translation_of": "/fi/x"}
    response = send(client, "patch", tree["en"], body=body, user=editor)
    assert response.status_code == 400


def test_subjects_are_a_practices_themes(client, practice_index, editor):
    theme = factories.ThemeFactory(name="Apprenticeships")
    practice = factories.PracticePageFactory(parent=practice_index)
    body = {"subjects": ["Apprenticeships"]}
    assert send(client, "patch", practice, body=body, user=editor).status_code == 204
    data = read(client, practice, editor)
    assert data["subjects"] == ["Apprenticeships"]
    assert [t["token"] for t in data["themes"]] == [theme.slug]


def test_unknown_subject_is_refused(client, practice_index, editor):
    practice = factories.PracticePageFactory(parent=practice_index)
    body = {"subjects": ["No such theme"]}
    response = send(client, "patch", practice, body=body, user=editor)
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "subjects"


def test_related_items_are_a_news_articles_related_articles(client, news_index, editor):
    article, other = (factories.NewsPageFactory(parent=news_index) for _ in "ab")
    uid = read(client, other, editor)["UID"]
    body = {"relatedItems": [{"UID": uid}]}
    assert send(client, "patch", article, body=body, user=editor).status_code == 204
    related = read(client, article, editor)["relatedItems"]
    assert [r["UID"] for r in related] == [uid]
