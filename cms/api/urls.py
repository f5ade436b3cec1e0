"""URLs of the API: ``/++api++/<path>`` (what Volto and @plone/client send; also
``/<lang>/++api++/<path>``), the OpenAPI description and its browsable documentation
(/api/docs/), and, with ``VETCMS_WAGTAIL_API_V2=1``, Wagtail's own API v2 at /api/v2/
(for the comparison benchmark, bench/api.py)."""

from django.conf import settings
from django.urls import path, re_path

from cms.api import docs, images, openapi
from cms.api.views import api_view
from locales.config import LANGUAGE_CODES

urlpatterns = [
    path("api/openapi.json", openapi.openapi_view, name="vetcms-api-openapi"),
    path("api/docs/", docs.docs_view, name="vetcms-api-docs"),
    # Images of image blocks, as Volto asks for them (with or without ++api++).
    re_path(images.PATTERN, images.serve, name="vetcms-api-images"),
    # [\s\S]: a newline (%0A) in the path still reaches the API (a JSON 404).
    re_path(r"^\+\+api\+\+/?(?P<path>[\s\S]*)$", api_view, name="vetcms-api"),
    # A language root as a client's site root: /fi/++api++/… is /++api++/fi/….
    re_path(
        rf"^(?P<path>(?:{'|'.join(LANGUAGE_CODES)})/\+\+api\+\+(?:/[\s\S]*)?)$",
        api_view,
        name="vetcms-api-mounted",
    ),
]

if settings.WAGTAIL_API_V2:
    from cms.api import v2

    urlpatterns.insert(2, path("api/v2/", v2.router.urls))
