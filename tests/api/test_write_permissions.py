"""Who may write what, exactly as Wagtail's page permissions say, per locale: anonymous
gets 401, a Finnish translator adds and edits Finnish pages only and cannot publish
(review instead), an editor publishes and approves; each write is in the audit log."""

import json

import pytest
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page, PageLogEntry

from cms.api.urls_public import page_path
from locales.localize import translate
from tests import factories
from tests.api.conftest import basic

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(home, practice_index, editor):
    fi_home = translate(home, "fi", {"Home": "Etusivu"})
    en_page = factories.StandardPageFactory(parent=practice_index, title="Guide")
    en_page.save_revision(user=editor).publish(user=editor)
    fi_page = translate(en_page, "fi", {"Guide": "Opas"})
    fi_index = practice_index.get_translation(fi_home.locale)
    return {
        "en": en_page,
        "fi": fi_page,
        "fi_index": fi_index,
        "en_index": practice_index,
    }


def send(client, method, page, suffix="", body=None, user=None):
    kwargs = {"content_type": "application/json"}
    if body is not None:
        kwargs["data"] = json.dumps(body)
    if user is not None:
        kwargs.update(basic(user.username))
    return getattr(client, method)("/++api++" + page_path(page) + suffix, **kwargs)


NEW = {"@type": "StandardPage", "title": "Uusi sivu"}


@pytest.mark.parametrize(
    "method,suffix,body",
    [
        ("post", "", NEW),
        ("patch", "", {"title": "x"}),
        ("delete", "", None),
        ("post", "/@workflow/retract", None),
        ("post", "/@lock", None),
        ("delete", "/@lock", None),
        ("patch", "/@history", {"version": 0}),
        ("post", "/@translations", {"id": "nl"}),
        ("delete", "/@translations", {"language": "fi"}),
    ],
)
def test_anonymous_writes_are_401(client, tree, method, suffix, body):
    response = send(client, method, tree["en"], suffix, body)
    assert response.status_code == 401, response.content
    assert response.json()["type"] == "Unauthorized"
    assert Page.objects.get(pk=tree["en"].pk).title == "Guide"


def test_fi_translator_adds_and_edits_in_fi_only(client, tree, fi_translator):
    created = send(client, "post", tree["fi_index"], body=NEW, user=fi_translator)
    assert created.status_code == 201, created.content
    new = Page.objects.get(pk=tree["fi_index"].pk).get_children().get(slug="uusi-sivu")
    assert not new.live
    assert (
        send(client, "post", tree["en_index"], body=NEW, user=fi_translator).status_code
        == 403
    )
    assert (
        send(
            client, "patch", tree["fi"], body={"title": "Opas 2"}, user=fi_translator
        ).status_code
        == 204
    )
    denied = send(client, "patch", tree["en"], body={"title": "No"}, user=fi_translator)
    assert denied.status_code == 403
    assert denied.json()["type"] == "Forbidden"
    # Wagtail lets a page's creator delete it while it is unpublished, nothing else.
    assert send(client, "delete", new, user=fi_translator).status_code == 204
    assert send(client, "delete", tree["en"], user=fi_translator).status_code == 403


def test_user_without_admin_rights_is_403(client, tree, django_user_model):
    reader = django_user_model.objects.create_user("reader", password="pw")
    response = send(client, "patch", tree["en"], body={"title": "x"}, user=reader)
    assert response.status_code == 403


def test_translator_cannot_publish_but_submits_and_editor_approves(
    client, tree, fi_translator, staff_editor
):
    fi = tree["fi"]
    send(client, "patch", fi, body={"title": "Opas, korjattu"}, user=fi_translator)
    published = send(client, "post", fi, "/@workflow/publish", user=fi_translator)
    assert published.status_code == 403
    submitted = send(client, "post", fi, "/@workflow/submit", user=fi_translator)
    assert submitted.status_code == 200, submitted.content
    assert submitted.json()["review_state"] == "pending"
    states = send(client, "get", fi, "/@workflow", user=staff_editor).json()
    assert {t["@id"].rsplit("/", 1)[1] for t in states["transitions"]} >= {
        "approve",
        "reject",
    }
    assert states["state"]["id"] == "pending"
    approved = send(client, "post", fi, "/@workflow/approve", user=staff_editor)
    assert approved.status_code == 200, approved.content
    fi.refresh_from_db()
    assert fi.live and fi.title == "Opas, korjattu"
    actions = set(PageLogEntry.objects.filter(page=fi).values_list("action", flat=True))
    assert {
        "wagtail.edit",
        "wagtail.workflow.start",
        "wagtail.workflow.approve",
        "wagtail.publish",
    } <= actions
    history = send(client, "get", fi, "/@workflow", user=staff_editor).json()["history"]
    assert [h["action"] for h in history if h["action"]][-2:] == ["approve", "publish"]


def test_editor_rejects_a_submitted_translation(
    client, tree, fi_translator, staff_editor
):
    fi = tree["fi"]
    send(client, "patch", fi, body={"title": "Opas?"}, user=fi_translator)
    send(client, "post", fi, "/@workflow/submit", user=fi_translator)
    rejected = send(
        client,
        "post",
        fi,
        "/@workflow/reject",
        {"comment": "Tarkista"},
        user=staff_editor,
    )
    assert rejected.status_code == 200
    assert rejected.json()["comments"] == "Tarkista"
    fi.refresh_from_db()
    assert fi.title == "Opas"  # the rejected revision never went live


def test_editor_publishes_and_retracts(client, tree, staff_editor):
    en = tree["en"]
    send(client, "patch", en, body={"title": "Guide v2"}, user=staff_editor)
    assert Page.objects.get(pk=en.pk).title == "Guide"  # a draft revision only
    response = send(client, "post", en, "/@workflow/publish", user=staff_editor)
    assert (
        response.status_code == 200 and response.json()["review_state"] == "published"
    )
    assert Page.objects.get(pk=en.pk).title == "Guide v2"
    assert (
        send(client, "post", en, "/@workflow/retract", user=staff_editor).json()[
            "review_state"
        ]
        == "private"
    )
    assert not Page.objects.get(pk=en.pk).live
    assert (
        send(client, "post", en, "/@workflow/nope", user=staff_editor).status_code
        == 400
    )


def test_lock_keeps_others_out(client, tree, staff_editor, fi_translator, editor):
    fi = tree["fi"]
    assert send(client, "post", fi, "/@lock", user=fi_translator).status_code == 403
    lock = send(client, "post", fi, "/@lock", user=staff_editor)
    assert lock.status_code == 200 and lock.json()["creator"] == "emma"
    denied = send(client, "patch", fi, body={"title": "x"}, user=fi_translator)
    assert denied.status_code == 403
    with translation.override("fi"):  # messages speak the content's language
        assert denied.json()["message"] == gettext("Resource is locked.")
    assert (
        send(client, "get", fi, "/@lock", user=fi_translator).json()["locked"] is True
    )
    # Someone else's lock: 409 without force; a superuser may force it.
    assert send(client, "delete", fi, "/@lock", user=editor).status_code == 409
    unlocked = send(client, "delete", fi, "/@lock", {"force": True}, user=editor)
    assert unlocked.json() == {"locked": False, "stealable": True}
    actions = PageLogEntry.objects.filter(page=fi).values_list("action", flat=True)
    assert {"wagtail.lock", "wagtail.unlock"} <= set(actions)
    assert (
        send(
            client, "patch", fi, body={"title": "Opas 3"}, user=fi_translator
        ).status_code
        == 204
    )


def test_translator_creates_a_draft_translation_in_own_locale(
    client, tree, fi_translator, editor
):
    en_page = factories.StandardPageFactory(
        parent=tree["en_index"], title="Only English"
    )
    en_page.save_revision(user=editor).publish(user=editor)
    assert (
        send(
            client, "post", en_page, "/@translations", {"id": "nl"}, user=fi_translator
        ).status_code
        == 403
    )
    response = send(
        client, "post", en_page, "/@translations", {"id": "fi"}, user=fi_translator
    )
    assert response.status_code == 201, response.content
    fi_page = en_page.get_translation(tree["fi"].locale)
    assert not fi_page.live  # it goes live only through review
    assert response.json() == {"@id": response["Location"], "language": "fi"}
    again = send(
        client, "post", en_page, "/@translations", {"id": "fi"}, user=fi_translator
    )
    assert again.status_code == 400
    client.logout()
    # Readers get the English page at the Finnish address (the marked fallback), not
    # the draft translation.
    served = client.get("/++api++" + page_path(fi_page))
    assert served.status_code == 200
    assert served.json()["language"]["token"] == "en"
    assert served.json()["translation_state"]["state"] == "fallback"


def test_delete_refuses_a_source_with_translations(client, tree, editor):
    en = tree["en"]
    refused = send(client, "delete", en, user=editor)
    assert refused.status_code == 400
    assert Page.objects.filter(pk=en.pk).exists()
    fi_pk = tree["fi"].pk
    response = client.delete(
        "/++api++" + page_path(en) + "?delete_translations=true", **basic("editor")
    )
    assert response.status_code == 204
    assert not Page.objects.filter(pk__in=[en.pk, fi_pk]).exists()
    deleted = PageLogEntry.objects.filter(
        action="wagtail.delete", page_id__in=[en.pk, fi_pk]
    )
    assert deleted.count() == 2


def test_translation_can_be_deleted_alone(client, tree, editor):
    assert send(client, "delete", tree["fi"], user=editor).status_code == 204
    assert Page.objects.filter(pk=tree["en"].pk).exists()
