"""Without an engine (SEARCH_URL empty) the same calls work on Wagtail's database
backend and say which features it cannot provide."""

import pytest

from search.config import search_backends
from search.query import search_pages
from search.suggest import suggest
from tests import factories


@pytest.fixture
def database_backend(settings, locales):
    settings.WAGTAILSEARCH_BACKENDS = search_backends("", "elasticsearch7", "x_")


@pytest.fixture
def practices(database_backend, practice_index):
    return {
        "ladders": factories.PracticePageFactory(
            parent=practice_index,
            title="Apprenticeship ladders",
            kind="tool",
            countries=["NL"],
            start_year=2020,
        ),
        "days": factories.PracticePageFactory(
            parent=practice_index,
            title="Apprenticeship days",
            countries=["BE-FR"],
            start_year=2010,
        ),
        "draft": factories.PracticePageFactory(
            parent=practice_index, title="Apprenticeship drafts", live=False
        ),
    }


def pks(results):
    return {page.pk for page in results.items}


def test_full_text_finds_published_pages_only(practices):
    results = search_pages("apprenticeship", locale="en")

    assert pks(results) == {practices["ladders"].pk, practices["days"].pk}
    assert results.total == 2
    assert results.backend == "database"


def test_filters_work(practices):
    assert pks(
        search_pages("apprenticeship", locale="en", filters={"kind": "tool"})
    ) == {practices["ladders"].pk}
    assert pks(
        search_pages("apprenticeship", locale="en", filters={"country": "BE"})
    ) == {practices["days"].pk}
    assert pks(search_pages("", locale="en", filters={"year_from": 2015})) == {
        practices["ladders"].pk
    }


def test_unavailable_features_are_named(practices):
    results = search_pages(
        "apprenticeship", locale="en", facets=["kind"], fuzzy=True, sort="newest"
    )

    assert results.highlights == {}
    assert "highlight" in results.unsupported
    assert "typo tolerance" in results.unsupported
    assert any("sort" in feature for feature in results.unsupported)


def test_facets_are_counted_in_the_database(practices):
    results = search_pages(
        "apprenticeship",
        locale="en",
        facets=["content_type", "kind", "country", "theme", "year"],
    )

    assert "facets" not in results.unsupported
    counts = {
        name: {b.value: b.count for b in bs} for name, bs in results.facets.items()
    }
    assert counts["content_type"] == {"PracticePage": 2}
    assert [b.label for b in results.facets["content_type"]] == ["Practice"]
    assert sum(counts["kind"].values()) == 2
    assert counts["country"]["BE"] == 1  # BE-FR is filed under BE too
    assert counts["year"] == {"2020": 1, "2010": 1}


def test_untranslated_pages_are_found_in_the_fallback_language(practices, settings):
    found = search_pages("apprenticeship", locale="fi")

    assert {p.pk for p in found.items} == {
        practices["ladders"].pk,
        practices["days"].pk,
    }
    assert found.fallback_ids == {practices["ladders"].pk, practices["days"].pk}

    settings.VETCMS_LOCALE_FALLBACKS = {"fi": []}
    assert search_pages("apprenticeship", locale="fi").total == 0


def test_autocomplete_works(practices):
    titles = {item["text"] for item in suggest("apprent", locale="en")}

    assert titles == {"Apprenticeship ladders", "Apprenticeship days"}
