"""@preview-token: a signed, expiring token that opens this page's latest revision
(drafts included) to a headless front end: ``GET <page>?preview_token=…``.
Only for users who may edit the page (cms.core.access.can_preview)."""

from cms.api import access, urls_public
from cms.api.exceptions import Forbidden, Unauthorized
from cms.api.service import Service
from cms.conf import settings as api_settings
from cms.core import access as rule


class Get(Service):
    def reply(self) -> dict:
        if not rule.can_preview(self.request, self.context):
            raise Forbidden() if self.request.user.is_authenticated else Unauthorized()
        token = access.preview_token(self.context)
        url = urls_public.page_url(self.request, self.context)
        return {
            "@id": f"{url}/@preview-token",
            "token": token,
            "preview_url": f"{url}?preview_token={token}",
            "max_age": api_settings.PREVIEW_TOKEN_MAX_AGE,
        }
