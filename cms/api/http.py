"""HTTP details shared by every answer: ETag / Last-Modified with 304 on conditional
GET, Cache-Control (public only for anonymous readers), CORS from settings."""

import hashlib

from django.db.models import Max
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe
from wagtail.models import ModelLogEntry, PageLogEntry

from cms.api.access import is_public_read
from cms.cache import generation
from cms.conf import settings as api_settings

ALLOWED_HEADERS = (
    "Accept, Accept-Language, Authorization, Content-Type, Lock-Token, X-Preview-Token"
)


def finish(request, response):
    if request.method in ("GET", "HEAD") and response.status_code == 200:
        response = conditional(request, response)
    _cache_headers(request, response)
    _cors(request, response)
    return response


def conditional(request, response):
    etag = '"' + hashlib.md5(response.content, usedforsecurity=False).hexdigest() + '"'
    response["ETag"] = etag
    modified = last_change(request)
    if modified:
        response["Last-Modified"] = http_date(modified.timestamp())
    match = request.META.get("HTTP_IF_NONE_MATCH")
    if match:  # If-None-Match wins over If-Modified-Since (RFC 9110)
        if etag in [tag.strip() for tag in match.split(",")] or match.strip() == "*":
            return _not_modified(response)
        return response
    since = parse_http_date_safe(request.META.get("HTTP_IF_MODIFIED_SINCE", ""))
    if since is not None and modified and int(modified.timestamp()) <= since:
        return _not_modified(response)
    return response


def last_change(request=None):
    """When anything on the site last changed, from Wagtail's audit log (publish,
    unpublish, move, delete, snippet edits). Site-wide on purpose: a reply also holds
    parents, siblings, children and menus, so the page's own date would let a client
    keep a stale copy; the log catches every change made through Wagtail. Anonymous
    readers see only what bumps the content generation, so theirs is read once per
    generation (cms/cache/generation.memoized); editors and previews also see drafts."""
    if request is not None and is_public_read(request):
        return generation.memoized("last-change", _last_logged, request)
    return _last_logged()


def _last_logged():
    pages = PageLogEntry.objects.aggregate(at=Max("timestamp"))["at"]
    others = ModelLogEntry.objects.aggregate(at=Max("timestamp"))["at"]
    return max((t for t in (pages, others) if t), default=None)


def _not_modified(response):
    fresh = HttpResponse(status=304)
    for name in ("ETag", "Last-Modified"):
        if name in response:
            fresh[name] = response[name]
    return fresh


def _cache_headers(request, response):
    public = is_public_read(request)
    if public and response.status_code in (200, 304) and api_settings.CACHE_MAX_AGE:
        response["Cache-Control"] = f"public, max-age={api_settings.CACHE_MAX_AGE}"
    else:
        response["Cache-Control"] = "private, no-cache"
    patch_vary_headers(response, ("Accept", "Authorization", "Cookie", "Origin"))


def _cors(request, response):
    """django-cors-headers' model: a listed origin is named and may send credentials
    (cookies, Authorization); "*" lets any origin read, never with credentials (a
    page on any site could otherwise read what a signed-in editor may see)."""
    origin = request.META.get("HTTP_ORIGIN")
    allowed = api_settings.CORS_ALLOWED_ORIGINS
    if not origin:
        return
    if origin in allowed:
        response["Access-Control-Allow-Origin"] = origin
        response["Access-Control-Allow-Credentials"] = "true"
        patch_vary_headers(response, ["Origin"])
    elif "*" in allowed:
        response["Access-Control-Allow-Origin"] = "*"
    else:
        return
    response["Access-Control-Expose-Headers"] = "ETag, Last-Modified, Location"


def preflight(request, allowed: list[str]):
    """OPTIONS: no body (a JSON API's), ``Allow`` and, for browsers, the CORS
    preflight headers, naming only the methods the service answers."""
    response = HttpResponse(status=204, content_type="application/json")
    methods = ", ".join(allowed)
    if request.META.get("HTTP_ORIGIN"):
        response["Access-Control-Allow-Methods"] = methods
        response["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
        response["Access-Control-Max-Age"] = "86400"
    response["Allow"] = methods
    return response
