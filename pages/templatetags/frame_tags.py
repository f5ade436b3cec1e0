"""The frame of every reader page: breadcrumbs, the footer's pages and feeds, the link
to the privacy statement. Everything in the reader's language, with the fallback."""

from django import template
from django.conf import settings as django_settings
from django.utils.translation import get_language
from wagtail.models import Page

from cms.core import access
from locales.fallback import fallback_url
from locales.localized import in_source_order, localized, mark
from pages.collation import collated
from pages.site.conf import settings
from pages.site.reader_items import localized_list, page_in_language
from pages.templatetags.site_tags import locale_home

register = template.Library()


def reader_url(page: Page, language: str) -> str | None:
    return crumb(page, language)["url"]


def crumb(page: Page, language: str) -> dict:
    """A page as the reader of ``language`` gets it: its translation, else itself at
    its fallback address, its title marked with its own language."""
    shown = page_in_language(page, language)
    own = shown.locale.language_code
    if own == language:
        url = shown.get_url()
    else:
        url = fallback_url(page, language) or page.get_url()
    return {"title": shown.title, "url": url, "lang": "" if own == language else own}


@register.inclusion_tag("pages/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current_title=""):
    """Home › section › … › the page; ``current_title`` names a route below the page
    (the application form, search, an error). Nothing on the home page itself."""
    page = context.get("page")
    language = get_language()
    if page is None or not getattr(page, "id", None):
        home = locale_home(context)
        trail = [home] if home else []
    else:
        trail = list(page.get_ancestors(inclusive=True).filter(depth__gte=2))
    if not trail or (len(trail) < 2 and not current_title):
        return {"crumbs": []}  # no home to start from (e.g. an error page off-site)
    crumbs = [crumb(p, language) for p in trail]
    crumbs[0].update(title=None, lang="")  # "Home", translated
    if current_title:
        crumbs.append({"title": current_title, "url": None, "lang": ""})
    else:
        crumbs[-1]["url"] = None
    return {"crumbs": crumbs}


@register.inclusion_tag("pages/includes/footer.html", takes_context=True)
def site_footer(context):
    from pages.models import EventIndexPage, NewsIndexPage, StandardPage

    language = get_language()
    standard = access.public_pages(StandardPage.objects.all()).filter(
        depth=3
    )  # below a home
    pages = mark(in_source_order(localized(standard, language)), language)
    news = localized_list(access.public_pages(NewsIndexPage.objects.all()), language, 1)
    events = localized_list(
        access.public_pages(EventIndexPage.objects.all()), language, 1
    )
    return {
        "home": locale_home(context),
        "footer_pages": pages,
        "news_index": news[0] if news else None,
        "event_index": events[0] if events else None,
    }


@register.simple_tag
def subpage_url(item, name: str) -> str:
    """The address of a route of a listed page (``reader_url`` + the route)."""
    return item.reader_url + item.reverse_subpage(name)


@register.simple_tag
def privacy_statement_url() -> str | None:
    """The privacy statement in the reader's language (or its fallback), found by the
    source page's slug (``VETCMS_SITE_PRIVACY_PAGE_SLUG``)."""
    from pages.models import StandardPage

    source = (
        StandardPage.objects.live()
        .filter(
            locale__language_code=django_settings.LANGUAGE_CODE,
            slug=settings.PRIVACY_PAGE_SLUG,
        )
        .first()
    )
    return reader_url(source, get_language()) if source else None


@register.simple_tag
def practice_listing_url(practice) -> str | None:
    """The practice listing the reader came from: the parent index in the reader's
    language (a fallback practice's index is the reader's translated one)."""
    parent = practice.get_parent()
    return reader_url(parent, get_language()) if parent else None


@register.simple_tag
def collated_countries(page) -> list:
    return collated(page.countries.all(), key=lambda c: c.name)


@register.simple_tag
def collated_languages(page) -> list:
    return collated(page.service_languages.all(), key=lambda lang: lang.name)


@register.simple_tag
def related_practices(practice) -> list:
    from pages.site import reader_items

    return reader_items.related_practices(practice, get_language())


@register.simple_tag
def related_events(event) -> list:
    from pages.site import reader_items

    return reader_items.related_events(event, get_language())
