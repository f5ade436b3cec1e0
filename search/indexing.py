"""Live indexing beyond modelsearch's post_save/post_delete: relations saved after
post_save (publish), and changes that alter what readers may see without saving the
page itself (privacy, moves)."""

import logging

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished, post_page_move

logger = logging.getLogger(__name__)


def reindex_subtree(page: Page) -> None:
    """Re-send a page and its descendants to every backend (routing decides where)."""
    for descendant in page.get_descendants(inclusive=True).specific().iterator():
        index.insert_or_update_object(descendant)


def on_restriction_change(instance, **kwargs):
    # A section made private (or public again) changes what the locale indices hold.
    try:
        page = Page.objects.get(pk=instance.page_id)
    except Page.DoesNotExist:
        return  # the page itself was deleted; its own post_delete removes it
    reindex_subtree(page)


def reindex_translations(page: Page) -> None:
    """The other pages of a translation set carry `search_live_locales` (where the
    page is live): the fallback search hides a source page once its translation
    is live in the reader's locale, so they are re-sent when that changes."""
    reindex_translations_of(page.translation_key, exclude_pk=page.pk)


def reindex_translations_of(translation_key, exclude_pk: int) -> None:
    others = Page.objects.filter(translation_key=translation_key).exclude(pk=exclude_pk)
    for other in others.specific().iterator():
        index.insert_or_update_object(other)


def queue_change(change: str, page: Page) -> None:
    from search import tasks  # search/tasks.py imports this module

    tasks.queue(change, page)


def on_page_published(instance, **kwargs):
    # modelsearch indexes in post_save, which modelcluster sends before it writes the
    # page's ParentalManyToMany rows (countries, themes): the index would get the old
    # ones. page_published comes after the whole save, so index the page again then.
    # One task per change (search/tasks.py): in the request, or the worker's.
    queue_change("published", instance)


def searchable_then_retire() -> None:
    """Make the publish searchable now (the engine would at its next refresh, ~1 s)
    and retire cached responses again: an anonymous @search answered between the
    publish's generation bump and the refresh was cached empty for the new generation
    (cms/cache/middleware.py) and would have been served for RESPONSE_CACHE_SECONDS."""
    from wagtail.search.backends import get_search_backends

    from cms.core import generation

    for backend in get_search_backends(with_auto_update=True):
        try:
            refresh = backend.get_index_for_model(Page).refresh
        except AttributeError:  # the database backend: nothing to refresh
            continue
        try:
            refresh()
        except Exception:  # an engine outage must not stop a publish
            logger.warning(
                "could not refresh %s after a publish", backend, exc_info=True
            )
    generation.bump()


def on_page_unpublished(instance, **kwargs):
    queue_change("unpublished", instance)


def on_page_deleted(instance, **kwargs):
    if isinstance(instance, Page):
        queue_change("deleted", instance)


def on_page_move(instance, **kwargs):
    # Paths of the whole subtree changed; they decide privacy and tree filters.
    queue_change("moved", instance)


def connect() -> None:

    post_save.connect(on_restriction_change, sender=PageViewRestriction)
    post_delete.connect(on_restriction_change, sender=PageViewRestriction)
    post_page_move.connect(on_page_move)
    page_published.connect(on_page_published)
    page_unpublished.connect(on_page_unpublished)
    post_delete.connect(on_page_deleted)
