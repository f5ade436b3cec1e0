"""@linkintegrity?uids=<UID>…: before deleting pages, which other pages link to them
(Wagtail's reference index) and how many pages below them would go too, in
plone.restapi's shape. Editors only; links from pages they may not see are counted
as unnamed breaches, not shown."""

from django.utils.translation import gettext as _
from wagtail.models import Page, ReferenceIndex

from cms.api import access, urls_public
from cms.api.exceptions import BadRequest, Unauthorized
from cms.api.params import as_list
from cms.api.serializers import registry
from cms.api.serializers.metadata import uid
from cms.api.service import Service
from cms.api.translating import find_page
from cms.core import access as rule


def breaches(request, page) -> list[dict]:
    found = []
    for source, _refs in ReferenceIndex.get_references_to(
        page
    ).group_by_source_object():
        if not isinstance(source, Page):
            found.append({"@id": None, "uid": None, "title": str(source)})
        elif rule.can_read(request, source):
            found.append(
                {
                    "@id": urls_public.page_url(request, source),
                    "uid": uid(source),
                    "title": source.title,
                }
            )
        else:
            found.append(
                {"@id": None, "uid": None, "title": _("A page you cannot see")}
            )
    return found


class Get(Service):
    public = True
    params = {"uids"}

    def reply(self) -> list[dict]:
        if not access.is_editor(self.request):
            raise Unauthorized()
        uids = [u for u in as_list(self.query.get("uids")) if isinstance(u, str)]
        if not uids:
            raise BadRequest(_("Required parameter 'uids' is missing."))
        result = []
        for value in uids:
            page = find_page(self.request, value)
            result.append(
                {
                    "@id": urls_public.page_url(self.request, page),
                    "title": page.title,
                    "type": registry.portal_type(page),
                    "breaches": breaches(self.request, page),
                    "items_total": page.get_descendants().count(),
                }
            )
        return result
