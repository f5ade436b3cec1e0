"""The scheduler: ``publish_scheduled`` (scripts/scheduler.sh runs it) unpublishes
expired pages and publishes scheduled ones, and the locale index follows."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests import factories
from tests.search.conftest import published

pytestmark = pytest.mark.search_engine


def test_publish_scheduled_unpublishes_expired_pages_and_reindexes(
    search_engine, practice_index
):
    expired = published(factories.PracticePageFactory(parent=practice_index))
    scheduled = factories.PracticePageFactory(parent=practice_index, live=False)
    scheduled.go_live_at = timezone.now() + dt.timedelta(hours=1)
    scheduled.save_revision().publish()
    assert expired.pk in search_engine.page_ids("en")
    expired.expire_at = timezone.now() - dt.timedelta(minutes=1)
    expired.save()
    # Its time came: the approved revision's go-live (and the go-live in its content,
    # which publishing checks again) is now in the past.
    past = timezone.now() - dt.timedelta(seconds=1)
    revision = scheduled.latest_revision
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()

    call_command("publish_scheduled")

    expired.refresh_from_db()
    scheduled.refresh_from_db()
    assert not expired.live and expired.expired
    assert scheduled.live
    ids = search_engine.page_ids("en")
    assert expired.pk not in ids and scheduled.pk in ids
