"""JSON for single values, as plone.restapi's converters write them: dates in UTC with
``+00:00``, choices as ``{token, title}``, images with scales, files with a download
URL, rich text as HTML whose internal links are absolute public URLs."""

import datetime as dt
import functools
import re
from decimal import Decimal

from django.utils import timezone
from wagtail.images.models import Filter, SourceImageIOError
from wagtail.rich_text import expand_db_html

from cms.api.urls_public import public_base
from cms.conf import settings as api_settings

_RELATIVE = re.compile(r'(\s(?:href|src)=")(/[^/"][^"]*|/)"')


def json_date(value):
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            value = value.astimezone(dt.UTC).replace(microsecond=0)
            return value.strftime("%Y-%m-%dT%H:%M:%S+00:00")
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S")
    return value


def json_scalar(value):
    if isinstance(value, dt.date | dt.time):
        return json_date(value)
    if isinstance(value, Decimal):
        return str(value)
    return value


def term(token, title) -> dict:
    return {"token": token, "title": str(title)}


def term_translations(request) -> dict:
    """Per-request cache: (term model, translation key, locale id) → translation."""
    if not hasattr(request, "_api_term_translations"):
        request._api_term_translations = {}
    return request._api_term_translations


def translated(request, obj, locale_id: int):
    """A translatable term (theme, target group) in a locale, else itself."""
    if not hasattr(obj, "get_translation_or_none") or obj.locale_id == locale_id:
        return obj
    cache = term_translations(request)
    key = (type(obj), obj.translation_key, locale_id)
    if key not in cache:
        cache[key] = obj.get_translation_or_none(locale_id)
    return cache[key] or obj


def rich_text(request, html: str) -> dict:
    """Plone's RichText value: expanded HTML with absolute internal links."""
    return {
        "data": absolute_links(request, expand_db_html(html or "")),
        "content-type": "text/html",
        "encoding": "utf-8",
    }


def absolute_links(request, html: str) -> str:
    base = public_base(request)
    return _RELATIVE.sub(lambda m: f'{m.group(1)}{base}{m.group(2)}"', html)


def absolute(request, url: str) -> str:
    return (
        url if url.startswith(("http://", "https://")) else public_base(request) + url
    )


def image(request, img) -> dict | None:
    """An image with its file, size and Plone-named scales (Wagtail renditions)."""
    if img is None:
        return None
    specs = api_settings.IMAGE_SCALES
    try:
        renditions = img.get_renditions(*(_filter(s) for s in specs.values()))
    except SourceImageIOError:
        # The original file is missing (e.g. media not synced): no scales, no 500.
        renditions, specs = {}, {}
    return {
        "@id": absolute(request, img.file.url),
        "download": absolute(request, img.file.url),
        "filename": img.filename,
        "content-type": _mime(img.filename),
        "size": img.file_size or 0,
        "width": img.width,
        "height": img.height,
        "title": img.title,
        "scales": {
            name: {
                "download": absolute(request, renditions[spec].url),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in specs.items()
        },
    }


@functools.cache
def _filter(spec: str) -> Filter:
    """One Filter per spec for the process: Wagtail parses a spec string into its
    operations (with signature inspection) on every call otherwise, a third of an
    image's cost in a batch of summaries. A Filter holds only its spec."""
    return Filter(spec=spec)


def document(request, doc) -> dict | None:
    """A document: download URL, file name, size, content type (Plone's NamedFile)."""
    if doc is None:
        return None
    return {
        "@id": absolute(request, doc.url),
        "download": absolute(request, doc.url),
        "title": doc.title,
        "filename": doc.filename,
        "content-type": doc.content_type or _mime(doc.filename),
        "size": doc.file_size,
    }


def _mime(filename: str) -> str:
    import mimetypes

    return mimetypes.guess_type(filename)[0] or "application/octet-stream"
