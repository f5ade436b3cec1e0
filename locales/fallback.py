"""Pages nobody has translated yet are served in their source language, and say so.

A reader in /fi/ who follows a link to a page that exists only in English gets that
page at a Finnish address (the translated part of the path, then the English slugs:
/fi/kaytannot/apprenticeship-coaching/), with ``request.translation_fallback`` set so
the site shows a notice in the reader's language and marks the content's own language.
The API reports the same case through ``locales.state`` ("fallback", from which locale).
"""

from django.conf import settings
from django.http import Http404, HttpResponse
from wagtail import hooks
from wagtail.models import Locale, Page, Site
from wagtail.views import serve_chain

from cms.core import access


def _source_locale() -> Locale:
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def _locale_home(request, locale: Locale) -> Page | None:
    site = (
        Site.find_for_request(request)
        or Site.objects.filter(is_default_site=True).first()
    )
    if site is None:
        return None
    return site.root_page.get_translation_or_none(locale)


def published(pages):
    return pages.filter(access.published_q())


def resolve(request, language: str, components: list[str]):
    """(page, args, kwargs) to serve for ``/<language>/<components>/`` from the source
    tree, or None when the path is not an untranslated page."""
    if language == settings.LANGUAGE_CODE:
        return None
    locale = Locale.objects.filter(language_code=language).first()
    home = _locale_home(request, locale) if locale else None
    if home is None or not home.live:
        return None
    current = home
    for index, slug in enumerate(components):
        # A translation readers may not see (draft, awaiting review, expired) counts
        # as untranslated (cms.core.access), so its path leads to the source page too.
        child = published(current.get_children()).filter(slug=slug).first()
        if child is not None:
            current = child
            continue
        # The rest of the path is not translated: follow it in the source tree.
        source = current.get_translation_or_none(_source_locale())
        if source is None:
            return None
        try:
            page, args, kwargs = source.specific.route(request, components[index:])
        except Http404:
            return None
        if page.locale_id == locale.pk:
            return None
        return page, args, kwargs
    return None


def fallback_url(page: Page, language: str) -> str | None:
    """The address under /<language>/ at which an untranslated ``page`` is served."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return None
    slugs = []
    for ancestor in reversed(page.get_ancestors(inclusive=True).filter(depth__gte=2)):
        translated = ancestor.get_translation_or_none(locale)
        if translated is not None and access.is_published(translated):
            base = translated.get_url()
            return (
                base + "".join(f"{slug}/" for slug in reversed(slugs)) if base else None
            )
        slugs.append(ancestor.slug)
    return None


def marker(page: Page, requested_language: str) -> dict:
    return {
        "requested_language": requested_language,
        "language": page.locale.language_code,
    }


class TranslationFallbackMiddleware:
    """On a 404 under /<ll>/, serve the untranslated source page if that is what the
    path leads to."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, Http404):
            return None
        components = [c for c in request.path_info.split("/") if c]
        codes = {code for code, _name in settings.LANGUAGES}
        if not components or components[0] not in codes:
            return None
        found = resolve(request, components[0], components[1:])
        if found is None:
            return None
        page, args, kwargs = found
        request.translation_fallback = marker(page, components[0])
        return serve(page, request, args, kwargs)


def serve(page, request, args, kwargs):
    """Serve ``page`` as wagtail.views.serve does, with its hooks (view restrictions
    are an ``on_serve_page`` hook)."""
    chain = serve_chain
    for wrap in reversed(hooks.get_hooks("on_serve_page")):
        chain = wrap(chain)
    for hook in hooks.get_hooks("before_serve_page"):
        result = hook(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return chain(page, request, args, kwargs)


def mark_served_language(page, request, args, kwargs):
    """A ``before_serve_page`` hook: Wagtail itself serves the source tree under a
    prefix whose locale has no home page yet (``Site.root_page.localized``); mark that
    as a fallback too."""
    components = [c for c in request.path_info.split("/") if c]
    codes = {code for code, _name in settings.LANGUAGES}
    if components and components[0] in codes:
        if components[0] != page.locale.language_code:
            request.translation_fallback = marker(page, components[0])
