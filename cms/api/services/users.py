"""@users and @users/<id>: Wagtail's accounts in plone.restapi's shape, read-only.
A signed-in user reads themself; user managers (cms.api.principals) read everyone,
``?query=`` searching names and e-mail. Accounts are created and edited in Wagtail's
admin: writes answer 501 to managers, 401/403 to everyone else."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _

from cms.api import principals
from cms.api.access import require_user
from cms.api.exceptions import Forbidden, NotFound, NotImplementedHere, Unauthorized
from cms.api.params import to_int
from cms.api.service import Service


class Get(Service):
    public = True
    takes_subpath = True
    params = {"query", "limit", "search", "groups-filter"}

    def reply(self):
        user = require_user(self.request)
        manager = principals.manages_users(user)
        if not self.subpath:
            if not manager:
                raise Unauthorized()
            text = self.query.get("query") or self.query.get("search") or ""
            limit = (
                to_int("limit", self.query["limit"]) if "limit" in self.query else None
            )
            return [
                principals.user_data(self.request, u, with_email=True)
                for u in principals.find_users(str(text), limit, self.groups_filter())
            ]
        username = self.subpath[0]
        if len(self.subpath) != 1 or not (manager or username == user.get_username()):
            raise Unauthorized()  # as Plone: not whether the account exists
        found = get_user_model().objects.filter(username=username).first()
        if found is None:
            raise NotFound(_("There is no user %(id)s.") % {"id": username})
        return principals.user_data(self.request, found, with_email=True)

    def groups_filter(self) -> list[str]:
        """Plone's ``groups-filter:list``: users in any of these groups."""
        value = self.query.get("groups-filter")
        values = value if isinstance(value, list) else [value] if value else []
        return [str(v) for v in values]


class Post(Service):
    public = True
    takes_subpath = True

    def reply(self):
        refuse_user_writes(self.request)


class Patch(Post):
    pass


class Delete(Post):
    pass


def refuse_user_writes(request) -> None:
    user = require_user(request)
    if not principals.manages_users(user):
        raise Forbidden(_("You may not manage users."))
    raise NotImplementedHere(
        _("Users are managed in Wagtail's admin (/admin/users/), not through the API.")
    )
