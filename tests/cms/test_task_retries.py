"""Every task kind on a database backend is retried with a growing delay when it
fails (cms/tasks/retry.py), Wagtail's own too; a failure no retry mends stays failed;
the immediate backend (in the request) queues nothing. The worker is django-tasks-db's
own, run in this process (tests/security/test_worker_scripts.py runs real ones)."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests import task_doubles

# The worker closes the connections it finds, the test's own on PostgreSQL: commit.
pytestmark = pytest.mark.django_db(transaction=True)

DATABASE_TASKS = task_doubles.DATABASE_TASKS


def run_worker(*extra, backend="default"):
    call_command(
        "db_worker",
        "--batch",
        f"--backend={backend}",
        "--queue-name=*",
        "--no-startup-delay",
        "--no-reload",
        *extra,
        verbosity=0,
    )


@override_settings(TASKS=DATABASE_TASKS, VETCMS_TASKS_RETRY_DELAY=0)
def test_a_failed_task_is_queued_again_and_completes_once_the_service_is_back(
    tmp_path,
):
    flag, done = tmp_path / "up", tmp_path / "done"
    result = task_doubles.fails_until.enqueue(str(flag), str(done))

    run_worker("--max-tasks=1")

    row = DBTaskResult.objects.get(pk=result.id)
    assert row.status == "READY"  # the same task, queued again
    assert row.exception_class_path == "builtins.ConnectionRefusedError"
    assert "the service is down" in row.traceback  # kept for the admin's report
    assert len(row.worker_ids) == 1
    assert not done.exists()

    flag.touch()
    run_worker()

    row.refresh_from_db()
    assert row.status == "SUCCESSFUL"
    assert len(row.worker_ids) == 2  # TaskResult.attempts counts both
    assert done.read_text() == "done"


@override_settings(
    TASKS=DATABASE_TASKS, VETCMS_TASKS_RETRY_DELAY=30, VETCMS_TASKS_RETRY_MAX_DELAY=100
)
def test_each_retry_waits_twice_as_long_up_to_the_maximum(tmp_path):
    result = task_doubles.fails_until.enqueue(str(tmp_path / "up"), "unused")
    waits = []
    for _attempt in range(3):
        before = timezone.now()
        run_worker("--max-tasks=1")
        row = DBTaskResult.objects.get(pk=result.id)
        waits.append(round((row.run_after - before).total_seconds() / 10) * 10)
        # Due now, for the next round; the delay was already measured.
        DBTaskResult.objects.filter(pk=row.pk).update(run_after=timezone.now())
    assert waits == [30, 60, 100]
    run_worker("--max-tasks=1")
    assert DBTaskResult.objects.get(pk=result.id).status == "READY"


@override_settings(
    TASKS=DATABASE_TASKS, VETCMS_TASKS_RETRY_DELAY=0, VETCMS_TASKS_RETRY_ATTEMPTS=3
)
def test_a_task_stays_failed_after_its_last_attempt(tmp_path):
    result = task_doubles.fails_until.enqueue(str(tmp_path / "never"), "unused")
    run_worker()  # batch: runs it again while it is due
    row = DBTaskResult.objects.get(pk=result.id)
    assert (row.status, len(row.worker_ids)) == ("FAILED", 3)


@override_settings(TASKS=DATABASE_TASKS, VETCMS_TASKS_RETRY_DELAY=0)
def test_a_failure_no_retry_mends_is_not_retried():
    result = task_doubles.refused.enqueue()
    run_worker()
    row = DBTaskResult.objects.get(pk=result.id)
    assert (row.status, len(row.worker_ids)) == ("FAILED", 1)
    assert row.exception_class_path == "cms.tasks.retry.GiveUp"


@override_settings(TASKS=DATABASE_TASKS, VETCMS_TASKS_RETRY_DELAY=0)
def test_a_task_whose_object_is_gone_is_not_retried():
    from modelsearch.tasks import insert_or_update_object_task

    # modelsearch's index update on save, for a page deleted since.
    result = insert_or_update_object_task.enqueue("wagtailcore", "page", "999999")
    run_worker()
    row = DBTaskResult.objects.get(pk=result.id)
    assert row.status == "FAILED"
    assert row.exception_class_path.endswith("DoesNotExist")


@pytest.mark.parametrize("backend", ["search", "mail"])
@override_settings(TASKS=DATABASE_TASKS, VETCMS_TASKS_RETRY_DELAY=0)
def test_tasks_of_every_backend_are_retried(tmp_path, backend):
    flag, done = tmp_path / "up", tmp_path / "done"
    task = task_doubles.fails_until.using(backend=backend, queue_name=backend)
    result = task.enqueue(str(flag), str(done))
    run_worker("--max-tasks=1", backend=backend)
    assert DBTaskResult.objects.get(pk=result.id).status == "READY"
    flag.touch()
    run_worker(backend=backend)
    assert DBTaskResult.objects.get(pk=result.id).status == "SUCCESSFUL"


def test_the_immediate_backend_runs_in_the_request_and_queues_nothing(tmp_path):
    # The embedded default (settings: TASKS_BACKEND=immediate).
    result = task_doubles.fails_until.enqueue(str(tmp_path / "never"), "unused")
    assert result.status == "FAILED"
    assert DBTaskResult.objects.count() == 0


SETTINGS_TASKS = {
    **DATABASE_TASKS,
    "default": {
        "BACKEND": "cms.tasks.backends.SelectiveDatabaseBackend",
        "OPTIONS": {"IN_REQUEST": ["wagtail.tasks.update_reference_index_task"]},
    },
}


@override_settings(TASKS=SETTINGS_TASKS)
def test_wagtails_index_update_on_save_waits_for_the_worker(practice_index):
    from tests import factories

    page = factories.PracticePageFactory(parent=practice_index)
    queued = DBTaskResult.objects.filter(
        task_path="modelsearch.tasks.insert_or_update_object_task", status="READY"
    )
    assert page.pk in {int(row.args_kwargs["args"][2]) for row in queued}
    run_worker()
    assert not queued.all().exists()  # a fresh query


@override_settings(TASKS=SETTINGS_TASKS)
def test_the_reference_index_stays_in_the_request_so_private_media_stay_private(
    practice_index,
):
    import wagtail_factories
    from wagtail.images import get_image_model
    from wagtail.models import PageViewRestriction

    from cms.core import media_access
    from tests import factories

    image = wagtail_factories.ImageFactory()
    page = factories.PracticePageFactory(parent=practice_index, image=image)
    page.save_revision().publish()
    PageViewRestriction.objects.create(page=page, restriction_type="login")

    # No worker has run: the file is private at once.
    assert media_access.private_ids(get_image_model()) == {image.pk}
    assert not DBTaskResult.objects.filter(
        task_path="wagtail.tasks.update_reference_index_task"
    ).exists()
