"""Code-list models shared by the content families, and small page mixins."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from rest_framework.serializers import StringRelatedField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page

from pages import vocabularies
from pages.models.routing import SiteRoutes
from search.fields import ReaderSearchMixin, reader_search_fields, summary_field


class CodeList(models.Model):
    """A row per code of a fixed vocabulary, so pages can relate to many of them and be
    filtered by them on every database. Names come from gettext, not from the row."""

    code = models.CharField(max_length=8, primary_key=True)
    names: dict = {}

    class Meta:
        abstract = True
        ordering = ["code"]

    def __str__(self):
        return str(self.names.get(self.code, self.code))

    @property
    def name(self) -> str:
        return str(self)


class Country(CodeList):
    """A country (ISO 3166-1) or a sub-national unit with its own VET system (BE-FR)."""

    names = vocabularies.COUNTRY_NAMES
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="regions"
    )
    in_network = models.BooleanField(
        default=False, help_text=_("EU Member State, Iceland or Norway.")
    )

    class Meta(CodeList.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")


class Language(CodeList):
    """A human language (ISO 639) that a service or a resource is offered in."""

    names = vocabularies.LANGUAGE_NAMES

    class Meta(CodeList.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")


def sync_code_lists(**kwargs):
    """Create the rows of Country and Language that vocabularies.py defines."""
    for code in vocabularies.NETWORK_COUNTRIES:
        Country.objects.update_or_create(code=code, defaults={"in_network": True})
    for code, (_name, parent) in vocabularies.REGIONS.items():
        Country.objects.update_or_create(
            code=code, defaults={"in_network": False, "parent_id": parent}
        )
    existing = set(Language.objects.values_list("code", flat=True))
    Language.objects.bulk_create(
        Language(code=code)
        for code in vocabularies.LANGUAGE_NAMES
        if code not in existing
    )


class ListingImage(models.Model):
    """An optional picture shown with the page in listings and on the home page. Its
    alternative text is translated with the page; the image itself is shared."""

    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    image_alt = models.CharField(
        _("image alternative text"),
        max_length=255,
        blank=True,
        help_text=_("What the image shows, for readers who cannot see it."),
    )

    image_panels = [
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")
        )
    ]
    image_api_fields = [APIField("image"), APIField("image_alt")]

    class Meta:
        abstract = True


def in_locale(objects, locale):
    """Synchronised relations of a translated page point at source-language snippets and
    pages; show each in the page's own locale where it has a live translation, else in
    its fallback language (marked, ``locales.localized``), one query per model."""
    from locales.localized import in_reader_language

    return in_reader_language(objects, locale.language_code)


def terms_field(name: str) -> APIField:
    """An ``api_fields`` entry for a many-to-many list of terms (countries, themes,
    organisations): our API shows them as vocabulary terms; Wagtail's API v2, which
    reads the same list, shows their names (its default nests the related model's
    fields, which code lists keyed by ``code`` do not have)."""
    return APIField(name, serializer=StringRelatedField(many=True))


class IndexPage(SiteRoutes, ReaderSearchMixin, Page):
    """A section of a locale's home page (practices, events, news, projects): an
    introduction above the listing that the reader site registers for the type."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + reader_search_fields + [summary_field("intro")]

    api_fields = [APIField("intro")]

    parent_page_types = ["pages.HomePage"]

    class Meta:
        abstract = True
