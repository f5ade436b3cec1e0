"""A PO file uploaded in wagtail-localize's editor goes to review, as the editor's own
Save does: localize's ``upload_pofile`` only stores the strings (nothing is saved on the
page and no editor learns of it) and answers 500 for a PO file without its
translation header. This view, mounted at the same address before localize's
(cms/urls.py), checks the file, then queues a task (``import_pofile``) that imports the
strings, saves them as a draft and starts the page's review workflow ("Translation
review"). With TASKS_BACKEND=immediate (the embedded default) the task runs in the
request and the translator is told which happened; with "database" the worker
(scripts/worker.sh) runs it, retried if it fails, and the translator is told it is
on its way."""

import polib
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied as forbidden
from django_tasks import TaskResultStatus, task
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
        result = import_pofile.enqueue(translation.id, str(po), request.user.pk)
        _tell(request, result)
    next_url = get_valid_next_url_from_request(request)
    return redirect(next_url or reverse("wagtailadmin_home"))


# What the task did, in the translator's words.
OUTCOMES = {
    "submitted": gettext_lazy(
        "Imported the translations from the PO file and submitted them for review."
    ),
    "draft": gettext_lazy(
        "Imported the translations from the PO file and saved them as a draft."
    ),
}


def _tell(request, result) -> None:
    if result.status == TaskResultStatus.SUCCESSFUL:
        # str() now, in the translator's admin language: a lazy message is only
        # translated when stored, after the admin's language override has ended (a
        # Finnish translator read it in English).
        messages.success(request, str(OUTCOMES[result.return_value]))
    elif result.status == TaskResultStatus.FAILED:
        messages.error(request, _("The PO file could not be imported."))
    else:
        messages.success(
            request,
            _(
                "The PO file will be imported in a moment; its translations are then "
                "saved as a draft or submitted for review."
            ),
        )


@task()
def import_pofile(translation_id: int, po_text: str, user_id: int) -> str:
    """Import a checked PO file's strings as ``user``; returns what followed
    ("submitted" for review, or saved as a "draft")."""
    translation = Translation.objects.get(id=translation_id)
    user = get_user_model().objects.get(pk=user_id)
    instance = translation.get_target_instance()
    translation.import_po(polib.pofile(po_text), user=user, tool_name="PO File")
    return _after_import(user, translation, instance)


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


def _after_import(user, translation, instance) -> str:
    """Save the imported strings as a draft and submit it for review where the page
    has a review workflow; say which happened."""
    if isinstance(instance, Page) and review.can_submit_for_review(instance, user):
        review.submit_for_review(instance, user)
        return "submitted"
    review.save_draft(translation, user=user)
    return "draft"


def urlpatterns() -> list:
    """Before ``include(wagtailadmin_urls)`` under ``admin/``: localize's address."""
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            upload_pofile,
            name="locales_upload_pofile",
        )
    ]
