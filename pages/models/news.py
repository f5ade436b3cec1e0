"""Agency news: articles with photos and captions, the people and organisations they
name, and related articles."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.core import access
from locales.localized import children_of_translations, localized
from pages.blocks import BodyBlock
from pages.models.base import IndexPage, in_locale
from search.fields import (
    ReaderSearchMixin,
    body_field,
    reader_search_fields,
    summary_field,
)


class NewsPage(ReaderSearchMixin, Page):
    date = models.DateField(_("publication date"), default=timezone.localdate)
    lead = models.TextField(_("lead"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("main image"),
    )
    image_caption = models.CharField(_("image caption"), max_length=255, blank=True)
    image_alt = models.CharField(
        _("image alternative text"), max_length=255, blank=True
    )
    body = StreamField(BodyBlock())

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_caption")],
            heading=_("Main image"),
        ),
        FieldPanel("body"),
        InlinePanel("people", label=_("People")),
        InlinePanel("organisations", label=_("Organisations")),
        InlinePanel("related_articles", label=_("Related articles")),
    ]
    search_date_source = "date"
    search_fields = (
        Page.search_fields
        + reader_search_fields
        + [
            summary_field("lead"),
            body_field("image_caption"),
            body_field("body"),
            index.FilterField("date"),
        ]
    )

    api_fields = [
        APIField("date"),
        APIField("lead"),
        APIField("image"),
        APIField("image_caption"),
        APIField("image_alt"),
        APIField("body"),
    ]

    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news article")

    def localized_people(self):
        return in_locale([link.person for link in self.people.all()], self.locale)

    def localized_organisations(self):
        return in_locale(
            [link.organisation for link in self.organisations.all()], self.locale
        )

    def localized_related(self):
        pages = [link.related for link in self.related_articles.all()]
        return [p.specific for p in in_locale(pages, self.locale) if p.live]


class NewsPerson(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="people")
    person = models.ForeignKey(
        "pages.Person", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]


class NewsOrganisation(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="organisations")
    organisation = models.ForeignKey(
        "pages.Organisation", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("organisation")]


class NewsRelatedArticle(Orderable):
    page = ParentalKey(
        NewsPage, on_delete=models.CASCADE, related_name="related_articles"
    )
    related = models.ForeignKey(
        NewsPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("article")
    )

    panels = [FieldPanel("related")]


class NewsIndexPage(IndexPage):
    subpage_types = ["pages.NewsPage"]

    class Meta:
        verbose_name = _("news index")

    def articles(self, language=None):
        """The section's articles, newest first, for a reader of ``language`` (default:
        the page's), untranslated ones in their fallback language."""
        articles = localized(
            access.public_pages(children_of_translations(NewsPage, self)),
            language or self.locale.language_code,
        )
        return articles.order_by("-date", "-pk")
