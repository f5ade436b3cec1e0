"""The seam between @search and the search layer. ``default_adapter`` filters with the
catalog and ranks with Wagtail's search on the configured backend; when ``search.query``
(the search engineer's layer) is importable, ``cms.conf`` may point SEARCH_ADAPTER at an
adapter around it without changing the service."""

import re
from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.module_loading import import_string

from cms.api import access, catalog
from cms.api.serializers import registry
from cms.conf import settings as api_settings
from locales.ids import locale_code


@dataclass
class Result:
    pages: list
    total: int
    facets: dict = field(default_factory=dict)
    unsupported: list = field(default_factory=list)
    highlights: dict = field(default_factory=dict)  # page id → snippets
    degraded: bool = False  # the search engine is down: the database answered
    engine_error: Exception | None = None  # why (set by the search app's backends)
    fallback_ids: set = field(default_factory=set)  # shown in a fallback language
    corrected_query: str | None = None  # typo retry: the words results are for
    suggestion: str | None = None  # did you mean (nothing found)


DEGRADED_NOTE = "search engine unavailable (database answered)"


def adapter():
    return import_string(api_settings.SEARCH_ADAPTER)


def default_adapter(
    request, criteria: catalog.Criteria, start: int, size: int
) -> Result:
    pages = catalog.queryset(request, criteria)
    if criteria.text:
        text = plain_words(criteria.text)
        # Rank with the search backend, then keep the catalog's filters (visibility,
        # paths) by intersecting in the database, in the backend's order.
        # Editors' drafts too (the default backend holds every page); ``pages``
        # keeps what the requester may see.
        searched = pages.model.objects
        if not access.is_editor(request):
            searched = searched.live()
        found = searched.search(text)[:1000] if text else []
        ranked = [p.pk for p in found]
        allowed = set(pages.filter(pk__in=ranked).values_list("pk", flat=True))
        ids = [pk for pk in ranked if pk in allowed]
        if criteria.sort_on:
            ids = list(pages.filter(pk__in=ids).values_list("pk", flat=True))
        window = ids[start : start + size]
        loaded = pages.model.objects.in_bulk(window)
        result = Result(
            [loaded[pk] for pk in window if pk in loaded],
            len(ids),
            facets(pages.model.objects.filter(pk__in=ids)) if criteria.facets else {},
        )
        # The search app's engine backends answer from the database when the engine
        # fails, and say so on the results object.
        result.engine_error = getattr(found, "engine_error", None)
        if result.engine_error is not None:
            result.degraded = True
            result.unsupported.append(DEGRADED_NOTE)
        return result
    counts = facets(pages) if criteria.facets else {}
    return Result(list(pages[start : start + size]), pages.count(), counts)


# Quotes and control characters: the database backend's full-text syntax (SQLite FTS5)
# cannot parse them inside a term; Wagtail's plain-text query has no use for them.
_UNPARSABLE = re.compile(r'["\x00-\x1f\x7f]')


def plain_words(text: str) -> str:
    """The words of a query (Plone's trailing ``*`` dropped: terms are prefixes)."""
    return " ".join(_UNPARSABLE.sub(" ", text).split()).rstrip("*")


def facets(pages) -> dict:
    """Counts per portal_type and Language over the whole result, for facet widgets."""
    rows = (
        pages.order_by()
        .values("content_type", "locale", "depth")
        .annotate(n=Count("pk"))
    )
    types: dict[str, int] = {}
    languages: dict[str, int] = {}
    from django.contrib.contenttypes.models import ContentType

    for row in rows:
        name = (
            "LRF"
            if row["depth"] == 2
            else ContentType.objects.get_for_id(row["content_type"])
            .model_class()
            .__name__
        )
        types[name] = types.get(name, 0) + row["n"]
        lang = locale_code(row["locale"])
        languages[lang] = languages.get(lang, 0) + row["n"]
    return {"portal_type": types, "Language": languages}


__all__ = ["Result", "adapter", "default_adapter", "facets", "registry"]
