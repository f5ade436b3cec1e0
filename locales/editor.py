"""wagtail-localize's translation editor for those who may not publish (translators):
its bottom bar's main action submits the translation for review through the page's
workflow (locales/review.py), and "Convert to alias page" is gone (an alias shows the
source's text at once, unreviewed).

The editor is a React component whose props localize builds in
``views.edit_translation.edit_translation``. Its footer makes the last of its actions
the primary one, and the last is "Publish in …" when ``perms.canPublish``. For a
non-publisher that slot carries our action instead: our override of localize's
template (cms/templates/wagtail_localize/admin/edit_translation.html) passes the props
through ``review_props``, which adds ``reviewAction`` (value, label); the editor script
locales/static/locales/js/review_action.js puts it on the button, which posts back to
the editor, where our ``before_edit_page`` hook (locales/wagtail_hooks.py, ordered
before localize's) answers it; every other request goes on to localize's editor.
"""

import json

from django.contrib import messages
from django.core.serializers.json import DjangoJSONEncoder
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import Page

from locales import review

SUBMIT = "submit-for-review"


def may_not_publish(user, instance) -> bool:
    return (
        isinstance(instance, Page)
        and not instance.permissions_for_user(user).can_publish()
    )


def review_action(page, user) -> dict | None:
    """The bottom bar's main action for someone who may not publish ``page``."""
    if review.can_submit_for_review(page, user):
        return {
            "action": SUBMIT,
            "label": _("Submit translation for review"),
            "progress": _("Submitting…"),
            "disabled": False,
        }
    if page.workflow_in_progress:
        label = _("Awaiting review")
        return {"action": SUBMIT, "label": label, "progress": label, "disabled": True}
    return None


def review_props(props_json: str, page, user) -> str:
    props = json.loads(props_json)
    props["links"]["convertToAliasUrl"] = None
    action = review_action(page, user)
    props["reviewAction"] = action
    # The footer's primary slot: rendered only when canPublish (see the docstring).
    props["perms"]["canPublish"] = action is not None
    return json.dumps(props, cls=DjangoJSONEncoder)


def answer_review_action(request, page):
    """The bottom bar's review action, posted to localize's editor of a translated
    page; None for anything else (localize's own hook then shows its editor)."""
    if (
        request.method == "POST"
        and request.POST.get("action") == SUBMIT
        and not page.alias_of_id
        and may_not_publish(request.user, page)
        and review.translation_of(page) is not None
    ):
        return submit(request, page.specific)
    return None


def submit(request, page):
    if review.can_submit_for_review(page, request.user):
        review.submit_for_review(page, request.user)
        messages.success(
            request, _("'%(title)s' was submitted for review.") % {"title": page.title}
        )
    else:
        messages.warning(request, _("This translation is already awaiting review."))
    return redirect(request.path)
