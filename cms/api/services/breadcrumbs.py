"""@breadcrumbs: the path from the language root (not included) down to the context."""

from cms.api import access, urls_public
from cms.api.service import Component, ComponentService, navigation_root


class Breadcrumbs(Component):
    name = "breadcrumbs"

    def data(self) -> dict:
        page, request = self.page, self.request
        root = navigation_root(page)
        chain = []
        if page.depth > 2:
            ancestors = access.visible(request, page.get_ancestors()).filter(
                depth__gt=2
            )
            chain = [*ancestors.order_by("path"), page]
        items = [
            {"@id": urls_public.page_url(request, p), "title": p.title} for p in chain
        ]
        return {"items": items, "root": urls_public.page_url(request, root)}


class Get(ComponentService):
    component = Breadcrumbs
