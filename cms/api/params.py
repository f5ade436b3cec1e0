"""Zope-style request parameters, as Plone clients send them.

``name:list=v`` and plain repeated names build lists, ``name:int`` / ``name:boolean``
convert, dotted names build records (``path.query`` → ``{"path": {"query": …}}``). Each
service declares the names it understands; others are ignored, as Zope and Plone do
(Volto's folder contents sends ``show_inactive``). A bad value of a known name is a
400, never a 500."""

from typing import Any

from django.utils.translation import gettext as _

from cms.api.exceptions import BadRequest

TRUE = {"1", "y", "yes", "t", "true", "True", "active", "enabled", "on"}
FALSE = {"0", "n", "no", "f", "false", "False", "inactive", "disabled", "off"}
CONVERTERS = {
    "list",
    "tuple",
    "int",
    "long",
    "float",
    "boolean",
    "string",
    "record",
    "records",
    "text",
    "lines",
    "tokens",
    "required",
    "ignore_empty",
}


def parse_query(querydict) -> dict[str, Any]:
    """QueryDict → nested dict of strings and lists, honouring Zope's name suffixes."""
    result: dict[str, Any] = {}
    for raw_name in querydict:
        values = querydict.getlist(raw_name)
        name, *hints = raw_name.split(":")
        if any(hint not in CONVERTERS for hint in hints):
            raise BadRequest(
                _("Unknown parameter type in '%(name)s'.") % {"name": raw_name}
            )
        if "int" in hints or "long" in hints:
            values = [to_int(name, v) for v in values]
        elif "boolean" in hints:
            values = [to_bool(name, v or "true") for v in values]
        value: Any = values if ("list" in hints or len(values) > 1) else values[0]
        _assign(result, name.split("."), value, raw_name)
    return result


def _assign(target: dict, keys: list[str], value: Any, raw_name: str) -> None:
    for key in keys[:-1]:
        node = target.setdefault(key, {})
        if not isinstance(node, dict):
            # "path=/x&path.depth=1": the plain value becomes the record's query.
            node = target[key] = {"query": node}
        target = node
    last = keys[-1]
    if isinstance(target.get(last), dict):
        target[last]["query"] = value
    elif last in target:
        existing = target[last] if isinstance(target[last], list) else [target[last]]
        target[last] = existing + (value if isinstance(value, list) else [value])
    else:
        target[last] = value


def to_bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return bool(value)
    if value in TRUE or value == "":
        return True
    if value in FALSE:
        return False
    raise BadRequest(
        _("Parameter '%(name)s' must be a boolean, not '%(value)s'.")
        % {"name": name, "value": value}
    )


# The largest number a parameter may hold: what a database integer column (and SQL's
# OFFSET on both SQLite and PostgreSQL) takes without overflowing.
MAX_INT = 2**31 - 1


def to_int(name: str, value: Any, *, minimum: int | None = None) -> int:
    try:
        if isinstance(value, str) and not value.strip().lstrip("+-").isascii():
            raise ValueError  # int() takes "١٢"; only ASCII digits are a number here
        number = int(value)
    except (TypeError, ValueError):
        raise BadRequest(
            _("Parameter '%(name)s' must be an integer, not '%(value)s'.")
            % {"name": name, "value": value}
        ) from None
    if minimum is not None and number < minimum:
        raise BadRequest(
            _("Parameter '%(name)s' must be at least %(minimum)s.")
            % {"name": name, "minimum": minimum}
        )
    if abs(number) > MAX_INT:
        raise BadRequest(
            _("Parameter '%(name)s' must be at most %(maximum)s.")
            % {"name": name, "maximum": MAX_INT}
        )
    return number


def as_list(value: Any) -> list:
    """A list from a list, a single value or a comma list (Plone's ``expand=a,b``)."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [part for item in value for part in as_list(item)]
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    raise BadRequest(_("Expected a list, not %(value)r.") % {"value": value})


def unknown_names(params: dict, allowed: set[str]) -> list[str]:
    """The parameter names a service does not understand (it ignores them)."""
    return sorted(set(params) - allowed)
