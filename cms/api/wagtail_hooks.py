"""Labels of the API's own audit-log actions in Wagtail's history views."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cms.api.translating import LINK_ACTION, UNLINK_ACTION


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(LINK_ACTION, _("Link translation"), _("Translation linked"))
    actions.register_action(
        UNLINK_ACTION, _("Unlink translation"), _("Translation unlinked")
    )
