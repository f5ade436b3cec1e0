"""Builds WAGTAILSEARCH_BACKENDS from two environment values, so that one variable
(SEARCH_URL) switches a site from the database backend to a real search engine."""

from typing import Any

# Engine name → Wagtail backend module. Each needs its own client pin (see README).
ENGINE_BACKENDS = {
    "elasticsearch7": "wagtail.search.backends.elasticsearch7",
    "opensearch2": "wagtail.search.backends.opensearch2",
}


def search_backends(url: str, engine: str, index_prefix: str) -> dict[str, Any]:
    """Return the WAGTAILSEARCH_BACKENDS setting for a search URL (empty: database)."""
    if not url:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    try:
        backend = ENGINE_BACKENDS[engine]
    except KeyError:
        known = ", ".join(sorted(ENGINE_BACKENDS))
        raise ValueError(f"SEARCH_ENGINE={engine!r} is not one of: {known}") from None
    return {
        "default": {
            "BACKEND": backend,
            "URLS": [url],
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": 30,
        }
    }
