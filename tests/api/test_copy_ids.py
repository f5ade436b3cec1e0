"""@copy names copies as Zope's OFS.CopySupport does (the id where it is free, else
copy_of_<id>, copy2_of_<id>, …), and refuses a type the target may not hold with
@move's 400 "Disallowed subobject type", not a 403."""

import json

import pytest

from tests import factories
from tests.api.conftest import basic

pytestmark = pytest.mark.django_db


def copy(client, target, source, who="editor"):
    return client.post(
        f"/++api++{target}/@copy",
        data=json.dumps({"source": source}),
        content_type="application/json",
        **basic(who),
    )


@pytest.fixture
def about(home, editor):
    return factories.StandardPageFactory(parent=home, slug="about")


def test_copy_in_the_same_folder_is_copy_of(client, about):
    response = copy(client, "/en", "/en/about")
    assert response.status_code == 200, response.content
    assert response.json() == [
        {
            "source": "http://testserver/en/about",
            "target": "http://testserver/en/copy_of_about",
        }
    ]


def test_further_copies_count_on(client, about):
    targets = [copy(client, "/en", "/en/about").json()[0]["target"] for _ in range(3)]
    assert [t.rsplit("/", 1)[1] for t in targets] == [
        "copy_of_about",
        "copy2_of_about",
        "copy3_of_about",
    ]


def test_copy_of_a_copy_counts_on_from_its_number(client, about):
    copy(client, "/en", "/en/about")
    target = copy(client, "/en", "/en/copy_of_about").json()[0]["target"]
    assert target == "http://testserver/en/copy2_of_about"


def test_copy_to_a_folder_where_the_id_is_free_keeps_it(client, about):
    factories.StandardPageFactory(parent=about, slug="team")
    target = copy(client, "/en/about", "/en/about/team")
    assert target.json()[0]["target"] == "http://testserver/en/about/copy_of_team"
    other = factories.StandardPageFactory(parent=about.get_parent(), slug="other")
    moved = copy(client, f"/en/{other.slug}", "/en/about/team")
    assert moved.json()[0]["target"] == "http://testserver/en/other/team"


def test_type_not_allowed_is_moves_400(client, about, news_index):
    response = copy(client, f"/en/{news_index.slug}", "/en/about")
    assert response.status_code == 400
    assert response.json() == {
        "type": "BadRequest",
        "message": "Disallowed subobject type: StandardPage",
    }
    moved = client.post(
        f"/++api++/en/{news_index.slug}/@move",
        data=json.dumps({"source": "/en/about"}),
        content_type="application/json",
        **basic("editor"),
    )
    assert (moved.status_code, moved.json()) == (response.status_code, response.json())


def test_copy_without_add_permission_is_still_403(client, about, fi_translator):
    response = copy(client, "/en", "/en/about", who="aino")
    assert response.status_code == 403
