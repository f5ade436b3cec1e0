"""iCalendar (RFC 5545) for events, written with the ``icalendar`` library: times are
in the event's own time zone (DTSTART;TZID=Europe/Helsinki:…) with a VTIMEZONE that
``icalendar`` builds from the tz database, so a calendar shows them right wherever
the reader is."""

import datetime as dt
import zoneinfo

import icalendar
from django.utils import timezone

PRODID = "-//vetcms//events//EN"


def vtimezone(name: str, first: dt.date, last: dt.date) -> icalendar.Timezone:
    """The zone's offsets from ``first`` (the offset in force then) to ``last``."""
    tz = zoneinfo.ZoneInfo(name)
    component = icalendar.Timezone.from_tzinfo(
        tz, tzid=name, first_date=first, last_date=last
    )
    for observance in component.subcomponents:
        _onsets_in_offset_from(observance, tz)
    return component


def _onsets_in_offset_from(observance, tz: zoneinfo.ZoneInfo) -> None:
    """RFC 5545 §3.6.5: an onset is the local time in the offset *before* it
    (TZOFFSETFROM: summer time in Helsinki starts at 03:00 EET). ``icalendar`` 7
    steps in wall-clock time, so a spring-forward onset comes out in the offset
    after it (04:00), an hour late for a reader's calendar; put each one right."""
    before = observance["TZOFFSETFROM"].td
    after = observance["TZOFFSETTO"].td
    if before == after:
        return
    observance.DTSTART = _onset(observance.DTSTART, before, after, tz)
    dates = observance.get("RDATE")
    if dates is not None:
        del observance["RDATE"]
        values = [d for rdate in _as_list(dates) for d in rdate.dts]
        observance.add("RDATE", [_onset(v.dt, before, after, tz) for v in values])


def _as_list(value):
    return value if isinstance(value, list) else [value]


def _onset(wall: dt.datetime, before, after, tz) -> dt.datetime:
    """``wall`` is the change's local time in one of its two offsets: the instant
    where the zone's offset turns from ``before`` to ``after`` is the one that fits."""
    for guess in (wall - before, wall - after):
        instant = guess.replace(tzinfo=dt.UTC)
        just_before = instant - dt.timedelta(seconds=1)
        if (
            instant.astimezone(tz).utcoffset() == after
            and just_before.astimezone(tz).utcoffset() == before
        ):
            return (instant + before).replace(tzinfo=None)
    return wall


def vevent(event, host: str) -> icalendar.Event:
    """An event; one in a fallback language (``locales.localized.mark``) says so with
    LANGUAGE on its texts and links to where the reader's site serves it."""
    location = event.venue or (event.online_url if event.online else "")
    language = getattr(event, "fallback_language", None)
    text = {"LANGUAGE": language} if language else {}
    component = icalendar.Event()
    component.add("UID", f"{event.translation_key}@{host}")
    component.add("DTSTAMP", timezone.now())
    component.add("DTSTART", event.local_start)
    component.add("DTEND", event.local_end)
    component.add("SUMMARY", event.title, parameters=text)
    component.add("URL", getattr(event, "reader_full_url", None) or event.full_url)
    if event.summary:
        component.add("DESCRIPTION", event.summary, parameters=text)
    if location:
        component.add("LOCATION", location, parameters=text)
    if event.last_published_at:
        component.add("LAST-MODIFIED", event.last_published_at)
    return component


def calendar(events, host: str, name: str = "") -> str:
    """A VCALENDAR with the given events and the time zones they use."""
    events = list(events)
    cal = icalendar.Calendar()
    cal.add("VERSION", "2.0")
    cal.add("PRODID", PRODID)
    cal.add("CALSCALE", "GREGORIAN")
    cal.add("METHOD", "PUBLISH")
    if name:
        cal.add("X-WR-CALNAME", name)
    spans: dict[str, tuple[dt.date, dt.date]] = {}
    for event in events:
        first, last = spans.get(event.time_zone, (dt.date.max, dt.date.min))
        spans[event.time_zone] = (
            min(first, event.local_start.date()),
            max(last, event.local_end.date()),
        )
    for zone_name, (first, last) in sorted(spans.items()):
        # A day either side: the offset in force when the first event begins is
        # the zone's first observance (RFC 5545: times before it are undefined).
        day = dt.timedelta(days=1)
        cal.add_component(vtimezone(zone_name, first - day, last + day))
    for event in events:
        cal.add_component(vevent(event, host))
    return cal.to_ical().decode()
