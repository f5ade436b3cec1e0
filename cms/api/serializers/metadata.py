"""Catalog metadata columns (``metadata_fields=UID&metadata_fields=Language``): the
brain-style names Plone clients request, computed from the page. ``None`` where a
column has no meaning for the type (``location`` of a practice), as a brain's
missing value."""

import uuid

from cms.api import urls_public
from cms.api.serializers import dates, registry, values
from cms.api.serializers.page_parts import description, has_image
from locales.ids import locale_code

UID_NAMESPACE = uuid.UUID("8f5d1c1e-2f0a-4f8e-9d77-7d5b0b6c0a11")
# Keywords (Plone's Subject): the page type's taxonomy field, if it has one.
SUBJECT_FIELD = "themes"
# Plone's relatedItems: the child relation (rows with one page each) holding them.
RELATED_ITEMS_RELATION = "related_articles"


def uid(page) -> str:
    """32-hex UID, stable across moves: derived from the translation key and locale."""
    return uid_of(page.translation_key, page.locale_id)


def uid_of(translation_key, locale_id: int) -> str:
    name = f"{translation_key}:{locale_code(locale_id)}"
    return uuid.uuid5(UID_NAMESPACE, name).hex


def page_id(page) -> str:
    """Plone's ``id``: the slug; a language root folder's id is its language code."""
    if page.depth == 2:
        return locale_code(page.locale_id)
    return page.slug if page.depth > 2 else ""


def excluded_from_nav(page) -> bool:
    return page.depth == 2 or not page.show_in_menus


def _lang(page) -> str:
    return locale_code(page.locale_id) if page.depth > 1 else ""


def zope_date(value) -> str:
    """``EffectiveDate`` / ``ExpirationDate``: an ISO date, or Zope's "None"."""
    return values.json_date(value) if value else "None"


def creator(request, page) -> str:
    """The owner's user name, for editors only: readers never see editors' names."""
    user = getattr(request, "user", None)
    if not (
        user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin")
    ):
        return ""
    return page.owner.get_username() if page.owner_id and page.owner else ""


def subjects(request, page) -> list[str]:
    """Theme names in the page's language (the source name when untranslated)."""
    related = getattr(page, SUBJECT_FIELD, None)
    if related is None or not hasattr(related, "all"):
        return []
    return [str(values.translated(request, t, page.locale_id)) for t in related.all()]


COLUMNS = {
    "UID": lambda r, p: uid(p),
    "id": lambda r, p: page_id(p),
    "getId": lambda r, p: page_id(p),
    "Title": lambda r, p: p.title,
    "Type": lambda r, p: registry.type_title(p),
    "Creator": creator,
    "Subject": subjects,
    "Language": lambda r, p: _lang(p),
    "Description": lambda r, p: description(p),
    "created": lambda r, p: values.json_date(dates.created(p)),
    "modified": lambda r, p: values.json_date(dates.modified(p)),
    "effective": lambda r, p: values.json_date(dates.effective(p)),
    "expires": lambda r, p: values.json_date(p.expire_at),
    "CreationDate": lambda r, p: zope_date(dates.created(p)),
    "ModificationDate": lambda r, p: zope_date(dates.modified(p)),
    "Date": lambda r, p: zope_date(dates.date(p)),
    "EffectiveDate": lambda r, p: zope_date(dates.effective(p)),
    "ExpirationDate": lambda r, p: zope_date(p.expire_at),
    "listCreators": lambda r, p: [name] if (name := creator(r, p)) else [],
    "hasPreviewImage": lambda r, p: has_image(p),
    "getIcon": lambda r, p: True if has_image(p) else None,
    "head_title": lambda r, p: getattr(p, "seo_title", "") or None,
    "nav_title": lambda r, p: None,
    "mime_type": lambda r, p: "text/plain",
    "getObjSize": lambda r, p: None,
    "meta_type": lambda r, p: (
        "Dexterity Container" if registry.is_folderish(p) else "Dexterity Item"
    ),
    "sortable_title": lambda r, p: p.title.lower(),
    "review_state": lambda r, p: (
        None if p.depth == 1 else ("published" if p.live else "private")
    ),
    "start": lambda r, p: values.json_date(getattr(p, "start", None)),
    "end": lambda r, p: values.json_date(getattr(p, "end", None)),
    # Plone's event location; no type here links elsewhere as a Link does.
    "location": lambda r, p: getattr(p, "venue", None),
    "getRemoteUrl": lambda r, p: None,
    "getPath": lambda r, p: urls_public.page_path(p),
    "getURL": lambda r, p: urls_public.page_url(r, p),
    "portal_type": lambda r, p: registry.portal_type(p),
    "is_folderish": lambda r, p: registry.is_folderish(p),
    "exclude_from_nav": lambda r, p: excluded_from_nav(p),
}
