"""Privacy (applicants, drafts), GeoJSON, preview tokens, caching and CORS."""

import pytest
from django.test import override_settings

from tests import factories

pytestmark = pytest.mark.django_db


def test_applicants_data_never_appears(client, editor_client, ambassador_index):
    factories.AmbassadorFactory(name="Public Person", latitude=60.1, longitude=24.9)
    factories.AmbassadorApplicationFactory(
        name="Secret Applicant", email="secret@example.org"
    )
    urls = [
        "/en/ambassadors",
        "/en/ambassadors/@ambassadors-geojson",
        "/@search?SearchableText=Secret",
        "/@search?SearchableText=secret@example.org",
        "/en/ambassadors?fullobjects=1",
    ]
    for c in (client, editor_client):
        for url in urls:
            body = c.get("/++api++" + url).content
            assert b"Secret Applicant" not in body and b"secret@example.org" not in body


def test_geojson_has_public_fields_only(client, ambassador_index):
    factories.AmbassadorFactory(
        name="Aino", latitude=60.1, longitude=24.9, city="Espoo"
    )
    factories.AmbassadorFactory(name="No coordinates")
    response = client.get("/++api++/en/ambassadors/@ambassadors-geojson")
    assert response["Content-Type"] == "application/geo+json"
    data = response.json()
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 1
    feature = data["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [24.9, 60.1]}
    assert feature["properties"]["name"] == "Aino"
    assert "email" not in feature["properties"]


def test_network_page_lists_public_profiles(client, ambassador_index):
    factories.AmbassadorFactory(name="Aino")
    data = client.api("/en/ambassadors")
    assert [a["name"] for a in data["ambassadors"]] == ["Aino"]


def test_preview_token_opens_a_draft(client, editor_client, practice_index):
    draft = factories.PracticePageFactory(parent=practice_index, live=False)
    draft.title = "Draft title"
    draft.save_revision()
    token = editor_client.api(f"/en/practices/{draft.slug}/@preview-token")["token"]
    data = client.api(f"/en/practices/{draft.slug}?preview_token={token}")
    assert data["title"] == "Draft title"
    client.api(f"/en/practices/{draft.slug}?preview_token=forged", expect=401)
    client.api(f"/en/practices/{draft.slug}/@preview-token", expect=404)


def test_etag_gives_304(client, practice_index):
    first = client.get("/++api++/en/practices")
    assert first["Cache-Control"] == "public, max-age=60"
    again = client.get("/++api++/en/practices", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""


def test_last_modified_gives_304_until_anything_changes(client, practice_index):
    practice_index.save_revision().publish()
    first = client.get("/++api++/en/practices")
    since = first["Last-Modified"]
    again = client.get("/++api++/en/practices", HTTP_IF_MODIFIED_SINCE=since)
    assert again.status_code == 304
    # A child published a second later changes the folder's items: no 304 then.
    import datetime as dt

    from django.utils import timezone
    from wagtail.models import PageLogEntry

    child = factories.PracticePageFactory(parent=practice_index)
    PageLogEntry.objects.log_action(child, "wagtail.publish")
    PageLogEntry.objects.filter(page=child).update(
        timestamp=timezone.now() + dt.timedelta(seconds=2)
    )
    later = client.get("/++api++/en/practices", HTTP_IF_MODIFIED_SINCE=since)
    assert later.status_code == 200


def test_html_page_urls_vary_on_accept(client, practice_index):
    response = client.get("/en/practices/", HTTP_ACCEPT="text/html")
    assert "Accept" in response["Vary"]


def test_editors_responses_are_private(editor_client, practice_index):
    assert (
        editor_client.get("/++api++/en/practices")["Cache-Control"]
        == "private, no-cache"
    )


@override_settings(VETCMS_API_CORS_ALLOWED_ORIGINS=["https://front.example.org"])
def test_cors_for_allowed_origins_only(client, practice_index):
    ok = client.get("/++api++/en/practices", HTTP_ORIGIN="https://front.example.org")
    assert ok["Access-Control-Allow-Origin"] == "https://front.example.org"
    other = client.get("/++api++/en/practices", HTTP_ORIGIN="https://evil.example.org")
    assert "Access-Control-Allow-Origin" not in other
    pre = client.options(
        "/++api++/en/practices", HTTP_ORIGIN="https://front.example.org"
    )
    assert (
        pre.status_code == 204
        and "Authorization" in pre["Access-Control-Allow-Headers"]
    )


def test_openapi_is_served(client, home):
    data = client.get("/api/openapi.json").json()
    assert (
        data["openapi"].startswith("3.") and "/++api++/{path}/@search" in data["paths"]
    )


def test_openapi_documents_every_service_and_its_parameters(client, home):
    from cms.api.services import SERVICES

    paths = client.get("/api/openapi.json").json()["paths"]
    for name in SERVICES:
        assert ("/++api++/{path}" + (f"/{name}" if name else "")) in paths
    search = paths["/++api++/{path}/@search"]["get"]
    assert "SearchableText" in {p["name"] for p in search["parameters"]}
    assert "requestBody" in paths["/++api++/{path}/@querystring-search"]["post"]
