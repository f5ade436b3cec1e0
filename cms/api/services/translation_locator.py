"""@translation-locator?target_language=fi: where a translation of the context should
be created: the translation of its parent, else that language's root (editors only)."""

from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from cms.api import access, urls_public
from cms.api.exceptions import BadRequest, Forbidden, Unauthorized
from cms.api.service import Service
from locales.config import LANGUAGE_CODES


class Get(Service):
    params = {"target_language"}

    def reply(self) -> dict:
        if not access.is_editor(self.request, self.context):
            raise Forbidden() if self.request.user.is_authenticated else Unauthorized()
        lang = self.query.get("target_language")
        if lang not in LANGUAGE_CODES:
            raise BadRequest(
                _("Unknown target_language '%(language)s'.") % {"language": lang}
            )
        page = self.context
        if page.depth <= 2:
            raise BadRequest(_("Language roots are linked, not located."))
        locale = Locale.objects.get(language_code=lang)
        parent = page.get_parent().get_translation_or_none(locale)
        if parent is None:
            parent = (
                Page.objects.filter(depth=2, locale=locale).order_by("path").first()
            )
        if parent is None:
            raise BadRequest(
                _("There is no %(language)s language root.") % {"language": lang}
            )
        return {"@id": urls_public.page_url(self.request, parent)}
