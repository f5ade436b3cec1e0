"""Single JSON values → Python, as a Plone client sends them: ISO dates (naive ones in
a given time zone), rich text as HTML or ``{"data", "content-type"}``, choices as a
token or ``{"token"}``. Each raises Django's ValidationError with a clear message."""

import datetime as dt
import zoneinfo

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from wagtail.api.rich_text import APIRichText, RichTextFormatError


def date_time(value, tz: dt.tzinfo | None = None) -> dt.datetime | None:
    if value in (None, ""):
        return None
    parsed = None
    if isinstance(value, str):
        try:
            parsed = parse_datetime(value.strip())
        except ValueError:
            parsed = None
    if parsed is None:
        raise ValidationError(
            _("Not an ISO 8601 date and time: %(value)s") % {"value": value}
        )
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, tz or timezone.get_current_timezone())
    return parsed


def date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    parsed = None
    if isinstance(value, str):
        text = value.strip()
        try:
            parsed = parse_date(text[:10]) if len(text) >= 10 else None
        except ValueError:
            parsed = None
    if parsed is None:
        raise ValidationError(_("Not an ISO 8601 date: %(value)s") % {"value": value})
    return parsed


def zone(name) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(str(name))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            _("Unknown time zone: %(value)s") % {"value": name}
        ) from None


def rich_text(value, features=None) -> str:
    """Sanitised database HTML from HTML or Plone's RichText value."""
    if isinstance(value, dict):
        if value.get("content-type", "text/html") != "text/html":
            raise ValidationError(_("Rich text must be text/html."))
        value = value.get("data", "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(_("Rich text must be an HTML string."))
    try:
        html, _removals = APIRichText.convert_input(value, features=features)
    except (RichTextFormatError, ValueError) as error:
        raise ValidationError(str(error)) from None
    return html


def token(value):
    """A vocabulary term's token from ``"fi"`` or ``{"token": "fi", ...}``."""
    if isinstance(value, dict):
        value = value.get("token")
    if value is not None and not isinstance(value, str | int):
        raise ValidationError(_("Expected a vocabulary token."))
    return value


def text(value) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(_("Expected a string."))
    return value


def boolean(value) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(_("Expected true or false."))
    return value
