from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.tasks.report import TaskReportView, permission_policy


class TaskReportMenuItem(MenuItem):
    def is_shown(self, request):
        return permission_policy.user_has_permission(request.user, "view")


def allowed_only(view):
    """A 403 for those without the permission (the admin would redirect them home,
    as if the page were there for them to see)."""

    def checked(request, *args, **kwargs):
        if not permission_policy.user_has_permission(request.user, "view"):
            return permission_denied(request, PermissionDenied())
        return view(request, *args, **kwargs)

    return checked


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/tasks/",
            allowed_only(TaskReportView.as_view()),
            name="vettasks_report",
        ),
        path(
            "reports/tasks/results/",
            allowed_only(TaskReportView.as_view(results_only=True)),
            name="vettasks_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return TaskReportMenuItem(
        _("Background tasks"),
        reverse("vettasks_report"),
        name="background-tasks",
        icon_name="tasks",
        order=1000,
    )
