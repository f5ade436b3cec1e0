"""Listings in the reader's language: a page's ``items``, @navigation,
@querystring-search and the ambassadors show every item once, translated or, when it
has no live translation in the language asked for, in its fallback language (the
``LISTING_LOCALIZER`` knob, default ``locales.localized``). A fallback item's ``@id`` is
the address at which the untranslated page is served under the reader's prefix, and
it carries ``translation_state`` as content GET reports it for that address."""

from django.utils.module_loading import import_string

from cms.api import urls_public
from cms.conf import settings as api_settings
from locales.ids import locale_code


def localizer():
    """The localizer module, or None (then every listing keeps its own locale)."""
    if not api_settings.LISTING_LOCALIZER:
        return None
    try:
        return import_string(api_settings.LISTING_LOCALIZER)
    except ImportError:
        return None


def reader_language(request, page) -> str | None:
    """The language a listing on ``page`` is read in: the prefix's when the page is
    itself served as a fallback, else the page's own; None at the site root."""
    asked = getattr(request, "api_requested_language", None)
    if asked:
        return asked
    return locale_code(page.locale_id) if page.depth > 1 else None


def choose(queryset, language: str | None):
    """``queryset`` (rows of every locale) narrowed to one per item for ``language``."""
    module = localizer()
    if module is None or not language:
        return queryset
    return module.localized(queryset, language)


def below(model, page, depth: int = 1, language: str | None = None):
    """Candidates ``depth`` levels below any translation of ``page`` for a reader of
    ``language``; just the page's own subtree without a localizer, or when that
    language has no fallback (its items are all in its own tree)."""
    module = localizer()
    own_tree = language and module and module.reader_languages(language) == [language]
    if module is None or page.depth < 2 or own_tree:
        return model.objects.filter(
            path__startswith=page.path,
            depth__gt=page.depth,
            depth__lte=page.depth + depth,
        ).order_by("path")
    return module.below_translations(model, page, depth, language)


def with_fallback_languages(languages: list[str], reader: str | None) -> list[str]:
    """A Language criterion asking for the reader's language also admits the
    languages its untranslated items are shown in."""
    module = localizer()
    if module is None or not reader or reader not in languages:
        return languages
    return [*languages, *module.reader_languages(reader)]


def with_translated_paths(paths: list, reader: str | None) -> list:
    """Path criteria below a locale tree also cover the same place in the other
    locales' trees, where the untranslated items are (two queries)."""
    from wagtail.models import Page

    if localizer() is None or not reader or not paths:
        return paths
    keys = dict(
        Page.objects.filter(path__in=[p for p, _d in paths]).values_list(
            "path", "translation_key"
        )
    )
    translations: dict = {}
    for path, key in Page.objects.filter(translation_key__in=keys.values()).values_list(
        "path", "translation_key"
    ):
        translations.setdefault(key, []).append(path)
    return [
        (other, depth)
        for path, depth in paths
        for other in translations.get(keys.get(path), [path])
    ]


def in_source_order(queryset, language=None):
    """``language``: the reader's, when ``queryset`` came from ``choose`` for it."""
    module = localizer()
    if module is None:
        return queryset.order_by("path")
    return module.in_source_order(queryset, language)


def mark(request, pages: list, language) -> list:
    """``pages`` with ``fallback_language`` and ``reader_url`` set (in bulk)."""
    module = localizer()
    if module is None or not language:
        return pages
    return module.mark(pages, language, request, all_urls=False)


def fallback_marking(request, page) -> dict:
    """``@id`` and ``translation_state`` of a page marked by ``mark`` as shown in a
    fallback language; nothing for a page in the reader's language."""
    language = getattr(page, "fallback_language", None)
    if not language:
        return {}
    marking = {}
    if page.reader_url:
        marking["@id"] = reader_id(urls_public.public_base(request), page.reader_url)
    if api_settings.TRANSLATION_STATE_FUNCTION:
        state = import_string(api_settings.TRANSLATION_STATE_FUNCTION)
        marking["translation_state"] = state(
            page, requested_language=page.reader_language
        )
    return marking


def mark_summaries(request, pages, items: list[dict], language) -> list[dict]:
    """Give each fallback item (of ``pages``, summarised as ``items``) its address
    under the reader's prefix and its ``translation_state``."""
    for page, item in zip(mark(request, list(pages), language), items, strict=True):
        item.update(fallback_marking(request, page))
    return items


def reader_id(base: str, url: str) -> str:
    """``@id`` of a reader URL: absolute, without the trailing slash."""
    if url.startswith("http"):
        return url.rstrip("/")
    return base + url.rstrip("/")
