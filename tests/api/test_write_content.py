"""Content writes field by field: rich text is sanitised, StreamField takes Wagtail's
JSON blocks, relations are named by UID or token, dates without an offset are read in
the event's time zone, choices are checked; bad input is one 400 naming every field;
each edit is a new revision, and @history reverts to an old one."""

import datetime as dt
import json
import zoneinfo

import pytest
from wagtail.models import Page, PageLogEntry

from cms.api.serializers.metadata import uid
from pages.models import EventPage, PracticePage, StandardPage
from tests import factories
from tests.api.conftest import basic

pytestmark = pytest.mark.django_db


def send(client, method, path, body=None, **extra):
    kwargs = {"content_type": "application/json", **basic("editor"), **extra}
    if body is not None:
        kwargs["data"] = json.dumps(body)
    return getattr(client, method)("/++api++" + path, **kwargs)


def latest(page):
    return Page.objects.get(pk=page.pk).get_latest_revision_as_object()


@pytest.fixture
def project(home, editor):
    index = factories.ProjectIndexPageFactory(parent=home)
    return factories.ProjectPageFactory(parent=index)


def test_event_with_zoned_dates_relations_and_blocks(
    client, editor, event_index, project
):
    organiser = factories.OrganisationFactory()
    body = {
        "@type": "EventPage",
        "title": "Apprenticeship forum",
        "time_zone": "Europe/Helsinki",
        "start": "2027-03-01T09:00:00",
        "end": "2027-03-01T16:00:00+00:00",
        "organisers": [{"token": str(organiser.pk), "title": "ignored"}],
        "project": {"UID": uid(project)},
        "body": [
            {
                "type": "paragraph",
                "value": '<p>Hi<script>alert(1)</script> <a href="https://example.org">x</a></p>',
            },
            {
                "type": "link",
                "value": {"url": "https://example.org/a", "text": "Agenda"},
            },
        ],
    }
    response = send(client, "post", "/en/events", body)
    assert response.status_code == 201, response.content
    event = EventPage.objects.get(slug="apprenticeship-forum")
    helsinki = zoneinfo.ZoneInfo("Europe/Helsinki")
    assert event.start == dt.datetime(2027, 3, 1, 9, 0, tzinfo=helsinki)
    assert event.end == dt.datetime(2027, 3, 1, 16, 0, tzinfo=dt.UTC)
    assert list(event.organisers.all()) == [organiser]
    assert event.project_id == project.pk
    paragraph = event.body[0].value.source
    assert "<script>" not in paragraph and 'href="https://example.org"' in paragraph
    assert event.body[1].value["text"] == "Agenda"
    served = response.json()
    assert served["start"] == "2027-03-01T07:00:00+00:00"
    assert served["project"]["@id"].endswith(project.slug)


def test_bad_input_is_one_400_naming_every_field(client, editor, event_index):
    body = {
        "@type": "EventPage",
        "title": "",
        "time_zone": "Mars/Olympus",
        "start": "next tuesday",
        "end": "2027-03-01T16:00:00",
        "organisers": ["no-such-organisation"],
        "body": [{"type": "link", "value": {"url": "not a url", "text": "x"}}],
        "colour": "red",
    }
    response = send(client, "post", "/en/events", body)
    assert response.status_code == 400
    data = response.json()
    assert data["type"] == "BadRequest"
    fields = {e["field"] for e in data["errors"]}
    assert fields == {"title", "time_zone", "start", "organisers", "body", "colour"}
    assert all(e["message"] for e in data["errors"])
    assert not EventPage.objects.exists()


def test_model_rules_and_choices(client, editor, event_index, practice_index):
    body = {
        "@type": "EventPage",
        "title": "Backwards",
        "time_zone": "UTC",
        "start": "2027-03-02T10:00:00Z",
        "end": "2027-03-01T10:00:00Z",
    }
    response = send(client, "post", "/en/events", body)
    assert [e["field"] for e in response.json()["errors"]] == ["end"]
    bad_kind = {"@type": "PracticePage", "title": "P", "summary": "s", "kind": "magic"}
    response = send(client, "post", "/en/practices", bad_kind)
    assert [e["field"] for e in response.json()["errors"]] == ["kind"]
    good = {**bad_kind, "kind": {"token": "tool"}}
    assert send(client, "post", "/en/practices", good).status_code == 201
    assert PracticePage.objects.get(slug="p").kind == "tool"


def test_type_and_place_rules(client, editor, practice_index, event_index):
    wrong_place = send(
        client, "post", "/en/practices", {"@type": "EventPage", "title": "E"}
    )
    assert wrong_place.status_code == 400
    assert "EventPage" in wrong_place.json()["message"]
    unknown = send(client, "post", "/en/practices", {"@type": "Nonsense", "title": "D"})
    assert unknown.status_code == 400
    raw = client.post(
        "/++api++/en/practices",
        b"[1]",
        content_type="application/json",
        **basic("editor"),
    )
    assert raw.status_code == 400


def test_slug_from_id_or_title_and_duplicates(client, editor, practice_index):
    page = {"@type": "StandardPage", "title": "Työssäoppiminen"}
    assert send(client, "post", "/en/practices", page).status_code == 201
    second = send(client, "post", "/en/practices", page)
    assert second["Location"].endswith("/työssäoppiminen-2") or second[
        "Location"
    ].endswith("/ty%C3%B6ss%C3%A4oppiminen-2")
    taken = send(client, "post", "/en/practices", {**page, "id": "työssäoppiminen"})
    assert taken.status_code == 400
    assert taken.json()["errors"][0]["field"] == "id"
    assert (
        send(client, "post", "/en/practices", {**page, "id": "chosen"}).status_code
        == 201
    )
    assert StandardPage.objects.filter(slug="chosen").exists()


def test_each_edit_is_a_revision_and_history_reverts(client, editor, practice_index):
    page = factories.StandardPageFactory(parent=practice_index, title="One")
    page.save_revision(user=editor).publish(user=editor)
    path = f"/en/practices/{page.slug}"
    for title in ("Two", "Three"):
        assert send(client, "patch", path, {"title": title}).status_code == 204
    assert page.revisions.count() == 3
    assert Page.objects.get(pk=page.pk).title == "One"  # live content unchanged
    assert latest(page).title == "Three"
    history = send(client, "get", f"{path}/@history").json()
    versions = [h for h in history if h["type"] == "versioning"]
    assert [v["version"] for v in versions] == [2, 1, 0]
    assert versions[0]["actor"]["id"] == "editor"
    old = send(client, "get", f"{path}/@history/0").json()
    assert old["title"] == "One" and old["version"] == 0
    assert send(client, "get", f"{path}/@history/9").status_code == 404
    reverted = send(client, "patch", f"{path}/@history", {"version": 0})
    assert reverted.status_code == 200
    assert latest(page).title == "One"
    assert page.revisions.count() == 4
    assert PageLogEntry.objects.filter(page=page, action="wagtail.revert").exists()
    edits = PageLogEntry.objects.filter(page=page, action="wagtail.edit", user=editor)
    assert edits.count() == 2
    assert (
        send(client, "patch", f"{path}/@history", {"version": "x"}).status_code == 404
    )


def test_history_is_for_editors(client, practice_index, django_user_model):
    django_user_model.objects.create_user("reader", password="pw")
    page = factories.StandardPageFactory(parent=practice_index)
    path = f"/++api++/en/practices/{page.slug}/@history"
    assert client.get(path).status_code == 401
    assert client.get(path, **basic("reader")).status_code == 403


def test_patch_keeps_language_and_ignores_read_only_keys(
    client, editor, practice_index
):
    page = factories.StandardPageFactory(parent=practice_index)
    path = f"/en/practices/{page.slug}"
    current = send(client, "get", path).json()
    current["title"] = "Round trip"
    for key in ("body",):
        current.pop(key, None)
    current["language"] = current["language"]["token"]
    response = send(client, "patch", path, current)
    assert response.status_code == 204, response.content
    assert latest(page).title == "Round trip"
    moved = send(client, "patch", path, {"language": "fi"})
    assert moved.status_code == 400 and moved.json()["errors"][0]["field"] == "language"


@pytest.mark.parametrize(
    "method,suffix,body",
    [
        ("delete", "/@lock", {"force": {}}),
        ("delete", "", {"delete_translations": [1]}),
        ("patch", "", {"body": [{"type": "embed", "value": 5}]}),
        ("patch", "", {"body": [{"type": "image", "value": {"image": "x"}}]}),
        ("patch", "", {"body": "text"}),
        ("patch", "", {"title": ["a"]}),
        ("patch", "", {"effective": "2027-02-30T10:00:00"}),
        ("post", "", {"@type": ["StandardPage"], "title": "x"}),
        ("post", "/@workflow", None),
        ("post", "/@translations", {"id": "/xx/nowhere"}),
        ("post", "/@translations", {"id": "f" * 32}),
        ("patch", "/@history", {"version": 10**30}),
    ],
)
def test_odd_input_is_a_4xx_never_a_500(
    client, editor, practice_index, method, suffix, body
):
    page = factories.StandardPageFactory(parent=practice_index)
    response = send(client, method, f"/en/practices/{page.slug}{suffix}", body)
    assert 400 <= response.status_code < 500, response.content
    assert response.json()["type"]


def test_deeply_nested_body_is_400(client, editor, practice_index):
    page = factories.StandardPageFactory(parent=practice_index)
    raw = b"[" * 100000 + b"]" * 100000
    response = client.patch(
        f"/++api++/en/practices/{page.slug}", raw, content_type="application/json",
        **basic("editor"),
    )  # fmt: skip
    assert response.status_code == 400


def test_related_snippet_by_token_in_the_pages_locale(client, editor, practice_index):
    theme = factories.ThemeFactory(slug="mentoring")
    body = {"@type": "PracticePage", "title": "T", "summary": "s", "kind": "tool"}
    body["themes"] = [{"token": "mentoring"}]
    body["countries"] = ["FI", {"token": "NO"}]
    response = send(client, "post", "/en/practices", body)
    assert response.status_code == 201, response.content
    practice = PracticePage.objects.get(slug="t")
    assert list(practice.themes.all()) == [theme]
    assert sorted(c.code for c in practice.countries.all()) == ["FI", "NO"]
    bad = send(client, "patch", "/en/practices/t", {"countries": ["ZZ"]})
    assert bad.json()["errors"][0]["field"] == "countries"
