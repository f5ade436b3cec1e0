"""Failed logins on the API (``@login``, Basic credentials): the site's one login limit
(``cms.login_limit``, django-axes): after ``LOGIN_MAX_FAILURES`` failures within
``LOGIN_FAILURE_WINDOW`` seconds for a username and client address that pair gets 429
until the window has passed (a correct password does not skip the wait). Failures are
recorded by axes from Django's ``user_login_failed`` signal."""

from cms import login_limit
from cms.api.exceptions import TooManyRequests
from cms.conf import settings as api_settings


def check(request, username: str) -> None:
    if login_limit.is_locked(request, username):
        raise TooManyRequests(
            login_limit.message(),
            headers={"Retry-After": str(api_settings.LOGIN_FAILURE_WINDOW)},
        )
