"""The API's tables: revoked tokens, token generations per user, API lock timeouts."""

from django.conf import settings
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


class TokenGeneration(models.Model):
    """A user's token generation: every token carries the one it was issued in, and
    ``@logout`` with ``{"everywhere": true}`` moves to the next, so that all the
    user's earlier tokens stop working at once (a user without a row is in 0)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    value = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.user_id}: {self.value}"

    @classmethod
    def of(cls, user) -> int:
        row = cls.objects.filter(user=user).values_list("value", flat=True).first()
        return row or 0

    @classmethod
    def advance(cls, user) -> None:
        row, _created = cls.objects.get_or_create(user=user)
        cls.objects.filter(pk=row.pk).update(value=models.F("value") + 1)
