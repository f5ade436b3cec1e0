"""Summaries (listings, search results, ``items``, parent and siblings): the keys of
Plone 6.1 with plone.volto (plone.restapi's defaults, plus ``effective``, ``start``,
``end``, ``head_title``, ``nav_title``, ``getRemoteUrl``, ``mime_type``, ``getObjSize``,
``image_field``, ``image_scales``). ``summaries()`` loads a whole
batch at once (specific rows per type, images and renditions in bulk), so the number of
queries does not grow with the number of items."""

import functools

from django.db.models import prefetch_related_objects
from wagtail.images import get_image_model
from wagtail.models import Page

from cms.api import urls_public
from cms.api.serializers import dates, registry, values
from cms.api.serializers.metadata import COLUMNS, SUBJECT_FIELD
from cms.api.serializers.page_parts import (
    DESCRIPTION_FIELDS,
    _image_field_of,
    description,
    image_field,
)
from cms.conf import settings as api_settings
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


def summaries(request, pages, *, metadata_fields=()) -> list[dict]:
    """Summaries of ``pages`` (base or specific) in order, loaded in bulk: without
    metadata columns, only the fields a summary reads (not bodies)."""
    pages = specific(list(pages), narrow=not metadata_fields)
    images = _images(pages)
    _prefetch_columns(pages, metadata_fields)
    if {"_all", "created", "CreationDate"} & set(metadata_fields):
        dates.load_creation_times(pages)
    return [summary(request, p, images, metadata_fields) for p in pages]


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
