"""Conditional GET on the API (cms/api/http.py, Django's get_conditional_response):
weak and listed ETags, If-Match, and what each answer costs in log queries."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry

pytestmark = pytest.mark.django_db

URLS = ["/++api++/en/practices", "/++api++/fi"]


@pytest.fixture
def pages(practice_index, fi_home):
    practice_index.save_revision().publish()
    return practice_index


def log_queries(queries):
    return [q for q in queries if "logentry" in q["sql"]]


@pytest.mark.parametrize("url", URLS)
def test_a_weak_etag_matches_the_strong_one(client, pages, url):
    etag = client.get(url)["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    again = client.get(url, HTTP_IF_NONE_MATCH=f"W/{etag}")
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == etag


@pytest.mark.parametrize("url", URLS)
def test_any_etag_of_a_list_matches(client, pages, url):
    etag = client.get(url)["ETag"]
    listed = f'"stale", W/"older",{etag} , "other"'
    assert client.get(url, HTTP_IF_NONE_MATCH=listed).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH="*").status_code == 304


def test_other_etags_get_the_body_with_its_dates(client, pages):
    response = client.get(URLS[0], HTTP_IF_NONE_MATCH='"stale", W/"older"')
    assert response.status_code == 200 and response.json()["@id"]
    assert response["Last-Modified"] and response["ETag"]


def test_if_none_match_wins_over_if_modified_since(client, pages):
    first = client.get(URLS[0])
    again = client.get(
        URLS[0],
        HTTP_IF_NONE_MATCH='"stale"',
        HTTP_IF_MODIFIED_SINCE=first["Last-Modified"],
    )
    assert again.status_code == 200


def test_a_failed_if_match_is_412(client, pages):
    etag = client.get(URLS[0])["ETag"]
    assert client.get(URLS[0], HTTP_IF_MATCH='"other"').status_code == 412
    assert client.get(URLS[0], HTTP_IF_MATCH=etag).status_code == 200


def test_editors_get_304_too_and_stay_private(editor_client, pages):
    first = editor_client.get(URLS[0])
    again = editor_client.get(URLS[0], HTTP_IF_NONE_MATCH=f"W/{first['ETag']}")
    assert again.status_code == 304
    assert again["Cache-Control"] == "private, no-cache"


def test_last_modified_is_the_later_of_both_logs(client, editor, pages):
    later = timezone.now() + dt.timedelta(days=3)
    ModelLogEntry.objects.create(
        content_type_id=PageLogEntry.objects.first().content_type_id,
        label="snippet",
        action="wagtail.edit",
        object_id="1",
        timestamp=later,
    )
    assert client.get(URLS[0])["Last-Modified"] == later.strftime(
        "%a, %d %b %Y %H:%M:%S GMT"
    )
    PageLogEntry.objects.filter(page=pages).update(
        timestamp=later + dt.timedelta(days=1)
    )
    assert client.get(URLS[0])["Last-Modified"] == (
        later + dt.timedelta(days=1)
    ).strftime("%a, %d %b %Y %H:%M:%S GMT")


def test_a_full_answer_reads_the_logs_in_one_query(editor_client, pages):
    with CaptureQueriesContext(connection) as queries:
        assert editor_client.get(URLS[0]).status_code == 200
    assert len(log_queries(queries)) == 1


def test_a_revalidation_by_etag_reads_no_log(editor_client, pages):
    etag = editor_client.get(URLS[0])["ETag"]
    with CaptureQueriesContext(connection) as queries:
        response = editor_client.get(URLS[0], HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert log_queries(queries) == []
