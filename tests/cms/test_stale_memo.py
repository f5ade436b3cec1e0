"""Pages still live whose time is over (``cms.core.access.stale_live_ids``, what every
search leaves out) are remembered per content generation only until the next
scheduled go-live or expiry of a live page: time alone changes the set, without a
publish to bump the generation."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cms.core import access
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def shared_cache(remembered):
    """Every test here with the shared cache's memo on (tests/conftest.py)."""


@pytest.fixture
def clock(access_clock):
    return access_clock


def page_queries(call) -> int:
    with CaptureQueriesContext(connection) as ctx:
        call()
    return sum("wagtailcore_page" in q["sql"] for q in ctx.captured_queries)


def test_second_call_reads_no_pages(practice_index, clock):
    factories.PracticePageFactory(parent=practice_index)
    assert page_queries(access.stale_live_ids) > 0
    assert page_queries(access.stale_live_ids) == 0


def test_a_page_expiring_later_is_left_out_once_its_time_passes(practice_index, clock):
    page = factories.PracticePageFactory(parent=practice_index)
    # Set as the scheduler leaves it: live, with an expiry, no publish since.
    Page.objects.filter(pk=page.pk).update(
        expire_at=clock.value + dt.timedelta(hours=1)
    )
    assert page.pk not in access.stale_live_ids()
    clock.value += dt.timedelta(minutes=30)
    assert page.pk not in access.stale_live_ids()
    clock.value += dt.timedelta(hours=1)
    assert page.pk in access.stale_live_ids()


def test_a_page_going_live_later_is_found_once_its_time_comes(practice_index, clock):
    page = factories.PracticePageFactory(parent=practice_index)
    later = clock.value + dt.timedelta(hours=1)
    Page.objects.filter(pk=page.pk).update(go_live_at=later)
    assert page.pk in access.stale_live_ids()
    clock.value = later + dt.timedelta(seconds=1)
    assert page.pk not in access.stale_live_ids()


def test_a_publish_retires_the_remembered_ids(practice_index, clock):
    page = factories.PracticePageFactory(parent=practice_index)
    assert page.pk not in access.stale_live_ids()
    page.expire_at = clock.value - dt.timedelta(minutes=1)
    page.save_revision().publish()
    Page.objects.filter(pk=page.pk).update(live=True)  # the scheduler has not run
    assert page.pk in access.stale_live_ids()
