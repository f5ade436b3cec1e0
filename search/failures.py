"""Failed index updates, kept so that nothing is lost while the engine is down:
`record` is called by the backends, `search_catch_up` replays what is recorded."""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)


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
    except Exception:
        logger.exception("Could not record the failed search update of %r", obj)
