"""@translation-locator?target_language=fi: where a translation of the context should
be created: the translation of its parent, else that language's root (for those who
may edit the page or translate into that language)."""

from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from cms.api import access, urls_public
from cms.api.exceptions import BadRequest, Forbidden, Unauthorized
from cms.api.service import Service
from locales.config import LANGUAGE_CODES
from locales.permissions import can_edit_locale


def may_translate_into(user, language) -> bool:
    """Translators of ``language`` locate where its translations go (the add that
    follows is checked like @translations POST)."""
    return bool(
        user.is_authenticated
        and language in LANGUAGE_CODES
        and user.has_perm("wagtail_localize.submit_translation")
        and can_edit_locale(user, language)
    )


class Get(Service):
    params = {"target_language"}

    def reply(self) -> dict:
        lang = self.query.get("target_language")
        if not access.is_editor(self.request, self.context) and not (
            may_translate_into(self.request.user, lang)
        ):
            raise Forbidden() if self.request.user.is_authenticated else Unauthorized()
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
