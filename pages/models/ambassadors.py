"""The ambassadors network: public profiles, the network page with list and map, and the
applications that editors approve or reject. Applicants' personal data stays private."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from locales.localized import localized
from pages.blocks import BodyBlock
from pages.models.base import IndexPage
from pages.vocabularies import (
    NETWORK_COUNTRY_CHOICES,
    AmbassadorKind,
    ApplicationStatus,
    country_name,
    is_network_country,
)
from pages.widgets import CollatedSelect
from search.fields import body_field


def validate_network_country(code: str) -> None:
    if not is_network_country(code):
        raise ValidationError(
            _("Ambassadors come from EU Member States, Iceland or Norway."),
            code="country_not_eligible",
        )


class Ambassador(TranslatableMixin, index.Indexed, models.Model):
    """A member of the network, as shown to the public (no contact details)."""

    name = models.CharField(_("name"), max_length=255)
    country = models.CharField(
        _("country"),
        max_length=2,
        choices=NETWORK_COUNTRY_CHOICES,
        validators=[validate_network_country],
    )
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=AmbassadorKind.choices)
    expertise = models.CharField(_("expertise"), max_length=255, blank=True)
    profile = models.TextField(_("public profile"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel(
            [FieldPanel("country", widget=CollatedSelect), FieldPanel("kind")]
        ),
        FieldPanel("organisation"),
        FieldPanel("expertise"),
        FieldPanel("profile"),
        FieldPanel("photo"),
        MultiFieldPanel(
            [
                FieldPanel("city"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("On the map"),
        ),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("organisation"),
        index.SearchField("expertise"),
        index.SearchField("profile"),
        index.FilterField("country"),
        index.FilterField("kind"),
        index.FilterField("locale_id"),
    ]
    override_translatable_fields = [
        SynchronizedField("name", overridable=False),
        SynchronizedField("organisation"),
        SynchronizedField("city"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("ambassador")
        verbose_name_plural = _("ambassadors")
        ordering = ["country", "name"]

    def __str__(self):
        return f"{self.name} ({self.country})"

    @property
    def country_name(self):
        return country_name(self.country)


class AmbassadorIndexPage(IndexPage):
    """The network page: what ambassadors do, the list by country and the map."""

    body = StreamField(BodyBlock(), blank=True)
    applications_open = models.BooleanField(_("applications open"), default=True)

    content_panels = IndexPage.content_panels + [
        FieldPanel("body"),
        FieldPanel("applications_open"),
    ]
    search_fields = IndexPage.search_fields + [body_field("body")]

    api_fields = IndexPage.api_fields + [
        APIField("body"),
        APIField("applications_open"),
    ]

    subpage_types = ["pages.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("ambassadors network")

    def ambassadors(self, country="", *, language=None):
        """Every ambassador once, in ``language`` (default: the page's) where the
        profile is translated, else in its fallback language."""
        ambassadors = localized(
            Ambassador.objects.all(), language or self.locale.language_code
        )
        return ambassadors.filter(country=country) if country else ambassadors

    def counts_by_country(self, language=None):
        counts = (
            self.ambassadors(language=language)
            .values("country")
            .annotate(total=models.Count("pk"))
            .order_by("country")
        )
        return {row["country"]: row["total"] for row in counts}


MOTIVATION_MAX_LENGTH = 5000


class AmbassadorApplication(models.Model):
    """An application to join the network, sent from the public form. Private: it is
    only shown to editors in the admin, never in the API, search or the site."""

    name = models.CharField(_("name"), max_length=255)
    email = models.EmailField(_("email"))
    country = models.CharField(
        _("country"),
        max_length=8,
        choices=NETWORK_COUNTRY_CHOICES,
        validators=[validate_network_country],
    )
    organisation = models.CharField(_("organisation"), max_length=255)
    kind = models.CharField(_("I am a"), max_length=20, choices=AmbassadorKind.choices)
    expertise = models.CharField(_("expertise"), max_length=255, blank=True)
    motivation = models.TextField(
        _("motivation"),
        max_length=MOTIVATION_MAX_LENGTH,
        # TextField's max_length limits only forms; the validator holds in full_clean.
        validators=[MaxLengthValidator(MOTIVATION_MAX_LENGTH)],
    )
    consent = models.BooleanField(
        _("consent"),
        help_text=_("The applicant agreed that the agency processes these data."),
    )
    language = models.CharField(
        _("language"), max_length=8, default=settings.LANGUAGE_CODE
    )
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.PENDING,
        db_index=True,
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    ambassador = models.OneToOneField(
        Ambassador,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="application",
    )

    class Meta:
        verbose_name = _("ambassador application")
        verbose_name_plural = _("ambassador applications")
        ordering = ["-submitted_at"]

    def __str__(self):
        return f"{self.name} ({self.country}, {self.get_status_display()})"

    def clean(self):
        super().clean()
        if not self.consent:
            raise ValidationError({"consent": _("Consent is required to apply.")})

    def _ensure_pending(self):
        if self.status != ApplicationStatus.PENDING:
            raise ValidationError(
                _("This application was already %(status)s.")
                % {"status": self.get_status_display().lower()}
            )

    @transaction.atomic
    def approve(self, reviewer) -> Ambassador:
        """Accept the applicant: creates their public profile in the source locale."""
        self._ensure_pending()
        validate_network_country(self.country)
        self.ambassador = Ambassador.objects.create(
            locale=Locale.get_default(),
            name=self.name,
            country=self.country,
            organisation=self.organisation,
            kind=self.kind,
            expertise=self.expertise,
        )
        self._mark(ApplicationStatus.APPROVED, reviewer)
        return self.ambassador

    @transaction.atomic
    def reject(self, reviewer) -> None:
        self._ensure_pending()
        self._mark(ApplicationStatus.REJECTED, reviewer)

    def _mark(self, status, reviewer):
        from pages.notifications import application_decided

        self.status = status
        self.reviewed_by = reviewer
        self.reviewed_at = timezone.now()
        self.save()
        application_decided(self)  # sent once the decision is committed
