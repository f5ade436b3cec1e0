"""Inspiring practices against early leaving from VET: good practices, quick wins,
tools."""

from django import forms
from django.db import models
from django.db.models import Q
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
from pages.blocks import BodyBlock
from pages.models.base import IndexPage, ListingImage, in_locale, terms_field
from pages.vocabularies import PracticeKind, PracticeStatus
from pages.widgets import CollatedCheckboxSelectMultiple
from search.fields import (
    ReaderSearchMixin,
    body_field,
    reader_search_fields,
    related_field,
    summary_field,
)


def source_locale_terms():
    """Editors pick taxonomy terms in the source language; translations follow them."""
    from django.conf import settings

    return {"locale__language_code": settings.LANGUAGE_CODE}


class PracticePage(ReaderSearchMixin, ListingImage, Page):
    kind = models.CharField(_("kind"), max_length=20, choices=PracticeKind.choices)
    summary = models.TextField(_("summary"))
    body = StreamField(BodyBlock(), blank=True)
    countries = ParentalManyToManyField(
        "pages.Country", related_name="practices", verbose_name=_("countries")
    )
    themes = ParentalManyToManyField(
        "pages.Theme",
        blank=True,
        related_name="practices",
        limit_choices_to=source_locale_terms,
        verbose_name=_("themes"),
    )
    target_groups = ParentalManyToManyField(
        "pages.TargetGroup",
        blank=True,
        related_name="practices",
        limit_choices_to=source_locale_terms,
        verbose_name=_("target groups"),
    )
    implementing_organisation = models.CharField(
        _("implementing organisation"), max_length=255, blank=True
    )
    website = models.URLField(_("website"), blank=True)
    service_languages = ParentalManyToManyField(
        "pages.Language",
        blank=True,
        related_name="practices",
        verbose_name=_("offered in"),
        help_text=_("Languages the service or tool is offered in."),
    )
    start_year = models.PositiveSmallIntegerField(_("since"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("until"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=PracticeStatus.choices, blank=True
    )
    source_study = models.CharField(
        _("source study"),
        max_length=255,
        blank=True,
        help_text=_("The study this example was selected in."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        *ListingImage.image_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("countries", widget=CollatedCheckboxSelectMultiple),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("implementing_organisation"),
                FieldPanel("website"),
                FieldPanel("service_languages", widget=CollatedCheckboxSelectMultiple),
                FieldRowPanel(
                    [
                        FieldPanel("start_year"),
                        FieldPanel("end_year"),
                        FieldPanel("status"),
                    ]
                ),
                FieldPanel("source_study"),
            ],
            heading=_("Details"),
        ),
    ]
    search_date_source = "start_year"
    search_fields = (
        Page.search_fields
        + reader_search_fields
        + [
            summary_field("summary"),
            body_field("body"),
            related_field("implementing_organisation"),
            index.FilterField("kind"),
            index.FilterField("start_year"),
        ]
    )
    # Relations to code lists and terms are the same in every locale.
    override_translatable_fields = [
        SynchronizedField("countries"),
        SynchronizedField("themes"),
        SynchronizedField("target_groups"),
        SynchronizedField("service_languages"),
    ]

    api_fields = [
        APIField("kind"),
        APIField("summary"),
        APIField("body"),
        APIField("implementing_organisation"),
        APIField("website"),
        APIField("start_year"),
        APIField("end_year"),
        APIField("status"),
        APIField("source_study"),
        terms_field("countries"),
        terms_field("themes"),
        terms_field("target_groups"),
        terms_field("service_languages"),
        *ListingImage.image_api_fields,
    ]

    parent_page_types = ["pages.PracticeIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("practice")

    def localized_themes(self):
        return in_locale(self.themes.all(), self.locale)

    def localized_target_groups(self):
        return in_locale(self.target_groups.all(), self.locale)


class PracticeIndexPage(IndexPage):
    """Lists practices by kind, country and theme, ten at a time."""

    per_page = 10

    subpage_types = ["pages.PracticePage", "pages.StandardPage"]

    class Meta:
        verbose_name = _("practice index")

    def practices(self, kind="", country="", theme="", group="", *, language=None):
        """The section's practices for a reader of ``language`` (default: the page's),
        untranslated ones in their fallback language, narrowed by the filters."""
        practices = localized(
            access.public_pages(children_of_translations(PracticePage, self)),
            language or self.locale.language_code,
        )
        if kind:
            practices = practices.filter(kind=kind)
        if country:
            # A country also finds the practices of its regions (BE finds BE-FR).
            practices = practices.filter(
                Q(countries__code=country) | Q(countries__parent_id=country)
            )
        if theme:
            practices = practices.filter(themes__slug=theme)
        if group:
            practices = practices.filter(target_groups__slug=group)
        return practices.distinct().order_by("title")
