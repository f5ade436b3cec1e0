"""The event's time-zone list: IANA zones that name a place, Europe's first, none of
the deprecated aliases and no "localtime" (which browsers reject); the admin's
account page offers the same list; events saved with an alias are curated."""

import importlib
import zoneinfo

import pytest
from django.conf import settings
from django.urls import reverse

from cms.core import timezones
from pages.models import EventPage

DEPRECATED = ["Europe/Kiev", "US/Eastern", "GB", "Etc/GMT+1", "Iceland", "CET"]


def event_zone_values() -> list[str]:
    return [value for value, _label in EventPage._meta.get_field("time_zone").choices]


def test_event_zones_have_no_localtime_and_no_deprecated_alias():
    values = event_zone_values()
    assert "localtime" not in values
    assert not set(DEPRECATED) & set(values)
    assert len(values) == len(set(values)) < 450  # was 599


def test_event_zones_start_with_europe():
    values = event_zone_values()
    europe = [v for v in values if timezones.is_european(v)]
    assert values[: len(europe)] == europe
    assert {"Europe/Helsinki", "Europe/Tallinn", "Europe/Riga", "Europe/Kyiv"} <= set(
        europe
    )
    assert {"Atlantic/Reykjavik", "Atlantic/Canary"} <= set(europe)
    assert values[0] == "Europe/Amsterdam"
    assert "UTC" in values and "America/New_York" in values


def test_every_event_zone_loads():
    for value in event_zone_values():
        zoneinfo.ZoneInfo(value)


def test_labels_read_as_places():
    labels = dict(EventPage._meta.get_field("time_zone").choices)
    assert labels["America/New_York"] == "America/New York"


def test_account_page_offers_the_curated_zones(client, django_user_model):
    assert settings.WAGTAIL_USER_TIME_ZONES == timezones.names()
    user = django_user_model.objects.create_superuser("tz", "tz@example.org", "pw")
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_account")).content.decode()
    assert 'value="Europe/Tallinn"' in html
    assert 'value="localtime"' not in html
    assert 'value="Europe/Kiev"' not in html


@pytest.mark.parametrize(
    "saved, curated",
    [
        ("Europe/Kiev", "Europe/Kyiv"),
        ("US/Eastern", "America/New_York"),
        ("localtime", "Europe/Brussels"),
        ("Europe/Riga", "Europe/Riga"),
    ],
)
def test_zones_saved_before_the_list_was_curated_are_migrated(
    event_index, saved, curated
):
    from django.apps import apps

    from tests import factories

    event = factories.EventPageFactory(parent=event_index)
    EventPage.objects.filter(pk=event.pk).update(time_zone=saved)
    migration = importlib.import_module("pages.migrations.0003_event_time_zone_choices")
    migration.curate_saved_zones(apps, None)
    assert EventPage.objects.get(pk=event.pk).time_zone == curated
