"""@principals?search=<text>: users and groups matching a name, for the sharing and
user-picker widgets. Any editor (Wagtail admin access) may search; only user
managers see e-mail addresses (cms.api.principals)."""

from django.utils.translation import gettext as _

from cms.api import principals
from cms.api.access import is_editor, require_user
from cms.api.exceptions import BadRequest, Unauthorized
from cms.api.service import Service


class Get(Service):
    public = True
    params = {"search"}

    def reply(self) -> dict:
        user = require_user(self.request)
        if not is_editor(self.request):
            raise Unauthorized()
        text = self.query.get("search")
        if not isinstance(text, str) or not text.strip():
            raise BadRequest(_("Required parameter 'search' is missing."))
        email = principals.manages_users(user)
        return {
            "users": [
                principals.user_data(self.request, u, with_email=email)
                for u in principals.find_users(text.strip(), 50)
            ],
            "groups": [
                principals.group_data(self.request, g)
                for g in principals.find_groups(text.strip())
            ],
        }
