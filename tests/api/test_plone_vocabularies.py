"""plone.app.vocabularies' names that Volto's widgets and @plone/client ask for
(issue 20), answered in Plone's shape: ``items`` of ``{token, title}``,
``items_total``, batching, the ``title`` filter."""

import pytest
from wagtail.models import Locale, Workflow

from tests import factories

pytestmark = pytest.mark.django_db
PREFIX = "/@vocabularies/plone.app.vocabularies."


def tokens(data) -> list[str]:
    return [term["token"] for term in data["items"]]


@pytest.fixture
def themes(locales):
    guidance = factories.ThemeFactory(name="Guidance", slug="guidance")
    factories.ThemeFactory(name="Apprenticeships", slug="apprenticeships")
    finnish = guidance.copy_for_translation(Locale.objects.get(language_code="fi"))
    finnish.name = "Ohjaus"
    finnish.save()
    return guidance


def test_plone_names_are_in_the_vocabulary_list(client, home):
    names = {v["@id"].rsplit("/", 1)[1] for v in client.api("/@vocabularies")}
    assert {
        "plone.app.vocabularies.PortalTypes",
        "plone.app.vocabularies.ReallyUserFriendlyTypes",
        "plone.app.vocabularies.UserFriendlyTypes",
        "plone.app.vocabularies.Keywords",
        "plone.app.vocabularies.SupportedContentLanguages",
        "plone.app.vocabularies.AvailableContentLanguages",
        "plone.app.vocabularies.WorkflowStates",
        "plone.app.vocabularies.Workflows",
    } <= names


def test_portal_types_are_every_type_with_language_roots(client, home):
    data = client.api(PREFIX + "PortalTypes?b_size=-1")
    assert {"LRF", "PracticePage", "EventPage", "StandardPage"} <= set(tokens(data))
    assert data["items_total"] == len(data["items"])
    term = next(t for t in data["items"] if t["token"] == "PracticePage")
    assert term == {"token": "PracticePage", "title": "Practice"}


def test_really_user_friendly_types_are_the_page_types(client, home):
    data = client.api(PREFIX + "ReallyUserFriendlyTypes?b_size=-1")
    assert "PracticePage" in tokens(data)
    assert "LRF" not in tokens(data)


def test_user_friendly_types_are_the_creatable_ones(client, home):
    from wagtail.models import get_page_models

    data = client.api(PREFIX + "UserFriendlyTypes?b_size=-1")
    creatable = {
        m.__name__
        for m in get_page_models()
        if m.is_creatable and m._meta.app_label != "wagtailcore"
    }
    assert set(tokens(data)) == creatable


def test_types_are_batched_and_filtered_by_title(client, home):
    data = client.api(PREFIX + "PortalTypes?b_size=2")
    assert len(data["items"]) == 2 and "batching" in data
    data = client.api(PREFIX + "PortalTypes?title=practice")
    assert "PracticePage" in tokens(data)
    assert all("practice" in t["title"].lower() for t in data["items"])


def test_keywords_are_the_themes_in_the_context_language(client, themes, fi_home):
    data = client.api(PREFIX + "Keywords")
    assert tokens(data) == ["Apprenticeships", "Guidance"]
    data = client.api("/fi" + PREFIX + "Keywords")
    assert tokens(data) == ["Apprenticeships", "Ohjaus"]  # untranslated: English


def test_keywords_at_the_root_follow_accept_language(client, themes):
    data = client.api(PREFIX + "Keywords", HTTP_ACCEPT_LANGUAGE="fi")
    assert tokens(data) == ["Apprenticeships", "Ohjaus"]


def test_a_keyword_token_finds_pages_by_subject(client, practice_index, themes):
    factories.PracticePageFactory(parent=practice_index, title="Tools", themes=[themes])
    token = client.api(PREFIX + "Keywords?title=guid")["items"][0]["token"]
    data = client.api(f"/@search?Subject={token}")
    assert [item["title"] for item in data["items"]] == ["Tools"]


def test_content_languages_are_the_five(client, home):
    for name in ("SupportedContentLanguages", "AvailableContentLanguages"):
        data = client.api(PREFIX + name)
        assert tokens(data) == ["en", "fi", "nl", "et", "lv"]


def test_workflow_states_have_plones_titles(client, home):
    data = client.api(PREFIX + "WorkflowStates")
    assert data["items"] == [
        {"token": "private", "title": "Private [private]"},
        {"token": "published", "title": "Published [published]"},
    ]


def test_workflows_are_wagtails_active_ones(client, home):
    Workflow.objects.update(active=False)
    kept = Workflow.objects.create(name="Two reviewers", active=True)
    data = client.api(PREFIX + "Workflows")
    assert data["items"] == [{"token": str(kept.pk), "title": "Two reviewers"}]


def test_an_unknown_plone_vocabulary_is_404(client, home):
    client.api(PREFIX + "Nope", expect=404)
