"""Errors in plone.rest's JSON shape with the right status; no 500 for bad input."""

import json

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from tests import factories

pytestmark = pytest.mark.django_db


def test_unknown_path_is_404_not_found(client, home):
    data = client.api("/en/nothing-here", expect=404)
    assert data == {
        "type": "NotFound",
        "message": "Resource not found: /en/nothing-here",
        "context": "http://testserver/en",
    }


def test_unknown_language_and_service_are_404(client, home):
    client.api("/xx", expect=404)
    client.api("/en/@nonsense", expect=404)


def test_draft_page_answers_the_same_404_as_a_missing_page(client, practice_index):
    draft = factories.PracticePageFactory(
        parent=practice_index, live=False, slug="unseen"
    )
    found = client.api(f"/en/practices/{draft.slug}", expect=404)
    draft.delete()
    assert client.api("/en/practices/unseen", expect=404) == found


def test_private_page_is_401_for_anonymous_and_403_for_other_users(
    client, practice_index, django_user_model
):
    page = factories.PracticePageFactory(parent=practice_index)
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    client.api(f"/en/practices/{page.slug}", expect=401)
    user = django_user_model.objects.create_user("reader", password="pw")
    client.force_login(user)
    assert client.api(f"/en/practices/{page.slug}", expect=403)["type"] == "Forbidden"


def test_editor_sees_the_draft(editor_client, practice_index):
    draft = factories.PracticePageFactory(parent=practice_index, live=False)
    assert editor_client.api(f"/en/practices/{draft.slug}")["review_state"] == "private"


def test_unsupported_method_is_405_with_allow(client, practice_index):
    response = client.delete("/++api++/en/practices/@breadcrumbs")
    assert response.status_code == 405
    assert response.json()["type"] == "MethodNotAllowed"
    assert response["Allow"] == "GET, HEAD, OPTIONS"  # as OPTIONS says


def test_options_advertises_the_services_methods(client, practice_index):
    assert client.options("/++api++/en/practices")["Allow"] == (
        "GET, HEAD, POST, PATCH, DELETE, OPTIONS"
    )
    assert client.options("/++api++/@search")["Allow"] == "GET, HEAD, OPTIONS"
    assert client.options("/++api++/@login")["Allow"] == "POST, OPTIONS"


def test_moved_page_redirects_through_wagtail_redirects(client, practice_index):
    Redirect.objects.create(old_path="/en/old-practices", redirect_page=practice_index)
    response = client.get("/++api++/en/old-practices")
    assert response.status_code == 302
    assert response["Location"] == "http://testserver/++api++/en/practices"


def test_double_api_step_is_404(client, home):
    client.api("/++api++/en", expect=404)


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[1, 2]",
        json.dumps({"query": "x"}).encode(),
        json.dumps({"query": [{"i": "x"}]}).encode(),
        json.dumps({"query": [{"i": "nope", "o": "x", "v": 1}]}).encode(),
        json.dumps({}).encode(),
    ],
)
def test_bad_querystring_bodies_are_400(client, home, body):
    response = client.post(
        "/++api++/@querystring-search", body, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["type"] == "BadRequest"
