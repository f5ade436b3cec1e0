"""A cache for anonymous readers' GETs (HTML pages and the API), in front of
everything but SecurityMiddleware and WhiteNoise.

A request is looked up only if nothing could make its answer personal: a GET without
Authorization, preview token, session or messages cookie. A response is stored only if
it is a 200 that sets no cookie (a page that renders a CSRF token sets one, so the
application form is never stored with a token baked in), is not private, and varies on
nothing the key leaves out. The key is the content generation (bumped on publish,
cms/cache/signals.py), host, full path, negotiated language, Accept and Origin.
"""

import hashlib
import logging

from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, get_conditional_response
from django.utils.http import parse_http_date_safe
from django.utils.translation import get_language_from_request

from cms.cache.conf import settings
from cms.core import generation

logger = logging.getLogger(__name__)
HEADER = "X-Response-Cache"
# Vary headers the key covers (Accept, Origin, the language) or whose requests are
# never cached (Cookie, Authorization).
KEYED_VARY = {"accept", "accept-language", "origin", "cookie", "authorization"}


class AnonymousResponseCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timeout = settings.RESPONSE_TIMEOUT
        if not timeout or not cacheable_request(request):
            return self.get_response(request)
        try:
            key = response_key(request)
            stored = cache.get(key)
        except DisallowedHost:
            return self.get_response(request)  # answered 400 further in
        except Exception:
            logger.warning("response cache unavailable", exc_info=True)
            return self.get_response(request)
        if stored is not None:
            return replay(request, stored)
        response = self.get_response(request)
        if cacheable_response(request, response):
            try:
                cache.set(key, freeze(response), timeout)
            except Exception:
                logger.warning("response cache unavailable", exc_info=True)
            response[HEADER] = "miss"
        return response


# Outside the reader site but cached: the API's answers and image block files.
CACHED_PREFIXES = ("/++api++", "/++image++")


def skipped_prefixes() -> tuple[str, ...]:
    if settings.SKIP_PREFIXES is not None:
        return tuple(settings.SKIP_PREFIXES)
    return tuple(
        prefix
        for prefix in django_settings.NON_LOCALIZED_PATH_PREFIXES
        if prefix not in CACHED_PREFIXES
    )


def cacheable_request(request) -> bool:
    if request.method != "GET":
        return False
    if request.path.startswith(skipped_prefixes()):
        return False
    meta = request.META
    if "HTTP_AUTHORIZATION" in meta or "HTTP_X_PREVIEW_TOKEN" in meta:
        return False
    if "preview_token" in request.GET:
        return False
    cookies = request.COOKIES
    return not (
        django_settings.SESSION_COOKIE_NAME in cookies
        or getattr(django_settings, "MESSAGE_COOKIE_NAME", "messages") in cookies
    )


def response_key(request) -> str:
    parts = (
        request.scheme,  # answers hold absolute URLs (@id): http and https differ
        request.get_host(),
        request.get_full_path(),
        get_language_from_request(request, check_path=True),
        request.META.get("HTTP_ACCEPT", ""),
        request.META.get("HTTP_ORIGIN", ""),
    )
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"vetcms:response:{generation.current()}:{digest}"


def cacheable_response(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", ""))}
    return vary <= KEYED_VARY | {""}


def freeze(response) -> tuple:
    headers = [(k, v) for k, v in response.items() if k.lower() != HEADER.lower()]
    return response.status_code, headers, response.content


def replay(request, stored) -> HttpResponse:
    status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    # The API's ETag / Last-Modified still answer conditional GETs with 304.
    response = get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
        response=response,
    )
    response[HEADER] = "hit"
    return response
