"""Labels of the API's own audit-log actions in Wagtail's history views; the admin's
edit view no longer held by an expired API lock."""

from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cms.api.locking import release_if_expired
from cms.api.translating import LINK_ACTION, UNLINK_ACTION


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(LINK_ACTION, _("Link translation"), _("Translation linked"))
    actions.register_action(
        UNLINK_ACTION, _("Unlink translation"), _("Translation unlinked")
    )


@hooks.register("before_edit_page")
def release_expired_api_lock(request, page):
    """Wagtail reads the page's lock before this hook runs: when an API lock has
    expired, release it and ask for the edit view again (307 keeps a POST's form)."""
    if release_if_expired(page):
        response = redirect(request.get_full_path())
        if request.method != "GET":
            response.status_code = 307
        return response
    return None
