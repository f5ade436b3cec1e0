"""The API's single entry point: split the path at the first ``@`` step, resolve the
context page, run the service for the verb, and answer JSON with plone.rest's error
envelope, conditional-GET validators, Cache-Control and CORS headers."""

import json
from importlib import import_module

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, QueryDict
from django.middleware.csrf import CsrfViewMiddleware
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from cms.api import http
from cms.api.access import authenticate_request, closest_visible_url
from cms.api.exceptions import (
    ApiError,
    BadRequest,
    Forbidden,
    MethodNotAllowed,
    NotFound,
    Unauthorized,
)
from cms.api.services import SERVICES
from cms.api.traversal import Redirected, resolve, split_path
from cms.core import text_guard
from locales.config import LANGUAGE_CODES

VERBS = ("Get", "Post", "Patch", "Put", "Delete")
SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")


@csrf_exempt
def api_view(request, path: str = ""):
    path = unmount(path)
    with translation.override(answer_language(request, path)):
        try:
            _check_readable(request)
            if request.method == "OPTIONS":
                response = _options(request, path)
            else:
                response = _dispatch(request, path)
        except Redirected as redirect:
            response = redirect.response
        except ApiError as error:
            response = error_response(request, error)
    return http.finish(request, response)


def unmount(path: str) -> str:
    """``fi/++api++/x`` → ``fi/x``: a language root may stand as a client's site root
    (``apiPath = <site>/fi``), as a Zope virtual host mounts a Plone site; ``@id``s
    stay the same."""
    lang, sep, rest = path.lstrip("/").partition("/++api++")
    if sep and lang in LANGUAGE_CODES and (not rest or rest.startswith("/")):
        return f"{lang}{rest}"
    return path


def error_response(request, error: ApiError):
    if isinstance(error, Unauthorized | Forbidden) and not error.context:
        # plone.rest's ``context``: the closest object the requester may see.
        page = getattr(request, "api_context", None)
        error.context = closest_visible_url(request, page)
    response = json_response(error.as_json(), status=error.status)
    for name, value in error.headers.items():
        response[name] = value
    return response


def _check_readable(request) -> None:
    """Django refuses too many parameters or too large a body when they are first
    read; answer that as a JSON 400 (and keep the rest of the reply able to read
    an empty query)."""
    try:
        request.GET  # noqa: B018 (parsing happens on first access)
    except (TooManyFieldsSent, RequestDataTooBig):
        request.GET = QueryDict()
        raise BadRequest(_("Too many query parameters.")) from None
    problem = text_guard.query_flaw(request)
    if problem:
        raise BadRequest(problem)


def allowed_methods(module) -> list[str]:
    """The verbs a service module answers (its classes), HEAD with GET."""
    verbs = [v.upper() for v in VERBS if hasattr(module, v)]
    extra = ["HEAD"] if "GET" in verbs else []
    return [*verbs[:1], *extra, *verbs[1:], "OPTIONS"]


def _service_module(name: str | None):
    module_name = SERVICES.get(name or "")
    if module_name is None:
        raise NotFound(_("Unknown service '%(name)s'.") % {"name": name})
    return import_module(f"cms.api.services.{module_name}")


def _options(request, path: str):
    """OPTIONS (and CORS preflight): the methods this service really answers."""
    _segments, name, _subpath = split_path(path)
    return http.preflight(request, allowed_methods(_service_module(name)))


def answer_language(request, path: str) -> str:
    """The language of messages: the addressed content's (``/++api++/fi/…``), as
    plone.app.multilingual negotiates it, else what LocaleMiddleware chose from
    Accept-Language (English by default)."""
    first = path.strip("/").split("/", 1)[0]
    if first in LANGUAGE_CODES:
        return first
    return getattr(request, "LANGUAGE_CODE", None) or translation.get_language()


def check_csrf(request) -> None:
    """Writes authenticated by the session cookie need Django's CSRF token; tokens
    (Bearer, Basic) are sent deliberately, so those requests are exempt."""
    if request.method in SAFE_METHODS or getattr(request, "api_token_auth", False):
        return
    if not getattr(getattr(request, "user", None), "is_authenticated", False):
        return
    if CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {}):
        raise Forbidden(_("CSRF verification failed."))


def _dispatch(request, path: str):
    authenticate_request(request)
    check_csrf(request)
    segments, name, subpath = split_path(path)
    if "++api++" in segments or "++api++" in subpath:
        raise NotFound(_("++api++ may appear only once, right after the site root."))
    module = _service_module(name)
    context = resolve(
        request, segments, base_row=getattr(module, "BASE_ROW_CONTEXT", False)
    )
    request.api_context = context
    verb = "Get" if request.method == "HEAD" else request.method.capitalize()
    handler = getattr(module, verb, None) if verb in VERBS else None
    if handler is None:
        raise MethodNotAllowed(allowed_methods(module))
    service = handler(request, context, subpath, name or "")
    data = service()
    if service.status == 204:
        response = HttpResponse(status=204)
    else:
        response = json_response(
            data, status=service.status, content_type=service.content_type
        )
    for header, value in service.headers.items():
        response[header] = value
    return response


def json_response(data, *, status: int = 200, content_type="application/json"):
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return HttpResponse(body, status=status, content_type=content_type)
