"""Projects run by or with the agency: partners, work packages and deliverables."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.core import access
from locales.localized import children_of_translations, localized
from pages.blocks import BodyBlock, DeliverableBlock, WorkPackageBlock
from pages.models.base import IndexPage, in_locale, terms_field
from pages.models.practices import source_locale_terms
from pages.models.routing import SiteRoutes
from pages.widgets import CollatedCheckboxSelectMultiple
from search.fields import (
    ReaderSearchMixin,
    body_field,
    reader_search_fields,
    related_field,
    summary_field,
    title_field,
)


class ProjectPage(SiteRoutes, ReaderSearchMixin, Page):
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    summary = models.TextField(_("summary"))
    body = StreamField(BodyBlock(), blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    partners = ParentalManyToManyField(
        "pages.Organisation",
        blank=True,
        related_name="projects",
        limit_choices_to=source_locale_terms,
        verbose_name=_("partner organisations"),
    )
    countries = ParentalManyToManyField(
        "pages.Country",
        blank=True,
        related_name="projects",
        verbose_name=_("countries"),
    )
    work_packages = StreamField(
        [("work_package", WorkPackageBlock())],
        blank=True,
        verbose_name=_("work packages"),
    )
    deliverables = StreamField(
        [("deliverable", DeliverableBlock())],
        blank=True,
        verbose_name=_("deliverables"),
    )
    funding_programme = models.CharField(
        _("funding programme"), max_length=255, blank=True
    )
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contact name"), max_length=255, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("acronym"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("body"),
        FieldPanel("work_packages"),
        FieldPanel("deliverables"),
        MultiFieldPanel(
            [
                FieldPanel("partners"),
                FieldPanel("countries", widget=CollatedCheckboxSelectMultiple),
                FieldPanel("funding_programme"),
                FieldPanel("website"),
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
            ],
            heading=_("Partners and contact"),
        ),
    ]
    search_date_source = "start_date"
    search_fields = (
        Page.search_fields
        + reader_search_fields
        + [
            title_field("acronym"),
            index.AutocompleteField("acronym"),
            summary_field("summary"),
            body_field("body"),
            body_field("work_packages"),
            body_field("deliverables"),
            related_field("funding_programme"),
            index.FilterField("start_date"),
        ]
    )
    override_translatable_fields = [
        SynchronizedField("acronym"),
        SynchronizedField("partners"),
        SynchronizedField("countries"),
        SynchronizedField("contact_name"),
    ]

    api_fields = [
        APIField("acronym"),
        APIField("summary"),
        APIField("body"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("work_packages"),
        APIField("deliverables"),
        APIField("funding_programme"),
        APIField("website"),
        APIField("contact_name"),
        APIField("contact_email"),
        terms_field("partners"),
        terms_field("countries"),
    ]

    parent_page_types = ["pages.ProjectIndexPage"]
    subpage_types = ["pages.MaterialBankPage", "pages.StandardPage"]

    class Meta:
        verbose_name = _("project")

    @property
    def display_title(self) -> str:
        """ "Title (ACRONYM)", unless the title already holds the acronym
        ("NextSteps@TechVET", not "NextSteps@TechVET (NextSteps@TechVET)")."""
        if not self.acronym or self.acronym.casefold() in self.title.casefold():
            return self.title
        return f"{self.title} ({self.acronym})"

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("A project cannot end before it starts.")}
            )

    def localized_partners(self):
        return in_locale(self.partners.all(), self.locale)


class ProjectIndexPage(IndexPage):
    subpage_types = ["pages.ProjectPage", "pages.MaterialBankPage"]

    class Meta:
        verbose_name = _("project index")

    def projects(self, language=None):
        """The section's projects for a reader of ``language`` (default: the page's),
        untranslated ones in their fallback language."""
        projects = localized(
            access.public_pages(children_of_translations(ProjectPage, self)),
            language or self.locale.language_code,
        )
        return projects.order_by("-start_date", "title")
