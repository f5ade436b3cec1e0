"""Prefix search on Wagtail's database backend (Plone's trailing ``*``: ``learn*``).

The database backends (SQLite FTS5, PostgreSQL, MySQL) already compile the last word
of an autocomplete query as a prefix, but autocomplete reads only the title. A
compiler of the full-text search with the same switch (``LAST_TERM_IS_PREFIX``)
searches every field with the last word as a prefix, ranked as usual. ``_search`` is
the backend's one entry point for both compilers; tests/search/test_prefix.py pins
both names upstream."""

from functools import cache

from wagtail.search.backends import get_search_backend


@cache
def prefix_compiler(compiler_class):
    """The backend's search compiler, its last word a prefix."""
    name = f"Prefix{compiler_class.__name__}"
    return type(name, (compiler_class,), {"LAST_TERM_IS_PREFIX": True})


def prefix_search(queryset, query, *, operator: str, order_by_relevance: bool):
    """``queryset.search(query)`` on the default backend, the last word a prefix."""
    backend = get_search_backend("default")
    compiler = prefix_compiler(backend.query_compiler_class)
    return backend._search(
        compiler,
        query,
        queryset,
        operator=operator,
        order_by_relevance=order_by_relevance,
    )
