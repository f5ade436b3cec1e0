"""Facet buckets with labels in the searched language."""

from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from locales.config import NATIVE_NAMES
from locales.ids import locale_code
from search.params import SearchParams
from search.results import FacetBucket
from search.taxonomy import taxonomy

# Facet name → the indexed field it counts.
SOURCES = {
    "content_type": "content_type",
    "kind": "search_kind",
    "country": "search_countries",
    "theme": "search_themes",
    "group": "search_groups",
    "locale": "locale",
    "year": "search_date",
}


# Page types as readers call them ("Practice", not "practice page" or "practice
# index"); a type not listed falls back to its verbose name.
READER_TYPE_NAMES = {
    "PracticePage": _("Practice"),
    "PracticeIndexPage": _("Practices"),
    "EventPage": _("Event"),
    "EventIndexPage": _("Events"),
    "NewsPage": _("News"),
    "NewsIndexPage": _("News"),
    "ProjectPage": _("Project"),
    "ProjectIndexPage": _("Projects"),
    "MaterialBankPage": _("Material bank"),
    "AmbassadorIndexPage": _("Ambassadors"),
    "HomePage": _("Home page"),
    "StandardPage": _("Page"),
}


def reader_type_name(model) -> str:
    name = READER_TYPE_NAMES.get(model.__name__)
    return str(name) if name else str(model._meta.verbose_name).capitalize()


def read(aggregations: dict, params: SearchParams) -> dict[str, list[FacetBucket]]:
    counts = {
        name: [(_key(b), b["doc_count"]) for b in aggregations[name]["buckets"]]
        for name in params.facets
        if name in aggregations
    }
    return labelled(counts, params)


def labelled(counts: dict, params: SearchParams) -> dict[str, list[FacetBucket]]:
    """Turn raw (value, count) pairs into buckets: readable values, labels."""
    language = params.locale if params.locale != "all" else None
    themes = _names(taxonomy().theme, [v for v, _n in counts.get("theme", [])], params)
    groups = _names(
        taxonomy().target_group, [v for v, _n in counts.get("group", [])], params
    )
    with translation.override(language or translation.get_language()):
        return {
            name: [
                FacetBucket(*_value_and_label(name, value, themes, groups), count)
                for value, count in pairs
                if value not in ("", None) and count
            ]
            for name, pairs in counts.items()
        }


def _key(bucket: dict):
    return bucket.get("key_as_string", bucket["key"])


def _value_and_label(name: str, value, themes, groups) -> tuple[str, str]:
    if name == "content_type":
        model = ContentType.objects.get_for_id(int(value)).model_class()
        return model.__name__, reader_type_name(model)
    if name == "locale":
        code = locale_code(int(value))
        return code, NATIVE_NAMES.get(code, code)
    if name == "kind":
        return value, str(dict(taxonomy().kinds.choices).get(value, value))
    if name == "country":
        return value, taxonomy().country_name(value)
    if name == "theme":
        return value, themes.get(value, value)
    if name == "group":
        return value, groups.get(value, value)
    return str(value), str(value)


def _names(model: type, slugs: list[str], params: SearchParams) -> dict[str, str]:
    """Taxonomy names (themes, target groups) by slug in the searched language (else
    any), in one query."""
    if not slugs:
        return {}
    rows = model.objects.filter(slug__in=slugs).values_list(
        "slug", "locale__language_code", "name"
    )
    names: dict[str, str] = {}
    for slug, language, name in rows:
        if language == params.locale or slug not in names:
            names[slug] = name
    return names
