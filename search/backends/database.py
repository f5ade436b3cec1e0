"""Wagtail's database search backend, analysing text per language
(search/backends/analysing.py) on SQLite FTS5 (database_sqlite.py) and PostgreSQL
(database_postgres.py). ``BACKEND: "search.backends.database"``.

Which upstream backend runs stays upstream's choice (modelsearch's ``SearchBackend``:
the database vendor, FTS5 available); each subclass lives in its own module because
upstream's modules for one database cannot be imported on the other. MySQL and the
substring fallback are used as they are, without analysis."""

from importlib import import_module

from modelsearch.backends.database import SearchBackend as upstream_backend

ANALYSING = {
    "SQLiteSearchBackend": "search.backends.database_sqlite",
    "PostgresSearchBackend": "search.backends.database_postgres",
}


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up)
    backend = upstream_backend(params)
    module = ANALYSING.get(type(backend).__name__)
    return import_module(module).SearchBackend(params) if module else backend
