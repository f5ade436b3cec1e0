"""SQLite FTS5 with text analysed per language (search/backends/analysing.py),
ranked by bm25() with title matches first, in the query that matches
(search/backends/sqlite_ranking.py)."""

from django.db.models import FloatField, Func
from modelsearch.backends.database.sqlite import sqlite

from search.backends.analysing import (
    AnalysingCompilerMixin,
    AnalysingIndexerMixin,
    AnalysingIndexMixin,
)
from search.backends.sqlite_ranking import OnePassRankingMixin

# The FTS5 table's columns are (autocomplete, body, title): modelsearch's migration
# 0002. Title and body are scored apart and added, the title's score times
# TITLE_BOOST: one bm25() with a heavier title column saturates (ten title hits
# score barely more than two body hits) and divides by the whole row's length, so
# a long page's title match lost to a short page's body match.
BODY_ONLY = "0, 1, 0"
TITLE_ONLY = "0, 0, 1"
TITLE_BOOST = 10.0


class TitleFirstBM25(Func):
    """Body bm25() + TITLE_BOOST × title bm25(), instead of upstream's one bm25()
    over every column alike. Lower is better (FTS5's scores are negative), as
    upstream orders."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra):
        table = sqlite.SQLiteFTSIndexEntry._meta.db_table
        sql = f"(bm25({table}, {BODY_ONLY}) + %s * bm25({table}, {TITLE_ONLY}))"
        return sql, [TITLE_BOOST]


class SQLiteIndexer(AnalysingIndexerMixin, sqlite.ObjectIndexer):
    pass


class SQLiteIndex(AnalysingIndexMixin, sqlite.SQLiteIndex):
    indexer_class = SQLiteIndexer


class SQLiteCompiler(
    OnePassRankingMixin, AnalysingCompilerMixin, sqlite.SQLiteSearchQueryCompiler
):
    def _build_rank_expression(self, vectors, config):
        # Read in the matching query itself (OnePassRankingMixin): no column of the
        # index entry, only the FTS table's own bm25().
        return TitleFirstBM25()


class SearchBackend(sqlite.SQLiteSearchBackend):
    index_class = SQLiteIndex
    query_compiler_class = SQLiteCompiler
