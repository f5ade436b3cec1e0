"""@actions (minimal): the categories Volto reads, with a view action, the language
root's sections as portal tabs and a login link for anonymous readers."""

from django.utils.translation import gettext as _

from cms.api import access, urls_public
from cms.api.service import Component, ComponentService, navigation_root


class Actions(Component):
    name = "actions"

    def data(self) -> dict:
        request, page = self.request, self.page
        url = urls_public.page_url(request, page)
        root = navigation_root(page)
        tabs = (
            access.visible(request, root.get_children()).order_by("path")
            if root.depth > 1
            else []
        )
        user = (
            []
            if access.is_editor(request)
            else [
                {"id": "login", "title": _("Log in"), "icon": "", "url": f"{url}/login"}
            ]
        )
        return {
            "object": [{"id": "view", "title": _("View"), "icon": "", "url": url}],
            "object_buttons": [],
            "portal_tabs": [
                {
                    "id": t.slug,
                    "title": t.title,
                    "icon": "",
                    "url": urls_public.page_url(request, t),
                }
                for t in tabs
            ],
            "site_actions": [],
            "user": user,
            "document_actions": [],
        }


class Get(ComponentService):
    component = Actions
