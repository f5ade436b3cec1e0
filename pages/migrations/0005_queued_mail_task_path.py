"""cms/mail.py moved to cms/tasks/mail.py (issue #24). E-mails queued in the database
before the move (TASKS_BACKEND=database, and the retries they scheduled, up to an
hour ahead) name their task by its old dotted path, which the worker could no longer
import; this points them at the new one. The pages app owns it because its
notifications queue those e-mails. kernel-rewrite: skip (names the old path on
purpose)."""

from django.db import migrations

OLD = "cms.mail.deliver"
NEW = "cms.tasks.mail.deliver"


def rename(old, new):
    def run(apps, schema_editor):
        results = apps.get_model("django_tasks_database", "DBTaskResult")
        results.objects.filter(task_path=old).update(task_path=new)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0004_listing_images"),
        ("django_tasks_database", "0001_initial"),
    ]

    operations = [migrations.RunPython(rename(OLD, NEW), rename(NEW, OLD))]
