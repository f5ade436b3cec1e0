"""Wagtail's database search backend, analysing text per language
(search/backends/analysing.py) on SQLite FTS5 and PostgreSQL, ranked with title
matches first. ``BACKEND: "search.backends.database"``.

Which upstream backend runs is upstream's choice (``SearchBackend`` in
modelsearch.backends.database: the database vendor, FTS5 available); MySQL and the
substring fallback are used as they are, without analysis."""

from django.db.models import FloatField, Func
from modelsearch.backends.database import SearchBackend as upstream_backend
from modelsearch.backends.database.postgres import postgres
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


class SQLiteBackend(sqlite.SQLiteSearchBackend):
    index_class = SQLiteIndex
    query_compiler_class = SQLiteCompiler


class PostgresIndexer(AnalysingIndexerMixin, postgres.ObjectIndexer):
    pass


class PostgresIndex(AnalysingIndexMixin, postgres.PostgresIndex):
    indexer_class = PostgresIndexer


class PostgresCompiler(AnalysingCompilerMixin, postgres.PostgresSearchQueryCompiler):
    pass


class PostgresBackend(postgres.PostgresSearchBackend):
    index_class = PostgresIndex
    query_compiler_class = PostgresCompiler

    def __init__(self, params):
        # Our tokens are final: 'simple' only lower-cases them (the server's default
        # configuration, often 'english', would stem them again and drop stop words).
        super().__init__({"SEARCH_CONFIG": "simple", **params})


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up)
    backend = upstream_backend(params)
    if isinstance(backend, sqlite.SQLiteSearchBackend):
        return SQLiteBackend(params)
    if isinstance(backend, postgres.PostgresSearchBackend):
        return PostgresBackend(params)
    return backend
