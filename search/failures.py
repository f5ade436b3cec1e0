"""Failed index updates, kept so that nothing is lost while the engine is down:
`record` is called by the backends, `search_catch_up` replays what is recorded."""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)


def unseen_pending_page_ids() -> list[int]:
    """Pages whose index update is still pending (the engine was down) and that
    readers may not see now (unpublished, expired, made private or deleted meanwhile):
    searches leave them out until the catch-up has run, so results, totals and
    facet counts follow the database (cms.core.access)."""
    from wagtail.models import Page

    from cms.core import access, generation

    # Which pages are pending changes only by a recorded failure (``record`` bumps
    # the content generation) or a catch-up (index_caught_up bumps it): remembered
    # per generation, so a search makes no query for it while nothing is pending.
    ids = generation.memoized("search-pending-page-ids", _pending_page_ids)
    if not ids:
        return []
    visible = Page.objects.filter(pk__in=ids).filter(access.visibility_q())
    return sorted(ids - set(visible.values_list("pk", flat=True)))


def _pending_page_ids() -> set[int]:
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import get_page_models

    from search.models import IndexFailure

    types = ContentType.objects.get_for_models(*get_page_models()).values()
    return {
        int(object_id)
        for object_id in IndexFailure.objects.filter(
            content_type__in=types
        ).values_list("object_id", flat=True)
        if object_id.isdigit()
    }


def record(obj, action: str, exc: Exception) -> None:
    """Remember that ``obj`` could not be indexed or deleted (one row per object)."""
    from search.models import IndexFailure

    try:
        # A savepoint: a failed insert must not break the editor's transaction.
        with transaction.atomic():
            failure, _created = IndexFailure.objects.get_or_create(
                content_type=ContentType.objects.get_for_model(type(obj)),
                object_id=str(obj.pk),
                defaults={"action": action},
            )
            failure.action = action
            failure.error = f"{type(exc).__name__}: {exc}"[:2000]
            failure.failed_at = timezone.now()
            failure.attempts += 1
            failure.save()
        # Searches remember what is pending per content generation.
        from cms.core import generation

        generation.bump()
    except Exception:
        logger.exception("Could not record the failed search update of %r", obj)
