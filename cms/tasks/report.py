"""The admin's report of background tasks (Reports → Background tasks): what waits,
runs, failed, and what succeeded lately, with each one's attempts and last error.
Shown to those with django-tasks-db's "view" permission on task results: superusers,
and the editors' group (locales/roles.py); anyone else gets a 403, as on Wagtail's
own reports. A task's arguments are not shown (an applicant's address, a PO file)."""

from datetime import timedelta

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

# The words readers of the report know (django-tasks' own labels are untranslated).
STATUS_LABELS = {
    TaskResultStatus.READY: _("Queued"),
    TaskResultStatus.RUNNING: _("Running"),
    TaskResultStatus.FAILED: _("Failed"),
    TaskResultStatus.SUCCESSFUL: _("Succeeded"),
}
# Successful tasks older than this are left out (they are only history).
RECENT = timedelta(days=7)

permission_policy = ModelPermissionPolicy(DBTaskResult)


def status_label(row: DBTaskResult) -> str:
    label = STATUS_LABELS.get(row.status, row.status)
    if row.status == TaskResultStatus.READY and row.traceback:
        return _("%(status)s (retry)") % {"status": label}
    return label


def last_error(row: DBTaskResult) -> str:
    """The traceback's last line: the exception and its message."""
    lines = [line for line in row.traceback.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else ""


class TaskFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=list(STATUS_LABELS.items()), empty_label=_("All")
    )

    class Meta:
        model = DBTaskResult
        fields = ["status"]


class TaskReportView(ReportView):
    page_title = _("Background tasks")
    header_icon = "tasks"
    index_url_name = "vettasks_report"
    index_results_url_name = "vettasks_report_results"
    filterset_class = TaskFilterSet
    permission_policy = permission_policy
    permission_required = "view"
    model = DBTaskResult
    columns = [
        Column("task_name", label=_("Task"), accessor="task_path"),
        Column("status", label=_("Status"), accessor=status_label),
        Column("queue", label=_("Queue"), accessor="queue_name"),
        Column("attempts", label=_("Attempts"), accessor=lambda r: len(r.worker_ids)),
        DateColumn("enqueued_at", label=_("Queued at")),
        DateColumn("started_at", label=_("Started at")),
        DateColumn("finished_at", label=_("Finished at")),
        Column("run_after", label=_("Next attempt"), accessor=lambda r: next_run(r)),
        Column("error", label=_("Last error"), accessor=last_error),
    ]
    list_export = ["task_path", "status", "queue_name", "enqueued_at", "traceback"]

    def get_queryset(self):
        recent = timezone.now() - RECENT
        return (
            DBTaskResult.objects.exclude(
                status=TaskResultStatus.SUCCESSFUL, finished_at__lt=recent
            )
            .defer("args_kwargs", "return_value")
            .order_by("-enqueued_at")
        )


def next_run(row: DBTaskResult):
    if row.status != TaskResultStatus.READY or row.run_after.year == 9999:
        return ""
    return timezone.localtime(row.run_after).strftime("%Y-%m-%d %H:%M:%S")
