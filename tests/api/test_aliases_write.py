"""POST and DELETE @aliases: a page's old paths as Wagtail redirects, read below the
page's language root as Plone reads them below the navigation root; all or nothing;
only for who may edit the page and manage redirects."""

import json

import pytest
from django.utils.timezone import localtime
from wagtail.contrib.redirects.models import Redirect

from tests import factories
from tests.api.conftest import basic

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home):
    return factories.StandardPageFactory(parent=home, slug="about")


def send(client, method, path, body, expect, **auth):
    return client.api(
        path,
        method=method,
        expect=expect,
        data=json.dumps(body),
        content_type="application/json",
        **auth,
    )


def old_paths(page):
    return sorted(
        Redirect.objects.filter(redirect_page=page).values_list("old_path", flat=True)
    )


def test_aliases_are_added_below_the_language_root(client, page, editor):
    body = {"items": [{"path": "/about-us"}, {"path": "/en/who-we-are"}]}
    send(client, "post", "/en/about/@aliases", body, 204, **basic("editor"))
    assert old_paths(page) == ["/en/about-us", "/en/who-we-are"]
    listed = client.api("/en/about/@aliases", **basic("editor"))
    assert [item["path"] for item in listed["items"]] == old_paths(page)
    assert all(item["manual"] for item in listed["items"])
    # The reader site and the API both follow the alias to the page.
    response = client.get("/en/about-us/")
    assert response.status_code == 301
    assert response["Location"].rstrip("/").endswith("/en/about")


def test_a_finnish_page_gets_finnish_aliases(client, page, editor, locales):
    fi_home = page.get_parent().copy_for_translation(locales["fi"])
    fi_page = factories.StandardPageFactory(
        parent=fi_home, slug="tietoa", locale=locales["fi"]
    )
    body = {"items": [{"path": "/meista"}]}
    send(client, "post", "/fi/tietoa/@aliases", body, 204, **basic("editor"))
    assert old_paths(fi_page) == ["/fi/meista"]


def test_one_bad_path_refuses_them_all(client, page, editor, home):
    factories.StandardPageFactory(parent=home, slug="contact")
    body = {"items": [{"path": "/fine"}, {"path": "/contact"}, {"path": "no-slash"}]}
    error = send(client, "post", "/en/about/@aliases", body, 400, **basic("editor"))
    assert "/contact" in error["message"] and "no-slash" in error["message"]
    assert "/fine" not in error["message"]
    assert old_paths(page) == []


def test_an_alias_of_another_page_is_refused(client, page, editor, home):
    other = factories.StandardPageFactory(parent=home, slug="team")
    Redirect.objects.create(old_path="/en/people", redirect_page=other)
    body = {"items": [{"path": "/people"}]}
    send(client, "post", "/en/about/@aliases", body, 400, **basic("editor"))
    assert old_paths(page) == []
    assert old_paths(other) == ["/en/people"]


def test_adding_an_existing_alias_again_changes_nothing(client, page, editor):
    body = {"items": [{"path": "/about-us"}]}
    send(client, "post", "/en/about/@aliases", body, 204, **basic("editor"))
    send(client, "post", "/en/about/@aliases", body, 204, **basic("editor"))
    assert old_paths(page) == ["/en/about-us"]


@pytest.mark.parametrize(
    "body", [{}, {"items": []}, {"items": [{"title": "x"}]}, {"items": [7]}]
)
def test_a_body_without_paths_is_a_400(client, page, editor, body):
    send(client, "post", "/en/about/@aliases", body, 400, **basic("editor"))


def test_readers_and_other_locales_translators_may_not_add(client, page, fi_translator):
    body = {"items": [{"path": "/about-us"}]}
    send(client, "post", "/en/about/@aliases", body, 401)
    send(client, "post", "/en/about/@aliases", body, 403, **basic("aino"))
    assert old_paths(page) == []


def test_editors_group_members_manage_aliases(client, page, staff_editor):
    body = {"items": [{"path": "/about-us"}]}
    send(client, "post", "/en/about/@aliases", body, 204, **basic("emma"))
    send(client, "delete", "/en/about/@aliases", body, 204, **basic("emma"))
    assert old_paths(page) == []


def test_aliases_are_removed(client, page, editor):
    for path in ("/en/about-us", "/en/who-we-are"):
        Redirect.objects.create(old_path=path, redirect_page=page)
    body = {"items": [{"path": "/about-us"}]}
    send(client, "delete", "/en/about/@aliases", body, 204, **basic("editor"))
    assert old_paths(page) == ["/en/who-we-are"]
    # Plone's older spelling: a list of strings under "aliases".
    body = {"aliases": ["/en/who-we-are"]}
    send(client, "delete", "/en/about/@aliases", body, 204, **basic("editor"))
    assert old_paths(page) == []


def test_removing_an_alias_the_page_does_not_have_removes_nothing(client, page, editor):
    Redirect.objects.create(old_path="/en/about-us", redirect_page=page)
    body = {"items": [{"path": "/about-us"}, {"path": "/never-was"}]}
    error = send(client, "delete", "/en/about/@aliases", body, 400, **basic("editor"))
    assert "/never-was" in error["message"]
    assert old_paths(page) == ["/en/about-us"]


def test_at_the_language_root_an_entry_names_its_page(client, page, editor):
    """Plone's URL management panel: POST at the root with ``redirect-to``."""
    body = {
        "items": [
            {"path": "/old-about", "redirect-to": "/about", "datetime": "2022-10-07"}
        ]
    }
    send(client, "post", "/en/@aliases", body, 204, **basic("editor"))
    redirect = Redirect.objects.get(old_path="/en/old-about")
    assert redirect.redirect_page_id == page.pk
    assert localtime(redirect.created_at).date().isoformat() == "2022-10-07"
    # Removed from the root too, as the panel does.
    body = {"items": [{"path": "/old-about"}]}
    send(client, "delete", "/en/@aliases", body, 204, **basic("editor"))
    assert old_paths(page) == []


@pytest.mark.parametrize(
    "item",
    [
        {"path": "/x", "redirect-to": "/nowhere"},
        {"path": "/x", "datetime": "last tuesday"},
        {"path": "/x", "comment": "kept nowhere"},
        {"path": "/x", "redirect-to": 5},
    ],
)
def test_an_entry_that_cannot_be_kept_is_refused(client, page, editor, item):
    send(client, "post", "/en/@aliases", {"items": [item]}, 400, **basic("editor"))
    assert not Redirect.objects.filter(old_path="/en/x").exists()


def test_a_translator_cannot_alias_a_page_of_another_language(
    client, page, fi_translator
):
    body = {"items": [{"path": "/old-about", "redirect-to": "/about"}]}
    send(client, "post", "/en/@aliases", body, 403, **basic("aino"))
    assert old_paths(page) == []
