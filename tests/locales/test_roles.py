"""Editors work in every locale; "Translators (<ll>)" translate and submit in their own
locale only, and cannot publish: permissions are enforced, not just hidden."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page, WorkflowPage

from locales.localize import translate
from locales.permissions import editable_language_codes
from locales.roles import EDITORS, REVIEW_WORKFLOW, setup_roles, translators_group_name
from tests import factories


@pytest.fixture
def practice_fi_nl(practice_index, fi_home, nl_home):
    practice = factories.PracticePageFactory(parent=practice_index, title="Coaching")
    translate(practice_index, "fi", {"Practices": "Käytännöt"})
    translate(practice_index, "nl", {"Practices": "Praktijken"})
    return (
        translate(practice, "fi", {"Coaching": "Valmennus"}),
        translate(practice, "nl", {"Coaching": "Coaching NL"}),
    )


def test_every_install_has_editors_and_one_translators_group_per_locale(db):
    names = set(Group.objects.values_list("name", flat=True))
    assert {
        EDITORS,
        *(translators_group_name(c) for c in ("fi", "nl", "et", "lv")),
    } <= names
    assert translators_group_name("en") not in names


def test_setup_is_idempotent(fi_home):
    before = (Group.objects.count(), WorkflowPage.objects.count())
    setup_roles()
    setup_roles()
    assert (Group.objects.count(), WorkflowPage.objects.count()) == before


def test_a_new_locale_tree_goes_to_its_translators_and_the_review_workflow(fi_home):
    group = Group.objects.get(name=translators_group_name("fi"))
    codenames = set(
        group.page_permissions.filter(page=fi_home).values_list(
            "permission__codename", flat=True
        )
    )
    assert codenames == {"add_page", "change_page"}
    assert fi_home.get_workflow().name == REVIEW_WORKFLOW


def test_translator_locales_come_from_page_permissions(
    fi_home, fi_translator, staff_editor
):
    assert editable_language_codes(fi_translator) == {"fi"}
    assert editable_language_codes(staff_editor) == {"en", "fi", "nl", "et", "lv"}


def test_fi_translator_edits_fi_pages_but_cannot_publish_them(
    practice_fi_nl, fi_translator
):
    fi_page, nl_page = practice_fi_nl
    fi_perms = fi_page.permissions_for_user(fi_translator)
    assert fi_perms.can_edit()
    assert not fi_perms.can_publish()
    nl_perms = nl_page.permissions_for_user(fi_translator)
    assert not nl_perms.can_edit()
    assert not nl_perms.can_publish()


def test_fi_translator_is_refused_the_nl_translation_editor(
    client, practice_fi_nl, fi_translator
):
    fi_page, nl_page = practice_fi_nl
    client.force_login(fi_translator)
    assert (
        client.get(reverse("wagtailadmin_pages:edit", args=[fi_page.pk])).status_code
        == 200
    )
    refused = client.get(reverse("wagtailadmin_pages:edit", args=[nl_page.pk]))
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))
    assert (
        not Page.objects.get(pk=nl_page.pk)
        .permissions_for_user(fi_translator)
        .can_edit()
    )


def test_fi_translator_cannot_publish_from_the_translation_editor(
    client, practice_fi_nl, fi_translator
):
    fi_page, _nl = practice_fi_nl
    published = fi_page.live_revision_id
    client.force_login(fi_translator)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[fi_page.pk]), {"action": "publish"}
    )
    # Wagtail's admin answers a PermissionDenied with a redirect to the dashboard.
    assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
    fi_page.refresh_from_db()
    assert fi_page.live_revision_id == published


def test_fi_translator_may_submit_into_fi_but_not_nl(
    client, practice_index, fi_home, nl_home, fi_translator, locales
):
    page = factories.StandardPageFactory(
        parent=fi_home.get_parent().get_children().get(locale=locales["en"]),
        title="About",
    )
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    client.force_login(fi_translator)
    refused = client.post(url, {"locales": [locales["nl"].pk]})
    assert refused.status_code == 403
    assert not page.has_translation(locales["nl"])
    accepted = client.post(url, {"locales": [locales["fi"].pk]})
    assert accepted.status_code == 302
    assert page.has_translation(locales["fi"])


def test_fi_translator_cannot_change_an_nl_snippet(client, fi_home, fi_translator):
    theme = factories.ThemeFactory(name="Guidance", slug="guidance")
    nl_theme = translate(theme, "nl", {"Guidance": "Begeleiding"})
    fi_theme = translate(theme, "fi", {"Guidance": "Ohjaus"})
    client.force_login(fi_translator)
    edit = "wagtailsnippets_pages_theme:edit"
    nl = client.post(
        reverse(edit, args=[nl_theme.pk]), {"name": "X", "slug": "guidance"}
    )
    assert nl.status_code == 403
    fi = client.post(
        reverse(edit, args=[fi_theme.pk]), {"name": "Ohjaus", "slug": "guidance"}
    )
    assert fi.status_code != 403
    nl_theme.refresh_from_db()
    assert nl_theme.name == "Begeleiding"


def test_fi_translator_cannot_machine_translate_an_nl_snippet(
    client, locales, fi_translator
):
    from wagtail_localize.models import Translation

    theme = factories.ThemeFactory(name="Guidance", slug="guidance")
    translate(theme, "nl", {})
    translation = Translation.objects.get(target_locale=locales["nl"])
    client.force_login(fi_translator)
    response = client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk])
    )
    assert response.status_code == 403


def test_editor_may_publish_in_every_locale(practice_fi_nl, staff_editor):
    for page in practice_fi_nl:
        assert page.permissions_for_user(staff_editor).can_publish()


def test_fi_translator_cannot_sync_a_source_into_other_locales(
    client, practice_fi_nl, fi_translator, practice_index
):
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.get(object_id=practice_fi_nl[0].translation_key)
    client.force_login(fi_translator)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert client.post(url, {}).status_code == 403


def test_translators_upload_media_to_their_own_collection_only(fi_translator):
    from wagtail.images import get_image_model
    from wagtail.models import Collection
    from wagtail.permissions import policy_registry

    permission_policy = policy_registry.get_by_type(get_image_model())

    own = Collection.objects.get(name="Translations (fi)")
    other = Collection.objects.get(name="Translations (nl)")
    allowed = permission_policy.collections_user_has_permission_for(
        fi_translator, "add"
    )
    assert own in allowed and other not in allowed
    assert Collection.get_first_root_node() in (
        permission_policy.collections_user_has_permission_for(fi_translator, "choose")
    )
