"""@logout (POST with a token): revokes it at once (204)."""

from django.utils.translation import gettext as _

from cms.api import tokens
from cms.api.exceptions import Unauthorized
from cms.api.service import WriteService


class Post(WriteService):
    public = True
    status = 204

    def reply(self) -> None:
        payload = getattr(self.request, "api_token", None)
        if payload is None:
            raise Unauthorized(_("Logging out needs a token (Authorization: Bearer)."))
        tokens.revoke(payload)
        return None
