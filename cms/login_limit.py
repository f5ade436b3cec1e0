"""One limit on failed logins for every way in: the API's ``@login``, HTTP Basic
credentials and Wagtail's admin login form. django-axes counts the failures (its
authentication backend refuses a locked-out pair before the password is checked, its
signal handler records each failure) per username and client address
(``cms.core.client_address``), in the database, so the limit holds while the shared cache
is down. The number of failures and the window are the API's knobs
``LOGIN_MAX_FAILURES`` and ``LOGIN_FAILURE_WINDOW``."""

import datetime as dt

from django.http import HttpResponse
from django.utils.translation import gettext as _

from cms.conf import settings as api_settings


def failure_limit(request, credentials) -> int:
    """``AXES_FAILURE_LIMIT``."""
    return api_settings.LOGIN_MAX_FAILURES


def cool_off(request=None) -> dt.timedelta:
    """``AXES_COOLOFF_TIME``: a correct password does not end the wait earlier."""
    return dt.timedelta(seconds=api_settings.LOGIN_FAILURE_WINDOW)


def is_locked(request, username: str) -> bool:
    from axes.handlers.proxy import AxesProxyHandler

    return AxesProxyHandler.is_locked(request, {"username": username})


def message() -> str:
    return _("Too many failed logins. Try again later.")


def lockout_response(request, original_response=None, credentials=None):
    """``AXES_LOCKOUT_CALLABLE``: 429 with Retry-After (plain text: the admin's login
    form). The API keeps its own answer to the failing attempt (401) and answers the
    next ones 429 itself (cms.api.throttle), in its JSON error shape."""
    if request.path.startswith("/++api++") and original_response is not None:
        return original_response
    response = HttpResponse(message(), status=429, content_type="text/plain")
    response["Retry-After"] = str(api_settings.LOGIN_FAILURE_WINDOW)
    return response
