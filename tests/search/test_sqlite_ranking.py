"""SQLite FTS5 ranks in the query that matches (search/backends/sqlite_ranking.py):
the same hits in the same order with the same scores as modelsearch's own compiler,
the full-text match run once."""

import pytest
from django.db import connection

if connection.vendor != "sqlite":  # modelsearch's SQLite modules need its tables
    pytest.skip("SQLite FTS5 ranking", allow_module_level=True)

from django.test.utils import CaptureQueriesContext  # noqa: E402
from modelsearch.backends.database.sqlite.sqlite import (  # noqa: E402
    SQLiteSearchQueryCompiler,
)
from modelsearch.conf import get_app_config  # noqa: E402
from wagtail.models import Page  # noqa: E402

from search.config import search_backends  # noqa: E402
from search.query import search_pages  # noqa: E402
from tests import factories  # noqa: E402

IndexEntry = get_app_config().get_model("IndexEntry")


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
