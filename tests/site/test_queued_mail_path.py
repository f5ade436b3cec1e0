"""E-mails queued before cms/mail.py moved to cms/tasks/mail.py still go out: the
migration points their stored task path at the new module."""

import importlib

import pytest
from django.apps import apps
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from cms.tasks.mail import deliver

migration = importlib.import_module("pages.migrations.0005_queued_mail_task_path")

QUEUED_MAIL = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["mail"]},
}


@pytest.mark.django_db
def test_a_mail_queued_under_the_old_path_points_at_the_new_one():
    with override_settings(TASKS=QUEUED_MAIL):
        deliver.enqueue("Subject", "Body", ["reader@example.org"])
    DBTaskResult.objects.update(task_path=migration.OLD)  # as queued before the move

    migration.rename(migration.OLD, migration.NEW)(apps, None)

    (result,) = DBTaskResult.objects.all()
    assert result.task_path == "cms.tasks.mail.deliver"
    assert result.task.func is deliver.func  # the worker can import it again


@pytest.mark.django_db
def test_other_tasks_keep_their_path():
    with override_settings(TASKS=QUEUED_MAIL):
        deliver.enqueue("Subject", "Body", ["reader@example.org"])
    DBTaskResult.objects.update(task_path="search.tasks.update_index")

    migration.rename(migration.OLD, migration.NEW)(apps, None)

    assert DBTaskResult.objects.get().task_path == "search.tasks.update_index"
