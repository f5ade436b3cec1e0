"""The typo retry's notice on the real engine: "showing results for X" names X only
when X is not what the reader typed; close matches found without a correction get
their own notice, never "results for yrittäjyys (no results for yrittäjyys)"."""

import pytest

from search.query import search_pages
from tests import factories

pytestmark = pytest.mark.search_engine


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


@pytest.fixture
def colour_page(search_engine, practice_index):
    # "colour" only in the body: the spelling suggester (titles and summaries) has
    # nothing to offer for "color", but the fuzzy retry finds the body's word.
    page = factories.PracticePageFactory(
        parent=practice_index,
        title="Paint workshop",
        summary="A day with brushes.",
        body=paragraph("Apprentices mix colour for the walls."),
    )
    search_engine.refresh()
    return page


def test_close_matches_do_not_claim_a_corrected_query(colour_page):
    found = search_pages("color", locale="en")

    assert [p.pk for p in found.items] == [colour_page.pk]
    assert found.fuzzy
    assert found.corrected_query is None


def test_the_site_says_close_matches_and_not_results_for_the_same_words(
    colour_page, client
):
    html = client.get("/en/search/", {"q": "color"}).content.decode()

    assert 'id="close-matches"' in html
    assert 'id="corrected-query"' not in html
    assert "Paint workshop" in html


def test_a_real_correction_is_still_named(search_engine, practice_index, client):
    factories.PracticePageFactory(
        parent=practice_index, title="Mentoring apprentices", summary="Mentors help."
    )
    search_engine.refresh()

    found = search_pages("mentorng", locale="en")

    assert found.corrected_query == "mentoring"
    html = client.get("/en/search/", {"q": "mentorng"}).content.decode()
    assert 'id="corrected-query"' in html and 'id="close-matches"' not in html
