"""@login tokens: they authenticate every service, expire, are revoked by @logout and
replaced by @login-renew; failed logins are rate limited; Basic auth keeps working;
session writes need Django's CSRF token, token writes do not."""

import json

import pytest
from django.core.cache import cache
from django.test import override_settings

from tests import factories
from tests.api.conftest import ApiClient, basic, bearer

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def login(client, username="editor", password="pw", expect=200):
    return client.api(
        "/@login",
        method="post",
        expect=expect,
        data=json.dumps({"login": username, "password": password}),
        content_type="application/json",
    )


def test_token_opens_a_draft_and_names_the_user(client, editor, practice_index):
    import jwt

    draft = factories.PracticePageFactory(parent=practice_index, live=False)
    token = login(client)["token"]
    assert jwt.decode(token, options={"verify_signature": False})["sub"] == "editor"
    client.api(f"/en/practices/{draft.slug}", expect=404)  # unseen drafts: 404
    page = client.api(f"/en/practices/{draft.slug}", **bearer(token))
    assert page["review_state"] == "private"


def test_wrong_password_is_401_in_plones_shape(client, editor):
    body = login(client, password="nope", expect=401)
    assert body["type"] == "Unauthorized"
    assert body["error"]["type"] == "Invalid credentials"
    assert login(ApiClient(), "", "", expect=400)["type"] == "BadRequest"


@override_settings(VETCMS_API_LOGIN_MAX_FAILURES=3)
def test_failed_logins_are_rate_limited_per_username(client, editor):
    for _attempt in range(3):
        login(client, password="nope", expect=401)
    response = client.post(
        "/++api++/@login",
        json.dumps({"login": "editor", "password": "pw"}),
        content_type="application/json",
    )
    assert response.status_code == 429
    assert response.json()["type"] == "TooManyRequests"
    assert int(response["Retry-After"]) > 0
    # Another username from the same address is not blocked.
    login(client, "someone", "nope", expect=401)


@override_settings(VETCMS_API_LOGIN_MAX_FAILURES=2)
def test_basic_auth_failures_count_too(client, editor, home):
    for _attempt in range(2):
        client.api("/en", expect=401, **basic("editor", "nope"))
    client.api("/en", expect=429, **basic("editor", "pw"))


def test_expired_token_is_401(client, editor, home):
    with override_settings(VETCMS_API_TOKEN_MAX_AGE=-10):
        token = login(client)["token"]
    body = client.api("/en", expect=401, **bearer(token))
    assert "expired" in body["message"]


def test_forged_token_is_401(client, editor, home):
    import jwt

    forged = jwt.encode(
        {"sub": "editor", "exp": 9999999999, "jti": "x"},
        "a guessed key of 32 bytes or more",
    )
    client.api("/en", expect=401, **bearer(forged))


def test_logout_revokes_and_renew_replaces(client, editor, home):
    token = login(client)["token"]
    renewed = client.api("/@login-renew", method="post", **bearer(token))["token"]
    assert renewed != token
    client.api("/en", expect=401, **bearer(token))  # the old one is revoked
    client.api("/en", **bearer(renewed))
    response = client.post("/++api++/@logout", **bearer(renewed))
    assert response.status_code == 204
    body = client.api("/en", expect=401, **bearer(renewed))
    assert "revoked" in body["message"]
    client.api("/@logout", method="post", expect=401)


def test_session_writes_need_csrf_tokens_do_not(editor, practice_index):
    body = json.dumps({"@type": "StandardPage", "title": "Via session"})
    session = ApiClient(enforce_csrf_checks=True)
    session.force_login(editor)
    response = session.post(
        "/++api++/en/practices", body, content_type="application/json"
    )
    assert response.status_code == 403
    assert "CSRF" in response.json()["message"]
    token = login(ApiClient())["token"]
    tokened = ApiClient(enforce_csrf_checks=True)
    response = tokened.post(
        "/++api++/en/practices", body, content_type="application/json", **bearer(token)
    )
    assert response.status_code == 201
