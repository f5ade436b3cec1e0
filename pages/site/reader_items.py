"""What the reader site shows around a page: the home page's blocks (featured
practices, next events, latest news), related items, breadcrumbs and the footer's
pages, each in the reader's language with the locale fallback.

``localized_list`` is the one small stand-in for h/9a's ``locales.localized`` until that
branch is merged: live pages of the reader's language, plus those of its fallback
languages (``locales.config.fallback_languages``) that have no live translation in it.
"""

from django.db.models import Count, Q
from django.utils import timezone
from wagtail.models import Page

from locales.config import fallback_languages
from locales.fallback import fallback_url

HOME_ITEMS = 3
RELATED_ITEMS = 3


def reader_language(request, page) -> str:
    """The prefix's language when ``page`` is served as a fallback, else its own."""
    marker = getattr(request, "translation_fallback", None) if request else None
    return marker["requested_language"] if marker else page.locale.language_code


def localized_list(queryset, language: str, limit: int | None = None) -> list:
    """``queryset`` (ordered) with one row per translation_key, in ``language`` or the
    first fallback language that has it; each marked with ``fallback_language`` and the
    ``reader_url`` the reader follows (the fallback address under their prefix)."""
    wanted, covered = Q(pk__in=[]), []
    for code in [language, *fallback_languages(language)]:
        here = Q(locale__language_code=code)
        if covered:
            earlier = queryset.model.objects.filter(
                locale__language_code__in=covered, live=True
            ).values("translation_key")
            here &= ~Q(translation_key__in=earlier)
        wanted |= here
        covered.append(code)
    rows = (
        queryset.filter(alias_of__isnull=True).filter(wanted).select_related("locale")
    )
    items = list(rows[:limit] if limit else rows)
    for item in items:
        own = item.locale.language_code
        item.fallback_language = own if own != language else None
        url = fallback_url(item, language) if item.fallback_language else None
        item.reader_url = url or item.get_url()
    return items


def home_blocks(home, request) -> dict:
    """Featured practices (the newest), the next events and the latest news."""
    from pages.models import EventPage, NewsPage, PracticePage

    language = reader_language(request, home)
    now = timezone.now()
    return {
        "featured_practices": localized_list(
            PracticePage.objects.live().public().order_by("-first_published_at"),
            language,
            HOME_ITEMS,
        ),
        "next_events": localized_list(
            EventPage.objects.live().public().filter(end__gte=now).order_by("start"),
            language,
            HOME_ITEMS,
        ),
        "latest_news": localized_list(
            NewsPage.objects.live().public().order_by("-date"), language, HOME_ITEMS
        ),
    }


def related_practices(practice, language: str) -> list:
    """Other practices sharing the most themes with ``practice``."""
    from pages.models import PracticePage

    themes = practice.themes.values("pk")
    others = (
        PracticePage.objects.live()
        .public()
        .filter(themes__in=themes)
        .exclude(translation_key=practice.translation_key)
        .annotate(shared=Count("themes"))
        .order_by("-shared", "title")
    )
    return localized_list(others, language, RELATED_ITEMS)


def related_events(event, language: str) -> list:
    """Other events of the same project or by the same organisers, newest first."""
    from pages.models import EventPage

    link = Q(organisers__in=event.organisers.values("pk"))
    if event.project_id:
        link |= Q(project__translation_key=event.project.translation_key)
    others = (
        EventPage.objects.live()
        .public()
        .filter(link)
        .exclude(translation_key=event.translation_key)
        .distinct()
        .order_by("-start")
    )
    return localized_list(others, language, RELATED_ITEMS)


def in_reader_language(page: Page, language: str) -> Page:
    """``page``'s live translation in ``language``, else ``page`` itself."""
    if page.locale.language_code == language:
        return page
    for translation in page.get_translations().live().select_related("locale"):
        if translation.locale.language_code == language:
            return translation
    return page


def section_links(home, request) -> dict:
    """The listings the home page's blocks lead on to, in the reader's language."""
    from pages.models import EventIndexPage, NewsIndexPage, PracticeIndexPage

    language = reader_language(request, home)
    links = {}
    for name, model in (
        ("practice_index", PracticeIndexPage),
        ("event_index", EventIndexPage),
        ("news_index", NewsIndexPage),
    ):
        found = localized_list(model.objects.live().public(), language, 1)
        links[name] = found[0] if found else None
    return links
