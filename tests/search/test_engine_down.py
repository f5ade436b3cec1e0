"""The engine unreachable during a publish or a delete: the edit is saved, the
failure logged and recorded, and search_catch_up brings the indices up to date.

"Down" is a URL where nothing listens (connection refused), as when the engine is
stopped; the shared test engine itself keeps running for the other tests."""

import logging
import socket

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from locales.config import LANGUAGE_CODES
from search.config import search_backends
from search.models import IndexFailure
from search.query import search_pages
from tests import factories
from tests.search.conftest import ENGINE, TEST_INDEX_SETTINGS

pytestmark = pytest.mark.search_engine


def unused_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def engine_down(search_engine, settings):
    """Point the backends at a dead address; returns a function to bring them back."""
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        unused_url(), ENGINE, search_engine.prefix, LANGUAGE_CODES, TEST_INDEX_SETTINGS
    )

    def back_up():
        settings.WAGTAILSEARCH_BACKENDS = search_engine.backends_setting

    return back_up


def found(word):
    return [page.pk for page in search_pages(word, locale="en").items]


def test_publish_while_down_is_saved_logged_recorded_and_caught_up(
    search_engine, practice_index, engine_down, caplog
):
    page = factories.PracticePageFactory(
        parent=practice_index, title="Offline scheme", live=False
    )

    with caplog.at_level(logging.ERROR):
        page.save_revision().publish()  # no exception reaches the editor

    assert Page.objects.get(pk=page.pk).live
    assert "search backend" in caplog.text
    failure = IndexFailure.objects.get(object_id=str(page.pk))
    assert failure.action == "index"
    assert "ConnectionError" in failure.error

    engine_down()  # the engine is back
    search_engine.refresh()
    assert found("offline") == []  # not indexed yet

    call_command("search_catch_up")
    search_engine.refresh()

    assert found("offline") == [page.pk]
    assert page.pk in search_engine.page_ids("default")
    assert not IndexFailure.objects.exists()


def test_delete_while_down_is_caught_up(search_engine, practice_index, settings):
    page = factories.PracticePageFactory(
        parent=practice_index, title="Vanishing scheme"
    )
    pk = page.pk
    search_engine.refresh()
    assert found("vanishing") == [pk]
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        unused_url(), ENGINE, search_engine.prefix, LANGUAGE_CODES, TEST_INDEX_SETTINGS
    )

    Page.objects.get(pk=pk).delete()

    assert IndexFailure.objects.filter(object_id=str(pk), action="delete").exists()
    settings.WAGTAILSEARCH_BACKENDS = search_engine.backends_setting
    assert pk in search_engine.page_ids("en")  # still there: the delete was missed

    call_command("search_catch_up")

    assert pk not in search_engine.page_ids("en")
    assert pk not in search_engine.page_ids("default")
    assert not IndexFailure.objects.exists()


def test_catch_up_keeps_failures_while_still_down(
    search_engine, practice_index, engine_down
):
    page = factories.PracticePageFactory(parent=practice_index, title="Stubborn scheme")

    with pytest.raises(CommandError, match="still fail"):
        call_command("search_catch_up")

    failure = IndexFailure.objects.get(object_id=str(page.pk))
    assert failure.attempts >= 2
