"""Content negotiation on the readers' URLs: ``Accept: application/json`` on a page URL
(``/fi/kaytannot/x/``, ``/fi/@search``) answers the API's JSON instead of HTML, like
plone.rest; other URLs (admin, media, documents) are left alone."""

from cms.api.views import api_view

SKIP_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/media/",
    "/static/",
    "/api/",
    "/++api++",
)


class ApiNegotiationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if wants_json(request) and not request.path.startswith(SKIP_PREFIXES):
            return api_view(request, path=request.path)
        return self.get_response(request)


def wants_json(request) -> bool:
    accept = request.META.get("HTTP_ACCEPT", "")
    first = accept.split(",")[0].split(";")[0].strip().lower()
    return first == "application/json"
