"""iCalendar (RFC 5545) for events: times are written in the event's own time zone
(DTSTART;TZID=Europe/Helsinki:…) with a VTIMEZONE built from the tz database, so a
calendar shows them right wherever the reader is."""

import datetime as dt
import zoneinfo

from django.utils import timezone

PRODID = "-//vetcms//events//EN"
UTC = dt.UTC


def escape(text: str) -> str:
    text = str(text or "")
    for char, replacement in (("\\", "\\\\"), (";", "\\;"), (",", "\\,")):
        text = text.replace(char, replacement)
    return text.replace("\r\n", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space."""
    data = line.encode()
    parts = []
    while len(data) > 75:
        cut = 75 if not parts else 74
        while cut and (data[cut] & 0xC0) == 0x80:  # never split a UTF-8 character
            cut -= 1
        parts.append(data[:cut].decode())
        data = data[cut:]
    parts.append(data.decode())
    return "\r\n ".join(parts)


def local(value: dt.datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def utc(value: dt.datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def transitions(tz: zoneinfo.ZoneInfo, year: int):
    """(instant in UTC, offset before, offset after) of each change in ``year``."""
    found = []
    moment = dt.datetime(year, 1, 1, tzinfo=UTC)
    end = dt.datetime(year + 1, 1, 1, tzinfo=UTC)
    step = dt.timedelta(days=1)
    while moment < end:
        before, after = (
            moment.astimezone(tz).utcoffset(),
            (moment + step).astimezone(tz),
        )
        if after.utcoffset() != before:
            low, high = moment, moment + step
            while high - low > dt.timedelta(minutes=1):  # bisect to the minute
                mid = low + (high - low) / 2
                if mid.astimezone(tz).utcoffset() == before:
                    low = mid
                else:
                    high = mid
            found.append(
                (high.replace(second=0, microsecond=0), before, after.utcoffset())
            )
        moment += step
    return found


def offset(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def vtimezone(name: str, years: set[int]) -> list[str]:
    tz = zoneinfo.ZoneInfo(name)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{name}"]
    changes = [c for year in sorted(years) for c in transitions(tz, year)]
    if not changes:
        # No daylight saving time in these years: one standard offset.
        moment = dt.datetime(min(years), 1, 1, tzinfo=UTC).astimezone(tz)
        changes = [
            (
                dt.datetime(1970, 1, 1, tzinfo=UTC),
                moment.utcoffset(),
                moment.utcoffset(),
            )
        ]
    for instant, before, after in changes:
        kind = (
            "DAYLIGHT"
            if (instant + dt.timedelta(hours=1)).astimezone(tz).dst()
            else "STANDARD"
        )
        abbreviation = (instant + dt.timedelta(hours=1)).astimezone(tz).tzname()
        lines += [
            f"BEGIN:{kind}",
            f"DTSTART:{local((instant + before).replace(tzinfo=None))}",
            f"TZOFFSETFROM:{offset(before)}",
            f"TZOFFSETTO:{offset(after)}",
            f"TZNAME:{abbreviation}",
            f"END:{kind}",
        ]
    return lines + ["END:VTIMEZONE"]


def vevent(event, host: str) -> list[str]:
    """An event; one in a fallback language (``locales.localized.mark``) says so with
    LANGUAGE on its texts and links to where the reader's site serves it."""
    location = event.venue or (event.online_url if event.online else "")
    language = getattr(event, "fallback_language", None)
    text = f";LANGUAGE={language}:" if language else ":"
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.translation_key}@{host}",
        f"DTSTAMP:{utc(timezone.now())}",
        f"DTSTART;TZID={event.time_zone}:{local(event.local_start)}",
        f"DTEND;TZID={event.time_zone}:{local(event.local_end)}",
        f"SUMMARY{text}{escape(event.title)}",
        f"URL:{getattr(event, 'reader_full_url', None) or event.full_url}",
    ]
    if event.summary:
        lines.append(f"DESCRIPTION{text}{escape(event.summary)}")
    if location:
        lines.append(f"LOCATION{text}{escape(location)}")
    if event.last_published_at:
        lines.append(f"LAST-MODIFIED:{utc(event.last_published_at)}")
    return lines + ["END:VEVENT"]


def calendar(events, host: str, name: str = "") -> str:
    """A VCALENDAR with the given events and the time zones they use."""
    events = list(events)
    zones: dict[str, set[int]] = {}
    for event in events:
        years = zones.setdefault(event.time_zone, set())
        # The year before too: its last change defines the offset in force when the
        # event's year begins (RFC 5545: times before the first DTSTART are undefined).
        years.update(
            {event.local_start.year - 1, event.local_start.year, event.local_end.year}
        )
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if name:
        lines.append(f"X-WR-CALNAME:{escape(name)}")
    for zone_name, years in sorted(zones.items()):
        lines += vtimezone(zone_name, years)
    for event in events:
        lines += vevent(event, host)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
