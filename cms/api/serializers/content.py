"""The full representation of a page (plone.restapi's ``SerializeToJson``): Plone's
standard keys, the type's own fields, children as batched summaries, ``@components``."""

import copy

from django.conf import settings
from django.utils import translation
from wagtail.models import Page

from cms.api import access, components, localized, reader_filters, urls_public
from cms.api.batching import Batch, batched_reply
from cms.api.blocks.read import blocks_of, drop_empty_listing
from cms.api.components import render as render_components
from cms.api.serializers import bulk, fields, metadata, registry, summary, values
from cms.core import generation
from locales.config import NATIVE_NAMES
from locales.ids import locale_code


class ContentSerializer:
    """Generic serializer; subclasses (registered per type) add or drop fields."""

    exclude: tuple[str, ...] = ()

    def __init__(self, request, page, neighbours: dict | None = None):
        self.request = request
        self.page = page
        self.known_neighbours = neighbours

    def standard(self) -> dict:
        page, request = self.page, self.request
        # The site root is not translated; it speaks the default language, as in Plone.
        lang = locale_code(page.locale_id) if page.depth > 1 else ""
        lang = lang or settings.LANGUAGE_CODE
        return {
            "@id": urls_public.page_url(request, page),
            "@type": registry.portal_type(page),
            "id": metadata.page_id(page),
            "UID": metadata.uid(page),
            "type_title": registry.type_title(page),
            "title": page.title,
            "description": summary.description(page),
            "language": values.term(lang, NATIVE_NAMES.get(lang, lang)),
            "review_state": summary.review_state(page),
            "created": values.json_date(page.first_published_at),
            "modified": values.json_date(
                page.last_published_at or page.latest_revision_created_at
            ),
            "effective": values.json_date(page.go_live_at or page.first_published_at),
            "expires": values.json_date(page.expire_at),
            "is_folderish": is_folderish(page),
            # Volto's document_view draws ``blocks`` (a listing block lists items).
            "layout": "document_view",
            "lock": {"locked": page.locked, "stealable": not page.locked},
            "version": "current",
            "exclude_from_nav": metadata.excluded_from_nav(page),
            "subjects": [],  # the type's themes, filled in from its own fields
            # Dublin Core keys Volto reads; editors' names are not published.
            "creators": [],
            "contributors": [],
            "rights": "",
            "allow_discussion": False,
            "relatedItems": related_items(request, page),
            "working_copy": None,
            "working_copy_of": None,
        }

    def own_fields(self) -> dict:
        own = fields.api_fields(type(self.page), self.exclude)
        related = self.relations([f for f in own if f.many_to_many])
        return {
            f.name: related[f.name]
            if f.many_to_many
            else fields.field_value(self.request, self.page, f)
            for f in own
        }

    def relations(self, many: list) -> dict:
        """Many-to-many values (countries, themes, target groups, languages): a query
        each. For a public read of the live page they are remembered per content
        generation (a publish, or a snippet or image saved, moves it on), keyed by
        what the values depend on: the page, its locale, the public base URL and the
        language."""

        def compute():
            return {
                f.name: fields.field_value(self.request, self.page, f) for f in many
            }

        request = self.request
        if not many or not access.is_public_read(request) or "version" in request.GET:
            return compute()
        key = (
            "relations",
            self.page.pk,
            self.page.locale_id,
            urls_public.public_base(request),
            translation.get_language(),
        )
        return copy.deepcopy(generation.memoized(key, compute, request))  # editable

    def extra(self) -> dict:
        """Type-specific keys (Plone's event fields, map data, …)."""
        return {}

    def neighbours(self) -> dict:
        if self.known_neighbours is not None:
            return self.known_neighbours
        return bulk.neighbours_of_page(self.request, self.page)

    def items(self, params: dict) -> dict:
        batch = Batch.from_params(params)
        # Every child once: translated, or untranslated in its fallback language.
        language = localized.reader_language(self.request, self.page)
        children = access.visible(
            self.request, localized.below(Page, self.page, 1, language)
        )
        children = localized.choose(children, language)
        children = localized.in_source_order(children, language)
        filters = reader_filters.parse(params)
        if filters:  # ?kind=…&country=FI: the site's listing filters
            children = children.filter(reader_filters.lookup(filters)).distinct()
            window = list(batch.slice(children))
            short = batch.start == 0 and len(window) < batch.size
            total = len(window) if short else children.count()
        else:
            window, total = batch.window_and_total(children)
        metadata = components.names(params.get("metadata_fields"))
        full = access_bool(params, "fullobjects")
        shown = window if metadata or full else _remembered(self.request, window)
        items = listing(
            self.request,
            shown,
            metadata_fields=metadata,
            fullobjects=full,
            remember=shown is not window,
        )
        items = localized.mark_summaries(self.request, window, items, language)
        url = urls_public.page_url(self.request, self.page)
        reply = batched_reply(batch, url, _pairs(self.request), items, total)
        reply.pop("@id")
        return reply

    def serialize(
        self, params: dict | None = None, *, include_items=True, components=None
    ) -> dict:
        """``components`` (default: as ``include_items``) adds ``@components``."""
        params = params or {}
        data = self.standard()
        data.update(self.neighbours())
        data.update(self.own_fields())
        if isinstance(data.get(metadata.SUBJECT_FIELD), list):
            # Plone's keywords: the themes' names, as the Subject column gives them.
            data["subjects"] = [t["title"] for t in data[metadata.SUBJECT_FIELD]]
        data.update(self.extra())
        data.update(blocks_of(self.request, self.page, data))
        if data["is_folderish"]:
            data["nextPreviousEnabled"] = False
        if include_items and data["is_folderish"]:
            if access_bool(params, "include_items", default=True):
                data.update(self.items(params))
                drop_empty_listing(data)
        if include_items if components is None else components:
            data["@components"] = render_components(self.request, self.page, params)
        return data


def related_items(request, page) -> list[dict]:
    """Plone's relatedItems: the type's related pages (a news article's related
    articles) that the requester may see, as summaries."""
    rows = getattr(page, metadata.RELATED_ITEMS_RELATION, None)
    if rows is None:
        return []
    ids = [
        getattr(row, f.attname)
        for row in rows.all()
        for f in row._meta.concrete_fields
        if f.many_to_one and f.name != "page" and issubclass(f.related_model, Page)
    ]
    pages = access.visible(request, Page.objects.filter(pk__in=ids))
    found = {p.pk: p for p in pages}
    pages = [found[i] for i in ids if i in found]
    # With their UID, as Plone's relation values (and what a write takes back).
    return summary.summaries(request, pages, metadata_fields=("UID",))


def _remembered(request, window: list) -> list:
    """For a public read, the batch's pages whose summaries this process built in
    this content generation (a listing's or a search's: the same summary), as
    stand-ins: neither they nor their images load again. Which children are shown
    is still decided by the batch query on every request."""
    reuse = summary.remembered_pages(request)
    if reuse is None or not window:
        return window
    known = reuse({p.pk: p.content_type_id for p in window})
    return [known.get(p.pk, p) for p in window]


def access_bool(params, name, default=False) -> bool:
    from cms.api.params import to_bool

    return to_bool(name, params[name]) if name in params else default


def _pairs(request):
    return [(k, v) for k in request.GET for v in request.GET.getlist(k)]


is_folderish = registry.is_folderish


def serialize(
    request, page, params=None, *, include_items=True, components=None, neighbours=None
) -> dict:
    klass = registry.serializer_class(page, default=ContentSerializer)
    return klass(request, page, neighbours).serialize(
        params, include_items=include_items, components=components
    )


def listing(
    request, pages, *, metadata_fields=(), fullobjects=False, remember=False
) -> list[dict]:
    """Listing items: summaries, or with ``fullobjects`` full serializations (without
    their own items), each loaded in bulk. ``remember``: summaries.remember."""
    if not fullobjects:
        return summary.summaries(
            request, pages, metadata_fields=metadata_fields, remember=remember
        )
    pages = summary.specific(list(pages))
    bulk.prefetch(request, pages)
    near = bulk.neighbours_of(request, pages)
    return [
        serialize(
            request,
            p,
            include_items=False,
            components=True,  # stubs only: listing items expand nothing
            neighbours=near.get(p.pk, bulk.EMPTY),
        )
        for p in pages
    ]
