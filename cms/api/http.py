"""HTTP details shared by every answer: ETag / Last-Modified with 304 on conditional
GET, Cache-Control (public only for anonymous readers), CORS from settings."""

from django.db.models import DateTimeField, Max, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.http import HttpResponse
from django.utils.cache import (
    get_conditional_response,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.http import http_date
from wagtail.models import ModelLogEntry, PageLogEntry

from cms.api.access import is_public_read
from cms.conf import settings as api_settings
from cms.core import generation

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
    """Django's conditional GET (``get_conditional_response``): weak and listed
    ETags in If-None-Match, ``*``, If-Match and If-Unmodified-Since (412), and
    If-Modified-Since only when no ETag was sent (RFC 9110 13.2.2)."""
    set_response_etag(response)  # '"<md5 of the body>"'
    etag = response.get("ETag")
    if _decided_by_etag(request):
        answer = get_conditional_response(request, etag=etag, response=response)
        if answer is not response:
            # A 304 need not repeat Last-Modified (RFC 9110 15.4.5): the usual
            # revalidation costs no query.
            return answer
    modified = last_change(request)
    if modified:
        response["Last-Modified"] = http_date(modified.timestamp())
    return get_conditional_response(
        request,
        etag=etag,
        last_modified=int(modified.timestamp()) if modified else None,
        response=response,
    )


def _decided_by_etag(request) -> bool:
    """With If-None-Match and no If-Unmodified-Since, Django's answer depends on
    the ETag alone (If-Modified-Since is then ignored)."""
    meta = request.META
    return "HTTP_IF_NONE_MATCH" in meta and "HTTP_IF_UNMODIFIED_SINCE" not in meta


def last_change(request=None):
    """When anything on the site last changed, from Wagtail's audit log (publish,
    unpublish, move, delete, snippet edits). Site-wide on purpose: a reply also holds
    parents, siblings, children and menus, so the page's own date would let a client
    keep a stale copy; the log catches every change made through Wagtail. Anonymous
    readers see only what bumps the content generation, so theirs is read once per
    generation (cms/core/generation.memoized); editors and previews also see drafts."""
    if request is not None and is_public_read(request):
        return generation.memoized("last-change", _last_logged, request)
    return _last_logged()


def _last_logged():
    """The later of the two logs' newest entries, in one query (both columns are
    indexed): Greatest is NULL on SQLite when either log is empty, hence Coalesce."""
    pages = Max("timestamp")
    others = Subquery(
        ModelLogEntry.objects.order_by("-timestamp").values("timestamp")[:1]
    )
    latest = Coalesce(
        Greatest(pages, others), pages, others, output_field=DateTimeField()
    )
    return PageLogEntry.objects.aggregate(at=latest)["at"]


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
