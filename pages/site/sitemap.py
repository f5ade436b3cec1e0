"""sitemap.xml: an index with one sitemap per language (/sitemap-fi.xml). Each lists
every page once for that language's readers: its translation, or the untranslated
page at the address the language's prefix serves it (``locales.localized``)."""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.urls import path
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.models import Page

from cms.core import access
from locales.config import LANGUAGE_CODES
from locales.localized import in_source_order, localized, mark


class LanguageSitemap(Sitemap):
    language = ""

    def items(self):
        pages = access.public_pages(Page.objects.all()).filter(depth__gt=1)
        chosen = localized(pages.select_related("locale"), self.language)
        return mark(in_source_order(chosen), self.language, self.request)

    def location(self, page):
        return urlsplit(page.reader_url).path

    def _urls(self, page, protocol, domain):
        # Django's own: one URL per item from location(), not Wagtail's
        # get_sitemap_urls() (which gives a page's address in its own locale).
        return DjangoSitemap._urls(self, page, protocol, domain)


SITEMAPS = {
    code: type(f"Sitemap_{code}", (LanguageSitemap,), {"language": code})
    for code in LANGUAGE_CODES
}


def sitemap_urls() -> list:
    return [
        path(
            "sitemap.xml",
            sitemap_views.index,
            {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap"},
        ),
        path(
            "sitemap-<section>.xml",
            sitemap_views.sitemap,
            {"sitemaps": SITEMAPS},
            name="sitemap",
        ),
    ]
