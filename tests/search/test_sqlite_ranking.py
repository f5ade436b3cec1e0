"""SQLite FTS5 ranks in the query that matches (search/backends/sqlite_ranking.py):
the same hits in the same order with the same scores as modelsearch's own compiler,
the full-text match run once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchQueryCompiler
from modelsearch.conf import get_app_config
from wagtail.models import Page

from search.config import search_backends
from search.query import search_pages
from tests import factories

IndexEntry = get_app_config().get_model("IndexEntry")

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite FTS5 ranking"
)


@pytest.fixture
def practices(settings, locales, practice_index):
    settings.WAGTAILSEARCH_BACKENDS = search_backends("", "elasticsearch7", "x_")
    titles = [
        "Apprenticeship ladders",
        "Apprenticeship days for apprenticeship tutors",
        "Ladders",
        "A long title about work-based learning and, once, apprenticeship",
    ]
    summaries = ["Apprenticeship in companies.", "Tutors.", "Tools.", "No."]
    return [
        factories.PracticePageFactory(parent=practice_index, title=t, summary=s)
        for t, s in zip(titles, summaries, strict=True)
    ]


def ours(compiler, *args, **kwargs):
    return compiler.search(*args, **kwargs)


def ranked(search, start=None, stop=None):
    compiler = Page.objects.live().search("apprenticeship").query_compiler
    rows = search(compiler, None, start, stop, score_field="_score")
    return [(page.pk, page._score) for page in rows]


def test_ranking_is_upstreams(practices):
    upstream = ranked(SQLiteSearchQueryCompiler.search)

    assert len(upstream) == 3
    assert ranked(ours) == upstream
    assert ranked(ours, 1, 2) == upstream[1:2]


def test_full_text_match_runs_once_per_search(practices):
    with CaptureQueriesContext(connection) as queries:
        results = search_pages("apprenticeship", locale="en")

    assert results.total == 3
    matching = [q["sql"] for q in queries if " MATCH " in q["sql"]]
    assert [sql.count(" MATCH ") for sql in matching] == [1]
    assert "bm25(" in matching[0]


def test_deleting_a_page_still_removes_its_index_entry(practices):
    """The added relation leaves deleting entries to upstream's own."""
    deleted = practices[0].pk
    practices[0].delete()

    assert not IndexEntry.objects.filter(object_id=str(deleted)).exists()
    assert deleted not in [pk for pk, _ in ranked(SQLiteSearchQueryCompiler.search)]
    assert len(ranked(ours)) == 2
