"""Summaries and ``metadata_fields=_all`` carry the keys of Plone 6.1 with plone.volto
(issue 20), their dates from Wagtail's, loaded in bulk."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db

PLONE_SUMMARY_KEYS = {
    "@id",
    "@type",
    "description",
    "review_state",
    "title",
    "type_title",
    "effective",
    "start",
    "end",
    "head_title",
    "nav_title",
    "getRemoteUrl",
    "mime_type",
    "getObjSize",
    "image_field",
    "image_scales",
}
PLONE_COLUMNS = {
    "CreationDate",
    "Creator",
    "Date",
    "Description",
    "EffectiveDate",
    "ExpirationDate",
    "ModificationDate",
    "Subject",
    "Title",
    "Type",
    "UID",
    "created",
    "effective",
    "end",
    "exclude_from_nav",
    "expires",
    "getIcon",
    "getId",
    "getObjSize",
    "getPath",
    "getRemoteUrl",
    "getURL",
    "hasPreviewImage",
    "id",
    "is_folderish",
    "listCreators",
    "location",
    "mime_type",
    "modified",
    "portal_type",
    "review_state",
    "start",
    "Language",
    "sortable_title",
}


def items(client, url: str) -> dict:
    """Listing items by title."""
    data = client.api(url)
    return {item["title"]: item for item in data["items"]}


def test_a_default_summary_has_plones_keys(client, practice_index):
    factories.PracticePageFactory(parent=practice_index, title="Tools")
    item = items(client, "/en/practices")["Tools"]
    assert set(item) == PLONE_SUMMARY_KEYS


def test_an_event_summary_has_its_start_and_end(client, event_index):
    start = timezone.now().replace(microsecond=0) + dt.timedelta(days=2)
    factories.EventPageFactory(
        parent=event_index, title="Fair", start=start, end=start + dt.timedelta(hours=3)
    )
    item = items(client, "/en/events")["Fair"]
    assert item["start"] == start.astimezone(dt.UTC).isoformat()
    assert item["end"] == (start + dt.timedelta(hours=3)).astimezone(dt.UTC).isoformat()


def test_a_summary_has_the_seo_title_as_head_title(client, practice_index):
    factories.PracticePageFactory(
        parent=practice_index, title="Tools", seo_title="Tools for mentors"
    )
    item = items(client, "/en/practices")["Tools"]
    assert item["head_title"] == "Tools for mentors"
    assert item["mime_type"] == "text/plain"


def test_effective_is_the_first_publication(client, practice_index):
    page = factories.PracticePageFactory(parent=practice_index, title="Tools")
    page.save_revision().publish()
    page.refresh_from_db()
    item = items(client, "/en/practices")["Tools"]
    assert item["effective"] == page.first_published_at.astimezone(dt.UTC).strftime(
        "%Y-%m-%dT%H:%M:%S+00:00"
    )


def test_all_metadata_carries_plones_catalog_columns(client, practice_index):
    factories.PracticePageFactory(parent=practice_index, title="Tools")
    item = items(client, "/en/practices/@search?path.depth=1&metadata_fields=_all")
    assert PLONE_COLUMNS <= set(item["Tools"])


def test_plone_dates_come_from_wagtails(client, practice_index):
    page = factories.PracticePageFactory(parent=practice_index, title="Tools")
    page.save_revision().publish()
    page.refresh_from_db()
    item = items(client, "/en/practices/@search?path.depth=1&metadata_fields=_all")
    tools = item["Tools"]
    assert tools["CreationDate"] == tools["created"] == tools["effective"]
    assert tools["Date"] == tools["EffectiveDate"] == tools["effective"]
    assert tools["ModificationDate"] == tools["modified"]
    assert tools["ExpirationDate"] == "None"
    assert tools["Description"] == tools["description"]


def test_a_never_published_page_was_still_created(editor_client, practice_index):
    draft = factories.PracticePageFactory(
        parent=practice_index, title="Draft", live=False
    )
    revision = draft.save_revision()
    url = "/en/practices/@search?path.depth=1&metadata_fields=created"
    item = items(editor_client, url)["Draft"]
    assert item["created"] == revision.created_at.astimezone(dt.UTC).strftime(
        "%Y-%m-%dT%H:%M:%S+00:00"
    )
    assert item["effective"] is None


def test_creators_are_for_editors_only(client, editor_client, editor, practice_index):
    factories.PracticePageFactory(parent=practice_index, title="Tools", owner=editor)
    url = "/en/practices/@search?path.depth=1&metadata_fields=_all"
    assert items(editor_client, url)["Tools"]["listCreators"] == ["editor"]
    assert items(client, url)["Tools"]["listCreators"] == []


def test_all_metadata_queries_do_not_grow_with_drafts(editor_client, practice_index):
    def count() -> int:
        url = "/++api++/en/practices/@search?path.depth=1&metadata_fields=_all"
        editor_client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(url).status_code == 200
        return len(captured)

    for _ in range(2):
        factories.PracticePageFactory(parent=practice_index, live=False).save_revision()
    few = count()
    for _ in range(10):
        factories.PracticePageFactory(parent=practice_index, live=False).save_revision()
    assert count() == few
