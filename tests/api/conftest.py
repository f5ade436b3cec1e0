"""Fixtures for the API tests: a JSON client and a small multilingual tree."""

import pytest
from django.test import Client

from tests import factories
from tests.api.editing_fixtures import tree  # noqa: F401 (the editing tests' fixture)


class ApiClient(Client):
    """GET/POST the API under /++api++ and decode the JSON."""

    def api(self, path="", method="get", expect=200, **kwargs):
        response = getattr(self, method)("/++api++" + path, **kwargs)
        assert response.status_code == expect, (
            response.status_code,
            response.content[:500],
        )
        return response.json() if response.content else None


@pytest.fixture
def client():
    return ApiClient()


@pytest.fixture
def editor_client(editor):
    c = ApiClient()
    c.force_login(editor)
    return c


@pytest.fixture
def practices(practice_index):
    return [factories.PracticePageFactory(parent=practice_index) for _ in range(3)]


def basic(username, password="pw") -> dict:
    """Django test-client headers for HTTP Basic credentials."""
    import base64

    raw = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"HTTP_AUTHORIZATION": f"Basic {raw}"}


def bearer(token) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}
