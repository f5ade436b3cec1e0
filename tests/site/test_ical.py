"""iCalendar: an event's own file and the upcoming events, in the event's time zone
with a VTIMEZONE from the tz database."""

import datetime as dt
import zoneinfo

import pytest

from pages.site import ical
from tests import factories

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")


def helsinki(*args):
    return dt.datetime(*args, tzinfo=HELSINKI)


@pytest.fixture
def meeting(event_index):
    return factories.EventPageFactory(
        parent=event_index,
        title="Stakeholder meeting, Helsinki; day one",
        slug="stakeholder-meeting",
        start=helsinki(2036, 12, 3, 10, 0),
        end=helsinki(2036, 12, 3, 16, 30),
        time_zone="Europe/Helsinki",
        venue="Hakaniemenranta 6, Helsinki",
    )


def lines(response):
    text = response.content.decode()
    assert text.endswith("\r\n")
    return text.replace("\r\n ", "").split("\r\n")


def test_event_calendar_is_a_download_in_the_events_time_zone(client, meeting):
    response = client.get(meeting.url + "ical/")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert 'filename="stakeholder-meeting.ics"' in response["Content-Disposition"]
    body = lines(response)
    assert "DTSTART;TZID=Europe/Helsinki:20361203T100000" in body
    assert "DTEND;TZID=Europe/Helsinki:20361203T163000" in body
    assert "SUMMARY:Stakeholder meeting\\, Helsinki\\; day one" in body
    assert "LOCATION:Hakaniemenranta 6\\, Helsinki" in body
    assert f"UID:{meeting.translation_key}@testserver" in body


def test_vtimezone_describes_the_offsets_around_the_event(client, meeting):
    body = lines(client.get(meeting.url + "ical/"))
    zone = body[body.index("BEGIN:VTIMEZONE") : body.index("END:VTIMEZONE") + 1]
    assert "TZID:Europe/Helsinki" in zone

    def observance(dtstart):
        at = zone.index(dtstart)
        return zone[at - 1 : at + 3]

    # Winter time from 28 October 2035 (in force when 2036 begins); summer time 2036
    # from 30 March at 03:00 local (EET → EEST) to 26 October at 04:00 (EEST → EET).
    assert observance("DTSTART:20351028T040000") == [
        "BEGIN:STANDARD",
        "DTSTART:20351028T040000",
        "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0200",
    ]
    assert observance("DTSTART:20360330T030000") == [
        "BEGIN:DAYLIGHT",
        "DTSTART:20360330T030000",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0300",
    ]
    assert observance("DTSTART:20361026T040000") == [
        "BEGIN:STANDARD",
        "DTSTART:20361026T040000",
        "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0200",
    ]


def test_a_zone_without_summer_time_has_one_standard_offset():
    zone = ical.vtimezone("Asia/Tokyo", {2036})
    assert zone.count("BEGIN:STANDARD") == 1 and "BEGIN:DAYLIGHT" not in zone
    assert "TZOFFSETTO:+0900" in zone


def test_upcoming_calendar_lists_upcoming_events_only(client, event_index, meeting):
    past = factories.EventPageFactory(
        parent=event_index,
        title="Old seminar",
        start=helsinki(2020, 5, 4, 9, 0),
        end=helsinki(2020, 5, 4, 12, 0),
    )
    lisbon = factories.EventPageFactory(
        parent=event_index,
        title="Lisbon webinar",
        time_zone="Europe/Lisbon",
        start=dt.datetime(2036, 6, 1, 14, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Lisbon")),
        end=dt.datetime(2036, 6, 1, 15, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Lisbon")),
    )

    response = client.get(event_index.url + "ical/")

    body = lines(response)
    assert body.count("BEGIN:VEVENT") == 2
    assert f"SUMMARY:{past.title}" not in body
    assert f"SUMMARY:{lisbon.title}" in body
    assert "DTSTART;TZID=Europe/Lisbon:20360601T140000" in body
    assert {"TZID:Europe/Helsinki", "TZID:Europe/Lisbon"} <= set(body)


def test_long_lines_are_folded_at_75_octets():
    line = "DESCRIPTION:" + "ä" * 100
    folded = ical.fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_event_page_shows_local_time_and_zone_and_links_the_file(client, meeting):
    html = client.get(meeting.url).content.decode()
    assert 'datetime="2036-12-03T10:00:00+02:00"' in html
    assert "Europe/Helsinki" in html and "EET" in html
    assert 'href="/en/events/stakeholder-meeting/ical/"' in html


def test_a_non_ascii_slug_still_gives_a_file_name(client, event_index):
    event = factories.EventPageFactory(parent=event_index, slug="sanāksme")
    response = client.get(event.url + "ical/")
    assert response.status_code == 200
    assert "filename*=utf-8''san%C4%81ksme.ics" in response["Content-Disposition"]
