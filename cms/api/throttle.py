"""Failed logins, counted in Django's cache per username and client address: after
``LOGIN_MAX_FAILURES`` within ``LOGIN_FAILURE_WINDOW`` seconds that pair gets 429
until the window has passed (a correct password does not skip the wait)."""

import hashlib

from django.core.cache import cache
from django.utils.translation import gettext as _

from cms.api.exceptions import TooManyRequests
from cms.conf import settings as api_settings


def _key(request, username: str) -> str:
    address = request.META.get("REMOTE_ADDR", "")
    digest = hashlib.sha256(f"{username.lower()}|{address}".encode()).hexdigest()
    return f"vetcms-api-login-failures:{digest}"


def check(request, username: str) -> None:
    window = api_settings.LOGIN_FAILURE_WINDOW
    if cache.get(_key(request, username), 0) >= api_settings.LOGIN_MAX_FAILURES:
        raise TooManyRequests(
            _("Too many failed logins. Try again later."),
            headers={"Retry-After": str(window)},
        )


def failed(request, username: str) -> None:
    key = _key(request, username)
    window = api_settings.LOGIN_FAILURE_WINDOW
    if cache.add(key, 1, timeout=window):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window)


def succeeded(request, username: str) -> None:
    cache.delete(_key(request, username))
