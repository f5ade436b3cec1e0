"""What readers search is in the index: resource titles and descriptions of material
banks, partner organisations, theme names and labels in the page's language; and the
admin's search (the default backend) keeps finding pages, drafts included."""

import pytest
from django.urls import reverse

from locales.localize import translate
from search.query import search_pages
from tests import factories
from tests.search.conftest import published

pytestmark = pytest.mark.search_engine


def found(word, locale="en"):
    return [page.pk for page in search_pages(word, locale=locale).items]


def test_material_bank_resources_are_searchable(search_engine, project_index):
    bank = factories.MaterialBankPageFactory(
        parent=project_index,
        resources=[
            {
                "type": "resource",
                "value": {
                    "title": "Self-assessment checklist",
                    "description": "Trainers rate their onboarding routines.",
                    "url": "https://example.org/check",
                    "resource_type": "self-assessment",
                    "audiences": ["workplace-trainer"],
                    "languages": ["en"],
                },
            }
        ],
    )
    search_engine.refresh()

    assert found("checklist") == [bank.pk]
    assert found("onboarding") == [bank.pk]


def test_partner_organisations_and_themes_are_searchable(
    search_engine, project_index, practice_index
):
    partner = factories.OrganisationFactory(name="Cedefop Observatory")
    project = factories.ProjectPageFactory(parent=project_index, title="Network")
    project.partners = [partner]
    published(project)
    theme = factories.ThemeFactory(name="Validation of prior learning", slug="vpl")
    practice = published(
        factories.PracticePageFactory(parent=practice_index, themes=[theme])
    )
    search_engine.refresh()

    assert found("observatory") == [project.pk]
    assert found("validation") == [practice.pk]


def test_labels_are_indexed_in_the_pages_language(search_engine, translated_homes):
    practice = published(
        factories.PracticePageFactory(
            parent=translated_homes,
            title="Mentoring",
            kind="quick-win",
            countries=["EE"],
        )
    )
    fi = translate(practice, "fi", {"Mentoring": "Mentorointi"})
    search_engine.refresh()

    assert found("estonia") == [practice.pk]
    assert found("quick win") == [practice.pk]
    with_fi_label = search_pages("Viro", locale="fi")  # Estonia in Finnish
    assert [p.pk for p in with_fi_label.items] == [fi.pk]


def test_admin_search_still_finds_pages_and_drafts(
    search_engine, client, editor, practice_index
):
    draft = factories.PracticePageFactory(
        parent=practice_index, title="Draft toolbox", live=False
    )
    search_engine.refresh()
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "toolbox"})

    assert response.status_code == 200
    assert f"/admin/pages/{draft.pk}/edit/" in response.content.decode()
