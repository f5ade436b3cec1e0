"""@translations writes mapped onto wagtail-localize and Wagtail's translation keys.

POST ``{"id": "fi"}`` translates the page into that locale with wagtail-localize (its
translation source and editor, the target saved from the translation memory, missing
parent pages copied) as a draft: it goes live only through review. POST ``{"id":
<URL, path or UID of a page in another locale>}`` links that page as the translation
(plone.app.multilingual's link). DELETE ``{"language": "fi"}`` unlinks the translation
in that locale: it keeps its content under a translation key of its own."""

import uuid
from urllib.parse import urlsplit

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from cms.api.exceptions import BadRequest, Forbidden
from cms.api.serializers.metadata import uid
from locales.config import LANGUAGE_CODES
from locales.ids import locale_code
from locales.localize import translate
from locales.permissions import can_edit_locale

LINK_ACTION = "vetcms_api.translation.link"
UNLINK_ACTION = "vetcms_api.translation.unlink"


def check_translatable(page) -> None:
    if page.depth <= 2:
        raise BadRequest(_("The site and language roots are not translated here."))


@transaction.atomic
def create(request, page, target: str) -> Page:
    check_translatable(page)
    if not isinstance(target, str) or not target:
        raise BadRequest(_('Give the target as {"id": <language code or page>}.'))
    if target not in LANGUAGE_CODES:
        return link(request, page, find_page(request, target))
    if target == page.locale.language_code:
        raise BadRequest(_("The page is already in %(code)s.") % {"code": target})
    locale = Locale.objects.filter(language_code=target).first()
    if locale is None:
        raise BadRequest(_("No locale %(code)s on this site.") % {"code": target})
    if page.get_translation_or_none(locale) is not None:
        raise BadRequest(
            _("Already translated into language %(code)s.") % {"code": target}
        )
    user = request.user
    if not user.has_perm("wagtail_localize.submit_translation") or not (
        can_edit_locale(user, locale)
    ):
        raise Forbidden(_("You may not translate into %(code)s.") % {"code": target})
    return translate(page, target, {}, publish=False, user=user)


def add_translation(request, parent, model, data: dict) -> Page:
    """Volto's "Add translation": the add form, opened in the folder that
    @translation-locator named, posts ``translation_of`` (the source's URL, path or
    UID) and ``language``. The translation is made as ``@translations`` POST makes it
    (wagtail-localize, a draft that goes live only through review)."""
    source = data.get("translation_of")
    if not isinstance(source, str) or not source:
        raise BadRequest(_("translation_of: give the URL, path or UID of the source."))
    page = find_page(request, source)
    language = locale_code(parent.locale_id)
    if data.get("language") not in (None, "", language):
        raise BadRequest(
            _("language: a translation into %(code)s is added in a %(code)s folder.")
            % {"code": data.get("language")}
        )
    if type(page.specific) is not model:
        raise BadRequest(
            _("@type: a translation has its source's type, %(type)s.")
            % {"type": type(page.specific).__name__}
        )
    return create(request, page.specific, language).specific


def find_page(request, target: str) -> Page:
    """A page by public URL, API path (``/fi/x``) or UID."""
    from cms.api.exceptions import NotFound
    from cms.api.traversal import resolve

    if len(target) == 32 and all(c in "0123456789abcdef" for c in target):
        for page in Page.objects.filter(depth__gt=2).only(
            "pk", "translation_key", "locale_id"
        ):
            if uid(page) == target:
                return page.specific
        raise BadRequest(_("No page with UID %(uid)s.") % {"uid": target})
    path = urlsplit(target).path.replace("/++api++", "")
    try:
        return resolve(request, [s for s in path.split("/") if s])
    except NotFound:
        raise BadRequest(_("No page at %(path)s.") % {"path": target}) from None


def link(request, page, other) -> Page:
    check_translatable(other)
    if other.locale_id == page.locale_id:
        raise BadRequest(_("A translation is in another language."))
    if page.get_translation_or_none(other.locale_id) is not None:
        raise BadRequest(_("The page already has a translation in that language."))
    if other.get_translations(inclusive=False).exists():
        raise BadRequest(_("That page is already linked to other translations."))
    if not other.permissions_for_user(request.user).can_edit():
        raise Forbidden(_("You may not edit that page."))
    other.translation_key = page.translation_key
    other.save(update_fields=["translation_key"], clean=False)
    log(instance=other, action=LINK_ACTION, user=request.user)
    return other


@transaction.atomic
def unlink(request, page, language) -> None:
    if not isinstance(language, str) or language not in LANGUAGE_CODES:
        raise BadRequest(_('Give the language to unlink: {"language": "fi"}.'))
    locale = Locale.objects.filter(language_code=language).first()
    other = page.get_translation_or_none(locale) if locale else None
    if other is None or other.pk == page.pk:
        raise BadRequest(_("No translation in %(code)s.") % {"code": language})
    if not other.permissions_for_user(request.user).can_edit():
        raise Forbidden(_("You may not edit that translation."))
    # Localize would otherwise keep syncing the source into it.
    Translation.objects.filter(
        source__object_id=other.translation_key, target_locale=other.locale
    ).update(enabled=False)
    other.translation_key = uuid.uuid4()
    other.save(update_fields=["translation_key"], clean=False)
    log(instance=other, action=UNLINK_ACTION, user=request.user)
