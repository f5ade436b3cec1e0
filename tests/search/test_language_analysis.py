"""Each locale is analysed in its own language: an inflected form finds the page in
its locale and not in the others, and not with language-neutral analysis."""

import pytest

from locales.config import LANGUAGE_CODES
from search.query import search_pages

pytestmark = pytest.mark.search_engine

# (locale, an inflected form that is not in the page's text)
INFLECTED = [
    ("fi", "opettajille"),  # "opettajat" (teachers) → opettaj
    ("nl", "leerling"),  # "leerlingen" (pupils) → leerling
    ("et", "õpetajad"),  # "õpetajatele" (to teachers) → õpetaja
    ("lv", "skolotāji"),  # "skolotājiem" (to teachers) → skolotāj
    ("en", "apprenticeship"),  # "apprentices"/"apprenticeships" → apprenticeship
]


@pytest.mark.parametrize(("code", "word"), INFLECTED)
def test_inflected_form_finds_the_page_in_its_own_locale(
    translated_practice, code, word
):
    results = search_pages(word, locale=code)

    assert [page.pk for page in results.items] == [translated_practice[code].pk]
    assert results.items[0].locale.language_code == code


@pytest.mark.parametrize(("code", "word"), INFLECTED)
def test_inflected_form_finds_nothing_in_the_other_locales(
    translated_practice, code, word, settings
):
    # The analysis only: with diacritics folded, the typo retry may reach a
    # neighbour's word (et "õpetajad" is two edits from fi "opettaj", teachers).
    settings.VETCMS_SEARCH_RETRY_BELOW = 0
    for other in LANGUAGE_CODES:
        if other != code:
            assert search_pages(word, locale=other).total == 0, other


@pytest.mark.parametrize(("code", "word"), INFLECTED[:4])
def test_language_neutral_analysis_misses_the_inflected_form(
    translated_practice, code, word
):
    # The admin's "default" index uses the standard analyzer: no stemming.
    from wagtail.models import Page

    hits = Page.objects.live().search(word, backend="default")

    assert translated_practice[code].pk not in [page.pk for page in hits]


def test_all_locales_search_analyses_the_query_in_each_language(translated_practice):
    results = search_pages("opettajille", locale="all", facets=["locale"])

    assert [page.pk for page in results.items] == [translated_practice["fi"].pk]
    assert [(b.value, b.count) for b in results.facets["locale"]] == [("fi", 1)]


def test_each_locale_index_holds_only_its_locale(search_engine, translated_practice):
    for code, page in translated_practice.items():
        ids = search_engine.page_ids(code)
        assert page.pk in ids
        others = {p.pk for c, p in translated_practice.items() if c != code}
        assert not ids & others, code
