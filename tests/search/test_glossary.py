"""The glossary editors keep (search/glossary) as search's synonyms, on the database
backend: an edit in the admin is used by the next search without any reindex, a
reader's word finds an English fallback page, translators work on the concepts
through wagtail-localize, and the demo glossary keeps distinct concepts apart."""

import pytest
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import Locale

from locales.localize import translate
from search import synonyms
from search.config import search_backends
from search.glossary import terms
from search.glossary.models import GlossaryConcept
from search.query import search_pages
from tests import factories

EDIT = "wagtailsnippets_vetsearch_glossaryconcept:edit"


@pytest.fixture(autouse=True)
def glossary_cache():
    """The cached terms outlive a test's rolled-back rows: start and end without."""
    cache.delete(terms.CACHE_KEY)
    yield
    cache.delete(terms.CACHE_KEY)


@pytest.fixture
def database_backend(settings, locales):
    settings.WAGTAILSEARCH_BACKENDS = search_backends("", "elasticsearch7", "x_")


def concept(slug, term, synonyms="", code="en"):
    return GlossaryConcept.objects.create(
        slug=slug,
        term=term,
        synonyms=synonyms,
        locale=Locale.objects.get(language_code=code),
    )


def edit_in_admin(client, user, concept, **changes):
    """POST the snippet's edit form as the user would, all other fields unchanged."""
    fields = {
        "term": concept.term,
        "synonyms": concept.synonyms,
        "definition": concept.definition,
        "slug": concept.slug,
        **changes,
    }
    client.force_login(user)
    return client.post(reverse(EDIT, args=[concept.pk]), fields)


def found(text, locale):
    return {page.pk for page in search_pages(text, locale=locale).items}


def test_an_editor_adds_a_synonym_in_the_admin_and_the_next_search_uses_it(
    client, database_backend, practice_index, staff_editor
):
    page = factories.PracticePageFactory(
        parent=practice_index,
        title="Staying on track",
        summary="Early leaving from education and training falls where mentors help.",
    )
    early_leaving = concept(
        "early-leaving", "early leaving from education and training", "early leaving"
    )
    assert found("dropout", "en") == set()  # the glossary is now cached

    response = edit_in_admin(
        client, staff_editor, early_leaving, synonyms="early leaving\ndropout"
    )

    assert not staff_editor.is_superuser
    assert response.status_code == 302
    assert found("dropout", "en") == {page.pk}


def test_a_deleted_concept_no_longer_expands_searches(database_backend, practice_index):
    page = factories.PracticePageFactory(
        parent=practice_index, title="Staying on track", summary="Early leaving."
    )
    early_leaving = concept("early-leaving", "early leaving", "dropout")
    assert found("dropout", "en") == {page.pk}

    early_leaving.delete()

    assert found("dropout", "en") == set()


@pytest.fixture
def micro_credentials(database_backend, translated_homes):
    """An English page with no Finnish translation, and the concept in en and fi
    (the fi one translated with wagtail-localize, as a translator would)."""
    page = factories.PracticePageFactory(
        parent=translated_homes,
        title="Short courses that count",
        summary="Micro-credentials for adults returning to learning.",
    )
    english = concept("micro-credentials", "micro-credentials", "microcredentials")
    finnish = translate(
        english,
        "fi",
        {"micro-credentials": "mikrotutkinnot", "microcredentials": "mikrotutkinto"},
    )
    return page, finnish


def test_a_finnish_word_finds_the_english_fallback_page(micro_credentials):
    page, _finnish = micro_credentials

    assert found("mikrotutkinnot", "fi") == {page.pk}
    # Not English's own search: Finnish terms belong to Finnish readers.
    assert found("mikrotutkinnot", "en") == set()


def test_the_finnish_concept_is_a_localize_translation_used_by_finnish_searches(
    micro_credentials, locales
):
    from wagtail_localize.models import Translation

    _page, finnish = micro_credentials
    english = GlossaryConcept.objects.get(locale=locales["en"])

    assert finnish.translation_key == english.translation_key
    assert Translation.objects.filter(
        source__object_id=english.translation_key, target_locale=locales["fi"]
    ).exists()
    assert synonyms.variants("mikrotutkinto", ["fi"]) == [
        "mikrotutkinto",
        "mikrotutkinnot",
    ]


def test_a_translator_edits_the_finnish_concept_in_the_translation_editor(
    client, micro_credentials, fi_translator
):
    _page, finnish = micro_credentials
    client.force_login(fi_translator)

    response = client.get(reverse(EDIT, args=[finnish.pk]))

    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in {
        t.name for t in response.templates
    }


def test_editors_and_translators_hold_the_glossary_permissions(
    staff_editor, fi_translator
):
    for action in ("add", "change", "delete"):
        assert staff_editor.has_perm(f"vetsearch.{action}_glossaryconcept")
    assert fi_translator.has_perm("vetsearch.change_glossaryconcept")
    assert not fi_translator.has_perm("vetsearch.delete_glossaryconcept")


def test_expansion_stops_at_the_cap(locales):
    many = "\n".join(f"form{i}" for i in range(30))
    concept("many", "form", many)

    found_variants = synonyms.variants("form", ["en"])

    assert len(found_variants) == synonyms.MAX_VARIANTS
    assert found_variants[:3] == ["form", "form0", "form1"]


def test_the_readers_language_leads_and_the_fallback_is_reached_within_the_cap(
    locales,
):
    english = concept("vet", "vocational education and training", "VET")
    finnish_forms = [f"ammatillinen muoto{i}" for i in range(12)]
    translate(
        english,
        "fi",
        {
            "vocational education and training": "ammatillinen koulutus",
            "VET": "<br/>".join(["VET", *finnish_forms]),  # localize's line breaks
        },
    )

    found_variants = synonyms.variants("VET", ["fi", "en"])

    assert len(found_variants) == synonyms.MAX_VARIANTS
    assert found_variants[:3] == [
        "VET",
        "ammatillinen koulutus",
        "vocational education and training",
    ]
    assert synonyms.variants("VET", ["en"]) == [
        "VET",
        "vocational education and training",
    ]


def test_the_longest_form_found_is_replaced_whole(locales):
    concept(
        "early-leaving",
        "early leaving from education and training",
        "early leaving\ndropout",
    )

    assert synonyms.variants("early leaving from education and training", ["en"]) == [
        "early leaving from education and training",
        "early leaving",
        "dropout",
    ]


def test_the_synonyms_setting_replaces_the_glossary(settings, locales):
    concept("vet", "vocational education and training", "VET")
    settings.VETCMS_SEARCH_SYNONYMS = {"en": [["VET", "vocational training"]]}

    assert synonyms.variants("VET", ["en"]) == ["VET", "vocational training"]


@pytest.fixture
def demo_glossary(locales):
    from pages.demo.glossary import build_glossary

    build_glossary()


def test_the_demo_glossary_has_sixty_concepts_translated_into_every_language(
    demo_glossary, locales
):
    from wagtail_localize.models import TranslationSource

    from pages.demo.glossary import build_glossary

    english = GlossaryConcept.objects.filter(locale=locales["en"])

    assert english.count() >= 60
    for code, locale in locales.items():
        keys = set(
            GlossaryConcept.objects.filter(locale=locale).values_list(
                "translation_key", flat=True
            )
        )
        assert keys == set(english.values_list("translation_key", flat=True)), code
    assert (
        TranslationSource.objects.filter(
            object_id__in=english.values_list("translation_key", flat=True)
        ).count()
        == english.count()
    )
    assert build_glossary() == 0  # loading the demo again creates nothing


# Each language's apprenticeship term and a work-based-learning term (issue #21: the
# old table made them synonyms in en, fi, et and lv).
DISTINCT = {
    "en": ("apprenticeship", "work-based learning"),
    "fi": ("oppisopimus", "työssäoppiminen"),
    "nl": ("leerlingwezen", "werkplekleren"),
    "et": ("õpipoisiõpe", "töökohal õppimine"),
    "lv": ("māceklība", "darba vidē balstītas mācības"),
}


def test_apprenticeship_and_work_based_learning_are_distinct_concepts(demo_glossary):
    for code, (apprenticeship, work_based_learning) in DISTINCT.items():
        expanded = [v.lower() for v in synonyms.variants(apprenticeship, [code, "en"])]

        assert len(expanded) > 1, code  # the concept is there, with its synonyms
        assert work_based_learning.lower() not in expanded, code
        assert "work-based learning" not in expanded, code


def test_the_apprenticeship_page_is_found_for_oppisopimus_not_the_wbl_page(
    demo_glossary, database_backend, translated_homes, locales
):
    fi_index = translated_homes.get_translation(locales["fi"])
    apprenticeship = factories.PracticePageFactory(
        parent=fi_index,
        title="Oppisopimuskoulutus pienyrityksissä",
        summary="Oppisopimuskoulutus yhdistää työn ja opinnot.",
    )
    work_based = factories.PracticePageFactory(
        parent=fi_index,
        title="Työpaikalla tapahtuva oppiminen",
        summary="Työssäoppiminen ja työpaikalla oppiminen koulun kanssa.",
    )

    results = found("oppisopimus", "fi")

    assert apprenticeship.pk in results
    assert work_based.pk not in results


@pytest.fixture
def excellence_page(database_backend, translated_homes):
    """An English-only page on centres of excellence in VET, and two concepts
    translated into Finnish: VET and centres of vocational excellence."""
    page = factories.PracticePageFactory(
        parent=translated_homes,
        title="Centres of excellence",
        summary="Networks that raise the quality of VET in a region (CoVEs).",
    )
    vet = concept("vet", "vocational education and training", "VET")
    translate(
        vet,
        "fi",
        {"vocational education and training": "ammatillinen koulutus", "VET": "VET"},
    )
    cove = concept("cove", "Centres of Vocational Excellence", "CoVE")
    translate(
        cove,
        "fi",
        {"Centres of Vocational Excellence": "huippuyksiköt", "CoVE": "CoVE"},
    )
    return page


def test_a_query_naming_two_concepts_is_put_into_the_fallback_language(
    excellence_page,
):
    variants = synonyms.variants("ammatillinen koulutus huippuyksiköt", ["fi", "en"])

    # Each concept's shortest English form, both at once, right after the query.
    assert variants[:2] == ["ammatillinen koulutus huippuyksiköt", "VET CoVE"]
    # One concept alone is a variant of its own already: nothing added.
    assert synonyms.variants("huippuyksiköt", ["fi", "en"]) == [
        "huippuyksiköt",
        "Centres of Vocational Excellence",
        "CoVE",
    ]
    # No fallback language, no translated query.
    assert "VET CoVE" not in synonyms.variants(
        "ammatillinen koulutus huippuyksiköt", ["fi"]
    )


def test_a_finnish_query_of_two_concepts_finds_the_english_page(excellence_page):
    # Each concept replaced alone leaves the other in Finnish: no English page.
    assert found("ammatillinen koulutus huippuyksiköt", "fi") == {excellence_page.pk}


def test_a_form_typed_without_its_diacritics_expands_like_the_form(locales):
    concept("guidance", "loopbaanoriëntatie", "loopbaanbegeleiding", code="nl")

    assert synonyms.variants("Loopbaanorientatie mbo", ["nl"]) == [
        "Loopbaanorientatie mbo",
        "loopbaanoriëntatie mbo",
        "loopbaanbegeleiding mbo",
    ]


def test_a_synonym_typed_without_diacritics_finds_the_page(
    database_backend, practice_index
):
    page = factories.PracticePageFactory(
        parent=practice_index, title="Guidance for everyone", summary="All ages."
    )
    concept("guidance", "guidance", "loopbaanoriëntatie")

    assert found("loopbaanorientatie", "en") == {page.pk}


@pytest.fixture
def forecast_page(database_backend, translated_homes):
    """An English-only page on the skills forecast, seen by Dutch readers as a
    fallback page."""
    return factories.PracticePageFactory(
        parent=translated_homes,
        title="Skills forecast to 2035",
        summary="Which skills the labour market will need, occupation by occupation.",
    )


def test_a_dutch_reader_naming_forecast_and_skills_demand_finds_the_english_page(
    demo_glossary, forecast_page
):
    # The noun "voorspelling" (forecasting) and "vraag naar vaardigheden" (skills
    # demand) are two concepts: the query is also put into English.
    text = "voorspelling vraag naar vaardigheden"
    variants = synonyms.variants(text, ["nl", "en"])

    assert variants[1] == "skills forecast skill needs"
    assert found(text, "nl") == {forecast_page.pk}
    assert found("voorspelling", "en") == set()  # a Dutch word, no English form
