"""wagtail-localize's translation editor: for a translator (who may not publish) the
bottom bar's main action submits the translation for review and there is no "Convert
to alias page"; an editor keeps localize's publish. Read from the React component's
props in the admin's response."""

import html
import json
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.operations import TranslationCreator

from locales.editor import SUBMIT
from locales.localize import translate
from locales.roles import EDITORS, translators_group_name
from tests import factories

pytestmark = pytest.mark.django_db
PROPS = re.compile(r'class="js-translation-editor" data-props="([^"]*)"')


def member(django_user_model, name, group, language="en"):
    user = django_user_model.objects.create_user(name, password="pw")
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def fi_translator(django_user_model):
    return member(django_user_model, "aino", translators_group_name("fi"), "fi")


@pytest.fixture
def fi_draft(home, practice_index, fi_translator):
    """An English page the fi translator submitted for translation: a fi draft."""
    translate(home, "fi", {"Home": "Etusivu"})
    translate(practice_index, "fi", {"Practices": "Käytännöt"})
    source = factories.PracticePageFactory(parent=practice_index, title="Coaching")
    source.save_revision().publish()
    fi = Locale.objects.get(language_code="fi")
    TranslationCreator(fi_translator, [fi]).create_translations(source)
    return source.get_translation(fi)


def editor_props(client, page) -> tuple[dict, str]:
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    text = response.content.decode()
    return json.loads(html.unescape(PROPS.search(text).group(1))), text


def test_the_translators_main_action_is_submitting_for_review(
    client, fi_draft, fi_translator
):
    client.force_login(fi_translator)
    props, text = editor_props(client, fi_draft)

    assert props["links"]["convertToAliasUrl"] is None
    # The footer's primary slot (rendered when canPublish) carries the review action,
    # labelled in the translator's admin language, put on the button by our script.
    assert props["perms"]["canPublish"] is True
    assert props["reviewAction"] == {
        "action": SUBMIT,
        "label": "Lähetä käännös tarkistettavaksi",
        "progress": "Lähetetään…",
        "disabled": False,
    }
    assert "locales/js/review_action.js" in text
    # localize's own publish stays refused to them (Wagtail sends them back).
    url = reverse("wagtailadmin_pages:edit", args=[fi_draft.pk])
    assert client.post(url, {"action": "publish"}).status_code in (302, 403)
    fi_draft.refresh_from_db()
    assert not fi_draft.live


def test_the_review_action_starts_the_workflow_and_publishes_nothing(
    client, fi_draft, fi_translator
):
    client.force_login(fi_translator)
    url = reverse("wagtailadmin_pages:edit", args=[fi_draft.pk])

    response = client.post(url, {"action": SUBMIT})

    assert response.status_code == 302 and response.url == url
    fi_draft.refresh_from_db()
    assert fi_draft.workflow_in_progress and not fi_draft.live
    props, _text = editor_props(client, fi_draft)
    assert props["reviewAction"]["disabled"] is True
    assert props["reviewAction"]["label"] == "Odottaa tarkistusta"
    # Submitting again changes nothing and says why.
    again = client.post(url, {"action": SUBMIT}, follow=True)
    assert "odottaa jo tarkistusta" in again.content.decode()
    # Publishing from the editor stays refused (the review task locks the page).
    assert client.post(url, {"action": "publish"}).status_code in (302, 403)
    fi_draft.refresh_from_db()
    assert not fi_draft.live


def test_an_editor_keeps_localizes_publish_action(client, django_user_model, fi_draft):
    editor = member(django_user_model, "emma", EDITORS)
    client.force_login(editor)

    props, _text = editor_props(client, fi_draft)

    assert props["perms"]["canPublish"] is True
    assert "reviewAction" not in props
    url = reverse("wagtailadmin_pages:edit", args=[fi_draft.pk])
    client.post(url, {"action": SUBMIT})  # not an editor's action: nothing happens
    fi_draft.refresh_from_db()
    assert not fi_draft.workflow_in_progress
