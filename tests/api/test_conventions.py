"""Addressing and parameters as Plone clients use them."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_api_step_after_site_root_answers_json(client, practice_index):
    data = client.api("/en/practices")
    assert data["@id"] == "http://testserver/en/practices"
    assert data["@type"] == "PracticeIndexPage"


def test_accept_json_on_the_page_url_answers_the_same_json(client, practice_index):
    response = client.get("/en/practices/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json()["@id"] == "http://testserver/en/practices"


def test_html_is_still_served_without_accept_json(client, practice_index):
    response = client.get("/en/practices/", HTTP_ACCEPT="text/html")
    assert response["Content-Type"].startswith("text/html")


def test_no_id_ever_contains_the_api_step(client, practices):
    body = client.get(
        "/++api++/en/practices?expand=breadcrumbs,navigation,navroot"
    ).content
    assert b"++api++" not in body


@override_settings(VETCMS_API_PUBLIC_URL="https://vet.example.org/")
def test_ids_use_the_configured_public_url(client, practice_index):
    assert client.api("/en/practices")["@id"] == "https://vet.example.org/en/practices"


@override_settings(VETCMS_API_TRUST_FORWARDED_HOST=True)
def test_ids_follow_a_trusted_forwarded_host(client, practice_index):
    data = client.api(
        "/en/practices",
        HTTP_X_FORWARDED_HOST="front.example.org",
        HTTP_X_FORWARDED_PROTO="https",
    )
    assert data["@id"] == "https://front.example.org/en/practices"


def test_forwarded_host_is_ignored_unless_trusted(client, practice_index):
    data = client.api("/en/practices", HTTP_X_FORWARDED_HOST="evil.example.org")
    assert data["@id"].startswith("http://testserver/")


def test_site_root_is_the_plone_site_and_language_roots_are_lrfs(client, home):
    root = client.api("/")
    assert root["@type"] == "Plone Site" and root["parent"] == {}
    assert root["review_state"] is None
    assert [i["@id"] for i in root["items"]] == ["http://testserver/en"]
    en = client.api("/en")
    assert en["@type"] == "LRF" and en["language"] == {
        "token": "en",
        "title": "English",
    }


def test_colon_list_names_build_lists(client, practices):
    data = client.api(
        "/en/practices?metadata_fields:list=UID&metadata_fields:list=Language"
    )
    assert {"UID", "Language"} <= set(data["items"][0])


def test_plain_repeated_names_build_lists(client, practices):
    data = client.api("/en/practices?metadata_fields=UID&metadata_fields=Language")
    assert {"UID", "Language"} <= set(data["items"][0])


def test_expand_accepts_comma_lists_and_colon_lists(client, practice_index):
    a = client.api("/en/practices?expand=breadcrumbs,navroot")["@components"]
    b = client.api("/en/practices?expand:list=breadcrumbs&expand:list=navroot")[
        "@components"
    ]
    assert "items" in a["breadcrumbs"] and "navroot" in a["navroot"]
    assert a["breadcrumbs"] == b["breadcrumbs"]


@pytest.mark.parametrize(
    "value,included",
    [("0", False), ("false", False), ("off", False), ("1", True), ("yes", True)],
)
def test_plone_boolean_spellings(client, practices, value, included):
    data = client.api(f"/en/practices?include_items={value}")
    assert ("items" in data) is included


@pytest.mark.parametrize(
    "query",
    [
        "include_items=maybe",
        "b_size=x",
        "b_start=-1",
        "b_size:int=a",
        "x:weird=1",
    ],
)
def test_bad_parameters_are_400_with_plone_error_shape(client, practices, query):
    data = client.api(f"/en/practices?{query}", expect=400)
    assert data["type"] == "BadRequest" and data["message"]


def test_unknown_parameters_are_ignored_as_in_plone(client, practices):
    plain = client.api("/en/practices")
    assert (
        client.api("/en/practices?unknown=1&show_inactive=true")["items"]
        == (plain["items"])
    )
