"""Plone's workflow transitions on Wagtail's moderation: ``submit`` starts the page's
workflow (Wagtail's "Submit for moderation"), ``approve``/``reject`` act on its current
task as Wagtail's task decides who may, ``publish`` publishes the latest revision
(publishers only), ``retract``/``unpublish`` unpublish. Wagtail logs each of them."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.actions.unpublish_page import UnpublishPageAction

from cms.api.exceptions import BadRequest, Conflict, Forbidden

TITLES = {
    "publish": gettext_lazy("Publish"),
    "retract": gettext_lazy("Retract"),
    "unpublish": gettext_lazy("Unpublish"),
    "submit": gettext_lazy("Submit for publication"),
    "approve": gettext_lazy("Approve"),
    "reject": gettext_lazy("Send back"),
}
STATE_TITLES = {
    "published": gettext_lazy("Published"),
    "private": gettext_lazy("Private"),
    "pending": gettext_lazy("Pending review"),
}


def state(page) -> str:
    if page.workflow_in_progress:
        return "pending"
    return "published" if page.live else "private"


def task_actions(page, user) -> set[str]:
    task_state = page.current_workflow_task_state
    if task_state is None:
        return set()
    task = task_state.task.specific
    return {name for name, _label, _modal in task.get_actions(page, user)}


def available(page, user) -> list[str]:
    """The transitions ``user`` may make on ``page`` now, in Plone's names."""
    if page.depth <= 1 or not user.is_authenticated:
        return []
    perms = page.permissions_for_user(user)
    names = []
    if perms.can_publish() and page.has_unpublished_changes:
        names.append("publish")
    if perms.can_unpublish():
        names.append("retract")
    if perms.can_edit() and perms.can_submit_for_moderation():
        names.append("submit")
    names += [n for n in ("approve", "reject") if n in task_actions(page, user)]
    return names


@transaction.atomic
def perform(page, name: str, user, comment: str = "") -> None:
    if name not in TITLES:
        raise BadRequest(_("Unknown transition: %(name)s") % {"name": name})
    action = "retract" if name == "unpublish" else name
    if action not in available(page, user):
        raise Forbidden(
            _("This transition is not available to you now: %(name)s") % {"name": name}
        )
    try:
        DISPATCH[action](page, user, comment)
    except PermissionDenied as error:
        raise Forbidden(str(error)) from None


def _publish(page, user, comment):
    if page.workflow_in_progress:
        # Publishing directly ends the review, as in Wagtail's editor.
        page.current_workflow_state.cancel(user=user)
    PublishPageRevisionAction(page.get_latest_revision(), user=user).execute()


def _retract(page, user, comment):
    UnpublishPageAction(page, user=user).execute()


def _submit(page, user, comment):
    from locales import review

    workflow = page.get_workflow()
    if workflow is None:
        raise Conflict(_("No workflow applies to this page."))
    translation = review.translation_of(page)
    when = page.latest_revision_created_at
    if translation is not None and review.strings_newer_than(translation, when):
        # As the admin's submit does: strings edited in localize's editor since the
        # last revision become the draft that goes to review (an edit made through
        # the API, newer than the strings, is kept).
        review.save_draft(translation, user=user)
        page.refresh_from_db()
    workflow.start(page, user)


def _task(page, user, comment, action):
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, user, action, comment=comment)


DISPATCH = {
    "publish": _publish,
    "retract": _retract,
    "submit": _submit,
    "approve": lambda p, u, c: _task(p, u, c, "approve"),
    "reject": lambda p, u, c: _task(p, u, c, "reject"),
}
