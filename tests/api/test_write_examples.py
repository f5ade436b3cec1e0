"""The write endpoints answer with the status, headers and shapes of plone.restapi's
recorded examples (tests/api/examples/write/, written from the recordings in
plone.restapi's src/plone/restapi/tests/http-examples/)."""

import json
from pathlib import Path

import pytest
from wagtail.models import PageLogEntry

from tests import factories
from tests.api.conftest import basic, bearer
from tests.api.test_examples import conforms

pytestmark = pytest.mark.django_db
EXAMPLES = Path(__file__).parent / "examples" / "write"
# Keys of Plone's answers we deliberately leave out (see tests/api/test_examples.py).
OMITTED = {
    "changeNote",
    "text",
    "contextnavigation",
    # Wagtail's page locks never expire: our lock info says "timeout": null.
    "timeout",
}


def example(name):
    return json.loads((EXAMPLES / f"{name}.json").read_text())


def check(name, response):
    recorded = example(name)
    assert response.status_code == recorded["status"], response.content[:400]
    if recorded.get("location"):
        assert response["Location"].startswith("http://testserver/")
    if "shape" in recorded:
        assert response["Content-Type"] == recorded["content_type"]
        conforms(recorded["shape"], response.json(), omitted=frozenset(OMITTED))
    else:
        assert response.content == b""


def send(client, method, path, body=None, **headers):
    kwargs = {"content_type": "application/json", **headers}
    if body is not None:
        kwargs["data"] = json.dumps(body)
    return getattr(client, method)("/++api++" + path, **kwargs)


@pytest.fixture
def page(practice_index, editor):
    page = factories.StandardPageFactory(parent=practice_index, title="Front page")
    page.save_revision(user=editor).publish(user=editor)
    return page


def test_jwt_login_renew_logout(client, editor):
    check(
        "jwt_login",
        send(
            client,
            "post",
            "/@login",
            example("jwt_login")["request_body"]
            | {"login": "editor", "password": "pw"},
        ),
    )
    token = send(
        client, "post", "/@login", {"login": "editor", "password": "pw"}
    ).json()["token"]
    renewed = send(client, "post", "/@login-renew", **bearer(token))
    check("jwt_login_renew", renewed)
    check(
        "jwt_logout",
        send(client, "post", "/@logout", **bearer(renewed.json()["token"])),
    )


def test_content_post_patch_delete(client, editor, practice_index):
    body = {"@type": "StandardPage", "title": "My Document"}
    created = send(client, "post", "/en/practices", body, **basic("editor"))
    check("content_post", created)
    assert created["Location"] == "http://testserver/en/practices/my-document"
    path = "/en/practices/my-document"
    check(
        "content_patch",
        send(client, "patch", path, {"title": "New"}, **basic("editor")),
    )
    represented = send(
        client, "patch", path, {"title": "Newer"},
        HTTP_PREFER="return=representation", **basic("editor"),
    )  # fmt: skip
    check("content_patch_representation", represented)
    assert represented.json()["title"] == "Newer"
    check("content_delete", send(client, "delete", path, **basic("editor")))


def test_workflow_post(client, page):
    path = f"/en/practices/{page.slug}"
    check(
        "workflow_post",
        send(client, "post", f"{path}/@workflow/retract", **basic("editor")),
    )
    recorded = example("workflow_post_with_body")
    body = {**recorded["request_body"], "effective": None, "expires": None}
    body.pop("include_children")
    response = send(
        client, "post", f"{path}/@workflow/publish", body, **basic("editor")
    )
    check("workflow_post_with_body", response)
    assert response.json()["comments"] == recorded["request_body"]["comment"]
    assert response.json()["review_state"] == "published"


def test_lock_unlock(client, page):
    path = f"/en/practices/{page.slug}"
    check("lock_get", send(client, "get", f"{path}/@lock", **basic("editor")))
    check("lock", send(client, "post", f"{path}/@lock", **basic("editor")))
    check("unlock", send(client, "delete", f"{path}/@lock", **basic("editor")))


def test_history(client, page):
    path = f"/en/practices/{page.slug}"
    send(client, "patch", path, {"title": "Changed"}, **basic("editor"))
    response = send(client, "get", f"{path}/@history", **basic("editor"))
    recorded = example("history_get")
    assert response.status_code == recorded["status"]
    versions = [e for e in response.json() if e["type"] == "versioning"]
    conforms(recorded["shape"], versions)
    workflow = [e for e in response.json() if e["type"] == "workflow"]
    assert {"action", "actor", "review_state", "state_title", "time"} <= set(
        workflow[0]
    )
    body = example("history_revert")["request_body"]
    check(
        "history_revert",
        send(client, "patch", f"{path}/@history", body, **basic("editor")),
    )


def test_translations_post_and_delete(client, page, fi_home):
    path = f"/en/practices/{page.slug}"
    response = send(
        client, "post", f"{path}/@translations", {"id": "fi"}, **basic("editor")
    )
    check("translations_post", response)
    check(
        "translations_delete",
        send(
            client,
            "delete",
            f"{path}/@translations",
            {"language": "fi"},
            **basic("editor"),
        ),
    )
    assert PageLogEntry.objects.filter(action="vetcms_api.translation.unlink").exists()


def test_copy_and_move(client, page, practice_index, news_index):
    source = f"http://testserver/en/practices/{page.slug}"
    copied = send(
        client, "post", "/en/practices/@copy", {"source": source}, **basic("editor")
    )
    check("copy", copied)
    target = copied.json()[0]["target"]
    assert target == f"http://testserver/en/practices/copy_of_{page.slug}"
    assert (
        send(
            client, "get", target.replace("http://testserver", ""), **basic("editor")
        ).json()["review_state"]
        == "private"
    )
    other = factories.PracticeIndexPageFactory(
        parent=page.get_parent().get_parent(), slug="more"
    )
    moved = send(
        client, "post", "/en/more/@move", {"source": target}, **basic("editor")
    )
    check("move", moved)
    assert moved.json()[0]["target"] == f"http://testserver/en/more/copy_of_{page.slug}"
    other.refresh_from_db()
    assert other.get_children().count() == 1
    # Wagtail's parent/subpage rules hold: a practice index takes no news.
    refused = send(
        client, "post", "/en/news/@move", {"source": source}, **basic("editor")
    )
    assert refused.status_code == 400
    assert (
        PageLogEntry.objects.filter(action__in=["wagtail.copy", "wagtail.move"]).count()
        == 2
    )
