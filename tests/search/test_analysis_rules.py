"""Each rule of the per-language analysis chain (search/analyzers.py), on the real
engine: what the locale index's analyzers make of the words (`_analyze`), and what a
reader's query finds among pages that use the other forms."""

import pytest
from wagtail.models import Locale, Page

from search.query import search_pages
from tests import factories
from tests.search.conftest import published

pytestmark = pytest.mark.search_engine

FINNISH_US_FAMILIES = {
    "oppisopimus": ["oppisopimusta", "oppisopimuksella", "oppisopimukset"],
    "koulutus": ["koulutusta", "koulutuksen", "koulutukseen"],
    "ohjaus": ["ohjausta", "ohjauksen", "ohjauksessa"],
    "rahoitus": ["rahoitusta", "rahoituksen", "rahoitukset"],
}


def stems(engine, code: str, text: str, analyzer: str) -> list[str]:
    """The terms the locale index's analyzer makes of a text."""
    index = engine.backend(code).get_index_for_model(Page).name
    reply = engine.es.indices.analyze(
        index=index, body={"analyzer": analyzer, "text": text}
    )
    return [token["token"] for token in reply["tokens"]]


def builtin(engine, language: str, text: str) -> list[str]:
    """What the engine's built-in language analyzer (the one replaced) makes of it."""
    reply = engine.es.indices.analyze(body={"analyzer": language, "text": text})
    return [token["token"] for token in reply["tokens"]]


def pages_in(translated_homes, code: str, rows) -> list:
    """Published practices in a locale: rows of (title, summary)."""
    parent = translated_homes.get_translation(Locale.objects.get(language_code=code))
    return [
        published(
            factories.PracticePageFactory(parent=parent, title=title, summary=summary)
        )
        for title, summary in rows
    ]


def found(text: str, code: str) -> list:
    results = search_pages(text, locale=code)
    assert not results.fuzzy, "found by the typo retry, not by the analysis"
    return results.items


# Finnish -us nouns ------------------------------------------------------------------


@pytest.mark.parametrize(("word", "forms"), FINNISH_US_FAMILIES.items())
def test_finnish_us_forms_share_one_stem(search_engine, word, forms):
    for analyzer in ("default", "default_search"):
        assert (
            len({*stems(search_engine, "fi", " ".join([word, *forms]), analyzer)}) == 1
        )
    # The built-in analyzer gives them two or three stems (issue #21).
    assert len(set(builtin(search_engine, "finnish", " ".join([word, *forms])))) > 1


def test_estonian_us_forms_share_one_stem_apart_from_school(search_engine):
    forms = "koolitus koolituse koolitust koolitused koolitusel koolituste"
    for analyzer in ("default", "default_search"):
        assert set(stems(search_engine, "et", forms, analyzer)) == {"koolitus"}
        # "kooli" (of the school) is another word.
        assert stems(search_engine, "et", "kooli", analyzer) == ["kooli"]
    # Built in, koolitus and koolitust stem to "kooli", koolituse to "koolituse".
    assert builtin(search_engine, "estonian", "koolitus") == ["kooli"]


def test_one_finnish_us_form_finds_pages_using_the_others(
    search_engine, translated_homes
):
    using = pages_in(
        translated_homes,
        "fi",
        [
            ("Oppisopimuksella töihin", "Nuoret aloittavat työt yrityksissä."),
            ("Yritysten kokemuksia", "Moni yritys tarjoaa oppisopimusta nuorille."),
            ("Alueellinen malli", "Oppisopimukset solmitaan kunnan kanssa."),
        ],
    )
    other = pages_in(translated_homes, "fi", [("Rahoitus kouluille", "Tukea.")])
    search_engine.refresh()

    results = found("oppisopimus", "fi")

    assert set(results) == set(using)
    assert not set(results) & set(other)


# Compounds ---------------------------------------------------------------------------


def test_compound_parts_are_indexed_beside_the_compound(search_engine):
    terms = stems(search_engine, "nl", "volwassenenonderwijs", "default")

    assert {"volwassenenonderwijs", "volwassen", "onderwijs"} <= set(terms)
    # The query keeps the compound whole: a part alone must not satisfy it.
    assert stems(search_engine, "nl", "volwassenenonderwijs", "default_search") == [
        "volwassenenonderwijs"
    ]


@pytest.mark.parametrize(
    ("code", "compound_page", "apart_page", "compound", "part"),
    [
        (
            "fi",
            ("Ohjauspäivät Tampereella", "Opettajat tapaavat."),
            ("Ohjauksen päivät Oulussa", "Opinto-ohjaajat tapaavat."),
            "ohjauspäivät",
            "ohjaus",
        ),
        (
            "nl",
            ("Volwassenenonderwijs in Gent", "Lessen in de avond."),
            ("Onderwijs voor volwassenen", "Lessen in het weekend."),
            "volwassenenonderwijs",
            "onderwijs",
        ),
        (
            "nl",
            ("Microcredentials in het mbo", "Korte modules."),
            ("Micro-credentials voor werkenden", "Korte cursussen."),
            "microcredentials",
            "credentials",
        ),
    ],
)
def test_a_compound_finds_its_parts_apart_and_a_part_finds_the_compound(
    search_engine, translated_homes, code, compound_page, apart_page, compound, part
):
    joined, apart = pages_in(translated_homes, code, [compound_page, apart_page])
    pages_in(translated_homes, code, [("Digitale vaardigheden", "Cursus.")])
    search_engine.refresh()

    assert set(found(compound, code)) == {joined, apart}
    assert joined in found(part, code)


@pytest.mark.parametrize(
    ("code", "title", "query"),
    [
        # the head of praktijk|opleiders, listed as a part of its own
        ("nl", "Training voor praktijkopleiders", "opleiders"),
        # palkka inside vähimmäis|palkka
        ("fi", "Vähimmäispalkkaa maksetaan", "palkka"),
        # the compound split at its listed first part finds the words apart
        ("et", "Karjäärinõustamise päevad Tartus", "karjääripäevad"),
    ],
)
def test_a_listed_part_joins_a_compound_and_its_parts(
    search_engine, translated_homes, code, title, query
):
    (page,) = pages_in(translated_homes, code, [(title, "Uutiset.")])
    pages_in(translated_homes, code, [("Digitale vaardigheden", "Cursus.")])
    search_engine.refresh()

    assert found(query, code) == [page]


def test_hyphenated_compound_finds_the_joined_one(search_engine, translated_homes):
    joined, apart = pages_in(
        translated_homes,
        "nl",
        [
            ("Microcredentials in het mbo", "Korte modules."),
            ("Micro-credentials voor werkenden", "Korte cursussen."),
        ],
    )
    search_engine.refresh()

    assert set(found("micro-credentials", "nl")) == {joined, apart}


# Acronyms ----------------------------------------------------------------------------


def test_acronym_is_kept_apart_from_the_word_it_spells(search_engine):
    # Built in: the acronym and the imperative "võta" (take) are one term.
    assert builtin(search_engine, "estonian", "VÕTA") == builtin(
        search_engine, "estonian", "võta"
    )
    # Index: the word (a lower-case query finds it) and the acronym, diacritics
    # folded; query in capitals: the acronym only.
    assert stems(search_engine, "et", "VÕTA", "default") == ["vota", "acronym_vota"]
    assert stems(search_engine, "et", "VÕTA", "default_search") == ["acronym_vota"]
    assert stems(search_engine, "et", "võta", "default_search") == ["vota"]


def test_acronym_finds_the_validation_page_not_the_contact_page(
    search_engine, translated_homes
):
    validation, contact = pages_in(
        translated_homes,
        "et",
        [
            ("VÕTA kutsehariduses", "Varasemate õpingute ja töökogemuse arvestamine."),
            ("Kontakt", "Võta meiega ühendust: kirjuta või helista."),
        ],
    )
    search_engine.refresh()

    assert found("VÕTA", "et") == [validation]
    assert set(found("võta", "et")) == {validation, contact}


# Diacritics --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "page", "typed"),
    [
        ("fi", ("Työssäoppiminen yrityksissä", "Nuoret oppivat."), "tyossaoppiminen"),
        # In the summary: a title would also be found by the inflected-title clause
        # (two edits on the title's stems, search/engine_query.py).
        ("lv", ("Nozaru pārskati", "Prasmju prognozēšana."), "prasmju prognozesana"),
        ("et", ("Kutseõpetaja töö", "Tunnid ja praktika."), "kutseopetaja"),
    ],
)
def test_a_query_without_diacritics_finds_the_page(
    search_engine, translated_homes, code, page, typed
):
    (with_diacritics,) = pages_in(translated_homes, code, [page])
    search_engine.refresh()

    assert found(typed, code) == [with_diacritics]


def test_folding_keeps_other_inflections_of_title_words_found(
    search_engine, translated_homes
):
    """Folding must leave one term per word: two at one position (the original
    beside the folded form) make a synonym query, which drops the fuzziness of the
    inflected-title clause ("väikeettevõte" → the title's "väikeettevõttes")."""
    about, *others = pages_in(
        translated_homes,
        "et",
        [
            ("Õpipoisiõpe väikeettevõttes", "Meister õpetab kahte õpipoissi."),
            ("Õpipoisiõpe suurettevõttes", "Tehas võtab igal aastal õpipoisse."),
            ("Õpipoisiõpe koolis", "Kool ja ettevõte lepivad kokku."),
        ],
    )
    search_engine.refresh()

    assert found("õpipoisiõpe väikeettevõte", "et") == [about]
