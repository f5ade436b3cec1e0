"""Replay the index updates recorded in IndexFailure from objects as they are now.
Run by the scheduler (scripts/scheduler.sh) every interval and at start, so the
indices catch up by themselves once the engine answers again; ``index_caught_up``
then tells the response cache to retire what it stored meanwhile."""

from dataclasses import dataclass

from django.dispatch import Signal
from django.utils import timezone
from wagtail.search.backends import get_search_backends_with_name
from wagtail.search.index import get_indexed_instance

from search.models import IndexFailure

# Sent after a catch-up that changed the indices (cms.cache bumps its generation).
index_caught_up = Signal()


@dataclass
class CatchUpReport:
    done: int = 0
    failed: int = 0


def catch_up() -> CatchUpReport:
    report = CatchUpReport()
    backends = list(get_search_backends_with_name(with_auto_update=True))
    for failure in IndexFailure.objects.select_related("content_type").order_by("pk"):
        try:
            replay(failure.content_type.model_class(), failure.object_id, backends)
        except Exception as exc:
            failure.error = f"{type(exc).__name__}: {exc}"[:2000]
            failure.failed_at = timezone.now()
            failure.attempts += 1
            failure.save()
            report.failed += 1
        else:
            failure.delete()
            report.done += 1
    if report.done:
        index_caught_up.send(sender=CatchUpReport, report=report)
    return report


def replay(model, pk: str, backends) -> None:
    """Put the object in every backend as it is now, or remove it if it is gone.
    Calls the indices directly: a failure here must not be recorded a second time."""
    obj = model._default_manager.filter(pk=pk).first()
    indexed = get_indexed_instance(obj) if obj is not None else None
    for _name, backend in backends:
        if indexed is not None:
            backend.get_index_for_object(indexed).add_item(indexed)
        else:
            stub = model(pk=pk)
            backend.get_index_for_model(model).delete_item(stub)
