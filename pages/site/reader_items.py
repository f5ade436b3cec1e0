"""What the reader site shows around a page: the home page's blocks (featured
practices, next events, latest news), related items, breadcrumbs and the footer's
pages, each in the reader's language with the locale fallback (``locales.localized``:
one item per translation key, untranslated ones in their fallback language, marked
with ``fallback_language`` and linked at ``reader_url``)."""

from django.db.models import Count, Q
from django.utils import timezone
from wagtail.models import Page

from cms.core import access
from locales.localized import localized, mark, reader_language
from pages.models import HomePage
from pages.models.routing import context
from pages.site.listing_images import with_images

HOME_ITEMS = 3
RELATED_ITEMS = 3


def localized_list(queryset, language: str, limit: int | None = None, request=None):
    """The first ``limit`` rows of ``queryset`` (ordered) for a reader of
    ``language``, each once, marked."""
    rows = localized(queryset, language).select_related("locale")
    return mark(rows[:limit] if limit else rows, language, request)


@context(HomePage)
def home_context(home, request) -> dict:
    route = getattr(request, "routable_resolver_match", None)
    if route is not None and route.url_name == "search":
        return {}  # the search page is served by the home page too
    return {**home_blocks(home, request), **section_links(home, request)}


def home_blocks(home, request) -> dict:
    """Featured practices (the newest), the next events and the latest news."""
    from pages.models import EventPage, NewsPage, PracticePage

    language = reader_language(request, home)
    now = timezone.now()
    return {
        "featured_practices": localized_list(
            with_images(access.public_pages(PracticePage.objects.all())).order_by(
                "-first_published_at"
            ),
            language,
            HOME_ITEMS,
        ),
        "next_events": localized_list(
            with_images(access.public_pages(EventPage.objects.all()))
            .filter(end__gte=now)
            .order_by("start"),
            language,
            HOME_ITEMS,
        ),
        "latest_news": localized_list(
            with_images(access.public_pages(NewsPage.objects.all())).order_by("-date"),
            language,
            HOME_ITEMS,
        ),
    }


def related_pks(relation) -> list[int]:
    """The ids of a many-to-many relation, also on a preview's unsaved revision
    (modelcluster's in-memory relation, which has no ``values()``)."""
    return [obj.pk for obj in relation.all()]


def related_practices(practice, language: str) -> list:
    """Other practices sharing the most themes with ``practice``."""
    from pages.models import PracticePage

    themes = related_pks(practice.themes)
    candidates = (
        PracticePage.objects.live()
        .public()
        .filter(themes__in=themes)
        .exclude(translation_key=practice.translation_key)
    )
    shown = localized(candidates, language).values("pk")
    ranked = (
        PracticePage.objects.filter(pk__in=shown)
        .annotate(shared=Count("themes", filter=Q(themes__in=themes)))
        .order_by("-shared", "title")
        .select_related("locale")
    )
    return mark(ranked[:RELATED_ITEMS], language)


def related_events(event, language: str) -> list:
    """Other events of the same project or by the same organisers, newest first."""
    from pages.models import EventPage

    link = Q(organisers__in=related_pks(event.organisers))
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


def page_in_language(page: Page, language: str) -> Page:
    """``page``'s translation in ``language`` that anyone may read (cms.core.access), else
    ``page`` itself."""
    if page.locale.language_code == language:
        return page
    translations = access.public_pages(page.get_translations())
    for translation in translations.select_related("locale"):
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
        found = localized_list(access.public_pages(model.objects.all()), language, 1)
        links[name] = found[0] if found else None
    return links
