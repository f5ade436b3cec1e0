"""The search API for the reader site and the REST API (@search):

    search_pages("oppisopimus", locale="fi", filters={"country": "FI"},
                 facets=["kind", "country"], page=1, per_page=10, sort="relevance")

Autocomplete for search boxes is search/suggest.py's ``suggest`` (the API's @suggest).

Only published, public pages of the reader page types come back. With an engine the
locale's own index answers (its language's analysis); with the database backend the
same calls work and `unsupported` lists what it could not do; if the engine is down
the database answers, marked ``degraded``.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

from search import db_search, degrade, engine_search
from search.params import parse
from search.results import SearchError, SearchResults

__all__ = ["SearchError", "SearchResults", "search_pages"]


def search_pages(
    query: str = "",
    *,
    locale: str | None = None,
    filters: Mapping[str, Any] | None = None,
    facets: Iterable[str] = (),
    page: int = 1,
    per_page: int = 10,
    start: int | None = None,
    sort: str = "relevance",
    fuzzy: bool = False,
    highlight: bool = True,
    load_fields: Callable[[type], Iterable[str]] | None = None,
    reuse: Callable[[dict], dict] | None = None,
) -> SearchResults:
    """Search published, public pages. ``locale``: a language code, "all", or None
    for the active language. ``filters``: content_type, kind, country, theme (a value
    or a list: any of them), year_from, year_to. ``facets``: content_type, kind,
    country, theme, year, locale. ``start``: the first result's offset, if not
    ``(page - 1) * per_page`` (Plone's b_start). ``sort``: relevance, newest, oldest.
    ``load_fields``: ``model → field names`` the result pages need (the API's
    summaries read a few; the rest would load on access, one query per page); by
    default whole pages load, with their locale. ``reuse``: ``{pk: content type id}
    → {pk: stand-in}`` for hits the caller already has what it needs of (the API's
    remembered summaries): those pages are not loaded, only checked for visibility.
    Raises SearchError for bad input. If the engine fails the database answers
    (``degraded``), or SearchUnavailable is raised with ``retry_after`` when so
    configured (search/degrade.py)."""
    params = parse(
        query,
        locale=locale,
        filters=filters,
        facets=facets,
        page=page,
        per_page=per_page,
        sort=sort,
        fuzzy=fuzzy,
        highlight=highlight,
        start=start,
    )
    params = replace(params, load_fields=load_fields, reuse=reuse)
    if all(db_search.is_engine(code) for code in params.index_languages):
        return degrade.engine_or_database(
            params, engine_search.search, db_search.search
        )
    return db_search.search(params)
