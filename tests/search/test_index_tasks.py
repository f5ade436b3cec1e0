"""Index updates on publish and reindexing run as tasks (search/tasks.py): queued in
the database with TASKS_BACKEND=database and applied when the worker runs them (a
reindex that meets the engine down is retried and completes later); in the request
with the immediate backend (test_live_indexing.py covers that path)."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from search.query import search_pages
from tests import factories
from tests.search.conftest import published

pytestmark = pytest.mark.search_engine

QUEUED_SEARCH = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "search": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["search"]},
}


def found(word, **kwargs):
    return [page.pk for page in search_pages(word, locale="en", **kwargs).items]


def run_worker(*extra):
    call_command(
        "db_worker",
        "--batch",
        "--backend=search",
        "--queue-name=search",
        "--no-startup-delay",
        "--no-reload",
        *extra,
        verbosity=0,
    )


# The worker closes the connections it finds (close_old_connections), a test's
# transaction among them on PostgreSQL: this test commits, like the mail worker's.
@pytest.mark.django_db(transaction=True)
def test_a_publish_queues_one_task_the_worker_applies(search_engine, practice_index):
    page = published(
        factories.PracticePageFactory(
            parent=practice_index, title="Queued scheme", countries=["FI"]
        )
    )
    search_engine.refresh()

    with override_settings(TASKS=QUEUED_SEARCH):
        page.countries = [factories.models.Country.objects.get(pk="EE")]
        page.save_revision().publish()
        queued = list(DBTaskResult.objects.values_list("status", "args_kwargs"))
        search_engine.refresh()
        # post_save indexed the page before its new countries were written.
        assert found("queued", filters={"country": "EE"}) == []

        run_worker()

    search_engine.refresh()
    assert [status for status, _ in queued] == ["READY"]
    assert queued[0][1]["args"][:2] == ["published", page.pk]
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    assert found("queued", filters={"country": "EE"}) == [page.pk]


def with_dead_engine(backends_setting: dict) -> dict:
    """The same backends, at an address where nothing answers."""
    from tests.security.test_scheduler_scripts import free_port

    dead = f"http://127.0.0.1:{free_port()}"
    return {
        name: {**conf, "URLS": [dead]} if "URLS" in conf else conf
        for name, conf in backends_setting.items()
    }


@pytest.mark.django_db(transaction=True)
def test_a_background_reindex_is_run_by_the_worker(search_engine, practice_index):
    page = published(factories.PracticePageFactory(parent=practice_index))
    search_engine.empty()

    with override_settings(TASKS=QUEUED_SEARCH):
        call_command("search_reindex", "--background", "--backend=en", verbosity=0)
        (row,) = DBTaskResult.objects.all()
        assert row.status == "READY"
        run_worker()

    row.refresh_from_db()
    assert row.status == "SUCCESSFUL"
    assert page.pk in search_engine.page_ids("en")


@pytest.mark.django_db(transaction=True)
def test_a_reindex_while_the_engine_is_down_is_retried_and_completes_later(
    search_engine, practice_index, settings
):
    page = published(factories.PracticePageFactory(parent=practice_index))
    search_engine.empty()
    working = settings.WAGTAILSEARCH_BACKENDS

    with override_settings(TASKS=QUEUED_SEARCH, VETCMS_TASKS_RETRY_DELAY=0):
        call_command("search_reindex", "--background", "--backend=en", verbosity=0)
        with override_settings(WAGTAILSEARCH_BACKENDS=with_dead_engine(working)):
            run_worker("--max-tasks=1")
        row = DBTaskResult.objects.get()
        assert row.status == "READY"  # queued again, the engine's error kept
        assert "Connection" in row.traceback
        assert page.pk not in search_engine.page_ids("en")

        run_worker()  # the engine answers again

    row.refresh_from_db()
    assert (row.status, len(row.worker_ids)) == ("SUCCESSFUL", 2)
    assert page.pk in search_engine.page_ids("en")
