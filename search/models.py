"""The search app's own tables: index updates that failed (engine down, timeout), and
the glossary's concepts (search/glossary)."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The glossary's model lives in its own package; imported so Django finds it.
from search.glossary.models import GlossaryConcept  # noqa: F401


class IndexFailure(models.Model):
    """An object whose index update failed; `search_catch_up` redoes it from the
    object's current state (so the action recorded is for information only)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    action = models.CharField(_("action"), max_length=10)  # index | delete
    error = models.TextField(_("error"), blank=True)
    failed_at = models.DateTimeField(_("failed at"), default=timezone.now)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)

    class Meta:
        verbose_name = _("failed search update")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="one_failure_per_object"
            )
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.object_id}: {self.action}"
