"""Examples in the OpenAPI document, in the site's five languages: a page path and
words per language for every operation, the reader filters described, and whole
requests ("practices in Finnish from Finland, newest first") in the descriptions of
@search and content GET. Paths are the demo site's (pages/demo)."""

# A section of the demo in each language, and a reader's words there.
SECTIONS = {
    "en": ("English", "en/practices", "apprenticeship"),
    "fi": ("suomi", "fi/kaytannot", "oppisopimus"),
    "nl": ("Nederlands", "nl/praktijken", "leerlingwezen"),
    "et": ("eesti", "et/praktikad", "õpipoisiõpe"),
    "lv": ("latviešu", "lv/prakses", "māceklība"),
}

PATH_EXAMPLES = {
    code: {"summary": f"{name}: the practices section", "value": path}
    for code, (name, path, _words) in SECTIONS.items()
}
ROOT_EXAMPLES = {
    code: {"summary": f"{name}: the language root", "value": code}
    for code, (name, _path, _words) in SECTIONS.items()
}
TEXT_EXAMPLES = {
    code: {"summary": name, "value": words}
    for code, (name, _path, words) in SECTIONS.items()
}

# Query parameters: description, schema and examples where they help a newcomer.
QUERY_PARAMETERS = {
    "SearchableText": {
        "description": "Words to search for, analysed in the searched language; a "
        "trailing `*` makes the last word a prefix (as Volto sends).",
        "examples": TEXT_EXAMPLES,
    },
    "kind": {
        "description": "Practice kind (repeatable): good-practice, quick-win, tool.",
        "examples": {"good": {"value": "good-practice"}, "tool": {"value": "tool"}},
    },
    "country": {
        "description": "ISO country code (repeatable); a country also finds its "
        "regions (BE finds BE-FR).",
        "examples": {"Finland": {"value": "FI"}, "Latvia": {"value": "LV"}},
    },
    "theme": {
        "description": "Theme slug (repeatable), as in @vocabularies or the facets.",
        "examples": {"guidance": {"value": "guidance"}},
    },
    "group": {
        "description": "Target group slug (repeatable), as in the facets.",
        "examples": {"teachers": {"value": "teachers"}},
    },
    "year": {
        "description": "Year of the content (an event's start, else first "
        "publication).",
        "schema": {"type": "integer", "minimum": 1000, "maximum": 9999},
        "examples": {"2026": {"value": 2026}},
    },
    "facets": {
        "description": "`1`: counts per portal_type, Language, kind, country, theme, "
        "group and year (an extra of vetcms).",
        "examples": {"on": {"value": "1"}},
    },
    "Language": {
        "description": "Language code, or `all`; default: the path's language root, "
        "else the request's.",
        "examples": {code: {"value": code} for code in SECTIONS},
    },
    "b_size": {"examples": {"ten": {"value": "10"}}},
}

REQUESTS = """
Examples, one request each:
- Practices in Finnish from Finland, newest first:
  `GET /++api++/fi/@search?portal_type=PracticePage&country=FI&sort_on=effective&sort_order=descending`
- Good practices for teachers in the Dutch section, as a listing:
  `GET /++api++/nl/praktijken?kind=good-practice&group=teachers`
- Estonian full-text search with facet counts:
  `GET /++api++/et/@search?SearchableText=%C3%B5pipoisi%C3%B5pe&facets=1`
- Latvian practices from Latvia in 2026:
  `GET /++api++/lv/prakses?country=LV&year=2026`
- English search below a section:
  `GET /++api++/en/practices/@search?SearchableText=apprenticeship`
"""
# Operations whose description carries the whole-request examples.
WITH_REQUESTS = {"get_search", "get_content"}


def path_examples(service_name: str) -> dict:
    """A section for content operations, the language root for the other services."""
    return PATH_EXAMPLES if not service_name else ROOT_EXAMPLES


def query_parameter(name: str) -> dict:
    extra = QUERY_PARAMETERS.get(name, {})
    return {
        "name": name,
        "in": "query",
        "schema": extra.get("schema", {"type": "string"}),
        **{k: v for k, v in extra.items() if k != "schema"},
    }
