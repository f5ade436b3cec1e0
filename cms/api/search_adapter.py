"""The seam between @search and the search layer. ``default_adapter`` filters with the
catalog and ranks with Wagtail's search on the configured backend; when ``search.query``
(the search engineer's layer) is importable, ``cms.conf`` may point SEARCH_ADAPTER at an
adapter around it without changing the service."""

from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.module_loading import import_string

from cms.api import catalog
from cms.api.serializers import registry
from cms.api.urls_public import locale_code
from cms.conf import settings as api_settings


@dataclass
class Result:
    pages: list
    total: int
    facets: dict = field(default_factory=dict)
    unsupported: list = field(default_factory=list)
    highlights: dict = field(default_factory=dict)  # page id → snippets
    fallback_ids: set = field(default_factory=set)  # shown in a fallback language
    corrected_query: str | None = None  # typo retry: the words results are for
    suggestion: str | None = None  # did you mean (nothing found)


def adapter():
    return import_string(api_settings.SEARCH_ADAPTER)


def default_adapter(
    request, criteria: catalog.Criteria, start: int, size: int
) -> Result:
    pages = catalog.queryset(request, criteria)
    if criteria.text:
        text = criteria.text.rstrip("*")
        # Rank with the search backend, then keep the catalog's filters (visibility,
        # paths) by intersecting in the database, in the backend's order.
        ranked = [p.pk for p in pages.model.objects.live().search(text)[:1000]]
        allowed = set(pages.filter(pk__in=ranked).values_list("pk", flat=True))
        ids = [pk for pk in ranked if pk in allowed]
        if criteria.sort_on:
            ids = list(pages.filter(pk__in=ids).values_list("pk", flat=True))
        window = ids[start : start + size]
        loaded = pages.model.objects.in_bulk(window)
        return Result(
            [loaded[pk] for pk in window if pk in loaded],
            len(ids),
            facets(pages.model.objects.filter(pk__in=ids)),
        )
    return Result(list(pages[start : start + size]), pages.count(), facets(pages))


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
