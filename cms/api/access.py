"""Who may see what in the API: ``cms.core.access`` (the project's one rule) applied to API
requests. Anonymous readers see live, public, unexpired pages; a signed-in user also
what their Wagtail page permissions cover (a translator: their locale); a signed
preview token opens one page's latest revision to whoever holds it (headless preview).
A page the requester may not see answers exactly like a missing one (404), except a
published page behind a view restriction (401/403, as in Plone)."""

import base64
import binascii

from django.contrib.auth import authenticate
from django.core import signing
from django.utils.translation import gettext as _

from cms.api.exceptions import Forbidden, Unauthorized
from cms.conf import settings as api_settings
from cms.core import access as rule

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
        raise Unauthorized(_("Wrong login and/or password."))
    return user


def require_user(request):
    """The signed-in user; 401 for anonymous requests."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        raise Unauthorized()
    return user


def is_editor(request, page=None) -> bool:
    """A signed-in admin user; with ``page``, one whose page permissions cover it."""
    user = getattr(request, "user", None)
    if not (
        user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin")
    ):
        return False
    return page is None or page.depth <= 1 or rule.may_work_on(request, page)


def is_public_read(request) -> bool:
    """An anonymous GET or HEAD without a preview token: what anyone may see (and
    caches may keep)."""
    anonymous = not getattr(getattr(request, "user", None), "is_authenticated", False)
    preview = "preview_token" in request.GET or "HTTP_X_PREVIEW_TOKEN" in request.META
    return anonymous and not preview and request.method in ("GET", "HEAD")


def restricted_paths(request) -> list[str]:
    return rule.restricted_paths(request)


def visible(request, queryset):
    """Narrow a page queryset to what the requester may list."""
    return rule.readable(request, queryset)


def check_view(request, page) -> None:
    """404 (as for a missing page) unless the requester may read ``page``; 401/403 for
    a published page behind a view restriction."""
    if page.depth <= 1 or preview_page_id(request) == page.pk:
        return
    if rule.can_read(request, page):
        return
    if not rule.is_published(page):
        from cms.api.traversal import raise_not_found
        from cms.api.urls_public import page_path

        raise_not_found(request, page_path(page).strip("/").split("/"))
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
