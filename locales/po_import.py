"""A PO file uploaded in wagtail-localize's editor goes to review, as the editor's own
Save does: localize's ``upload_pofile`` only stores the strings (nothing is saved on the
page and no editor learns of it) and answers 500 for a PO file without its
translation header. This view, mounted at the same address before localize's
(cms/urls.py), imports the strings, then saves them as a draft and starts the page's
review workflow ("Translation review"), telling the translator so."""

import polib
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied as forbidden
from wagtail.admin.auth import require_admin_access
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance

from locales import review

HEADER = "X-WagtailLocalize-TranslationID"
MAX_BYTES = 5 * 1024 * 1024  # a page's strings are kilobytes; refuse anything absurd


@require_admin_access
@require_POST
def upload_pofile(request, translation_id: int):
    translation = get_object_or_404(Translation, id=translation_id)
    instance = translation.get_target_instance()
    if not user_can_edit_instance(request.user, instance):
        # A 403 as localize's own view answers (raised, the admin would redirect).
        return forbidden(request, PermissionDenied())
    po, problem = _read(request, translation)
    if problem:
        messages.error(request, problem)
    else:
        translation.import_po(po, user=request.user, tool_name="PO File")
        messages.success(request, _after_import(request, translation, instance))
    next_url = get_valid_next_url_from_request(request)
    return redirect(next_url or reverse("wagtailadmin_home"))


def _read(request, translation) -> tuple[polib.POFile | None, str | None]:
    upload = request.FILES.get("file")
    if upload is None or upload.size > MAX_BYTES:
        return None, _("Please upload a valid PO file.")
    try:
        po = polib.pofile(upload.read().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None, _("Please upload a valid PO file.")
    if po.metadata.get(HEADER) != str(translation.uuid):
        return None, _(
            "Cannot import PO file that was created for a different translation."
        )
    return po, None


def _after_import(request, translation, instance) -> str:
    """Save the imported strings as a draft and submit it for review where the page
    has a review workflow; say which happened."""
    if isinstance(instance, Page) and review.can_submit_for_review(
        instance, request.user
    ):
        review.submit_for_review(instance, request.user)
        return _(
            "Imported the translations from the PO file and submitted them for review."
        )
    review.save_draft(translation, user=request.user)
    return _("Imported the translations from the PO file and saved them as a draft.")


def urlpatterns() -> list:
    """Before ``include(wagtailadmin_urls)`` under ``admin/``: localize's address."""
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            upload_pofile,
            name="locales_upload_pofile",
        )
    ]
