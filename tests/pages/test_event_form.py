"""Editors type event times as local clock times of the event's own time zone."""

import datetime as dt
import zoneinfo

from django.test import override_settings

from pages.models import EventPage
from pages.models.events import EventPageForm


@override_settings(TIME_ZONE="UTC")
def test_form_reads_times_in_the_event_time_zone(event_index):
    form_class = EventPage.get_edit_handler().get_form_class()
    assert issubclass(form_class, EventPageForm)
    form = form_class(
        data={
            "title": "Consultation",
            "slug": "consultation",
            "start": "2022-03-30 10:00",
            "end": "2022-03-30 11:30",
            "time_zone": "Europe/Rome",
            "summary": "",
            "venue": "",
            "online_url": "",
            "registration_url": "",
            "body-count": "0",
            "documents-count": "0",
        },
        instance=EventPage(),
        parent_page=event_index,
        for_user=None,
    )
    assert form.is_valid(), form.errors
    rome = zoneinfo.ZoneInfo("Europe/Rome")
    assert form.cleaned_data["start"] == dt.datetime(2022, 3, 30, 10, 0, tzinfo=rome)
    assert form.cleaned_data["end"].astimezone(dt.UTC).hour == 9  # 11.30 CEST
