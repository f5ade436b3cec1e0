"""The realistic judged set of bench/relevance.py is consistent: enough natural pages
and reader queries in every language, every judgment names a page that exists, every
kind is covered, and the English-only pages are what the english-page queries find.
Data only: no engine, no database."""

import random
from collections import Counter

import pytest

from bench.realistic import JUDGED_SET, KINDS, PAGE_TYPES
from locales.config import LANGUAGE_CODES
from pages.demo import synthetic

OTHER_LANGUAGES = [code for code in LANGUAGE_CODES if code != "en"]
# Kinds left out in a language: English has no diacritics to leave out and its
# readers need no other word for an English page; Latvian readers type whole
# compounds (or split them, kind "compound"), not a compound's part alone.
NOT_APPLICABLE = {"en": {"no-diacritics", "english-page"}, "lv": {"compound-part"}}


def pages(code):
    return JUDGED_SET[code][0]


def queries(code):
    return JUDGED_SET[code][1]


def english_only_keys():
    return {page.key for page in pages("en") if page.english_only}


def test_the_set_covers_every_language_of_the_site():
    assert sorted(JUDGED_SET) == sorted(LANGUAGE_CODES)


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_each_language_has_twenty_pages_and_fifteen_queries(code):
    assert len(pages(code)) >= 20
    assert len(queries(code)) >= 15


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_pages_have_a_title_a_summary_and_80_to_200_words_of_body(code):
    for page in pages(code):
        assert page.title.strip() and page.summary.strip(), page.key
        assert 80 <= page.words <= 200, (page.key, page.words)
        assert page.type in PAGE_TYPES, page.key


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_page_keys_are_unique_slugs_within_a_language(code):
    keys = [page.key for page in pages(code)]
    assert len(keys) == len(set(keys))
    assert all(key == key.lower() and " " not in key for key in keys)


def test_english_only_pages_exist_in_english_alone():
    assert len(english_only_keys()) >= 3
    for code in OTHER_LANGUAGES:
        assert not english_only_keys() & {page.key for page in pages(code)}, code
        assert not any(page.english_only for page in pages(code)), code


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_pages_in_other_languages_are_written_in_them(code):
    """Not copies of the English page of the same key."""
    english = {page.key: page for page in pages("en")}
    for page in pages(code):
        if page.key in english:
            assert page.title != english[page.key].title, (code, page.key)
            assert page.body != english[page.key].body, (code, page.key)


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_judged_page_exists_in_the_data(code):
    own = {page.key for page in pages(code)}
    english = {page.key for page in pages("en")}
    for query in queries(code):
        for key in query.grades:
            language, _, name = key.rpartition(":")
            assert language in ("", "en"), (code, query.text, key)
            assert name in (english if language else own), (code, query.text, key)


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_query_has_a_kind_and_an_answer(code):
    for query in queries(code):
        assert query.kind in KINDS, (code, query.text)
        assert set(query.grades.values()) <= {1, 2}, (code, query.text)
        assert query.answers, (code, query.text)
    texts = [query.text.lower() for query in queries(code)]
    assert len(texts) == len(set(texts)), code


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_three_english_page_queries_find_english_only_pages(code):
    english_page = [q for q in queries(code) if q.kind == "english-page"]
    assert len(english_page) >= 3
    for query in english_page:
        assert query.answers, query.text
        for key in query.answers:
            assert key.startswith("en:"), query.text
            assert key.removeprefix("en:") in english_only_keys(), query.text


def test_english_page_queries_use_the_readers_own_words():
    """Not the English page's words: no word of the query is in its title."""
    english = {page.key: page for page in pages("en")}
    for code in OTHER_LANGUAGES:
        for query in queries(code):
            if query.kind != "english-page":
                continue
            title = english[query.answers[0].removeprefix("en:")].title.lower()
            assert not set(query.text.lower().split()) & set(title.split()), query.text


def test_every_kind_appears_in_the_set():
    used = Counter(q.kind for code in LANGUAGE_CODES for q in queries(code))
    assert set(used) == set(KINDS)


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_applicable_kind_appears_in_every_language(code):
    used = {query.kind for query in queries(code)}
    expected = set(KINDS) - NOT_APPLICABLE.get(code, set())
    assert used >= expected, sorted(expected - used)
    if code == "en":
        assert not used & NOT_APPLICABLE["en"]


def test_synthetic_texts_leave_out_the_judged_vocabulary_when_asked():
    """bench/relevance.py makes its distractors inside without_mentions()."""
    rng = random.Random(7)
    with synthetic.without_mentions():
        words = synthetic._text(rng, "fi", 200, mentions=1.0).lower().split()
    assert set(words) <= set(synthetic.WORDS["fi"])
    mentioned = synthetic._text(rng, "fi", 200, mentions=1.0).lower().split()
    assert set(mentioned) <= set(synthetic.MENTIONS["fi"])


@pytest.fixture
def sections(home, practice_index, event_index, news_index):
    """The demo's sections that hold judged pages, in every locale."""
    from locales.localize import translate

    for code in OTHER_LANGUAGES:
        for page in (home, practice_index, event_index, news_index):
            translate(page, code)


def test_judged_pages_load_as_live_translation_sets(sections):
    """bench/realistic/load.py on a real database: every page live under its
    locale's section, versions of one key in one translation set, English-only
    pages with no translation (so fallback pages in every other locale)."""
    from wagtail.models import Page

    from bench.realistic.load import judged_page_ids, load_judged_pages

    created = load_judged_pages()
    assert created == sum(len(pages(code)) for code in LANGUAGE_CODES)
    assert load_judged_pages() == 0  # a second run keeps what is there
    for code in LANGUAGE_CODES:
        ids = judged_page_ids(code)
        for page in Page.objects.filter(pk__in=ids.values()).select_related("locale"):
            assert page.live
        own = Page.objects.filter(pk__in=[ids[p.key] for p in pages(code)])
        assert {p.locale.language_code for p in own} == {code}
    english = judged_page_ids("en")
    for key in english_only_keys():
        page = Page.objects.get(pk=english[key])
        assert page.get_translations().count() == 0, key
    finnish = judged_page_ids("fi")
    source = Page.objects.get(pk=english["apprenticeship-support-small-firms"])
    translated = Page.objects.get(pk=finnish["apprenticeship-support-small-firms"])
    assert translated.translation_key == source.translation_key


def test_a_kept_database_follows_edits_to_the_data(sections):
    from wagtail.models import Page

    from bench.realistic.load import judged_page_ids, load_judged_pages

    load_judged_pages()
    spec = next(p for p in pages("fi") if p.key == "guidance-days")
    page = Page.objects.get(pk=judged_page_ids("fi")["guidance-days"]).specific
    page.title = "Vanha otsikko"
    page.save_revision().publish()
    assert load_judged_pages() == 0
    page.refresh_from_db()
    assert page.title == spec.title
    assert page.live
