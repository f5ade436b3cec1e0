"""A fixed-window counter per client address in Django's cache: enough to stop a script
from flooding the application form, with no extra service. The address is the login
limit's (``cms.core.client_address``, which django-axes is configured with), so a proxy
that is trusted for one is trusted for both."""

from django.core.cache import cache

from cms.core import client_address


def _key(scope: str, request) -> str:
    return f"vetcms:ratelimit:{scope}:{client_address.client_ip(request)}"


def exhausted(scope: str, request, limit: int) -> bool:
    """True once ``limit`` attempts were counted in the current window (counts
    nothing: the caller counts an attempt by its outcome, see ``hit``)."""
    return (cache.get(_key(scope, request)) or 0) >= limit


def hit(scope: str, request, limit: int, window: int) -> bool:
    """Count one attempt; False once ``limit`` attempts were made within ``window``."""
    key = _key(scope, request)
    if cache.add(key, 1, timeout=window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window)
        return True
    return count <= limit
