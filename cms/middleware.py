"""Middleware of the project."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware


class PrefixAwareLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its redirect of unknown URLs to /<lang>/….

    Wagtail's page view under i18n_patterns matches any path, so for a 404 anywhere (the
    admin, documents, the API) Django would redirect to /en/<path> instead of answering
    404. Only paths outside NON_LOCALIZED_PATH_PREFIXES get that redirect.
    """

    def process_response(self, request, response):
        if request.path_info.startswith(tuple(settings.NON_LOCALIZED_PATH_PREFIXES)):
            return response
        return super().process_response(request, response)
