"""@roles: the Plone roles vetcms speaks of (cms.api.principals): the local roles
Wagtail's page permissions amount to, and Member/Manager. Signed-in users only."""

from cms.api import principals
from cms.api.access import require_user
from cms.api.service import Service


class Get(Service):
    public = True

    def reply(self) -> list[dict]:
        require_user(self.request)
        base = principals.service_base(self.request) + "/@roles"
        return [
            {"@type": "role", "@id": f"{base}/{role}", "id": role, "title": role}
            for role in principals.ROLES
        ]
