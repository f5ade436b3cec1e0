"""iCalendar: an event's own file and the upcoming events, in the event's time zone
with a VTIMEZONE from the tz database."""

import datetime as dt
import zoneinfo

import icalendar
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


def observances(body):
    """(kind, onset, TZOFFSETFROM, TZOFFSETTO) of each change a VTIMEZONE lists,
    its RDATEs included, in the order of their onsets."""
    found, kind, onsets, offsets = [], None, [], {}
    for line in body:
        if line in ("BEGIN:STANDARD", "BEGIN:DAYLIGHT"):
            kind, onsets, offsets = line.split(":")[1], [], {}
        elif kind and line.startswith(("DTSTART:", "RDATE")):
            onsets += line.split(":", 1)[1].split(",")
        elif kind and line.startswith("TZOFFSET"):
            name, value = line.split(":")
            offsets[name] = value
        elif kind and line == f"END:{kind}":
            found += [
                (kind, onset, offsets["TZOFFSETFROM"], offsets["TZOFFSETTO"])
                for onset in onsets
            ]
            kind = None
    return sorted(found, key=lambda change: change[1])


def unfolded(text):
    return text.replace("\r\n ", "").split("\r\n")


def test_vtimezone_gives_the_offset_in_force_when_the_event_begins(client, meeting):
    body = lines(client.get(meeting.url + "ical/"))
    zone = body[body.index("BEGIN:VTIMEZONE") : body.index("END:VTIMEZONE") + 1]
    assert "TZID:Europe/Helsinki" in zone
    # Winter time (EET, +0200) on 3 December 2036, from before the event begins.
    [(kind, onset, before, after)] = observances(zone)
    assert (kind, before, after) == ("STANDARD", "+0200", "+0200")
    assert onset <= "20361203T100000"


def test_vtimezone_describes_the_summer_time_changes_events_span(event_index):
    # A conference through spring-forward in 2036 and a seminar through fall-back
    # in 2037: each change is written in the local time before it (RFC 5545
    # 3.6.5: TZOFFSETFROM), summer time 2036 from 30 March at 03:00 EET, winter
    # time 2037 from 25 October at 04:00 EEST.
    events = [
        factories.EventPageFactory(
            parent=event_index,
            start=helsinki(2036, 3, 28, 9, 0),
            end=helsinki(2036, 4, 2, 17, 0),
            time_zone="Europe/Helsinki",
        ),
        factories.EventPageFactory(
            parent=event_index,
            start=helsinki(2037, 10, 23, 9, 0),
            end=helsinki(2037, 10, 27, 17, 0),
            time_zone="Europe/Helsinki",
        ),
    ]
    body = unfolded(ical.calendar(events, "testserver"))
    changes = [change for change in observances(body) if change[2] != change[3]]
    assert changes == [
        ("DAYLIGHT", "20360330T030000", "+0200", "+0300"),
        ("STANDARD", "20361026T040000", "+0300", "+0200"),
        ("DAYLIGHT", "20370329T030000", "+0200", "+0300"),
        ("STANDARD", "20371025T040000", "+0300", "+0200"),
    ]


@pytest.mark.parametrize(
    "zone, spring, autumn",
    [
        # US Eastern: 2 a.m. EST → EDT on 9 March; 2 a.m. EDT → EST on 2 November.
        (
            "America/New_York",
            ("DAYLIGHT", "20360309T020000", "-0500", "-0400"),
            ("STANDARD", "20361102T020000", "-0400", "-0500"),
        ),
        # Sydney's summer is the northern winter: AEDT ends 6 April at 3 a.m. AEDT,
        # begins again 5 October at 2 a.m. AEST.
        (
            "Australia/Sydney",
            ("STANDARD", "20360406T030000", "+1100", "+1000"),
            ("DAYLIGHT", "20361005T020000", "+1000", "+1100"),
        ),
    ],
)
def test_vtimezone_of_a_zone_with_summer_time(zone, spring, autumn):
    text = ical.vtimezone(zone, dt.date(2036, 1, 1), dt.date(2036, 12, 31)).to_ical()
    changes = observances(unfolded(text.decode()))
    assert changes[1:] == [spring, autumn]
    assert changes[0][2] == changes[0][3] == spring[2]  # in force on 1 January


def test_times_read_back_at_the_right_instant_across_a_change(event_index):
    """A calendar program reading the file (here icalendar's own parser) puts the
    start where it was entered: 04:30 EEST on the night of the change is 01:30 UTC."""
    event = factories.EventPageFactory(
        parent=event_index,
        start=helsinki(2036, 3, 30, 4, 30),
        end=helsinki(2036, 3, 30, 5, 0),
        time_zone="Europe/Helsinki",
    )
    parsed = icalendar.Calendar.from_ical(ical.calendar([event], "testserver"))
    [vevent] = parsed.walk("VEVENT")
    start = vevent.decoded("DTSTART")
    assert start.astimezone(dt.UTC) == dt.datetime(2036, 3, 30, 1, 30, tzinfo=dt.UTC)


def test_a_zone_without_summer_time_has_one_standard_offset():
    zone = ical.vtimezone("Asia/Tokyo", dt.date(2036, 1, 1), dt.date(2036, 12, 31))
    text = zone.to_ical().decode()
    assert text.count("BEGIN:STANDARD") == 1 and "BEGIN:DAYLIGHT" not in text
    assert "TZOFFSETTO:+0900" in text


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


def test_long_lines_are_folded_at_75_octets(event_index):
    event = factories.EventPageFactory(parent=event_index, summary="ä" * 100)
    text = ical.calendar([event], "testserver")
    assert all(len(part.encode()) <= 75 for part in text.split("\r\n"))
    assert "DESCRIPTION:" + "ä" * 100 in unfolded(text)


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
