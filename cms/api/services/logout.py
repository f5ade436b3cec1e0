"""@logout (POST with a token): revokes it at once (204); with ``{"everywhere": true}``
every token of the user, on every device."""

from django.utils.translation import gettext as _

from cms.api import tokens
from cms.api.exceptions import BadRequest, Unauthorized
from cms.api.service import WriteService


class Post(WriteService):
    public = True
    status = 204

    def reply(self) -> None:
        payload = getattr(self.request, "api_token", None)
        if payload is None:
            raise Unauthorized(_("Logging out needs a token (Authorization: Bearer)."))
        # Clients post @logout without a body, or with a form's; only JSON says more.
        json_body = self.request.content_type == "application/json"
        everywhere = self.body().get("everywhere", False) if json_body else False
        if not isinstance(everywhere, bool):
            raise BadRequest(_("everywhere must be true or false."))
        tokens.revoke(payload)
        if everywhere:
            tokens.revoke_all(tokens.user_for(payload))
        return None
