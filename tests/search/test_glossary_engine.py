"""The glossary as synonyms on the real engine: an editor's edit in the admin is used
by the next search with no reindex, a Finnish reader's word finds the English
fallback page, and the apprenticeship page is found for "oppisopimus" while the
work-based-learning page is not."""

import pytest
from wagtail.models import Locale

from locales.localize import translate
from search.glossary.models import GlossaryConcept
from search.query import search_pages
from tests import factories
from tests.search.conftest import published
from tests.search.test_glossary import edit_in_admin, glossary_cache  # noqa: F401

pytestmark = pytest.mark.search_engine


@pytest.fixture(autouse=True)
def no_typo_retry(settings):
    """A word found must be found by the glossary, not by a fuzzy retry."""
    settings.VETCMS_SEARCH_RETRY_BELOW = 0


def found(text, locale):
    return [page.pk for page in search_pages(text, locale=locale).items]


def test_a_synonym_added_in_the_admin_is_found_without_reindexing(
    client, search_engine, practice_index, staff_editor
):
    page = published(
        factories.PracticePageFactory(
            parent=practice_index,
            title="Staying on track",
            summary="Early leaving from education and training falls with mentors.",
        )
    )
    search_engine.refresh()
    early_leaving = GlossaryConcept.objects.create(
        slug="early-leaving",
        term="early leaving from education and training",
        synonyms="early leaving",
        locale=Locale.objects.get(language_code="en"),
    )
    assert found("dropout", "en") == []  # and the glossary is cached

    response = edit_in_admin(
        client, staff_editor, early_leaving, synonyms="early leaving\ndropout"
    )

    assert response.status_code == 302
    assert found("dropout", "en") == [page.pk]  # no reindex, no refresh


def test_a_finnish_word_finds_the_english_fallback_page(
    search_engine, translated_homes
):
    page = published(
        factories.PracticePageFactory(
            parent=translated_homes,
            title="Short courses that count",
            summary="Micro-credentials for adults returning to learning.",
        )
    )
    search_engine.refresh()
    english = GlossaryConcept.objects.create(
        slug="micro-credentials",
        term="micro-credentials",
        synonyms="microcredentials",
        locale=Locale.objects.get(language_code="en"),
    )
    translate(
        english,
        "fi",
        {"micro-credentials": "mikrotutkinnot", "microcredentials": "mikrotutkinto"},
    )

    assert found("mikrotutkinnot", "fi") == [page.pk]
    assert found("mikrotutkinnot", "en") == []


def test_oppisopimus_finds_the_apprenticeship_page_not_work_based_learning(
    search_engine, translated_homes, locales
):
    from pages.demo.glossary import build_glossary

    build_glossary()
    fi_index = translated_homes.get_translation(locales["fi"])
    apprenticeship = published(
        factories.PracticePageFactory(
            parent=fi_index,
            title="Oppisopimus pienyrityksissä",
            summary="Oppisopimuskoulutus yhdistää työn ja opinnot.",
        )
    )
    work_based = published(
        factories.PracticePageFactory(
            parent=fi_index,
            title="Työpaikalla tapahtuva oppiminen",
            summary="Työssäoppiminen ja työpaikalla oppiminen koulun kanssa.",
        )
    )
    search_engine.refresh()

    results = found("oppisopimus", "fi")

    assert results[0] == apprenticeship.pk
    assert work_based.pk not in results


def test_a_finnish_query_of_two_concepts_finds_the_english_page(
    search_engine, translated_homes
):
    page = published(
        factories.PracticePageFactory(
            parent=translated_homes,
            title="Centres of excellence",
            summary="Networks that raise the quality of VET in a region (CoVEs).",
        )
    )
    search_engine.refresh()
    for slug, (term, synonym), finnish in (
        ("vet", ("vocational education and training", "VET"), "ammatillinen koulutus"),
        ("cove", ("Centres of Vocational Excellence", "CoVE"), "huippuyksiköt"),
    ):
        english = GlossaryConcept.objects.create(
            slug=slug,
            term=term,
            synonyms=synonym,
            locale=Locale.objects.get(language_code="en"),
        )
        translate(english, "fi", {term: finnish, synonym: synonym})

    # Replaced one at a time, the other word stays Finnish and matches nothing.
    assert found("ammatillinen koulutus huippuyksiköt", "fi") == [page.pk]


def test_a_synonym_typed_without_diacritics_finds_the_page(
    search_engine, practice_index
):
    page = published(
        factories.PracticePageFactory(
            parent=practice_index, title="Guidance for everyone", summary="All ages."
        )
    )
    search_engine.refresh()
    GlossaryConcept.objects.create(
        slug="guidance",
        term="guidance",
        synonyms="loopbaanoriëntatie",
        locale=Locale.objects.get(language_code="en"),
    )

    assert found("loopbaanorientatie", "en") == [page.pk]


def test_a_dutch_reader_naming_forecast_and_skills_demand_finds_the_english_page(
    search_engine, translated_homes, locales
):
    from pages.demo.glossary import build_glossary

    build_glossary()
    page = published(
        factories.PracticePageFactory(
            parent=translated_homes,
            title="Skills forecast to 2035",
            summary="Which skills the labour market will need, by occupation.",
        )
    )
    search_engine.refresh()

    # Two concepts of the demo glossary (forecasting, skills demand): the query is
    # also put into English, which the English page answers.
    assert found("voorspelling vraag naar vaardigheden", "nl") == [page.pk]
