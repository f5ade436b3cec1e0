"""Volto's "Manage translations" → "Add translation": @translation-locator names the
folder, the add form there posts ``translation_of`` and ``language``; the translation
is made by wagtail-localize as a draft with the submitted fields, which goes live
only when an editor approves it."""

import pytest
from wagtail.models import Page

from cms.api.urls_public import page_path
from tests import factories
from tests.api.editing_fixtures import send

pytestmark = pytest.mark.django_db


@pytest.fixture
def source(tree, editor):
    page = factories.StandardPageFactory(parent=tree["en_index"], title="Manual")
    page.save_revision(user=editor).publish(user=editor)
    return page


def add_translation(client, tree, source, user, language="fi", **fields):
    return add_translation_as(client, tree, source, user, language, fields)


def add_translation_as(client, tree, source, user, language, fields):
    """The calls Volto makes: CreateTranslation.jsx asks the locator, Add.jsx posts
    its form to the folder found, with ``translation_of`` and ``language``."""
    locator = f"/@translation-locator?target_language={language}"
    located = send(client, "get", source, locator, user=user)
    if located.status_code != 200:
        return located
    assert located.json()["@id"].endswith(page_path(tree["fi_index"]))
    body = {
        "title": "Käsikirja",
        "summary": "Ohjeet.",
        "parent": {"@id": located.json()["@id"]},
        "@static_behaviors": None,
        "@type": "StandardPage",
        "translation_of": page_path(source),
        "language": language,
        **fields,
    }
    return send(client, "post", tree["fi_index"], body=body, user=user)


def finnish(source):
    return Page.objects.filter(
        translation_key=source.translation_key, locale__language_code="fi"
    ).first()


def test_add_form_creates_a_draft_translation(client, tree, source, fi_translator):
    response = add_translation(client, tree, source, fi_translator)
    assert response.status_code == 201, response.content
    assert response.json()["title"] == "Käsikirja"
    assert response.json()["language"]["token"] == "fi"
    target = finnish(source)
    assert not target.live
    draft = target.get_latest_revision_as_object()
    assert (draft.title, draft.summary) == ("Käsikirja", "Ohjeet.")


def test_draft_translation_is_not_shown_to_readers(client, tree, source, fi_translator):
    add_translation(client, tree, source, fi_translator)
    served = client.get("/++api++" + page_path(tree["fi_index"]) + "/" + source.slug)
    assert served.status_code == 200
    assert served.json()["title"] == "Manual"
    assert served.json()["translation_state"]["state"] == "fallback"


def test_translation_goes_live_when_an_editor_approves(
    client, tree, source, fi_translator, staff_editor
):
    add_translation(client, tree, source, fi_translator)
    target = finnish(source)
    workflow = send(client, "get", target, "/@workflow", user=fi_translator).json()
    offered = {t["@id"].rsplit("/", 1)[1] for t in workflow["transitions"]}
    assert "submit" in offered and "publish" not in offered
    submit = send(client, "post", target, "/@workflow/submit", user=fi_translator)
    assert submit.status_code == 200, submit.content
    assert not Page.objects.get(pk=target.pk).live
    approve = send(client, "post", target, "/@workflow/approve", user=staff_editor)
    assert approve.status_code == 200, approve.content
    target = Page.objects.get(pk=target.pk).specific
    assert target.live and target.title == "Käsikirja"


def test_translator_of_another_language_gets_403(
    client, tree, source, django_user_model
):
    from locales.roles import translators_group_name
    from tests.conftest import member

    dutch = member(django_user_model, "noor", translators_group_name("nl"))
    response = add_translation(client, tree, source, dutch)
    assert response.status_code == 403  # at the locator: Volto stops there
    body = {"@type": "StandardPage", "title": "X", "translation_of": page_path(source)}
    posted = send(client, "post", tree["fi_index"], body=body, user=dutch)
    assert posted.status_code == 403
    assert finnish(source) is None


def test_language_must_be_the_folders(client, tree, source, editor):
    response = add_translation_as(
        client, tree, source, editor, "fi", {"language": "nl"}
    )
    assert response.status_code == 400
    assert finnish(source) is None


def test_type_must_be_the_sources(client, tree, source, editor):
    fields = {"@type": "PracticePage"}
    response = add_translation(client, tree, source, editor, **fields)
    assert response.status_code == 400
    assert finnish(source) is None
