"""Template tags for the readers' site: the notice on a page shown in its source
language, and the ``lang`` attribute its content needs."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from locales.config import IN_LANGUAGE, LANGUAGES, NATIVE_NAMES
from locales.hyphenation import hyphenate
from locales.untranslated import source_text

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


@register.filter
def item_lang(item) -> str:
    """` lang="en"` on the title or summary of a listed item shown in its fallback
    language (``locales.localized.mark``), else nothing."""
    language = getattr(item, "fallback_language", None)
    return format_html(' lang="{}"', language) if language else ""


@register.simple_tag
def hyphenated(text, marks=None, field="title", language=None):
    """``text`` (a title or heading) with soft hyphens by its own language: ``language``
    if given (a listed item's fallback language), the source language if ``marks``
    says ``field`` is untranslated, else the reader's. Escaped like any tag output."""
    if not language:
        language = marks.language if marks and field in marks else get_language()
    return hyphenate(text, language or "")


@register.filter
def in_language(code) -> str:
    """ "in English" in the reader's language, for the fallback badge."""
    return str(IN_LANGUAGE.get(code, code))


@register.simple_tag
def untranslated_fields(page):
    """The fields of a partly translated ``page`` still in the source language
    (``locales.untranslated``), for ``lang_of`` and ``badge_of``; None if none."""
    return source_text(page)


@register.filter
def lang_of(marks, name) -> str:
    """` lang="en"` on the element of field ``name`` when it shows the source text."""
    if marks and name in marks:
        return format_html(' lang="{}"', marks.language)
    return ""


@register.filter
def badge_of(marks, name) -> str:
    """The fallback badge ("englanniksi") after field ``name`` when it shows the
    source text; in the reader's language, whatever the element around it is in."""
    if marks and name in marks:
        return format_html(
            ' <span class="badge fallback-badge" lang="{}">{}</span>',
            get_language(),
            in_language(marks.language),
        )
    return ""


@register.inclusion_tag("locales/includes/hreflang.html", takes_context=True)
def hreflang_alternates(context, page):
    """<link rel="alternate" hreflang> for every language the page is translated and
    readable in by anyone (cms.core.access: published, not expired, public; so never a draft
    awaiting review or a private section), itself included, and x-default for the
    source language. Alias pages (untranslated copies) are not alternates: their
    content is not in that language."""
    from django.conf import settings

    from cms.core import access

    request = context.get("request")
    suffix = context.get("switcher_suffix", "")
    order = {code: index for index, (code, _name) in enumerate(LANGUAGES)}
    pages = access.public_pages(
        page.get_translations(inclusive=True).filter(alias_of__isnull=True), request
    ).select_related("locale")
    links = sorted(
        (
            {"code": p.locale.language_code, "url": p.get_full_url(request) + suffix}
            for p in pages
        ),
        key=lambda link: order.get(link["code"], len(order)),
    )
    default = [
        dict(link, code="x-default")
        for link in links
        if link["code"] == settings.LANGUAGE_CODE
    ]
    return {"links": links + default if len(links) > 1 else []}
