"""The database backend's typo retry (search/db_typos.py): a search that finds
nothing runs again with misspelt words replaced by title words, and says so only
when a word changed."""

from search.query import search_pages
from tests.search.test_database_analysis import (  # noqa: F401 (fixtures)
    database_backend,
    index,
    publish,
)


def test_a_misspelt_word_is_corrected_and_the_correction_reported(publish):
    publish("en", "Peer mentors for apprentices")

    found = search_pages("peer mentros", locale="en")

    assert [p.title for p in found.items] == ["Peer mentors for apprentices"]
    assert found.corrected_query == "peer mentors"


def test_a_misspelt_word_without_diacritics_is_corrected(publish):
    publish("fi", "Materiaalipankki opettajille")

    found = search_pages("materiaalipankkki", locale="fi")

    assert [p.title for p in found.items] == ["Materiaalipankki opettajille"]
    assert found.corrected_query == "materiaalipankki"


def test_a_search_that_finds_reports_no_correction(publish):
    publish("en", "Peer mentors for apprentices")

    found = search_pages("mentoring", locale="en")

    assert found.total == 1
    assert found.corrected_query is None


def test_nothing_close_means_no_results_and_no_notice(publish):
    publish("en", "Peer mentors for apprentices")

    found = search_pages("zzyzx quorbit", locale="en")

    assert found.total == 0
    assert found.corrected_query is None
    assert found.suggestion is None


def test_known_words_that_find_nothing_together_are_not_changed(publish):
    publish("en", "Peer mentors")
    publish("en", "Apprentices abroad")

    found = search_pages("mentors abroad", locale="en")

    assert found.total == 0
    assert found.corrected_query is None
