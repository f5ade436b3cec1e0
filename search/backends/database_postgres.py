"""PostgreSQL full text with text analysed per language
(search/backends/analysing.py), ranked by upstream's ts_rank (title and body
vectors, the title weighted by its field's boost)."""

from modelsearch.backends.database.postgres import postgres

from search.backends.analysing import (
    AnalysingCompilerMixin,
    AnalysingIndexerMixin,
    AnalysingIndexMixin,
)


class PostgresIndexer(AnalysingIndexerMixin, postgres.ObjectIndexer):
    pass


class PostgresIndex(AnalysingIndexMixin, postgres.PostgresIndex):
    indexer_class = PostgresIndexer


class PostgresCompiler(AnalysingCompilerMixin, postgres.PostgresSearchQueryCompiler):
    pass


class SearchBackend(postgres.PostgresSearchBackend):
    index_class = PostgresIndex
    query_compiler_class = PostgresCompiler

    def __init__(self, params):
        # Our tokens are final: 'simple' only lower-cases them (the server's default
        # configuration, often 'english', would stem them again and drop stop words).
        super().__init__({"SEARCH_CONFIG": "simple", **params})
