"""Summaries (listings, search results, ``items``, parent and siblings): the keys of
Plone 6.1 with plone.volto (plone.restapi's defaults, plus ``effective``, ``start``,
``end``, ``head_title``, ``nav_title``, ``getRemoteUrl``, ``mime_type``, ``getObjSize``,
``image_field``, ``image_scales``). ``summaries()`` loads a whole
batch at once (specific rows per type, images and renditions in bulk), so the number of
queries does not grow with the number of items."""

import functools

from django.db.models import prefetch_related_objects
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.models import Page

from cms.api import access, urls_public
from cms.api.serializers import dates, registry, values
from cms.api.serializers.metadata import COLUMNS, SUBJECT_FIELD
from cms.api.serializers.page_parts import (
    DESCRIPTION_FIELDS,
    _image_field_of,
    description,
    image_field,
)
from cms.conf import settings as api_settings
from cms.core import generation
from cms.core.specific import specific_pages, specific_pages_joined

MIME_TYPE = "text/plain"  # what Plone's catalog gives every page (Document)
# The page fields every summary reads (@id, @type, title, review_state, effective,
# head_title).
SUMMARY_PAGE_FIELDS = (
    "title",
    "depth",
    "live",
    "locale",
    "url_path",
    "content_type",
    "first_published_at",
    "go_live_at",
    "seo_title",
)
# Fields of some types that summaries read (an event's start and end).
OPTIONAL_FIELDS = ("start", "end")


@functools.cache
def loaded_fields(model) -> tuple[str, ...]:
    """The fields a summary of a ``model`` page reads: loading only these is what
    makes a batch of search results cheap (bench/search.py)."""
    names = {f.name for f in model._meta.concrete_fields}
    own = [
        n
        for n in (*DESCRIPTION_FIELDS, "search_description", *OPTIONAL_FIELDS)
        if n in names
    ]
    image = _image_field_of(model)
    return (*SUMMARY_PAGE_FIELDS, *own, *([image] if image else []))


def review_state(page) -> str | None:
    if page.depth == 1:
        return None
    return "published" if page.live else "private"


class Remembered:
    """A search hit whose summary this process already built in this content
    generation (``remembered_pages``): it stands in for the page, so that neither the
    page nor its image is loaded again. What search results read of a page: its id,
    type and locale."""

    __slots__ = ("pk", "content_type_id", "locale_id", "summary")

    def __init__(self, pk, content_type_id, summary):
        self.pk, self.content_type_id, self.summary = pk, content_type_id, summary
        self.locale_id = summary["_locale_id"]


def _memo_key(request, pk) -> tuple:
    """A summary depends on the page, the public base URL (``@id``, image URLs) and
    the language (``type_title``); everything else in it changes only with a
    publish, move, delete or image change, which bump the content generation."""
    base = urls_public.public_base(request)
    return ("summary", pk, base, translation.get_language())


def remembered_pages(request):
    """For a public read: ``{pk: content type id} → {pk: Remembered}``, the hits
    whose summaries are remembered (search_pages' ``reuse``); None otherwise (editors
    and previews are always served fresh). Which hits are shown is still decided by
    the search's own visibility rule on every request."""
    if not access.is_public_read(request) or not generation.shared():
        return None

    def reuse(types) -> dict:
        keys = {pk: _memo_key(request, pk) for pk in types}
        found = generation.recall(list(keys.values()), request)
        return {
            pk: Remembered(pk, types[pk], found[key])
            for pk, key in keys.items()
            if key in found
        }

    return reuse


def summaries(request, pages, *, metadata_fields=(), remember=False) -> list[dict]:
    """Summaries of ``pages`` (base or specific) in order, loaded in bulk: without
    metadata columns, only the fields a summary reads (not bodies). ``Remembered``
    stand-ins answer from their summary; with ``remember`` (a public read's search
    results) the others are remembered for this content generation."""
    pages = list(pages)
    if any(isinstance(p, Remembered) for p in pages):
        built = iter(
            summaries(
                request,
                [p for p in pages if not isinstance(p, Remembered)],
                remember=remember,
            )
        )
        return [
            _copy(p.summary) if isinstance(p, Remembered) else next(built)
            for p in pages
        ]
    pages = specific(pages, narrow=not metadata_fields)
    images = _images(pages)
    _prefetch_columns(pages, metadata_fields)
    if {"_all", "created", "CreationDate"} & set(metadata_fields):
        dates.load_creation_times(pages)
    found = [summary(request, p, images, metadata_fields) for p in pages]
    if remember and not metadata_fields and access.is_public_read(request):
        for page, data in zip(pages, found, strict=True):
            kept = {**data, "_locale_id": page.locale_id}
            generation.remember(_memo_key(request, page.pk), kept, request)
    return found


def _copy(kept: dict) -> dict:
    """A remembered summary for one reply (callers add keys to it; the nested image
    scales are shared, read-only)."""
    data = dict(kept)
    del data["_locale_id"]
    return data


def _prefetch_columns(pages, names) -> None:
    """Relations that metadata columns read (owner, keywords), loaded per type."""
    wanted = {"Creator", "Subject"} if "_all" in names else set(names)
    relations = {"owner"} if "Creator" in wanted else set()
    if "Subject" in wanted:
        relations.add(SUBJECT_FIELD)
    by_model: dict = {}
    for p in pages:
        by_model.setdefault(type(p), []).append(p)
    for model, group in by_model.items():
        names = [r for r in relations if r == "owner" or hasattr(model, r)]
        if names:
            prefetch_related_objects(group, *names)


def specific(pages: list, *, narrow=False) -> list:
    """The specific instances of ``pages`` with one query per page type; ``narrow``:
    with only the fields a summary reads (``loaded_fields``)."""
    base = {
        p.pk: p.content_type_id
        for p in pages
        if type(p) is Page and registry.model_of(p) is not Page
    }
    if not base:
        loaded = {}
    elif narrow:
        loaded = specific_pages_joined(base, loaded_fields)
    else:
        loaded = specific_pages(base)
    return [loaded.get(p.pk, p) for p in pages]


def _images(pages) -> dict:
    ids = {getattr(p, f"{name}_id") for p in pages if (name := image_field(p))}
    ids.discard(None)
    if not ids:
        return {}
    specs = list(api_settings.IMAGE_SCALES.values())
    images = get_image_model().objects.filter(pk__in=ids).prefetch_renditions(*specs)
    return {img.pk: img for img in images}


def summary(request, page, images=None, metadata_fields=()) -> dict:
    data = {
        "@id": urls_public.page_url(request, page),
        "@type": registry.portal_type(page),
        "title": page.title,
        "description": description(page),
        "review_state": review_state(page),
        "type_title": registry.type_title(page),
        "image_field": "",
        "image_scales": None,
        "effective": values.json_date(dates.effective(page)),
        "start": values.json_date(getattr(page, "start", None)),
        "end": values.json_date(getattr(page, "end", None)),
        "head_title": getattr(page, "seo_title", "") or None,
        "nav_title": None,  # no page type has a navigation title of its own
        "getRemoteUrl": None,  # no page type links elsewhere, as Plone's Link does
        "mime_type": MIME_TYPE,
        "getObjSize": None,  # pages hold no file
    }
    name = image_field(page)
    image_id = getattr(page, f"{name}_id", None) if name else None
    if image_id:
        img = (images or {}).get(image_id) or getattr(page, name)
        data["image_field"] = name
        data["image_scales"] = {name: [values.image(request, img)]}
    if metadata_fields:
        data.update(metadata(request, page, metadata_fields))
    return data


def metadata(request, page, names) -> dict:
    """Catalog-style metadata columns Plone clients ask for by name."""
    wanted = COLUMNS if "_all" in names else names
    return {name: COLUMNS[name](request, page) for name in wanted if name in COLUMNS}
