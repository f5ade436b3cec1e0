"""The dashboard panel of pending ambassador applications, for those who may review
them (Editors, Network managers, superusers)."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from pages.models import AmbassadorApplication
from pages.notifications import REVIEW_PERMISSION
from pages.vocabularies import ApplicationStatus

PANEL_ITEMS = 10


class PendingApplicationsPanel(Component):
    name = "pending_ambassador_applications"
    template_name = "pages/admin/pending_applications_panel.html"
    order = 205  # above the workflow panels: an applicant waits for an answer

    def __init__(self, pending):
        self.pending = pending

    def get_context_data(self, parent_context):
        listing = reverse("wagtailsnippets_pages_ambassadorapplication:list")
        return {
            "applications": self.pending[:PANEL_ITEMS],
            "total": self.pending.count(),
            "listing_url": f"{listing}?status={ApplicationStatus.PENDING}",
        }


def add_pending_applications_panel(request, panels) -> None:
    if not request.user.has_perm(REVIEW_PERMISSION):
        return
    pending = AmbassadorApplication.objects.filter(status=ApplicationStatus.PENDING)
    if pending.exists():
        panels.append(PendingApplicationsPanel(pending.order_by("submitted_at")))
