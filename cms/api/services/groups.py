"""@groups and @groups/<id>: Wagtail's groups in plone.restapi's shape (``roles`` are
the Plone roles its page permissions amount to), for group managers only
(cms.api.principals). Groups are edited in Wagtail's admin: writes answer 501."""

from django.contrib.auth.models import Group
from django.utils.translation import gettext as _

from cms.api import principals
from cms.api.access import require_user
from cms.api.exceptions import Forbidden, NotFound, NotImplementedHere, Unauthorized
from cms.api.service import Service


class Get(Service):
    public = True
    takes_subpath = True
    params = {"query"}

    def reply(self):
        user = require_user(self.request)
        if not principals.manages_groups(user):
            raise Unauthorized()
        if not self.subpath:
            text = str(self.query.get("query") or "")
            return [
                principals.group_data(self.request, g)
                for g in principals.find_groups(text)
            ]
        group = Group.objects.filter(name=self.subpath[0]).first()
        if group is None or len(self.subpath) != 1:
            raise NotFound(_("There is no group %(id)s.") % {"id": self.subpath[0]})
        return principals.group_data(self.request, group, with_users=True)


class Post(Service):
    public = True
    takes_subpath = True

    def reply(self):
        user = require_user(self.request)
        if not principals.manages_groups(user):
            raise Forbidden(_("You may not manage groups."))
        raise NotImplementedHere(
            _(
                "Groups are managed in Wagtail's admin (/admin/groups/), "
                "not through the API."
            )
        )


class Patch(Post):
    pass


class Delete(Post):
    pass
