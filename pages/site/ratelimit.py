"""A fixed-window counter per client address in Django's cache: enough to stop a script
from flooding the application form, with no extra service."""

from django.core.cache import cache

from pages.site.conf import settings


def client_ip(request) -> str:
    if settings.TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def hit(scope: str, request, limit: int, window: int) -> bool:
    """Count one attempt; False once ``limit`` attempts were made within ``window``."""
    key = f"vetcms:ratelimit:{scope}:{client_ip(request)}"
    if cache.add(key, 1, timeout=window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window)
        return True
    return count <= limit
