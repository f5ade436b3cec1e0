"""One test per finding of the security review (issue 10), named after the behaviour
that now holds."""

import base64
import datetime as dt

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale, PageViewRestriction
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

from locales.localize import translate
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def fi_practices(home, practice_index):
    translate(home, "fi", {"Home": "Etusivu"})
    return translate(practice_index, "fi", {"Practices": "Käytännöt"})


def basic(user) -> dict:
    token = base64.b64encode(f"{user.username}:pw".encode()).decode()
    return {"HTTP_AUTHORIZATION": f"Basic {token}"}


def test_translation_submitted_by_a_translator_stays_a_draft_until_approved(
    client,
    practice_index,
    fi_practices,
    fi_translator,
    staff_editor,
    django_capture_on_commit_callbacks,
):
    source = factories.PracticePageFactory(parent=practice_index, title="Coaching")
    source.save_revision().publish()
    fi = Locale.objects.get(language_code="fi")
    TranslationCreator(fi_translator, [fi]).create_translations(source)

    target = source.get_translation(fi)
    assert not target.live and target.title == "Coaching"  # a draft, source text
    html = client.get(fi_practices.url).content.decode()
    # Listed once, as the marked English fallback: the draft translation is not live.
    assert html.count(">Coaching<") == 1 and 'lang="en">Coaching<' in html
    # Readers get the source page as the fallback, marked as such by the API.
    data = client.get(f"/++api++/fi/{fi_practices.slug}/{source.slug}").json()
    assert data["language"]["token"] == "en"
    assert data["translation_state"]["state"] == "fallback"

    # Syncing with "publish" ticked, as the translator, publishes nothing either.
    translation = Translation.objects.get(source__object_id=source.translation_key)
    translation.save_target(user=fi_translator, publish=True)
    target.refresh_from_db()
    assert not target.live
    # An editor's publish (the reviewer's) does (localize publishes on commit).
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=staff_editor, publish=True)
    target.refresh_from_db()
    assert target.live


def test_translator_reads_drafts_of_their_own_locale_only_in_the_api(
    client, practice_index, fi_practices, fi_translator
):
    en_draft = factories.PracticePageFactory(parent=practice_index, live=False)
    fi_draft = factories.PracticePageFactory(parent=fi_practices, live=False)
    private = factories.PracticePageFactory(parent=practice_index)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    auth = basic(fi_translator)

    assert (
        client.get(f"/++api++/en/practices/{en_draft.slug}", **auth).status_code == 404
    )
    assert (
        client.get(f"/++api++/en/practices/{private.slug}", **auth).status_code == 403
    )
    fi_url = f"/++api++/fi/{fi_practices.slug}/{fi_draft.slug}"
    assert client.get(fi_url, **auth).status_code == 200
    found = client.get(
        "/++api++/@search?review_state=private&b_size=100&Language=all", **auth
    )
    titles = {item["title"] for item in found.json()["items"]}
    assert fi_draft.title in titles and en_draft.title not in titles


def test_preview_tokens_are_only_minted_for_pages_the_user_may_edit(
    client, practice_index, fi_practices, fi_translator
):
    en_draft = factories.PracticePageFactory(parent=practice_index, live=False)
    en_public = factories.PracticePageFactory(parent=practice_index)
    fi_draft = factories.PracticePageFactory(parent=fi_practices, live=False)
    auth = basic(fi_translator)

    en = f"/++api++/en/practices/{en_draft.slug}/@preview-token"
    assert client.get(en, **auth).status_code == 404
    en = f"/++api++/en/practices/{en_public.slug}/@preview-token"
    assert client.get(en, **auth).status_code == 403
    fi = f"/++api++/fi/{fi_practices.slug}/{fi_draft.slug}/@preview-token"
    assert client.get(fi, **auth).json()["token"]


def test_expired_page_is_hidden_everywhere_before_the_scheduler_runs(
    client, practice_index
):
    page = factories.PracticePageFactory(parent=practice_index, title="Old news")
    page.expire_at = timezone.now() - dt.timedelta(minutes=1)
    page.save()
    assert page.live  # publish_scheduled has not run

    assert client.get(page.url).status_code == 404
    assert "Old news" not in client.get(practice_index.url).content.decode()
    assert client.get(f"/++api++/en/practices/{page.slug}").status_code == 404
    listing = client.get("/++api++/en/practices").json()
    assert page.title not in {item["title"] for item in listing["items"]}
    assert "Old news" not in client.get("/en/search/?q=Old").content.decode()
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    assert "Old news" not in client.get("/api/v2/pages/?search=Old").content.decode()


def test_page_not_yet_gone_live_is_hidden(client, practice_index):
    page = factories.PracticePageFactory(parent=practice_index)
    page.go_live_at = timezone.now() + dt.timedelta(days=1)
    page.save()
    assert client.get(f"/++api++/en/practices/{page.slug}").status_code == 404
    assert client.get(page.url).status_code == 404


def test_document_used_only_by_a_private_page_is_not_served_or_listed(
    client, news_index, staff_editor
):
    document = get_document_model().objects.create(
        title="Minutes", file=ContentFile(b"secret minutes", name="minutes.txt")
    )
    page = factories.NewsPageFactory(
        parent=news_index,
        body=[{"type": "document", "value": {"document": document.pk}}],
    )
    page.save_revision().publish()
    served = client.get(document.url)
    assert served.status_code == 200  # used by a public page

    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert client.get(document.url).status_code == 404
    listed = client.get("/api/v2/documents/").json()
    assert document.pk not in {item["id"] for item in listed["items"]}
    client.force_login(staff_editor)
    assert client.get(document.url).status_code == 200


def test_long_motivation_gets_a_field_error_in_the_form_and_the_model(ambassador_index):
    from django.core.exceptions import ValidationError

    from pages.site.forms import ApplicationForm

    data = {
        "name": "Eva",
        "email": "eva@example.org",
        "country": "SI",
        "organisation": "A school",
        "kind": "learning-provider",
        "motivation": "x" * 5001,
        "consent": "on",
    }
    form = ApplicationForm(data)
    assert not form.is_valid()
    assert "5000" in form.errors["motivation"][0]
    application = factories.AmbassadorApplicationFactory.build(motivation="x" * 5001)
    with pytest.raises(ValidationError) as error:
        application.full_clean()
    assert "motivation" in error.value.message_dict


def test_refused_admin_action_is_a_styled_translated_403(client, home, fi_translator):
    translate(home, "nl")
    profile = UserProfile.get_for_user(fi_translator)
    profile.preferred_language = "fi"
    profile.save()
    client.force_login(fi_translator)
    nl = Locale.objects.get(language_code="nl")
    page = factories.StandardPageFactory(parent=home)
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])

    response = client.post(url, {"locales": [nl.pk]})

    assert response.status_code == 403
    text = response.content.decode()
    assert "Ei sallittu" in text and "w-header" in text  # Finnish, admin layout


def test_status_matrix_lists_snippets_and_hides_source_drafts_from_translators(
    client, practice_index, fi_practices, fi_translator
):
    factories.ThemeFactory(name="Mentoring")
    factories.PracticePageFactory(
        parent=practice_index, title="Secret plan", live=False
    )
    client.force_login(fi_translator)

    text = client.get(reverse("locales_status")).content.decode()

    assert "Mentoring" in text and "locales-status--missing" in text
    assert "Secret plan" not in text


def test_translation_editor_offers_review_instead_of_alias_to_translators(
    client, practice_index, fi_practices, fi_translator
):
    source = factories.PracticePageFactory(parent=practice_index, title="Coaching")
    source.save_revision().publish()
    fi = Locale.objects.get(language_code="fi")
    TranslationCreator(fi_translator, [fi]).create_translations(source)
    target = source.get_translation(fi)
    client.force_login(fi_translator)

    text = client.get(reverse("wagtailadmin_pages:edit", args=[target.pk])).content
    text = text.decode()

    # The bottom bar's main action (tests/security/test_translation_editor.py).
    assert (
        "&quot;reviewAction&quot;: {&quot;action&quot;: &quot;submit-for-review" in text
    )
    assert "&quot;convertToAliasUrl&quot;: null" in text
    alias = reverse("wagtail_localize:convert_to_alias", args=[target.pk])
    assert client.post(alias).status_code == 403
