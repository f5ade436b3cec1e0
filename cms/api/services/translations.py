"""@translations: the context in the other languages the requester may see, and
``root``, the language root folder of each language (plone.app.multilingual). POST
creates or links a translation, DELETE unlinks one (``cms.api.translating``)."""

from wagtail.models import Page

from cms.api import access, translating, urls_public
from cms.api.service import Component, ComponentService, WriteService
from locales.ids import locale_code


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
                "language": locale_code(p.locale_id),
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
                locale_code(root.locale_id),
                urls_public.page_url(self.request, root),
            )
        return result


class Get(ComponentService):
    component = Translations


class Post(WriteService):
    """``{"id": <language code, URL, path or UID>}`` → 201, ``Location`` of the
    translation, ``{"@id", "language"}``."""

    status = 201

    def reply(self) -> dict:
        target = translating.create(self.request, self.context, self.body().get("id"))
        url = urls_public.page_url(self.request, target)
        self.headers["Location"] = url
        return {"@id": url, "language": locale_code(target.locale_id)}


class Delete(WriteService):
    """``{"language": "fi"}`` → 204: that translation is unlinked."""

    status = 204

    def reply(self) -> None:
        translating.unlink(self.request, self.context, self.body().get("language"))
