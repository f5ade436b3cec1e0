"""A language root as a client's site root: ``/fi/++api++/…`` answers as
``/++api++/fi/…`` (content, services, writes), with the same ``@id``s, so
@plone/client initialised with ``apiPath = <site>/fi`` works."""

import json

import pytest

from tests import factories
from tests.api.conftest import basic

pytestmark = pytest.mark.django_db


@pytest.fixture
def fi_page(fi_home):
    return factories.StandardPageFactory(parent=fi_home, title="Tietoa", slug="tietoa")


def test_language_root_mounted(client, fi_home):
    mounted = client.get("/fi/++api++", HTTP_ACCEPT="application/json").json()
    assert mounted == client.api("/fi")
    assert mounted["@id"] == "http://testserver/fi"


def test_page_below_a_mounted_root_keeps_its_id(client, fi_page):
    data = client.get("/fi/++api++/tietoa").json()
    assert data["@id"] == "http://testserver/fi/tietoa"
    assert data == client.api("/fi/tietoa")


def test_service_below_a_mounted_root(client, fi_page):
    data = client.get("/fi/++api++/tietoa/@breadcrumbs").json()
    assert data == client.api("/fi/tietoa/@breadcrumbs")


def test_mounted_root_without_accept_header(client, fi_home):
    response = client.get("/fi/++api++/@navroot")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")


def test_mounted_missing_page_is_a_json_404(client, fi_home):
    response = client.get("/fi/++api++/ei-ole", HTTP_ACCEPT="application/json")
    assert response.status_code == 404
    assert response.json()["type"] == "NotFound"


def test_write_through_a_mounted_root(client, editor, home):
    response = client.post(
        "/en/++api++/",
        data=json.dumps({"@type": "Document", "title": "Mounted"}),
        content_type="application/json",
        **basic("editor"),
    )
    assert response.status_code == 201, response.content
    assert response.json()["@id"] == "http://testserver/en/mounted"


def test_api_twice_is_still_refused(client, fi_home):
    response = client.get("/fi/++api++/++api++/x", HTTP_ACCEPT="application/json")
    assert response.status_code == 404


def test_unknown_language_is_not_mounted(client, home):
    response = client.get("/xx/++api++/", HTTP_ACCEPT="application/json")
    assert response.status_code == 404


def test_site_id_follows_the_addressed_root(client, fi_home):
    assert client.get("/fi/++api++/@site").json()["@id"] == "http://testserver/fi/@site"
    assert client.api("/@site")["@id"] == "http://testserver/@site"
