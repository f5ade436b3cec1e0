"""@users, @groups, @principals and @roles: Wagtail's accounts read in plone.restapi's
shapes. A user reads themself, managers (superusers) read everyone; nobody else sees
another user's e-mail; writes stay in Wagtail's admin (501 for managers, 401/403 for
the rest)."""

import json

import pytest

from tests.api.conftest import basic

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(home, editor, staff_editor, fi_translator):
    return {"editor": editor, "emma": staff_editor, "aino": fi_translator}


def test_user_reads_themself_with_email(client, people):
    data = client.api("/@users/aino", **basic("aino"))
    assert data["@id"] == "http://testserver/@users/aino"
    assert data["email"] == "aino@example.org"
    assert data["roles"] == ["Member"]
    assert [g["id"] for g in data["groups"]["items"]] == ["Translators (fi)"]


def test_user_may_not_read_another_user(client, people):
    client.api("/@users/emma", expect=401, **basic("aino"))


def test_missing_user_is_401_to_others_not_a_hint(client, people):
    client.api("/@users/nobody", expect=401, **basic("aino"))


def test_anonymous_may_not_read_users(client, people):
    client.api("/@users/aino", expect=401)
    client.api("/@users", expect=401)


def test_manager_reads_any_user_and_a_missing_one_is_404(client, people):
    assert client.api("/@users/emma", **basic("editor"))["email"] == "emma@example.org"
    assert client.api("/@users/editor", **basic("editor"))["roles"] == [
        "Manager",
        "Member",
    ]
    client.api("/@users/nobody", expect=404, **basic("editor"))


def test_manager_lists_and_searches_users(client, people):
    ids = [u["id"] for u in client.api("/@users", **basic("editor"))]
    assert ids == ["aino", "editor", "emma"]
    found = client.api("/@users", data={"query": "emm"}, **basic("editor"))
    assert [u["id"] for u in found] == ["emma"]


def test_editor_may_not_list_users(client, people):
    client.api("/@users", expect=401, **basic("emma"))


@pytest.mark.parametrize("method", ["post", "patch", "delete"])
def test_user_writes_are_501_for_managers(client, people, method):
    response = getattr(client, method)(
        "/++api++/@users/emma",
        data=json.dumps({"fullname": "E"}),
        content_type="application/json",
        **basic("editor"),
    )
    assert response.status_code == 501
    assert response.json()["type"] == "NotImplemented"
    assert "/admin/users/" in response.json()["message"]


def test_user_writes_are_403_for_others_and_401_for_anonymous(client, people):
    body = {"data": "{}", "content_type": "application/json"}
    assert (
        client.patch("/++api++/@users/aino", **body, **basic("aino")).status_code == 403
    )
    assert client.post("/++api++/@users", **body).status_code == 401


def test_manager_reads_groups_with_their_page_roles(client, people, fi_home):
    groups = {g["id"]: g for g in client.api("/@groups", **basic("editor"))}
    assert groups["Editors"]["roles"] == ["Contributor", "Editor", "Reviewer"]
    assert groups["Translators (fi)"]["roles"] == ["Contributor", "Editor"]
    one = client.api("/@groups/Editors", **basic("editor"))
    assert one["users"]["items"] == ["emma"]


def test_groups_are_for_group_managers_only(client, people):
    client.api("/@groups", expect=401, **basic("emma"))
    client.api("/@groups", expect=401, **basic("aino"))
    client.api("/@groups", expect=401)
    client.api("/@groups/Nobody", expect=404, **basic("editor"))


def test_group_writes_are_501(client, people):
    response = client.post(
        "/++api++/@groups",
        data="{}",
        content_type="application/json",
        **basic("editor"),
    )
    assert response.status_code == 501


def test_principals_hide_email_from_non_managers(client, people):
    data = client.api("/@principals", data={"search": "ain"}, **basic("emma"))
    assert [u["id"] for u in data["users"]] == ["aino"]
    assert data["users"][0]["email"] is None
    managed = client.api("/@principals", data={"search": "ain"}, **basic("editor"))
    assert managed["users"][0]["email"] == "aino@example.org"


def test_principals_find_groups(client, people):
    data = client.api("/@principals", data={"search": "Editors"}, **basic("emma"))
    assert [g["id"] for g in data["groups"]] == ["Editors"]


def test_principals_need_an_editor_and_a_search(client, people):
    client.api("/@principals", data={"search": "a"}, expect=401)
    client.api("/@principals", expect=400, **basic("emma"))


def test_roles_list_for_signed_in_users(client, people):
    roles = client.api("/@roles", **basic("aino"))
    assert [r["id"] for r in roles] == [
        "Contributor",
        "Editor",
        "Reviewer",
        "Reader",
        "Member",
        "Manager",
    ]
    assert roles[0]["@id"] == "http://testserver/@roles/Contributor"
    client.api("/@roles", expect=401)


def test_manager_filters_users_by_group(client, people):
    found = client.api(
        "/@users", data={"groups-filter:list": "Editors"}, **basic("editor")
    )
    assert [u["id"] for u in found] == ["emma"]
    everyone = client.api(
        "/@users", data={"groups-filter:list": "AuthenticatedUsers"}, **basic("editor")
    )
    assert len(everyone) == 3


def test_user_ids_follow_the_addressed_root(client, people, home):
    data = client.get("/en/++api++/@users/aino", **basic("aino")).json()
    assert data["@id"] == "http://testserver/en/@users/aino"
