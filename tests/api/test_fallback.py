"""A page not translated into the requested locale is served in its source language
at the translated path (``/fi/kaytannot/<english-slug>``), marked "fallback"."""

import pytest
from django.test import override_settings
from wagtail.models import PageViewRestriction

from locales.localize import translate
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def fi_practices(practice_index, fi_home):
    return translate(
        practice_index, "fi", {"Practices": "Käytännöt", "practices": "kaytannot"}
    )


@pytest.fixture
def untranslated(practice_index, fi_practices):
    return factories.PracticePageFactory(
        parent=practice_index, title="Coaching", slug="coaching"
    )


def test_untranslated_page_is_served_in_its_source_language(client, untranslated):
    data = client.api("/fi/kaytannot/coaching")
    assert data["@id"] == "http://testserver/en/practices/coaching"
    assert data["UID"] and data["title"] == "Coaching"
    assert data["language"]["token"] == "en"
    state = data["translation_state"]
    assert state["state"] == "fallback"
    assert state["language"] == "en" and state["fallback_language"] == "en"
    assert state["requested_language"] == "fi"


def test_source_path_still_reports_the_source_state(client, untranslated):
    data = client.api("/en/practices/coaching")
    assert data["translation_state"]["state"] == "source"


def test_unknown_slug_under_a_translated_path_is_still_404(client, untranslated):
    data = client.api("/fi/kaytannot/nothing-here", expect=404)
    assert data["type"] == "NotFound"


def test_draft_source_page_does_not_leak_through_the_fallback(
    client, practice_index, fi_practices
):
    draft = factories.PracticePageFactory(parent=practice_index, live=False)
    client.api(f"/fi/kaytannot/{draft.slug}", expect=404)


def test_private_source_page_is_401_for_anonymous_through_the_fallback(
    client, untranslated
):
    PageViewRestriction.objects.create(page=untranslated, restriction_type="login")
    data = client.api("/fi/kaytannot/coaching", expect=401)
    assert data["type"] == "Unauthorized"


@override_settings(VETCMS_API_FALLBACK_RESOLVER="")
def test_without_a_resolver_untranslated_paths_are_404(client, untranslated):
    client.api("/fi/kaytannot/coaching", expect=404)
