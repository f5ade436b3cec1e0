"""@sharing: Wagtail's group page permissions as Plone's local roles, read by whoever
may edit the page (a Finnish translator only on Finnish pages), written by group
managers where Wagtail can express it."""

import json

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, PageViewRestriction

from tests import factories
from tests.api.conftest import basic

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home, editor, staff_editor, fi_translator):
    return factories.StandardPageFactory(parent=home, slug="about")


def entries(data) -> dict:
    return {e["id"]: e["roles"] for e in data["entries"]}


def test_inherited_group_permissions_are_acquired(client, page):
    data = client.api("/en/about/@sharing", **basic("editor"))
    assert entries(data)["Editors"] == {
        "Contributor": "acquired",
        "Editor": "acquired",
        "Reviewer": "acquired",
        "Reader": False,
    }
    assert [r["id"] for r in data["available_roles"]] == [
        "Contributor",
        "Editor",
        "Reviewer",
        "Reader",
    ]
    assert data["inherit"] is True


def test_permission_on_the_page_itself_is_true(client, page):
    group = Group.objects.create(name="Reviewers")
    GroupPagePermission.objects.create(
        group=group, page=page, permission_type="publish"
    )
    assert entries(client.api("/en/about/@sharing", **basic("editor")))[
        "Reviewers"
    ] == {"Contributor": False, "Editor": False, "Reviewer": True, "Reader": False}


def test_group_view_restriction_is_reader(client, page):
    group = Group.objects.create(name="Members")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(group)
    assert (
        entries(client.api("/en/about/@sharing", **basic("editor")))["Members"][
            "Reader"
        ]
        is True
    )


def test_staff_editor_reads_sharing(client, page):
    assert "Editors" in entries(client.api("/en/about/@sharing", **basic("emma")))


def test_fi_translator_reads_finnish_pages_only(client, page, fi_home):
    client.api("/en/about/@sharing", expect=401, **basic("aino"))
    data = client.api("/fi/@sharing", **basic("aino"))
    assert "Translators (fi)" in entries(data)


def test_anonymous_may_not_read_sharing(client, page):
    client.api("/en/about/@sharing", expect=401)


def post(client, body, who="editor"):
    return client.post(
        "/++api++/en/about/@sharing",
        data=json.dumps(body),
        content_type="application/json",
        **basic(who),
    )


def test_manager_grants_and_revokes_a_group_role(client, page):
    Group.objects.create(name="Reviewers")
    grant = {
        "entries": [{"id": "Reviewers", "type": "group", "roles": {"Editor": True}}]
    }
    assert post(client, grant).status_code == 204
    assert GroupPagePermission.objects.filter(
        group__name="Reviewers", page=page, permission__codename="change_page"
    ).exists()
    revoke = {"entries": [{"id": "Reviewers", "roles": {"Editor": False}}]}
    assert post(client, revoke).status_code == 204
    assert not GroupPagePermission.objects.filter(group__name="Reviewers").exists()


def test_staff_editor_may_not_change_sharing(client, page):
    body = {"entries": [{"id": "Editors", "roles": {"Editor": False}}]}
    assert post(client, body, who="emma").status_code == 403


@pytest.mark.parametrize(
    "body",
    [
        {"entries": [{"id": "aino", "type": "user", "roles": {"Editor": True}}]},
        {"entries": [{"id": "Editors", "roles": {"Reader": True}}]},
        {"entries": [], "inherit": False},
    ],
)
def test_what_wagtail_cannot_express_is_501(client, page, body):
    assert post(client, body).status_code == 501


def test_unknown_group_or_role_is_400(client, page):
    assert post(client, {"entries": [{"id": "Nobody", "roles": {}}]}).status_code == 400
    bad_role = {"entries": [{"id": "Editors", "roles": {"Owner": True}}]}
    assert post(client, bad_role).status_code == 400
