"""Stakeholder meetings, seminars and webinars, with their time zone and documents."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.core import access, timezones
from locales.localized import children_of_translations, localized
from pages.blocks import BodyBlock, EventDocumentBlock
from pages.models.base import IndexPage, ListingImage, in_locale, terms_field
from pages.models.practices import source_locale_terms
from pages.models.routing import SiteRoutes
from search.fields import (
    ReaderSearchMixin,
    body_field,
    reader_search_fields,
    related_field,
    summary_field,
)


class EventPageForm(WagtailAdminPageForm):
    """Editors type an event's times as the clock reads where it happens: the form reads
    them in the event's time zone, not in the editor's."""

    def clean(self):
        cleaned = super().clean()
        tz_name = cleaned.get("time_zone")
        if tz_name:
            tz = zoneinfo.ZoneInfo(tz_name)
            for field in ("start", "end"):
                value = cleaned.get(field)
                if value is not None:
                    naive = (
                        timezone.make_naive(value)
                        if timezone.is_aware(value)
                        else value
                    )
                    cleaned[field] = timezone.make_aware(naive, tz)
        return cleaned


class EventPage(SiteRoutes, ReaderSearchMixin, ListingImage, Page):
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=timezones.choices,
        default="Europe/Brussels",
        help_text=_("Start and end are read as local times in this time zone."),
    )
    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(BodyBlock(), blank=True)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    online = models.BooleanField(_("online"), default=False)
    online_url = models.URLField(_("online meeting link"), blank=True)
    organisers = ParentalManyToManyField(
        "pages.Organisation",
        blank=True,
        related_name="events",
        limit_choices_to=source_locale_terms,
        verbose_name=_("organisers"),
    )
    project = models.ForeignKey(
        "pages.ProjectPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("related project"),
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    documents = StreamField(
        [("document", EventDocumentBlock())], blank=True, verbose_name=_("documents")
    )

    base_form_class = EventPageForm
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("online"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldPanel("summary"),
        *ListingImage.image_panels,
        FieldPanel("body"),
        FieldPanel("organisers"),
        FieldPanel("project"),
        FieldPanel("registration_url"),
        FieldPanel("documents"),
    ]
    search_date_source = "start"
    search_fields = (
        Page.search_fields
        + reader_search_fields
        + [
            summary_field("summary"),
            body_field("body"),
            related_field("venue"),
            body_field("documents"),
            index.FilterField("start"),
            index.FilterField("end"),
        ]
    )
    override_translatable_fields = [
        SynchronizedField("organisers"),
        SynchronizedField("time_zone", overridable=False),
    ]

    api_fields = [
        APIField("start"),
        APIField("end"),
        APIField("time_zone"),
        APIField("summary"),
        APIField("body"),
        APIField("venue"),
        APIField("online"),
        APIField("online_url"),
        APIField("project"),
        APIField("registration_url"),
        APIField("documents"),
        terms_field("organisers"),
        *ListingImage.image_api_fields,
    ]

    parent_page_types = ["pages.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})

    @property
    def tzinfo(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return self.start.astimezone(self.tzinfo)

    @property
    def local_end(self):
        return self.end.astimezone(self.tzinfo)

    @property
    def is_past(self):
        return self.end < timezone.now()

    def localized_organisers(self):
        return in_locale(self.organisers.all(), self.locale)


class EventIndexPage(IndexPage):
    subpage_types = ["pages.EventPage"]

    class Meta:
        verbose_name = _("event index")

    def events(self, language=None):
        """The section's events for a reader of ``language`` (default: the page's),
        untranslated ones in their fallback language."""
        return localized(
            access.public_pages(children_of_translations(EventPage, self)),
            language or self.locale.language_code,
        )

    def upcoming(self, language=None):
        return self.events(language).filter(end__gte=timezone.now()).order_by("start")

    def past(self, language=None):
        return self.events(language).filter(end__lt=timezone.now()).order_by("-start")
