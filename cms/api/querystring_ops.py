"""plone.app.querystring criteria ``{i, o, v}`` → catalog criteria. Unknown indexes or
operations and malformed values are a 400, never a 500."""

import datetime as dt

from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from cms.api import catalog, type_names
from cms.api.exceptions import BadRequest
from cms.api.services.search import tree_path

OP = "plone.app.querystring.operation."


def criteria(request, context, query) -> catalog.Criteria:
    if not isinstance(query, list):
        raise BadRequest(_("query must be a list of criteria."))
    c = catalog.Criteria()
    for item in query:
        if not isinstance(item, dict) or not {"i", "o"} <= set(item):
            raise BadRequest(_("Each criterion needs 'i' (index) and 'o' (operation)."))
        index, op, value = item["i"], str(item["o"]).removeprefix(OP), item.get("v")
        apply(request, context, c, index, op, value)
    return c


def _values(value) -> list[str]:
    values = value if isinstance(value, list) else [value]
    if not all(isinstance(v, str | int) for v in values):
        raise BadRequest(_("Criterion values must be strings."))
    return [str(v) for v in values]


def apply(request, context, c, index, op, value) -> None:
    if index == "SearchableText" and op == "string.contains":
        c.text = " ".join(_values(value))
    elif index == "portal_type" and op.startswith("selection."):
        c.types += type_names.expand(_values(value))
    elif index == "Language" and op.startswith("selection."):
        c.languages += _values(value)
    elif index == "path" and op.startswith("string."):
        c.paths += [path(request, context, op, v) for v in _values(value)]
    elif index == "review_state" and op.startswith("selection."):
        from cms.api.access import is_editor

        # Any state may be asked for; the access rule limits what comes back.
        c.states += _values(value) if is_editor(request) else ["published"]
    elif index in catalog.FIELD_INDEXES and op.startswith("selection."):
        lookups = catalog.FIELD_INDEXES[index]
        q = Q(pk__in=[])
        for lookup in lookups:
            q |= Q(**{f"{lookup}__in": _values(value)})
        c.lookups.append(q)
    elif index in catalog.FIELD_INDEXES and op.startswith("date."):
        c.lookups.append(date_lookup(catalog.FIELD_INDEXES[index][0], op, value))
    else:
        raise BadRequest(
            _("Unsupported criterion: %(index)s %(operation)s.")
            % {"index": index, "operation": op}
        )


def path(request, context, op, value: str):
    value, _sep, depth = value.partition("::")
    digits = depth.lstrip("-")
    plain = digits.isascii() and digits.isdigit() and len(digits) < 4
    depth = int(depth) if plain else None
    if op == "string.relativePath" and context.depth > 1:
        base = "/".join(context.url_path.strip("/").split("/")[1:])
        from locales.ids import locale_code

        value = f"/{locale_code(context.locale_id)}/{base}/{value}".replace("//", "/")
    return (tree_path(request, value), depth)


def _when(value) -> dt.datetime:
    parsed = parse_datetime(str(value)) or (
        dt.datetime.combine(d, dt.time()) if (d := parse_date(str(value))) else None
    )
    if parsed is None:
        raise BadRequest(_("Not a date: %(value)r.") % {"value": value})
    return timezone.make_aware(parsed) if timezone.is_naive(parsed) else parsed


def date_lookup(field: str, op: str, value) -> Q:
    today = timezone.localdate()
    start = timezone.make_aware(dt.datetime.combine(today, dt.time()))
    if op == "date.lessThan":
        return Q(**{f"{field}__lt": _when(value)})
    if op == "date.largerThan":
        return Q(**{f"{field}__gt": _when(value)})
    if op == "date.between":
        if not isinstance(value, list) or len(value) != 2:
            raise BadRequest(_("date.between needs two dates."))
        return Q(**{f"{field}__gte": _when(value[0]), f"{field}__lte": _when(value[1])})
    if op == "date.today":
        return Q(
            **{f"{field}__gte": start, f"{field}__lt": start + dt.timedelta(days=1)}
        )
    if op == "date.afterToday":
        return Q(**{f"{field}__gte": timezone.now()})
    if op == "date.beforeToday":
        return Q(**{f"{field}__lt": timezone.now()})
    raise BadRequest(_("Unsupported date operation %(operation)s.") % {"operation": op})
