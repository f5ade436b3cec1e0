"""One list of the paths outside the reader site (NON_LOCALIZED_PATH_PREFIXES): the
locale redirect, the API's content negotiation and the response cache all read it."""

import pytest
from django.http import HttpResponse

from cms.api.middleware import ApiNegotiationMiddleware
from cms.cache.middleware import skipped_prefixes

pytestmark = pytest.mark.django_db


@pytest.fixture
def extra(settings):
    settings.NON_LOCALIZED_PATH_PREFIXES = [
        *settings.NON_LOCALIZED_PATH_PREFIXES,
        "/extra/",
    ]


def test_a_listed_prefix_gets_no_language_redirect(client, home, extra):
    assert client.get("/extra/nothing").status_code == 404
    assert client.get("/elsewhere/nothing").status_code == 302  # → /en/elsewhere/…


def test_a_listed_prefix_is_left_to_its_own_view_by_content_negotiation(rf, extra):
    middleware = ApiNegotiationMiddleware(lambda request: HttpResponse("own view"))
    request = rf.get("/extra/x", HTTP_ACCEPT="application/json")
    assert middleware(request).content == b"own view"


def test_the_response_cache_skips_the_list_but_not_the_api(extra):
    skipped = skipped_prefixes()
    assert "/extra/" in skipped and "/admin/" in skipped and "/api/" in skipped
    assert "/++api++" not in skipped and "/++image++" not in skipped
