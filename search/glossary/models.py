"""A glossary concept: what readers call one VET idea, per language.

Translatable (wagtail-localize): the English concept and its translations share a
``translation_key``, so a translator translates the terms in localize's editor or PO
files, and search can join a concept's terms across a locale and its fallbacks."""

from django.db import models
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from search.glossary import terms


class GlossaryConcept(TranslatableMixin, models.Model):
    """One concept (apprenticeship, early leaving, NEET…): its preferred term, the
    other words readers use for it and a short definition, in one language."""

    slug = models.SlugField(
        _("slug"),
        max_length=120,
        help_text=_("Names the concept in every language (e.g. early-leaving)."),
    )
    term = models.CharField(_("preferred term"), max_length=200)
    synonyms = models.TextField(
        _("synonyms and variants"),
        blank=True,
        help_text=_(
            "One per line, the most used first: other words, spellings, inflected "
            "forms and acronyms readers search with. Searches for any of them also "
            "find the others."
        ),
    )
    definition = models.TextField(_("definition"), blank=True)

    panels = [
        FieldPanel("term"),
        FieldPanel("synonyms"),
        FieldPanel("definition"),
        FieldPanel("slug"),
    ]
    # The slug identifies the concept, not a wording: translators leave it alone.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary concept")
        verbose_name_plural = _("glossary concepts")
        ordering = ["term"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.term

    def forms(self) -> list[str]:
        """The preferred term, then each synonym line; blank lines and repeats
        (ignoring case) left out."""
        found: list[str] = []
        for form in [self.term, *self.synonyms.splitlines()]:
            form = " ".join(form.split())
            if form and form.lower() not in (f.lower() for f in found):
                found.append(form)
        return found


# A saved or deleted concept: the next search reads the glossary afresh.
post_save.connect(terms.forget, sender=GlossaryConcept, dispatch_uid="glossary-saved")
post_delete.connect(
    terms.forget, sender=GlossaryConcept, dispatch_uid="glossary-deleted"
)
