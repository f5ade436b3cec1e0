"""locales.localized: each item once, in the reader's language or its fallback, with
a constant number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from locales.localize import translate
from locales.localized import localized, localized_list, mark
from pages.models import Ambassador, PracticePage
from tests import factories


@pytest.fixture
def fi_index(fi_home, practice_index):
    return translate(practice_index, "fi", {"Practices": "Käytännöt"})


def practices(n, parent, start=0):
    return [
        factories.PracticePageFactory(parent=parent, title=f"Practice {i:02}")
        for i in range(start, start + n)
    ]


def test_untranslated_pages_fall_back_to_english_once_each(fi_index, practice_index):
    first, second, third = practices(3, practice_index)
    finnish = translate(first, "fi", {"Practice 00": "Käytäntö 00"})
    found = localized_list(PracticePage.objects.live(), "fi")
    assert sorted(p.pk for p in found) == sorted([finnish.pk, second.pk, third.pk])
    marks = {p.title: p.fallback_language for p in found}
    assert marks == {"Käytäntö 00": None, "Practice 01": "en", "Practice 02": "en"}


def test_english_readers_get_english_only(fi_index, practice_index):
    [page] = practices(1, practice_index)
    translate(page, "fi")
    found = localized_list(PracticePage.objects.live(), "en")
    assert [(p.pk, p.fallback_language) for p in found] == [(page.pk, None)]


def test_a_draft_translation_counts_as_untranslated(fi_index, practice_index):
    [page] = practices(1, practice_index)
    finnish = translate(page, "fi")
    finnish.unpublish()
    [found] = localized_list(PracticePage.objects.live(), "fi")
    assert (found.pk, found.fallback_language) == (page.pk, "en")


def test_fallback_links_point_under_the_readers_prefix(fi_index, practice_index):
    [page] = practices(1, practice_index)
    [found] = localized_list(PracticePage.objects.live(), "fi")
    assert found.reader_url == f"{fi_index.url}{page.slug}/"


@override_settings(VETCMS_LOCALE_FALLBACKS={"lv": ["fi", "en"]})
def test_the_configured_chain_is_followed_in_order(locales):
    both = factories.AmbassadorFactory(name="A")
    english_only = factories.AmbassadorFactory(name="B")
    translate(both, "fi")
    found = localized_list(Ambassador.objects.all(), "lv")
    assert {(a.translation_key, a.fallback_language) for a in found} == {
        (both.translation_key, "fi"),
        (english_only.translation_key, "en"),
    }


def test_snippets_fall_back_too(locales):
    for _ in range(3):
        factories.AmbassadorFactory()
    assert localized(Ambassador.objects.all(), "fi").count() == 3


@pytest.mark.parametrize("language", ["fi", "en"])
def test_queries_do_not_grow_with_the_number_of_items(
    language, fi_index, practice_index
):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            items = localized(PracticePage.objects.live(), language).order_by("title")
            mark(list(items), language)
        return len(queries)

    practices(10, practice_index)
    count_queries()  # warm Wagtail's site root cache
    ten = count_queries()
    practices(40, practice_index, start=10)
    assert count_queries() == ten


@pytest.mark.parametrize("language", ["en", "fi"])
def test_source_order_is_the_same_with_the_readers_language(
    fi_index, practice_index, language
):
    """English readers' rows are all source pages: their tree order is the source
    order, read without a lookup per row; a Finnish reader's order is unchanged."""
    from locales.localized import in_source_order

    first, second, third = practices(3, practice_index)
    third.move(first, pos="left")  # the editors' order differs from creation's
    translate(second, "fi", {"Practice 01": "Käytäntö 01"})
    rows = localized(PracticePage.objects.live(), language)
    with CaptureQueriesContext(connection) as ctx:
        given = [p.title for p in in_source_order(rows, language)]
    generic = [p.title for p in in_source_order(rows)]
    assert given == generic
    assert given[0] == "Practice 02" and len(given) == 3
    lookups = ctx.captured_queries[0]["sql"].count('"translation_key" =')
    assert lookups == (0 if language == "en" else 1)


def test_a_readers_candidates_come_from_their_languages_trees_only(
    fi_index, nl_home, practice_index
):
    """A Finnish reader's listing picks from the fi and en trees (its fallback
    chain): the Dutch tree's copies are never read, and the choice is unchanged."""
    from locales.localized import below_translations

    first, second = practices(2, practice_index)
    finnish = translate(first, "fi", {"Practice 00": "Käytäntö 00"})
    translate(practice_index, "nl", {"Practices": "Praktijken"})
    dutch = translate(second, "nl", {"Practice 01": "Praktijk 01"})
    everywhere = below_translations(PracticePage, practice_index)
    for_finns = below_translations(PracticePage, practice_index, language="fi")
    assert dutch.pk in {p.pk for p in everywhere}
    assert {p.pk for p in for_finns} == {first.pk, second.pk, finnish.pk}
    chosen = localized(for_finns, "fi")
    assert {p.pk for p in chosen} == {p.pk for p in localized(everywhere, "fi")}
    assert {p.pk for p in chosen} == {finnish.pk, second.pk}
