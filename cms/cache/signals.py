"""What retires the cached responses: Wagtail's publish, unpublish and move signals
(pages, translations, and snippets with drafts), and any save or delete of the other
models readers see (snippets without drafts, privacy settings, images, documents,
sites, locales, deleted pages)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import BaseViewRestriction, Locale, Page, Site
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from cms.cache.conf import settings
from cms.core import generation


def content_changed(sender, **kwargs) -> None:
    generation.bump()


def model_changed(sender, instance, **kwargs) -> None:
    if reader_visible(type(instance)):
        generation.bump()


def reader_visible(model) -> bool:
    """Models whose rows readers see outside a page's publish. Page saves are drafts
    until page_published (but a deleted page is gone at once); renditions, revisions
    and logs are bookkeeping."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.images.models import AbstractRendition
    from wagtail.snippets.models import get_snippet_models

    if model._meta.label_lower in settings.IGNORED_MODELS:
        return False
    if issubclass(model, AbstractRendition):
        return False
    watched = (
        BaseViewRestriction,
        Locale,
        Site,
        get_image_model(),
        get_document_model(),
    )
    return issubclass(model, watched) or model in get_snippet_models()


def page_deleted(sender, instance, **kwargs) -> None:
    generation.bump()


def connect() -> None:
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid="vetcms-cache-page")
    for signal in (published, unpublished):  # snippets with drafts
        signal.connect(content_changed, dispatch_uid="vetcms-cache-snippet")
    post_save.connect(model_changed, dispatch_uid="vetcms-cache-save")
    post_delete.connect(model_changed, dispatch_uid="vetcms-cache-delete")
    post_delete.connect(
        page_deleted, sender=Page, dispatch_uid="vetcms-cache-page-gone"
    )
    from search.catch_up import index_caught_up

    # Search results cached while the engine was behind are retired too.
    index_caught_up.connect(content_changed, dispatch_uid="vetcms-cache-catch-up")
