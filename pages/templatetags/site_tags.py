"""Template helpers of the readers' site: the locale's home page and its sections, and
language names in their own language for the switcher."""

from django import template
from django.utils import translation

from cms.core import access
from locales.config import NATIVE_NAMES

register = template.Library()


@register.simple_tag(takes_context=True)
def locale_home(context):
    """The live home page of the active language (cached on the request)."""
    from pages.models import HomePage

    request = context.get("request")
    language = translation.get_language()
    cache = getattr(request, "_vetcms_homes", None) if request else None
    if cache is None:
        cache = {}
        if request is not None:
            request._vetcms_homes = cache
    if language not in cache:
        cache[language] = (
            access.public_pages(HomePage.objects.all())
            .filter(locale__language_code=language)
            .first()
            or access.public_pages(HomePage.objects.all()).first()
        )
    return cache[language]


@register.simple_tag(takes_context=True)
def sections(context, home):
    """The main navigation: the home page's sections for the reader's language,
    translated or in their fallback language (marked, with ``reader_url``), once
    each, in the editors' order; its standard pages (contact, legal notice,
    privacy, accessibility) are in the footer."""
    from wagtail.models import Page

    from locales.localized import (
        children_of_translations,
        in_source_order,
        localized,
        mark,
    )
    from pages.models import StandardPage

    if not home:
        return []
    language = translation.get_language()
    children = access.public_pages(children_of_translations(Page, home))
    children = children.not_type(StandardPage)
    chosen = in_source_order(localized(children, language))
    return mark(chosen, language, context.get("request"))


@register.filter
def native_name(language_code: str) -> str:
    return NATIVE_NAMES.get(language_code, language_code)


@register.simple_tag(takes_context=True)
def language_links(context, page):
    """The site's languages for this page: its translations, else the address at which
    the untranslated page is served under that language's prefix (if any)."""
    from locales.config import LANGUAGE_CODES

    suffix = context.get("switcher_suffix", "") + _kept_query(context.get("request"))
    current = translation.get_language()
    translations = page.get_translations(inclusive=True).select_related("locale")
    by_code = {
        p.locale.language_code: p.url + suffix
        for p in access.public_pages(translations)
    }
    # A published translation behind a view restriction holds its address (Wagtail
    # serves it, not the fallback): no link, so the switcher never leads to it.
    private = {
        p.locale.language_code
        for p in translations.filter(access.published_q())
        if p.locale.language_code not in by_code
    }
    links = []
    for code in LANGUAGE_CODES:
        if code in private:
            continue
        url = by_code.get(code) or _fallback_url(page, code)
        if url:
            links.append(
                {
                    "code": code,
                    "name": native_name(code),
                    "url": url,
                    "current": code == current,
                }
            )
    return links


def _kept_query(request) -> str:
    """The search words and listing filters travel with the reader to the other
    language (theme and group slugs are shared by translations); the batch number
    does not, as the other language may have fewer results."""
    if request is None or request.method != "GET":
        return ""
    kept = request.GET.copy()
    kept.pop("page", None)
    return f"?{kept.urlencode()}" if kept else ""


def _fallback_url(page, language_code: str) -> str | None:
    try:
        from locales.fallback import fallback_url
    except ImportError:  # the translation workflow's fallback is not installed
        return None
    return fallback_url(page, language_code)


@register.filter
def choice_label(value: str, vocabulary: str) -> str:
    """The translated label of a code of a material bank's vocabularies."""
    from pages.vocabularies import LANGUAGE_NAMES, AudienceRole, ResourceType

    labels = {
        "resource_type": dict(ResourceType.choices),
        "audience": dict(AudienceRole.choices),
        "language": LANGUAGE_NAMES,
    }[vocabulary]
    return str(labels.get(value, value))


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.filter
def facet_title(name: str) -> str:
    from django.utils.translation import gettext as _

    titles = {
        "content_type": _("Type"),
        "kind": _("Kind"),
        "country": _("Country"),
        "theme": _("Theme"),
        "year": _("Year"),
        "locale": _("Language"),
    }
    return titles.get(name, name)


# Facet names as the search page's query parameters.
FACET_PARAMS = {
    "content_type": "type",
    "kind": "kind",
    "country": "country",
    "theme": "theme",
    "year": "year",
}


@register.filter
def reader_type(page) -> str:
    """The page's type as readers call it ("Practice", not "Practice index")."""
    from search.facets import reader_type_name

    return reader_type_name(page.specific_class)


@register.filter
def is_fallback(page, results) -> bool:
    return page.pk in getattr(results, "fallback_ids", ())


@register.simple_tag(takes_context=True)
def facet_link(context, name, value):
    """The current search narrowed to one facet value (from the first batch)."""
    query = context["request"].GET.copy()
    query[FACET_PARAMS.get(name, name)] = value
    query.pop("page", None)
    return "?" + query.urlencode()
