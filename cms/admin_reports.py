"""Wagtail's "Page types usage" report, minus what the reader may not see: its
"last edited page" column names the newest page of each type in any locale (a draft,
an expired or a private page). Served on Wagtail's own report URLs, ahead of them,
with the same view names so the admin's links and filters keep working."""

from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import Page

from cms.core import access


class ReadablePageTypesUsageReportView(PageTypesUsageReportView):
    def decorate_paginated_queryset(self, page_types):
        page_types = super().decorate_paginated_queryset(page_types)
        shown = [t.last_edited_page for t in page_types if t.last_edited_page]
        readable = set(
            access.readable(
                self.request, Page.objects.filter(pk__in=[p.pk for p in shown])
            ).values_list("pk", flat=True)
        )
        for item in page_types:
            if item.last_edited_page and item.last_edited_page.pk not in readable:
                item.last_edited_page = None
                item.last_edited_page_id = None
        return page_types


def urlpatterns() -> list:
    """Before ``include(wagtailadmin_urls)`` under ``admin/``."""
    view = ReadablePageTypesUsageReportView
    return [
        path(
            "reports/page-types-usage/",
            require_admin_access(view.as_view()),
            name="vetcms_page_types_usage",
        ),
        path(
            "reports/page-types-usage/results/",
            require_admin_access(view.as_view(results_only=True)),
            name="vetcms_page_types_usage_results",
        ),
    ]
