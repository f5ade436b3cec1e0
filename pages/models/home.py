"""Each locale's home page, and plain content pages (about, methodology, network)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page

from pages.blocks import BodyBlock
from pages.models.routing import SiteRoutes
from search.fields import (
    ReaderSearchMixin,
    body_field,
    reader_search_fields,
    summary_field,
)

SECTION_TYPES = [
    "pages.PracticeIndexPage",
    "pages.EventIndexPage",
    "pages.NewsIndexPage",
    "pages.ProjectIndexPage",
    "pages.AmbassadorIndexPage",
    "pages.StandardPage",
]


class HomePage(SiteRoutes, ReaderSearchMixin, Page):
    """The root of one locale's tree (/en/, /fi/, …): Plone's language root folder."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = (
        Page.search_fields
        + reader_search_fields
        + [
            summary_field("intro"),
            body_field("body"),
        ]
    )

    api_fields = [
        APIField("intro"),
        APIField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = SECTION_TYPES

    class Meta:
        verbose_name = _("home page")


class StandardPage(ReaderSearchMixin, Page):
    """A plain page: "about the selection", methodology, the network's terms."""

    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(BodyBlock(), blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = (
        Page.search_fields
        + reader_search_fields
        + [
            summary_field("summary"),
            body_field("body"),
        ]
    )

    api_fields = [
        APIField("summary"),
        APIField("body"),
    ]

    parent_page_types = [
        "pages.HomePage",
        "pages.StandardPage",
        "pages.PracticeIndexPage",
        "pages.ProjectPage",
        "pages.AmbassadorIndexPage",
    ]
    subpage_types = ["pages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
