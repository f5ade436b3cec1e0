"""@search's reader filters, the site's facets as query parameters: ``kind``,
``country``, ``theme``, ``group`` (target group) and ``year`` (``kind=good-practice
&country=FI&year=2024``; a name may repeat). They narrow a full-text search on the
search layer (with its facet counts) and, without text, the catalog; Plone has no such
indexes, so Plone clients never send them."""

from django.db.models import Q
from django.utils.translation import gettext as _

from cms.api.exceptions import BadRequest
from cms.api.params import as_list, to_int

LISTS = ("kind", "country", "theme", "group")
NAMES = (*LISTS, "year")
# Index → ORM lookups on Page (reverse one-to-one names, so no page model is imported).
LOOKUPS = {
    "kind": ["practicepage__kind__in"],
    "country": [
        "practicepage__countries__code__in",
        "practicepage__countries__parent_id__in",
        "projectpage__countries__code__in",
    ],
    "theme": ["practicepage__themes__slug__in"],
    "group": ["practicepage__target_groups__slug__in"],
}
YEAR_LOOKUPS = ["eventpage__start__year", "first_published_at__year"]


def parse(q: dict) -> dict:
    """``{name: [values]}`` and ``year`` as an int, for the names present in ``q``."""
    found = {}
    for name in LISTS:
        given = as_list(q.get(name))
        if not all(isinstance(v, str) for v in given):
            raise BadRequest(_("%(name)s takes text values.") % {"name": name})
        values = [v.strip() for v in given if v.strip()]
        if values:
            found[name] = [v.upper() if name == "country" else v for v in values]
    if q.get("year") not in (None, ""):
        if isinstance(q["year"], dict | list):
            raise BadRequest(_("%(name)s takes one value.") % {"name": "year"})
        found["year"] = to_int("year", q["year"], minimum=1000)
        if found["year"] > 9999:  # the databases' dates end there
            raise BadRequest(
                _("Parameter '%(name)s' must be at most %(maximum)s.")
                % {"name": "year", "maximum": 9999}
            )
    return found


def search_filters(filters: dict) -> dict:
    """The search layer's ``filters`` argument (search_pages)."""
    found = {name: filters[name] for name in LISTS if name in filters}
    if "year" in filters:
        found["year_from"] = found["year_to"] = filters["year"]
    return found


def lookup(filters: dict) -> Q:
    """The same filters on the catalog: every name must match (one of its values)."""
    where = Q()
    for name in LISTS:
        if name in filters:
            either = Q()
            for path in LOOKUPS[name]:
                either |= Q(**{path: filters[name]})
            where &= either
    if "year" in filters:
        either = Q()
        for path in YEAR_LOOKUPS:
            either |= Q(**{path: filters["year"]})
        where &= either
    return where
