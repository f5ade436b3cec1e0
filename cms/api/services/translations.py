"""@translations: the context in the other languages the requester may see, and
``root``, the language root folder of each language (plone.app.multilingual)."""

from wagtail.models import Page

from cms.api import access, urls_public
from cms.api.service import Component, ComponentService


class Translations(Component):
    name = "translations"

    def data(self) -> dict:
        page, request = self.page, self.request
        if page.depth <= 1:
            return {"items": [], "root": self.roots()}
        others = access.visible(request, page.get_translations(inclusive=False))
        items = [
            {
                "@id": urls_public.page_url(request, p),
                "language": urls_public.locale_code(p.locale_id),
            }
            for p in others.order_by("locale__language_code")
        ]
        return {"items": items, "root": self.roots()}

    def roots(self) -> dict:
        roots = access.visible(self.request, Page.objects.filter(depth=2)).order_by(
            "path"
        )
        result = {}
        for root in roots:
            result.setdefault(
                urls_public.locale_code(root.locale_id),
                urls_public.page_url(self.request, root),
            )
        return result


class Get(ComponentService):
    component = Translations
