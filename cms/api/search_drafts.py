"""Drafts in @search's full-text results, for whoever may see them (Plone's catalog
returns private items to users who may view them): an editor finds the drafts their
Wagtail permissions cover (a Finnish translator: Finnish drafts), anonymous readers
never. The search layer's ``DRAFT_SEARCH_FUNCTION`` ranks drafts on the backend that
holds every page; the database then keeps those the user may read. Drafts come
first, then the readers' ranking: a window over both never changes either search.
Cost: one more backend query and one database query per editor search; none for
readers."""

from django.utils.module_loading import import_string
from wagtail.models import Page

from cms.api import access, catalog, reader_filters
from cms.conf import settings as api_settings
from locales.ids import locale_ids


def draft_pages(request, c: catalog.Criteria, locale: str) -> list:
    """Drafts matching ``c.text`` in ``locale`` ("all": any) that the requester may
    read, best first; [] for readers."""
    if not c.text or not access.is_editor(request):
        return []
    try:
        search_drafts = import_string(api_settings.DRAFT_SEARCH_FUNCTION)
    except ImportError:
        return []
    pages = Page.objects.filter(live=False, depth__gt=2)
    if locale != "all":
        pages = pages.filter(locale_id__in=list(locale_ids([locale]).values()))
    if c.types:
        pages = pages.filter(content_type_id__in=catalog.type_ids(c.types))
    ranked = search_drafts(c.text, pages)
    readable = access.visible(request, Page.objects.filter(pk__in=ranked))
    if c.reader_filters:  # after ranking: the search backends filter no relations
        readable = readable.filter(reader_filters.lookup(c.reader_filters)).distinct()
    loaded = readable.select_related("locale").in_bulk()
    return [loaded[pk] for pk in ranked if pk in loaded]


def live_window(start: int, size: int, drafts: int) -> tuple[int, int]:
    """Offset and size of the readers' results in a window of ``drafts`` then
    readers' results (size 0: the window holds drafts only)."""
    return max(0, start - drafts), max(0, start + size - max(start, drafts))
