"""Listings in every language: each item once, in the reader's language when it has a
live translation there, else in the first fallback language that has it
(``locales.config.fallback_languages``), marked as a fallback.

    items = localized(PracticePage.objects.live().public(), "fi")   # a QuerySet
    page_obj = Paginator(items.order_by("title"), 10).get_page(n)
    mark(page_obj.object_list, "fi", request)    # .fallback_language, .reader_url

``localized`` works on any translatable model (pages and snippets): the choice is one
SQL query with a subquery per fallback language, so it stays filterable, countable and
paginated in the database. ``mark`` sets, in two queries for a whole batch, the address
under the reader's prefix at which an untranslated page is served
(``locales.fallback``'s ``/fi/kaytannot/english-slug/``).
"""

from django.db.models import Q, QuerySet
from wagtail.models import Page

from locales.config import fallback_languages


def reader_languages(language: str) -> list[str]:
    """The reader's language, then its fallback chain."""
    return [language, *fallback_languages(language)]


def localized(queryset: QuerySet, language: str) -> QuerySet:
    """``queryset`` narrowed to one row per ``translation_key``: the one in
    ``language``, else the one in the first fallback language that has it. Rows the
    queryset leaves out (drafts, private pages) count as untranslated; so do alias
    pages, which only copy another locale's content."""
    if issubclass(queryset.model, Page):
        queryset = queryset.filter(alias_of__isnull=True)
    candidates = queryset.order_by()
    wanted = Q(pk__in=[])
    earlier: list[str] = []
    for code in reader_languages(language):
        here = Q(locale__language_code=code)
        if earlier:
            covered = candidates.filter(locale__language_code__in=earlier)
            here &= ~Q(translation_key__in=covered.values("translation_key"))
        wanted |= here
        earlier.append(code)
    return queryset.filter(wanted)


def in_source_order(queryset: QuerySet, language: str | None = None) -> QuerySet:
    """Pages of several locale trees in the order of their source-language pages (the
    editors' order), whichever locale each row is in; one query. ``language``: the
    reader's, when ``queryset`` is ``localized`` to it; if that is the source
    language, every row is a source page, in its own tree order (no lookup per row,
    which at thousands of children is most of a listing's time)."""
    from django.conf import settings
    from django.db.models import OuterRef, Subquery
    from django.db.models.functions import Coalesce

    if language and reader_languages(language) == [settings.LANGUAGE_CODE]:
        return queryset.order_by("path")
    source = Page.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=settings.LANGUAGE_CODE,
    ).values("path")[:1]
    return queryset.annotate(source_path=Coalesce(Subquery(source), "path")).order_by(
        "source_path", "path"
    )


def below_translations(
    model, parent: Page, depth: int = 1, language: str | None = None
) -> QuerySet:
    """``model`` pages down to ``depth`` levels below any translation of ``parent``
    (itself included): in every locale, or, for a reader of ``language``, in the
    trees of that language and its fallbacks (what ``localized`` picks from)."""
    translations = Page.objects.filter(translation_key=parent.translation_key)
    if language:
        chain = reader_languages(language)
        translations = translations.filter(locale__language_code__in=chain)
    paths = translations.values_list("path", flat=True)
    below = Q(pk__in=[])
    for path in paths:
        below |= Q(
            path__startswith=path,
            depth__gt=parent.depth,
            depth__lte=parent.depth + depth,
        )
    return model.objects.filter(below)


def children_of_translations(model, parent: Page) -> QuerySet:
    """``model`` pages below any translation of ``parent`` (itself included): the
    candidates of a section's listing before ``localized`` picks one per item."""
    return below_translations(model, parent, 1)


def mark(objects, language: str, request=None, *, all_urls: bool = True) -> list:
    """Set on each object ``reader_language``, ``fallback_language`` (None when it is
    in ``language``) and, on pages, ``reader_url``: where the reader follows it
    (with ``all_urls=False`` only on fallback pages, for callers that have the
    others' addresses). Objects are expected in ``language`` or its fallbacks, as
    ``localized`` leaves them."""
    objects = list(objects)
    chain = reader_languages(language)
    if len(chain) > 1:
        locales = _locales({obj.locale_id for obj in objects})
    else:
        locales = {}  # no fallback language: everything is in ``language``
    fallbacks = []
    for obj in objects:
        if obj.locale_id in locales:
            obj.locale = locales[obj.locale_id]  # spares a query per object later
        own = obj.locale.language_code if obj.locale_id in locales else language
        obj.reader_language = language
        obj.fallback_language = own if own != language else None
        if isinstance(obj, Page):
            obj.reader_url = None
            if obj.fallback_language:
                fallbacks.append(obj)
            elif all_urls:
                obj.reader_url = obj.get_url(request)
    urls = fallback_urls(fallbacks, language, request)
    for obj in fallbacks:
        obj.reader_url = urls.get(obj.pk) or obj.get_url(request)
    return objects


def localized_list(queryset: QuerySet, language: str, request=None) -> list:
    """``localized`` then ``mark``: the whole list, for short listings."""
    return mark(localized(queryset, language), language, request)


def fallback_urls(pages, language: str, request=None) -> dict[int, str]:
    """``locales.fallback.fallback_url`` for a batch of pages, in two queries: the
    nearest ancestor translated and live in ``language``, then the untranslated
    slugs below it."""
    pages = [p for p in pages if p.depth > 2]
    if not pages:
        return {}
    step = Page.steplen
    paths = {p.path[: step * d] for p in pages for d in range(2, p.depth)}
    ancestors = {
        row["path"]: row
        for row in Page.objects.filter(path__in=paths).values(
            "path", "slug", "translation_key"
        )
    }
    translated = {
        t.translation_key: t
        for t in Page.objects.filter(
            translation_key__in=[row["translation_key"] for row in ancestors.values()],
            locale__language_code=language,
            live=True,
        ).select_related("locale")
    }
    urls = {}
    for page in pages:
        slugs = [page.slug]
        for depth in range(page.depth - 1, 1, -1):
            row = ancestors.get(page.path[: step * depth])
            if row is None:
                break
            target = translated.get(row["translation_key"])
            base = target.get_url(request) if target is not None else None
            if base:
                urls[page.pk] = base + "".join(f"{s}/" for s in reversed(slugs))
                break
            slugs.append(row["slug"])
    return urls


def in_reader_language(objects, language: str) -> list:
    """Related snippets or pages (stored in the source language) shown to a reader of
    ``language``: each in that language where it has a live translation, else the
    first fallback; one query per model, order kept, each marked."""
    objects = list(objects)
    if not objects:
        return []
    model = type(objects[0])
    base = model.objects.filter(
        translation_key__in=[o.translation_key for o in objects]
    )
    if issubclass(model, Page):
        base = base.live()
    chosen = {obj.translation_key: obj for obj in localized(base, language)}
    return mark([chosen.get(obj.translation_key, obj) for obj in objects], language)


def _locales(ids) -> dict:
    from wagtail.models import Locale

    ids = set(ids)
    if not ids:
        return {}
    return Locale.objects.in_bulk(ids)


def reader_language(request, page) -> str:
    """The language a page's listing is read in: the prefix's language when the page
    itself is served as a fallback, else the page's own."""
    marker = getattr(request, "translation_fallback", None) if request else None
    if marker:
        return marker["requested_language"]
    return page.locale.language_code
