"""The API's one table: JSON Web Tokens revoked by ``@logout`` before they expire."""

from django.db import models
from django.utils import timezone


class RevokedToken(models.Model):
    """A token id (``jti``) that no longer authenticates; rows past their token's
    expiry mean nothing and are pruned whenever a token is revoked."""

    jti = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return self.jti

    @classmethod
    def prune(cls) -> None:
        cls.objects.filter(expires_at__lt=timezone.now()).delete()


class ApiLock(models.Model):
    """The timeout of a page lock taken through ``@lock`` (Wagtail's own lock has
    none). It applies while the page's lock is the one it was recorded with: same
    ``locked_at``; a lock taken in the admin, or a released one, leaves it stale."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+"
    )
    locked_at = models.DateTimeField()
    timeout = models.PositiveIntegerField()

    def __str__(self):
        return f"{self.page_id}: {self.timeout} s from {self.locked_at}"
