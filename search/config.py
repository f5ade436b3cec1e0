"""Builds WAGTAILSEARCH_BACKENDS from environment values, so that one variable
(SEARCH_URL) switches a site from the database backend to a real search engine.

With an engine there is one backend per locale (index prefix `<prefix><code>_`, that
language's analyzer as the index default, only that locale's published, public
content) plus `default` (`<prefix>all_`: everything, drafts included, for the admin).
"""

from collections.abc import Iterable
from typing import Any

from search.analyzers import index_settings

# Engine name → our per-locale backend module (a thin subclass of Wagtail's backend
# for that engine). Each needs its own client pin (see search/README.md).
ENGINE_BACKENDS = {
    "elasticsearch7": "search.backends.elasticsearch7",
    "elasticsearch8": "search.backends.elasticsearch8",
    "elasticsearch9": "search.backends.elasticsearch9",
    "opensearch2": "search.backends.opensearch2",
    "opensearch3": "search.backends.opensearch3",
}
DATABASE_BACKEND = "wagtail.search.backends.database"


def search_backends(
    url: str,
    engine: str,
    index_prefix: str,
    language_codes: Iterable[str] = (),
    index_settings_extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Return the WAGTAILSEARCH_BACKENDS setting for a search URL (empty: database)."""
    if not url:
        # One database backend only: several would overwrite one table (wagtail#9253).
        return {"default": {"BACKEND": DATABASE_BACKEND}}
    try:
        backend = ENGINE_BACKENDS[engine]
    except KeyError:
        known = ", ".join(sorted(ENGINE_BACKENDS))
        raise ValueError(f"SEARCH_ENGINE={engine!r} is not one of: {known}") from None
    common = {"BACKEND": backend, "URLS": [url], "TIMEOUT": 30}
    extra = index_settings_extra or {}
    backends = {
        "default": {
            **common,
            "INDEX_PREFIX": f"{index_prefix}all_",
            "INDEX_SETTINGS": extra,
        }
    }
    for code in language_codes:
        backends[code] = {
            **common,
            "INDEX_PREFIX": f"{index_prefix}{code}_",
            "LANGUAGE_CODE": code,
            "INDEX_SETTINGS": _merge(index_settings(code), extra),
        }
    return backends


def search_index_settings(replicas: str = "") -> dict[str, Any]:
    """Extra INDEX_SETTINGS from the environment: SEARCH_REPLICAS=0 for a single-node
    engine (the default, 1, leaves a one-node cluster yellow)."""
    if not replicas:
        return {}
    return {"settings": {"index": {"number_of_replicas": int(replicas)}}}


def _merge(base: dict, extra: dict) -> dict:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged
