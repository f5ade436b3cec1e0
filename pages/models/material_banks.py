"""A project's bank of resources for learning ambassadors, workplace trainers, …"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page

from pages.blocks import ResourceBlock
from pages.models.projects import ProjectPage
from pages.models.routing import SiteRoutes
from search.fields import (
    ReaderSearchMixin,
    body_field,
    reader_search_fields,
    summary_field,
)


class MaterialBankPage(SiteRoutes, ReaderSearchMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    resources = StreamField(
        [("resource", ResourceBlock())], blank=True, verbose_name=_("resources")
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("resources"),
    ]
    search_fields = (
        Page.search_fields
        + reader_search_fields
        + [
            summary_field("intro"),
            body_field("resources"),
        ]
    )

    api_fields = [
        APIField("intro"),
        APIField("resources"),
    ]

    parent_page_types = ["pages.ProjectPage", "pages.ProjectIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("material bank")

    @property
    def project(self):
        parent = self.get_parent().specific
        return parent if isinstance(parent, ProjectPage) else None

    def filtered_resources(self, resource_type="", audience="", language=""):
        """The resources, in the editor's order, narrowed by type, role and language."""
        return [
            block.value
            for block in self.resources
            if (not resource_type or block.value["resource_type"] == resource_type)
            and (not audience or audience in block.value["audiences"])
            and (not language or language in block.value["languages"])
        ]
