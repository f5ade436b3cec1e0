"""@system (versions, for superusers), @linkintegrity (Wagtail's reference index,
for editors) and the Plone-only services answering a Plone-shaped 501."""

import pytest

from cms.api.serializers.metadata import uid
from tests import factories
from tests.api.conftest import basic

pytestmark = pytest.mark.django_db


def test_system_for_superusers(client, editor, home):
    data = client.api("/@system", **basic("editor"))
    assert data["@id"] == "http://testserver/@system"
    assert data["wagtail_version"].startswith("8.")
    assert data["upgrade"] is False


def test_system_refused_to_others(client, home, staff_editor, fi_translator):
    client.api("/@system", expect=401)
    client.api("/@system", expect=401, **basic("emma"))
    client.api("/@system", expect=401, **basic("aino"))


@pytest.fixture
def linked(home, editor):
    target = factories.StandardPageFactory(parent=home, slug="target")
    factories.StandardPageFactory(parent=target, slug="child")
    source = factories.StandardPageFactory(
        parent=home,
        slug="source",
        body=[("paragraph", f'<p><a linktype="page" id="{target.pk}">t</a></p>')],
    )
    source.save_revision().publish()
    return target


def test_linkintegrity_names_the_pages_linking_here(client, linked, staff_editor):
    data = client.api("/@linkintegrity", data={"uids": uid(linked)}, **basic("emma"))
    assert len(data) == 1
    assert data[0]["@id"] == "http://testserver/en/target"
    assert [b["@id"] for b in data[0]["breaches"]] == ["http://testserver/en/source"]
    assert data[0]["items_total"] == 1


def test_linkintegrity_is_for_editors(client, linked):
    client.api("/@linkintegrity", data={"uids": uid(linked)}, expect=401)


def test_linkintegrity_needs_uids(client, linked):
    client.api("/@linkintegrity", expect=400, **basic("editor"))


@pytest.mark.parametrize(
    "service",
    [
        "@registry",
        "@addons",
        "@controlpanels",
        "@userschema",
        "@transactions",
        "@relations",
        "@comments",
        "@workingcopy",
        "@upgrade",
        "@database",
    ],
)
def test_plone_only_service_is_a_plone_shaped_501(client, home, service):
    response = client.get(f"/++api++/en/{service}")
    assert response.status_code == 501
    body = response.json()
    assert body["type"] == "NotImplemented"
    assert body["message"]


def test_plone_only_service_refuses_writes_the_same_way(client, editor, home):
    response = client.post(
        "/++api++/@registry",
        data="{}",
        content_type="application/json",
        **basic("editor"),
    )
    assert response.status_code == 501


def test_unknown_service_stays_404(client, home):
    assert client.get("/++api++/@nothing-like-it").status_code == 404
