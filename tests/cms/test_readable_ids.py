"""Which pages anyone may read (``cms.core.access.readable_ids``, what a public search
of remembered summaries checks its hits against): with a shared cache, one set per
content generation, until the next scheduled go-live or expiry, and a minute at most;
the same answers as the per-request query."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from cms.core import access, generation
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def shared_cache(remembered):
    """Every test here with the shared cache's memo on (tests/conftest.py)."""


@pytest.fixture
def clock(access_clock):
    return access_clock


@pytest.fixture
def practice(practice_index):
    return factories.PracticePageFactory(parent=practice_index)


def readable(page) -> bool:
    return access.readable_ids([page.pk]) == {page.pk}


def page_queries(call) -> int:
    with CaptureQueriesContext(connection) as ctx:
        call()
    return sum("wagtailcore_page" in q["sql"] for q in ctx.captured_queries)


def test_second_call_reads_no_pages(practice, clock):
    assert page_queries(lambda: readable(practice)) > 0
    assert page_queries(lambda: readable(practice)) == 0
    assert readable(practice)


def test_only_the_asked_ids_come_back(practice, practice_index, clock):
    draft = factories.PracticePageFactory(parent=practice_index, live=False)
    asked = [practice.pk, draft.pk, 987654]
    assert access.readable_ids(asked) == {practice.pk}


def test_an_unpublish_shows_at_once(practice, clock):
    assert readable(practice)
    practice.unpublish()
    assert not readable(practice)


def test_a_new_restriction_shows_at_once(practice, practice_index, clock):
    assert readable(practice)
    PageViewRestriction.objects.create(
        page=practice_index, restriction_type=PageViewRestriction.LOGIN
    )
    assert not readable(practice)


def test_an_expiry_shows_when_its_time_comes(practice, clock):
    # As the scheduler leaves it: live, with an expiry, no publish since.
    Page.objects.filter(pk=practice.pk).update(
        expire_at=clock.value + dt.timedelta(seconds=30)
    )
    generation._MEMO.clear()
    assert readable(practice)
    clock.value += dt.timedelta(seconds=20)
    assert readable(practice)
    clock.value += dt.timedelta(seconds=20)
    assert not readable(practice)


def test_a_change_behind_wagtails_back_shows_within_a_minute(practice, clock):
    assert readable(practice)
    Page.objects.filter(pk=practice.pk).update(live=False)  # no signal, no bump
    assert readable(practice)  # remembered
    clock.value += access.READABLE_IDS_MAX_AGE
    assert not readable(practice)


def test_without_a_shared_cache_every_call_asks_the_database(
    practice, practice_index, monkeypatch
):
    monkeypatch.setattr(generation, "shared", lambda: False)
    draft = factories.PracticePageFactory(parent=practice_index, live=False)
    first = page_queries(lambda: readable(practice))
    assert first > 0 and page_queries(lambda: readable(practice)) == first
    assert access.readable_ids([practice.pk, draft.pk]) == {practice.pk}
