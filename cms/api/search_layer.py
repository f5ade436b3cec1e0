"""@search on the search layer (``search.query.search_pages``, reached by dotted path
so ``cms`` does not import ``search``): full-text queries go to the locale's index
(language analysis, facets, highlights) at any ``b_start`` and ``b_size``; anything that
layer cannot express (a path below a language root, review states, sorts other than
date, types it does not index) falls back to the catalog adapter, so answers stay
exact."""

from django.utils.module_loading import import_string
from wagtail.models import Page

from cms.api import catalog, reader_filters, search_drafts
from cms.api.exceptions import BadRequest, ServiceUnavailable
from cms.api.search_adapter import Result, default_adapter
from cms.api.serializers import summary
from cms.conf import settings as api_settings
from locales.ids import locale_code

FACETS = {
    "content_type": "portal_type",
    "locale": "Language",
    "kind": "kind",
    "country": "country",
    "theme": "theme",
    "group": "group",
    "year": "year",
}


def search_layer_adapter(request, c: catalog.Criteria, start: int, size: int) -> Result:
    try:
        search_pages = import_string(api_settings.SEARCH_FUNCTION)
    except ImportError:
        return catalog_adapter(request, c, start, size)
    arguments = _arguments(request, c, start, size)
    if arguments is None:
        return catalog_adapter(request, c, start, size)
    drafts = search_drafts.draft_pages(request, c, arguments["locale"])
    live_start, live_size = search_drafts.live_window(start, size, len(drafts))
    arguments.update(start=live_start, per_page=max(live_size, 1))
    try:
        results = search_pages(c.text, **arguments)
    except ValueError as error:  # the layer's SearchError
        raise BadRequest(str(error)) from None
    except RuntimeError as error:  # SearchUnavailable, configured to refuse (503)
        raise unavailable(error) from None
    facets = {
        FACETS[name]: {b.value: b.count for b in buckets}
        for name, buckets in results.facets.items()
    }
    live = results.items if live_size else []
    highlights = {p.pk: results.highlights.get(p.pk, []) for p in live}
    return Result(
        drafts[start : start + size] + live,
        results.total + len(drafts),
        facets,
        list(results.unsupported),
        highlights=highlights,
        degraded=getattr(results, "degraded", False),
        fallback_ids=set(getattr(results, "fallback_ids", ())),
        corrected_query=getattr(results, "corrected_query", None),
        suggestion=getattr(results, "suggestion", None),
    )


def catalog_adapter(request, c: catalog.Criteria, start: int, size: int) -> Result:
    """The catalog's answer; the search layer's backends answer its ranking from the
    database while the engine is down (``engine_error``), or refuse with a 503."""
    result = default_adapter(request, c, start, size)
    if getattr(result.engine_error, "retry_after", None) is not None:
        raise unavailable(result.engine_error)
    return result


def unavailable(error) -> ServiceUnavailable:
    """SearchUnavailable with retry_after → 503 + Retry-After; anything else is a
    bug and stays one."""
    retry_after = getattr(error, "retry_after", None)
    if retry_after is None:
        raise error
    return ServiceUnavailable(headers={"Retry-After": str(retry_after)})


def _arguments(request, c: catalog.Criteria, start: int, size: int) -> dict | None:
    """search_pages' arguments for these criteria, or None if it cannot express them."""
    if not c.text or c.states or c.lookups:
        return None
    sort = _sort(c)
    locale = _locale(request, c)
    if sort is None or locale is None:
        return None
    filters = reader_filters.search_filters(c.reader_filters)
    if c.types:
        filters["content_type"] = c.types
    return {
        "locale": locale,
        "filters": filters,
        "page": start // size + 1,
        "per_page": size,
        "start": start,
        "sort": sort,
        "facets": list(FACETS) if c.facets else [],
        "load_fields": summary.loaded_fields if c.summaries_only else None,
        "reuse": c.reuse if c.summaries_only else None,
        "highlight": c.highlights,
    }


def _root_language(request, tree_path: str) -> str | None:
    """The language of the language root at ``tree_path``: the searched context's
    own (already loaded), else from the database."""
    context = getattr(request, "api_context", None)
    if context is not None and context.path == tree_path:
        return locale_code(context.locale_id)
    locale = Page.objects.filter(path=tree_path).values_list("locale_id", flat=True)
    return locale_code(locale[0]) if locale else None


def _sort(c: catalog.Criteria) -> str | None:
    if not c.sort_on:
        return "relevance"
    if c.sort_on == ["effective"]:
        return "newest" if c.descending else "oldest"
    return None


def _locale(request, c: catalog.Criteria) -> str | None:
    """One language (from Language or a language root path), or "all"."""
    languages = {lang for lang in c.languages if lang}
    for tree_path, depth in c.paths:
        if len(tree_path) != Page.steplen * 2 or depth not in (None, -1):
            return None  # below a language root, or depth-limited: the catalog's job
        root = _root_language(request, tree_path)
        if root is None:
            return None
        languages.add(root)
    if len(languages) > 1:
        return None
    return languages.pop() if languages else "all"
