"""Fixtures for the API tests: a JSON client and a small multilingual tree."""

import pytest
from django.test import Client

from locales.localize import translate
from tests import factories


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


@pytest.fixture
def fi_home(home):
    return translate(home, "fi", {"Home": "Etusivu"})


def member(django_user_model, username, group_name):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", password="pw"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def fi_translator(django_user_model):
    from locales.roles import translators_group_name

    return member(django_user_model, "aino", translators_group_name("fi"))


@pytest.fixture
def staff_editor(django_user_model):
    from locales.roles import EDITORS

    return member(django_user_model, "emma", EDITORS)


def basic(username, password="pw") -> dict:
    """Django test-client headers for HTTP Basic credentials."""
    import base64

    raw = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"HTTP_AUTHORIZATION": f"Basic {raw}"}


def bearer(token) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}
