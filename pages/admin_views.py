"""Admin views to approve or reject an ambassador application: a confirmation page on
GET, the decision on POST."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from pages.models import AmbassadorApplication

ACTIONS = {
    "approve": (AmbassadorApplication.approve, gettext_lazy("Approve")),
    "reject": (AmbassadorApplication.reject, gettext_lazy("Reject")),
}


@require_http_methods(["GET", "POST"])
def review_application(request, pk: int, action: str):
    if not request.user.has_perm("pages.change_ambassadorapplication"):
        raise PermissionDenied
    if action not in ACTIONS:
        raise Http404
    application = get_object_or_404(AmbassadorApplication, pk=pk)
    decide, label = ACTIONS[action]
    listing = reverse("wagtailsnippets_pages_ambassadorapplication:list")
    if request.method == "POST":
        try:
            decide(application, request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("Application from %(name)s: %(status)s.")
                % {
                    "name": application.name,
                    "status": application.get_status_display(),
                },
            )
        return redirect(listing)
    return TemplateResponse(
        request,
        "pages/admin/review_application.html",
        {
            "application": application,
            "action": action,
            "label": label,
            "cancel": listing,
        },
    )
