"""@login-renew (POST with a valid token): a fresh token; the old one is revoked."""

from django.utils.translation import gettext as _

from cms.api import tokens
from cms.api.exceptions import Unauthorized
from cms.api.service import WriteService


class Post(WriteService):
    public = True

    def reply(self) -> dict:
        payload = getattr(self.request, "api_token", None)
        if payload is None:
            raise Unauthorized(_("Renewing needs a token (Authorization: Bearer)."))
        tokens.revoke(payload)
        return {"token": tokens.issue(self.request.user)}
