"""Plone services vetcms does not offer: a Plone-shaped 501 (``{"type":
"NotImplemented", "message"}``) naming what vetcms has instead, so a client can tell
"not here by design" from a typing mistake (404 "Unknown service")."""

from django.utils.translation import gettext_lazy as _

from cms.api.exceptions import NotImplementedHere
from cms.api.service import Service

INSTEAD = {
    "@registry": _("Settings live in Wagtail's admin and the environment; see @site."),
    "@addons": _(
        "vetcms has no add-ons to install; it is multilingual from the start."
    ),
    "@controlpanels": _("Settings live in Wagtail's admin (/admin/)."),
    "@userschema": _("Accounts are edited in Wagtail's admin (/admin/users/)."),
    "@portrait": _("Accounts are edited in Wagtail's admin (/admin/users/)."),
    "@transactions": _(
        "Wagtail's audit log (/admin/reports/site-history/) and @history."
    ),
    "@relations": _("Links between pages: @linkintegrity (Wagtail's reference index)."),
    "@comments": _("vetcms pages take no comments."),
    "@workingcopy": _("Edits are draft revisions until @workflow publishes them."),
    "@upgrade": _("Upgrades are Django migrations (manage.py migrate); see @system."),
    "@database": _("See @system; the database is Django's."),
    "@email-send": _("vetcms sends no e-mail through the API."),
    "@email-notification": _("vetcms sends no e-mail through the API."),
    "@inherit": _("Behaviours are not inherited in vetcms."),
    "@rules": _("vetcms has no content rules; Wagtail's workflows run on publish."),
}


class Get(Service):
    public = True
    takes_subpath = True

    def check(self) -> None:
        pass  # nothing to check: every request gets the same answer

    def reply(self):
        raise NotImplementedHere(INSTEAD.get(self.name, ""))


class Post(Get):
    pass


class Patch(Get):
    pass


class Put(Get):
    pass


class Delete(Get):
    pass
