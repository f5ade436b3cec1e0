"""The search's background tasks, on the "search" task backend: one per page change
(publish, unpublish, move, delete: the index updates of search/indexing.py) and full
reindexing (`search_reindex --background`). With TASKS_BACKEND=database the worker
(scripts/worker.sh) runs them; with "immediate" (the embedded default) they run in the
request (or the command) as before. An engine that is down does not fail a page
change's task: the backends record the failed update (search/failures.py) and
`search_catch_up` replays it, so the read-time visibility rule holds meanwhile. A
reindex that fails is retried with a growing delay (cms/tasks/retry.py)."""

from django.db import transaction
from django_tasks import task
from wagtail.models import Page

from search import indexing
from search.rebuild import CHUNK_SIZE, rebuild_all

# What each change re-sends; the deleted page is gone, so only its translations.
CHANGES = ("published", "unpublished", "moved", "deleted")


@task(backend="search", queue_name="search")
def index_page_change(change: str, page_id: int, translation_key: str) -> None:
    if change not in CHANGES:
        raise ValueError(f"Unknown page change: {change!r}")
    if change != "deleted":
        page = Page.objects.filter(pk=page_id).specific().first()
        if page is None:
            return  # deleted since; its own change re-sends the translations
        if change == "moved":
            indexing.reindex_subtree(page)
            return
        if change == "published":
            indexing.index.insert_or_update_object(page)
            # After the request's commit (immediate), or now (the worker's autocommit).
            transaction.on_commit(indexing.searchable_then_retire)
    indexing.reindex_translations_of(translation_key, exclude_pk=page_id)


def queue(change: str, page: Page) -> None:
    index_page_change.enqueue(change, page.pk, str(page.translation_key))


@task(backend="search", queue_name="search")
def reindex(backends: list[str], chunk_size: int = CHUNK_SIZE) -> dict[str, int]:
    """Rebuild the indices of ``backends`` (search/rebuild.py, no downtime)."""
    return dict(rebuild_all(backends, chunk_size, progress=False))
