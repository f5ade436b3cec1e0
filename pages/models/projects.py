"""Projects run by or with the agency: partners, work packages and deliverables."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms import access
from pages.blocks import BodyBlock, DeliverableBlock, WorkPackageBlock
from pages.models.base import in_locale
from pages.models.practices import source_locale_terms
from search.fields import ReaderSearchMixin, reader_search_fields


class ProjectPage(ReaderSearchMixin, Page):
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
                FieldPanel("countries", widget=forms.CheckboxSelectMultiple),
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
            index.SearchField("acronym", boost=3),
            index.AutocompleteField("acronym"),
            index.SearchField("summary", boost=2),
            index.SearchField("body"),
            index.SearchField("work_packages"),
            index.SearchField("deliverables"),
            index.SearchField("funding_programme"),
            index.FilterField("start_date"),
        ]
    )
    override_translatable_fields = [
        SynchronizedField("acronym"),
        SynchronizedField("partners"),
        SynchronizedField("countries"),
        SynchronizedField("contact_name"),
    ]

    parent_page_types = ["pages.ProjectIndexPage"]
    subpage_types = ["pages.MaterialBankPage", "pages.StandardPage"]

    class Meta:
        verbose_name = _("project")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("A project cannot end before it starts.")}
            )

    def localized_partners(self):
        return in_locale(self.partners.all(), self.locale)


class ProjectIndexPage(ReaderSearchMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = (
        Page.search_fields + reader_search_fields + [index.SearchField("intro")]
    )

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ProjectPage", "pages.MaterialBankPage"]

    class Meta:
        verbose_name = _("project index")

    def projects(self):
        return access.public_pages(ProjectPage.objects.child_of(self)).order_by(
            "-start_date"
        )
