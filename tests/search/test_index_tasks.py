"""Index updates on publish run as a task (search/tasks.py): queued in the database
with TASKS_BACKEND=database and applied when the worker runs them; in the request
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


def run_worker():
    call_command(
        "db_worker",
        "--batch",
        "--backend=search",
        "--queue-name=search",
        "--no-startup-delay",
        "--no-reload",
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
