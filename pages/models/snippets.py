"""Translatable snippets: taxonomies, and the people and organisations pages cite."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from pages.vocabularies import OrganisationKind
from pages.widgets import CollatedSelect


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    """A term of a translatable taxonomy. The slug is shared by all translations, so a
    filter such as ?theme=guidance works in every locale."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class Theme(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class TargetGroup(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    website = models.URLField(_("website"), blank=True)
    country = models.ForeignKey(
        "pages.Country", null=True, blank=True, on_delete=models.SET_NULL
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("acronym"),
        FieldPanel("kind"),
        FieldPanel("website"),
        FieldPanel("country", widget=CollatedSelect),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("acronym", boost=2),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
        index.FilterField("locale_id"),
    ]
    override_translatable_fields = [SynchronizedField("acronym")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name


class Person(TranslatableMixin, index.Indexed, models.Model):
    """Someone quoted or named in news; the role is translated, the name is not."""

    name = models.CharField(_("name"), max_length=255)
    role = models.CharField(_("role"), max_length=255, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("organisation")]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]
    override_translatable_fields = [SynchronizedField("name", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name
