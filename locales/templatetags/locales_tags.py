"""Template tags for the readers' site: the notice on a page shown in its source
language, and the ``lang`` attribute its content needs."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from locales.config import LANGUAGES, NATIVE_NAMES

register = template.Library()


def fallback_of(context) -> dict | None:
    """The fallback marker of the request, or of an alias page of another locale
    (wagtail-localize's synchronised trees show untranslated pages as aliases)."""
    request = context.get("request")
    marker = getattr(request, "translation_fallback", None)
    if marker:
        return marker
    page = context.get("page")
    alias_of = getattr(page, "alias_of", None) if page is not None else None
    if alias_of is not None and alias_of.locale_id != page.locale_id:
        return {
            "requested_language": page.locale.language_code,
            "language": alias_of.locale.language_code,
        }
    return None


@register.inclusion_tag("locales/includes/fallback_notice.html", takes_context=True)
def translation_notice(context):
    marker = fallback_of(context)
    if not marker:
        return {"marker": None}
    names = dict(LANGUAGES)
    return {
        "marker": marker,
        # The language's name in the reader's language, and in itself.
        "language_name": names.get(marker["language"], marker["language"]),
        "native_name": NATIVE_NAMES.get(marker["language"], marker["language"]),
    }


@register.simple_tag(takes_context=True)
def content_lang(context):
    """` lang="en"` on the element holding content served in another language than the
    page's interface, else nothing."""
    marker = fallback_of(context)
    if marker and marker["language"] != get_language():
        return format_html(' lang="{}"', marker["language"])
    return ""
