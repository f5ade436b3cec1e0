"""Error pages of the readers' site. Django renders 404.html, 403.html and 500.html
(cms/templates/) through its default handlers; this middleware makes a missing page
under a language prefix answer with the site's own 404 (and a refused one with its
403) even with DEBUG on, where Django would show its technical page. It sits before
``locales.fallback.TranslationFallbackMiddleware`` in MIDDLEWARE, so an untranslated
page is still served in its source language first."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.views import defaults


def has_language_prefix(path: str) -> bool:
    first = path.lstrip("/").split("/", 1)[0]
    return first in {code for code, _name in settings.LANGUAGES}


class ReaderErrorPagesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not has_language_prefix(request.path_info):
            return None
        if isinstance(exception, Http404):
            return defaults.page_not_found(request, exception)
        if isinstance(exception, PermissionDenied):
            return defaults.permission_denied(request, exception)
        return None
