"""A small catalog over the page tree: Plone index names (``portal_type``, ``Language``,
``path`` with depth, ``review_state``, dates, our taxonomies) turned into one database
query. @search's default adapter and @querystring-search both build on it."""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _
from wagtail.models import Page

from cms.api import access, localized, reader_filters, type_names
from cms.api.exceptions import BadRequest
from cms.api.serializers import registry

# Index → ORM lookups on Page (reverse one-to-one names, so no page model is imported).
FIELD_INDEXES = {
    "kind": ["practicepage__kind"],
    "country": ["practicepage__countries__code", "projectpage__countries__code"],
    "theme": ["practicepage__themes__slug"],
    "start": ["eventpage__start"],
    "end": ["eventpage__end"],
    "effective": ["first_published_at"],
    "modified": ["last_published_at"],
    "created": ["first_published_at"],
}
SORTS = {
    "sortable_title": "title",
    "title": "title",
    "Title": "title",
    "Date": "first_published_at",
    "portal_type": "content_type__model",
    # Plone's states sort "private" before "published": draft pages first.
    "review_state": "live",
    "end": "eventpage__end",
    "getId": "slug",
    "effective": "first_published_at",
    "created": "first_published_at",
    "modified": "last_published_at",
    "path": "path",
    "getObjPositionInParent": "path",
    "id": "slug",
    "start": "eventpage__start",
}


@dataclass
class Criteria:
    text: str = ""
    types: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    paths: list[tuple[str, int | None]] = field(
        default_factory=list
    )  # (tree path, depth)
    states: list[str] = field(default_factory=list)
    lookups: list = field(default_factory=list)  # Q objects from field indexes
    # The site's facets as filters (cms/api/reader_filters.py): {name: values}.
    reader_filters: dict = field(default_factory=dict)
    sort_on: list[str] = field(default_factory=list)
    descending: bool = False
    # Set: each item once, in this language or its fallback (cms.api.localized).
    reader_language: str | None = None
    # The reply shows summaries only (no fullobjects, no metadata columns): result
    # pages need load only the fields summaries read.
    summaries_only: bool = False
    # Facet counts (an extra of @search: a query per facet on the database), only
    # when the request asks for them (``facets=1``).
    facets: bool = True
    # Highlighted fragments (an extra of @search), only when asked for
    # (``highlights=1``): the engine's fetch phase is most of its time.
    highlights: bool = False
    # search_pages' ``reuse`` (cms/api/serializers/summary.remembered_pages): hits
    # whose summaries are remembered need no page loaded.
    reuse: object = None


def type_ids(names: list[str]) -> list[int]:
    """Content type ids of the named page types; unknown names are ignored, as
    Plone's catalog ignores a portal_type that no object has."""
    models = {m.__name__: m for m in registry.page_models()}
    return type_ids_of([models[n] for n in type_names.expand(names) if n in models])


def type_ids_of(models) -> list[int]:
    return [ContentType.objects.get_for_model(m).pk for m in models]


def queryset(request, c: Criteria):
    from django.db.models import Q

    pages = access.visible(request, Page.objects.filter(depth__gt=1))
    if c.types:
        lrf = Q(depth=2) if "LRF" in c.types else Q(pk__in=[])
        pages = pages.filter(Q(content_type_id__in=type_ids(c.types)) | lrf)
    if c.languages:
        languages = [x for x in c.languages if x]
        languages = localized.with_fallback_languages(languages, c.reader_language)
        pages = pages.filter(locale__language_code__in=languages)
    if c.paths:
        where = Q(pk__in=[])
        for tree_path, depth in localized.with_translated_paths(
            c.paths, c.reader_language
        ):
            here = Q(path__startswith=tree_path)
            base = len(tree_path) // Page.steplen
            if depth == 0:
                here = Q(path=tree_path)
            elif depth is not None and depth > 0:
                # Plone's path.depth=N: the N levels below, without the container.
                here &= Q(depth__gt=base, depth__lte=base + depth)
            where |= here
        pages = pages.filter(where)
    if c.states:
        live = {"published": True, "private": False}
        wanted = {live[s] for s in c.states if s in live}
        pages = pages.filter(live__in=wanted)
    for lookup in c.lookups:
        pages = pages.filter(lookup)
    if c.reader_filters:
        pages = pages.filter(reader_filters.lookup(c.reader_filters))
    if c.lookups or c.reader_filters:
        pages = pages.distinct()
    pages = localized.choose(pages, c.reader_language)
    return order(pages, c)


def order(pages, c: Criteria):
    if not c.sort_on:
        if c.reader_language:
            return localized.in_source_order(pages)
        return pages.order_by("path")
    try:
        fields = [SORTS[name] for name in c.sort_on]
    except KeyError as missing:
        raise BadRequest(
            _("Cannot sort on '%(index)s'.") % {"index": missing.args[0]}
        ) from None
    prefix = "-" if c.descending else ""
    return pages.order_by(*[prefix + f for f in fields], "path")


def descending(value) -> bool:
    if value in (None, "", "ascending"):
        return False
    if value in ("descending", "reverse"):
        return True
    raise BadRequest(
        _("sort_order must be ascending, descending or reverse, not %(value)r.")
        % {"value": value}
    )
