"""search_pages on the engine: filters, facet counts, highlighting, fuzzy matching,
sorting, paging and title autocomplete, against data whose answers we know."""

import datetime as dt

import pytest

from search.query import search_pages
from search.suggest import suggest
from tests import factories
from tests.search.conftest import published

pytestmark = pytest.mark.search_engine


@pytest.fixture
def catalogue(search_engine, practice_index, news_index):
    """Five practices and two news articles in English, classified on purpose."""
    guidance = factories.ThemeFactory(name="Guidance", slug="guidance")
    wbl = factories.ThemeFactory(name="Work-based learning", slug="wbl")
    rows = [
        ("Mentoring in workshops", "good-practice", ["FI"], [guidance], 2015),
        ("Mentoring toolkit", "tool", ["FI", "EE"], [guidance, wbl], 2019),
        ("Career guidance days", "good-practice", ["BE-FR"], [wbl], 2019),
        ("Quick mentoring check", "quick-win", ["LV"], [], 2021),
        ("Apprenticeship ladders", "good-practice", ["NL"], [wbl], 2023),
    ]
    practices = {
        title: published(
            factories.PracticePageFactory(
                parent=practice_index,
                title=title,
                kind=kind,
                countries=countries,
                themes=themes,
                start_year=year,
                summary=f"{title}: learners are coached by mentors in companies.",
            )
        )
        for title, kind, countries, themes, year in rows
    }
    news = [
        factories.NewsPageFactory(
            parent=news_index, title=f"Mentoring news {n}", date=dt.date(2024, 1, n)
        )
        for n in (1, 2)
    ]
    search_engine.refresh()
    return {"practices": practices, "news": news}


def titles(results):
    return sorted(page.title for page in results.items)


def buckets(results, name):
    return {b.value: b.count for b in results.facets[name]}


def test_facet_counts_match_the_data(catalogue):
    results = search_pages(
        "coaching",
        locale="en",
        facets=["kind", "country", "theme", "year", "content_type"],
    )

    assert results.total == 5  # every practice ("coached"); the news do not say it
    assert buckets(results, "kind") == {"good-practice": 3, "tool": 1, "quick-win": 1}
    # BE-FR is a region of BE: the page counts for both.
    assert buckets(results, "country") == {
        "FI": 2,
        "EE": 1,
        "BE-FR": 1,
        "BE": 1,
        "LV": 1,
        "NL": 1,
    }
    assert buckets(results, "theme") == {"guidance": 2, "wbl": 3}
    assert buckets(results, "year") == {"2015": 1, "2019": 2, "2021": 1, "2023": 1}
    assert buckets(results, "content_type") == {"PracticePage": 5}
    kind_labels = {b.value: b.label for b in results.facets["kind"]}
    assert kind_labels["quick-win"] == "Quick win"


def test_facet_counts_follow_the_filters(catalogue):
    results = search_pages(
        "coached", locale="en", filters={"theme": "wbl"}, facets=["kind", "country"]
    )

    assert results.total == 3
    assert buckets(results, "kind") == {"good-practice": 2, "tool": 1}
    assert buckets(results, "country") == {
        "FI": 1,
        "EE": 1,
        "BE": 1,
        "BE-FR": 1,
        "NL": 1,
    }


def test_filters_combine(catalogue):
    assert titles(
        search_pages(
            "coached", locale="en", filters={"kind": "good-practice", "country": "BE"}
        )
    ) == ["Career guidance days"]
    assert titles(
        search_pages("", locale="en", filters={"year_from": 2019, "year_to": 2021})
    ) == ["Career guidance days", "Mentoring toolkit", "Quick mentoring check"]
    assert titles(
        search_pages(
            "mentoring", locale="en", filters={"content_type": "pages.newspage"}
        )
    ) == ["Mentoring news 1", "Mentoring news 2"]
    assert titles(
        search_pages("coached", locale="en", filters={"country": ["LV", "NL"]})
    ) == ["Apprenticeship ladders", "Quick mentoring check"]


def test_title_is_boosted(search_engine, practice_index):
    body = [{"type": "paragraph", "value": "<p>Dropout prevention in schools.</p>"}]
    in_body = factories.PracticePageFactory(
        parent=practice_index, title="School plans", body=body
    )
    in_title = factories.PracticePageFactory(
        parent=practice_index, title="Dropout prevention", summary="School plans."
    )
    search_engine.refresh()

    results = search_pages("dropout", locale="en")

    assert [p.pk for p in results.items] == [in_title.pk, in_body.pk]


def test_highlights_mark_the_matched_words(catalogue):
    page = catalogue["practices"]["Apprenticeship ladders"]

    results = search_pages("coached companies", locale="en")

    snippets = results.highlights[page.pk]
    assert any(
        "<mark>coached</mark>" in s and "<mark>companies</mark>" in s for s in snippets
    )


def test_highlights_escape_html(search_engine, practice_index):
    page = factories.PracticePageFactory(
        parent=practice_index, summary="Mentors <script>alert(1)</script> help."
    )
    search_engine.refresh()

    snippets = search_pages("mentors", locale="en").highlights[page.pk]

    assert "<script>" not in " ".join(snippets)
    assert "&lt;script&gt;" in " ".join(snippets)


def test_fuzzy_matching_forgives_typos(catalogue, settings):
    settings.VETCMS_SEARCH_RETRY_BELOW = 0  # no automatic retry
    assert search_pages("mentorng", locale="en").total == 0
    results = search_pages("mentorng", locale="en", fuzzy=True)
    assert "Mentoring toolkit" in titles(results)


def test_sort_by_date(catalogue):
    newest = search_pages("coached", locale="en", sort="newest")
    oldest = search_pages("coached", locale="en", sort="oldest")

    years = [page.start_year for page in newest.items]
    assert years == sorted(years, reverse=True)
    assert [p.pk for p in oldest.items][0] == catalogue["practices"][
        "Mentoring in workshops"
    ].pk


def test_batching(catalogue):
    first = search_pages("coached", locale="en", sort="oldest", per_page=2, page=1)
    third = search_pages("coached", locale="en", sort="oldest", per_page=2, page=3)

    assert (first.total, first.pages, len(first.items)) == (5, 3, 2)
    assert len(third.items) == 1
    assert not {p.pk for p in first.items} & {p.pk for p in third.items}


def test_engine_took_is_reported(catalogue):
    assert search_pages("coached", locale="en").took_ms is not None


def suggested_titles(prefix, locale):
    return [i["text"] for i in suggest(prefix, locale=locale) if i["kind"] == "page"]


def test_title_autocomplete(catalogue, settings):
    assert suggested_titles("mentor too", "en")[:1] == ["Mentoring toolkit"]
    assert suggested_titles("appren", "en")[0] == "Apprenticeship ladders"
    # Finnish readers see untranslated English pages (the fallback), unless none is set.
    assert suggested_titles("appren", "fi")[0] == "Apprenticeship ladders"
    settings.VETCMS_LOCALE_FALLBACKS = {"fi": []}
    assert suggested_titles("appren", "fi") == []
