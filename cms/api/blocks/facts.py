"""Derived blocks: a page's facts (practice kind, countries, an event's times and
venue, …) and its secondary lists (an event's documents, a project's work packages),
as readable slate in the page's language. They are edited through their fields, so a
write must send them back unchanged (``cms.api.blocks.write``).

Which fields are facts is named per page type here (labels, not imports: ``cms``
never imports a page model); labels are the fields' own translated verbose names."""

import datetime as dt
import functools
import zoneinfo

from django.db import models
from django.utils import formats
from django.utils.translation import gettext as _
from wagtail import blocks as wagtail_blocks
from wagtail.fields import StreamField

from cms.api.blocks import slate
from cms.api.serializers import fields

FACT_FIELDS = {
    "pages.practicepage": (
        "kind", "countries", "themes", "target_groups", "implementing_organisation",
        "website", "service_languages", "start_year", "end_year", "status",
        "source_study",
    ),
    "pages.eventpage": (
        "start", "end", "time_zone", "venue", "online_url", "registration_url",
        "organisers", "project",
    ),
    "pages.newspage": ("date",),
    "pages.projectpage": (
        "acronym", "start_date", "end_date", "partners", "countries",
        "funding_programme", "website", "contact_name", "contact_email",
    ),
}  # fmt: skip


def fact_fields(page) -> tuple[str, ...]:
    return FACT_FIELDS.get(page._meta.label_lower, ())


def facts_value(page, data: dict) -> list[dict]:
    """A bulleted list "Label: value" of the page's non-empty facts."""
    items = []
    for name in fact_fields(page):
        field = page._meta.get_field(name)
        shown = fact_nodes(page, field, data.get(name))
        if shown:
            label = slate.strong(f"{_label(field)}: ")
            items.append(slate.paragraph(label, *shown, kind="li"))
    if not items:
        return []
    return [slate.paragraph(slate.text(_("Details")), kind="h2"),
            slate.paragraph(*items, kind="ul")]  # fmt: skip


def _label(field) -> str:
    text = str(field.verbose_name)
    return text[:1].upper() + text[1:]


def fact_nodes(page, field, value) -> list[dict]:
    """Inline slate nodes for one fact's serialized value (none if empty)."""
    if value in (None, "", [], {}):
        return []
    if isinstance(field, models.DateTimeField):
        return [slate.text(_local_time(page, getattr(page, field.name)))]
    if isinstance(field, models.DateField):
        return [slate.text(formats.date_format(getattr(page, field.name)))]
    if isinstance(field, models.EmailField):
        return [slate.link(f"mailto:{value}", value)]
    if isinstance(field, models.URLField):
        return [slate.link(value, value)]
    if isinstance(value, list):
        return [slate.text(", ".join(_title(v) for v in value))]
    if isinstance(value, dict) and "@id" in value:
        return [slate.link(value["@id"], value.get("title", ""))]
    return [slate.text(_title(value))]


def _title(value) -> str:
    if isinstance(value, dict):
        return str(value.get("title") or value.get("token") or "")
    return str(value)


def _local_time(page, value: dt.datetime) -> str:
    """As the clock reads where the event happens (its own time zone)."""
    name = getattr(page, "time_zone", "") or "UTC"
    try:
        value = value.astimezone(zoneinfo.ZoneInfo(name))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        pass
    return formats.date_format(value, "DATETIME_FORMAT")


def list_fields(page, body_name: str) -> tuple:
    """The page's StreamFields other than its body: shown as derived lists."""
    return _list_fields(type(page), body_name)


@functools.cache
def _list_fields(model, body_name: str) -> tuple:
    return tuple(
        f
        for f in fields.api_fields(model)
        if isinstance(f, StreamField) and f.name != body_name
    )


def stream_list_value(page, field, url_of) -> list[dict]:
    """A heading and a bulleted list of a StreamField's items (documents, work
    packages, deliverables, resources)."""
    items = [
        slate.paragraph(*item_nodes(child.block, child.value, url_of), kind="li")
        for child in getattr(page, field.name) or []
    ]
    if not items:
        return []
    heading = slate.text(_label(field))
    return [slate.paragraph(heading, kind="h2"), slate.paragraph(*items, kind="ul")]


def item_nodes(block, value, url_of) -> list[dict]:
    """``[kind: ]title[ — description]``, the title linking to its file or URL."""
    if not isinstance(block, wagtail_blocks.StructBlock):
        return [slate.text(str(value))]
    title = str(value.get("title") or "")
    if value.get("number"):
        title = f"{value['number']}. {title}"
    prefix = [
        str(dict(child.field.choices).get(value.get(name), value.get(name)))
        for name, child in block.child_blocks.items()
        if isinstance(child, wagtail_blocks.ChoiceBlock) and value.get(name)
    ]
    nodes = [slate.text(f"{', '.join(prefix)}: ")] if prefix else []
    document = value.get("document")
    url = url_of(document) if document else value.get("url")
    nodes.append(slate.link(url, title) if url else slate.text(title))
    if value.get("description"):
        nodes.append(slate.text(f" — {value['description']}"))
    return nodes
