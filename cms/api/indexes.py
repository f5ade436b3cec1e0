"""The other catalog indexes Plone clients send to @search, as database filters:
``UID``, ``Subject``, ``Title``, ``Description``, ``getId`` / ``id``, ``is_folderish``,
``exclude_from_nav`` and date ranges (``created.query=…&created.range=min:max``)."""

import datetime as dt

from django.apps import apps
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from wagtail.models import Page

from cms.api import catalog
from cms.api.exceptions import BadRequest
from cms.api.params import as_list, to_bool
from cms.api.serializers import metadata, registry
from cms.api.vocabularies import VOCABULARIES

DATE_INDEXES = ("created", "modified", "effective", "start", "end")
WORD_INDEXES = ("Title", "Description")
NAMES = {
    "UID",
    "Subject",
    "getId",
    "id",
    "is_folderish",
    "exclude_from_nav",
    *WORD_INDEXES,
    *DATE_INDEXES,
}
DESCRIPTION_FIELDS = ("summary", "lead", "intro")


def lookups(q: dict) -> list[Q]:
    """One Q per index present in the parsed query ``q``."""
    found = []
    for name in sorted(NAMES & set(q)):
        value = q[name]
        if name in DATE_INDEXES:
            found.append(date_range(name, value))
        elif name in ("is_folderish", "exclude_from_nav"):
            found.append(FLAGS[name](to_bool(name, _plain(name, value))))
        else:
            found.append(TEXT[name](_strings(name, value)))
    return found


def _plain(name: str, value):
    if isinstance(value, dict | list):
        raise BadRequest(_("%(name)s takes one value.") % {"name": name})
    return value


def _strings(name: str, value) -> list[str]:
    if isinstance(value, dict):
        value = value.get("query")
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str) for v in values):
        raise BadRequest(_("%(name)s takes text values.") % {"name": name})
    return [v for v in values if v]


def by_uid(uids: list[str]) -> Q:
    """UIDs are derived (translation key + locale), so they are matched in Python."""
    wanted = {u.replace("-", "").lower() for u in uids}
    rows = Page.objects.filter(depth__gt=1).values_list(
        "pk", "translation_key", "locale_id"
    )
    return Q(
        pk__in=[pk for pk, key, loc in rows if metadata.uid_of(key, loc) in wanted]
    )


def by_subject(subjects: list[str]) -> Q:
    """Plone's keywords are our themes: matched by name or slug, in any language."""
    themes = apps.get_model(VOCABULARIES["themes"].label).objects.filter(
        Q(name__in=subjects) | Q(slug__in=subjects)
    )
    relation = catalog.FIELD_INDEXES["theme"][0].rsplit("__", 1)[0]
    return Q(**{f"{relation}__translation_key__in": themes.values("translation_key")})


def by_words(field_lookups: list[str], words: list[str]) -> Q:
    """Every word (a trailing ``*`` is a prefix anyway) in one of the fields."""
    where = Q()
    for word in " ".join(words).replace("*", " ").split():
        any_field = Q(pk__in=[])
        for lookup in field_lookups:
            any_field |= Q(**{f"{lookup}__icontains": word})
        where &= any_field
    return where


def description_lookups() -> list[str]:
    found = ["search_description"]
    for model in registry.page_models():
        names = {f.name for f in model._meta.concrete_fields}
        prefix = model._meta.model_name
        found += [f"{prefix}__{n}" for n in DESCRIPTION_FIELDS if n in names]
    return found


def by_id(ids: list[str]) -> Q:
    """Slugs, and language codes for the language roots (their Plone id)."""
    return Q(depth__gt=2, slug__in=ids) | Q(depth=2, locale__language_code__in=ids)


def folderish(wanted: bool) -> Q:
    models = [m for m in registry.page_models() if registry.is_folderish_model(m)]
    q = Q(depth__lte=2) | Q(content_type_id__in=catalog.type_ids_of(models))
    return q if wanted else ~q


def excluded_from_nav(wanted: bool) -> Q:
    q = Q(depth=2) | Q(show_in_menus=False)
    return q if wanted else ~q


TEXT = {
    "UID": by_uid,
    "Subject": by_subject,
    "getId": by_id,
    "id": by_id,
    "Title": lambda words: by_words(["title"], words),
    "Description": lambda words: by_words(description_lookups(), words),
}
FLAGS = {"is_folderish": folderish, "exclude_from_nav": excluded_from_nav}


def date_range(name: str, value) -> Q:
    """``{query, range}``: range min, max or min:max; a plain date is that day."""
    field = catalog.FIELD_INDEXES[name][0]
    record = value if isinstance(value, dict) else {"query": value}
    kind = record.get("range", "")
    queries = record.get("query")
    queries = queries if isinstance(queries, list) else as_list(queries)
    when = [_when(name, v) for v in queries]
    if kind == "" and len(when) == 1:
        day = when[0].date()
        return Q(**{f"{field}__date": day})
    shapes = {"min": 1, "max": 1, "min:max": 2}
    if kind not in shapes or len(when) != shapes[kind]:
        raise BadRequest(
            _("%(name)s.range must be min, max or min:max, with as many dates.")
            % {"name": name}
        )
    if kind == "min":
        return Q(**{f"{field}__gte": when[0]})
    if kind == "max":
        return Q(**{f"{field}__lte": when[0]})
    return Q(**{f"{field}__gte": when[0], f"{field}__lte": when[1]})


def _when(name: str, value) -> dt.datetime:
    text = str(value)
    parsed = None
    try:
        parsed = parse_datetime(text) or (
            dt.datetime.combine(d, dt.time()) if (d := parse_date(text)) else None
        )
    except ValueError:
        parsed = None
    if parsed is None:
        raise BadRequest(
            _("%(name)s: not a date: %(value)r.") % {"name": name, "value": value}
        )
    return timezone.make_aware(parsed) if timezone.is_naive(parsed) else parsed
