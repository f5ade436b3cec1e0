"""SQLite FTS5 with text analysed per language (search/backends/analysing.py),
ranked by bm25() with the title weighing more than the body."""

from django.db.models import FloatField, Func
from modelsearch.backends.database.sqlite import sqlite

from search.backends.analysing import (
    AnalysingCompilerMixin,
    AnalysingIndexerMixin,
    AnalysingIndexMixin,
)

# bm25() weights of the FTS5 table's columns, in its order (autocomplete, body,
# title: modelsearch's migration 0002): a word in the title weighs five in the body.
FTS_COLUMN_WEIGHTS = (0.0, 1.0, 5.0)


class WeightedBM25(Func):
    """FTS5's bm25() with column weights (upstream's BM25 weighs all columns alike).
    Lower is better, as upstream orders."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra):
        table = sqlite.SQLiteFTSIndexEntry._meta.db_table
        placeholders = ", ".join("%s" for _weight in FTS_COLUMN_WEIGHTS)
        return f"bm25({table}, {placeholders})", list(FTS_COLUMN_WEIGHTS)


class SQLiteIndexer(AnalysingIndexerMixin, sqlite.ObjectIndexer):
    pass


class SQLiteIndex(AnalysingIndexMixin, sqlite.SQLiteIndex):
    indexer_class = SQLiteIndexer


class SQLiteCompiler(AnalysingCompilerMixin, sqlite.SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        return WeightedBM25()


class SearchBackend(sqlite.SQLiteSearchBackend):
    index_class = SQLiteIndex
    query_compiler_class = SQLiteCompiler
