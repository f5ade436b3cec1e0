"""@aliases: the old paths that redirect to the context (Wagtail redirects), as
plone.app.redirector aliases. GET for the page's editors (Wagtail shows redirects only
in its admin); POST adds and DELETE removes aliases (``cms.api.aliasing``) for whoever
may edit the page and manage redirects."""

from wagtail.contrib.redirects.models import Redirect

from cms.api import access, aliasing, urls_public
from cms.api.exceptions import Forbidden, Unauthorized
from cms.api.serializers.values import json_date
from cms.api.service import Component, ComponentService, WriteService


class Aliases(Component):
    name = "aliases"

    def data(self) -> dict:
        if not access.is_editor(self.request, self.page):
            user = getattr(self.request, "user", None)
            raise Forbidden() if user and user.is_authenticated else Unauthorized()
        redirects = Redirect.objects.filter(redirect_page=self.page).order_by(
            "old_path"
        )
        items = [
            {
                "path": r.old_path,
                "redirect-to": urls_public.page_path(self.page),
                "manual": not r.automatically_created,
                "datetime": json_date(r.created_at),
            }
            for r in redirects
        ]
        return {"items": items, "items_total": len(items)}


class Get(ComponentService):
    component = Aliases


class Post(WriteService):
    status = 204

    def reply(self) -> None:
        aliasing.add(self.request, self.context, aliasing.requested(self.body()))


class Delete(WriteService):
    status = 204

    def reply(self) -> None:
        aliasing.remove(self.request, self.context, aliasing.requested(self.body()))
