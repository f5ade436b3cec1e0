"""Who may see what. Anonymous readers see live, public pages only; editors (Wagtail
admin users) also see drafts and restricted pages; a signed preview token opens one
page's latest revision to whoever holds it (headless preview)."""

import base64
import binascii

from django.contrib.auth import authenticate
from django.core import signing
from django.utils.translation import gettext as _
from wagtail.models import PageViewRestriction

from cms.api.exceptions import Forbidden, Unauthorized
from cms.conf import settings as api_settings

PREVIEW_SALT = "cms.api.preview"


def authenticate_request(request) -> None:
    """Accept HTTP Basic credentials and ``Bearer`` tokens from ``@login`` as well as
    the session (Plone clients use them). Token-authenticated requests are marked, as
    only session-authenticated writes need a CSRF token."""
    header = request.META.get("HTTP_AUTHORIZATION", "")
    scheme, _sep, credentials = header.partition(" ")
    scheme = scheme.lower()
    if scheme == "bearer":
        from cms.api import tokens

        payload = tokens.decode(credentials.strip())
        request.user = tokens.user_for(payload)
        request.api_token = payload
    elif scheme == "basic":
        request.user = _basic_user(request, credentials.strip())
    else:
        return
    request.api_token_auth = True


def _basic_user(request, credentials: str):
    from cms.api import throttle

    try:
        decoded = base64.b64decode(credentials).decode("utf-8")
        username, password = decoded.split(":", 1)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise Unauthorized(_("Malformed Basic credentials.")) from None
    throttle.check(request, username)
    user = authenticate(request, username=username, password=password)
    if user is None:
        throttle.failed(request, username)
        raise Unauthorized(_("Wrong login and/or password."))
    return user


def require_user(request):
    """The signed-in user; 401 for anonymous requests."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        raise Unauthorized()
    return user


def is_editor(request) -> bool:
    user = getattr(request, "user", None)
    return bool(
        user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin")
    )


def restricted_paths(request) -> list[str]:
    """Tree paths under a view restriction, read once per request (Wagtail's
    ``public()`` would query them again for every queryset)."""
    if not hasattr(request, "_api_restricted_paths"):
        request._api_restricted_paths = list(
            PageViewRestriction.objects.values_list("page__path", flat=True)
        )
    return request._api_restricted_paths


def visible(request, queryset):
    """Narrow a page queryset to what the requester may list."""
    if is_editor(request):
        return queryset
    queryset = queryset.live()
    for path in restricted_paths(request):
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def check_view(request, page) -> None:
    """401 for anonymous, 403 for signed-in non-editors, on non-public pages."""
    if is_editor(request) or preview_page_id(request) == page.pk:
        return
    restricted = any(page.path.startswith(p) for p in restricted_paths(request))
    if page.live and not restricted:
        return
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        raise Unauthorized()
    raise Forbidden()


def closest_visible_url(request, page) -> str:
    """The URL of ``page`` or its nearest ancestor the requester may see (the site's
    public root when none is): where a client can go after a 401 or 403."""
    from cms.api.urls_public import page_url, public_base

    if page is None:
        return public_base(request)
    chain = [page, *page.get_ancestors().filter(depth__gt=1).order_by("-depth")]
    for candidate in chain:
        try:
            check_view(request, candidate)
        except (Unauthorized, Forbidden):
            continue
        return page_url(request, candidate)
    return public_base(request)


def preview_token(page) -> str:
    return signing.dumps({"page": page.pk}, salt=PREVIEW_SALT)


def preview_page_id(request) -> int | None:
    """The page id a valid ``preview_token`` (query or X-Preview-Token header) opens."""
    token = request.GET.get("preview_token") or request.META.get("HTTP_X_PREVIEW_TOKEN")
    if not token:
        return None
    try:
        data = signing.loads(
            token, salt=PREVIEW_SALT, max_age=api_settings.PREVIEW_TOKEN_MAX_AGE
        )
    except signing.BadSignature:
        raise Unauthorized(_("Invalid or expired preview token.")) from None
    return data.get("page")
