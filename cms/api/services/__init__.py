"""One module per endpoint; ``SERVICES`` maps the ``@name`` path step to its module,
whose ``Get`` / ``Post`` classes answer the verbs it supports."""

SERVICES = {
    "": "content",
    "@actions": "actions",
    "@aliases": "aliases",
    "@breadcrumbs": "breadcrumbs",
    "@contextnavigation": "contextnavigation",
    "@navigation": "navigation",
    "@navroot": "navroot",
    "@site": "site",
    "@translations": "translations",
    "@translation-locator": "translation_locator",
    "@workflow": "workflow",
    "@types": "types",
    "@vocabularies": "vocabularies",
    "@search": "search",
    "@suggest": "suggest",
    "@querystring": "querystring",
    "@querystring-search": "querystring_search",
    "@ambassadors-geojson": "geojson",
    "@preview-token": "preview",
}
