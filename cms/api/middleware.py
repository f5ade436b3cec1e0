"""Content negotiation on the readers' URLs: ``Accept: application/json`` on a page URL
(``/fi/kaytannot/x/``, ``/fi/@search``) answers the API's JSON instead of HTML, like
plone.rest; other URLs (admin, media, documents) are left alone."""

from django.conf import settings
from django.utils.cache import patch_vary_headers

from cms.api.views import api_view


class ApiNegotiationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(tuple(settings.NON_LOCALIZED_PATH_PREFIXES)):
            return self.get_response(request)
        if wants_json(request):
            return api_view(request, path=request.path)
        response = self.get_response(request)
        # The same URL answers HTML or JSON: shared caches must key on Accept.
        patch_vary_headers(response, ("Accept",))
        return response


def wants_json(request) -> bool:
    accept = request.META.get("HTTP_ACCEPT", "")
    first = accept.split(",")[0].split(";")[0].strip().lower()
    return first == "application/json"
