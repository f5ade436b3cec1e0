"""Catalog metadata columns (``metadata_fields=UID&metadata_fields=Language``): the
brain-style names Plone clients request, computed from the page."""

import uuid

from cms.api import urls_public
from cms.api.serializers import values

UID_NAMESPACE = uuid.UUID("8f5d1c1e-2f0a-4f8e-9d77-7d5b0b6c0a11")


def uid(page) -> str:
    """32-hex UID, stable across moves: derived from the translation key and locale."""
    name = f"{page.translation_key}:{urls_public.locale_code(page.locale_id)}"
    return uuid.uuid5(UID_NAMESPACE, name).hex


def _lang(page) -> str:
    return urls_public.locale_code(page.locale_id) if page.depth > 1 else ""


COLUMNS = {
    "UID": lambda r, p: uid(p),
    "id": lambda r, p: p.slug,
    "getId": lambda r, p: p.slug,
    "Title": lambda r, p: p.title,
    "Language": lambda r, p: _lang(p),
    "created": lambda r, p: values.json_date(p.first_published_at),
    "modified": lambda r, p: values.json_date(
        p.last_published_at or p.latest_revision_created_at
    ),
    "effective": lambda r, p: values.json_date(p.go_live_at or p.first_published_at),
    "expires": lambda r, p: values.json_date(p.expire_at),
    "start": lambda r, p: values.json_date(getattr(p, "start", None)),
    "end": lambda r, p: values.json_date(getattr(p, "end", None)),
    "getPath": lambda r, p: urls_public.page_path(p),
    "getURL": lambda r, p: urls_public.page_url(r, p),
    "portal_type": lambda r, p: type(p).__name__,
    "is_folderish": lambda r, p: p.numchild > 0 or p.depth <= 2,
    "exclude_from_nav": lambda r, p: not p.show_in_menus,
}
