"""@querystring: the indexes listing and search blocks can filter on, with Plone's
operation names, so Volto's query widget can build criteria for @querystring-search."""

from django.utils.translation import gettext as _

from cms.api import type_names
from cms.api.service import Service
from cms.api.vocabularies import VOCABULARIES

OP = "plone.app.querystring.operation."
SELECTION = ["selection.any", "selection.all"]
DATES = [
    "date.lessThan",
    "date.largerThan",
    "date.between",
    "date.today",
    "date.afterToday",
    "date.beforeToday",
]
INDEXES = {
    "portal_type": (_("Type"), SELECTION, "portal_types"),
    "Language": (_("Language"), SELECTION, "content_languages"),
    "path": (
        _("Location"),
        ["string.absolutePath", "string.relativePath", "string.path"],
        None,
    ),
    "SearchableText": (_("Searchable text"), ["string.contains"], None),
    "kind": (_("Practice kind"), SELECTION, "practice_kinds"),
    "country": (_("Country"), SELECTION, "countries"),
    "theme": (_("Theme"), SELECTION, "themes"),
    "start": (_("Event start"), DATES, None),
    "effective": (_("Effective date"), DATES, None),
    "modified": (_("Modification date"), DATES, None),
    "sortable_title": (_("Sortable title"), [], None),
}
WIDGETS = {
    "selection": "MultipleSelectionWidget",
    "date": "DateWidget",
    "string": "StringWidget",
}
SORTABLE = [
    "sortable_title",
    "effective",
    "modified",
    "created",
    "start",
    "getObjPositionInParent",
]


def plone_type_values(values: dict) -> dict:
    """Plone's type names (cms.api.type_names), offered beside vetcms's, so criteria
    written for Plone (``portal_type: Document``) can be built and shown."""
    return {
        plone: {"title": " / ".join(values[n]["title"] for n in names if n in values)}
        for plone, names in type_names.ALIASES.items()
        if any(n in values for n in names)
    }


class Get(Service):
    public = True

    def index(self, name, title, operations, vocabulary) -> dict:
        values = {}
        if vocabulary:
            values = {
                t["token"]: {"title": t["title"]}
                for t in VOCABULARIES[vocabulary].terms(self.request)
            }
        if name == "portal_type":
            values.update(plone_type_values(values))
        return {
            "title": title,
            "description": "",
            "group": _("Metadata"),
            "enabled": True,
            "sortable": name in SORTABLE,
            "values": values,
            "vocabulary": vocabulary,
            "fetch_vocabulary": bool(vocabulary),
            "operations": [OP + op for op in operations],
            "operators": {
                OP + op: {
                    "title": op.split(".")[-1],
                    "description": "",
                    "widget": WIDGETS.get(op.split(".")[0], "StringWidget"),
                    "operation": OP + op,
                }
                for op in operations
            },
        }

    def reply(self) -> dict:
        indexes = {name: self.index(name, *spec) for name, spec in INDEXES.items()}
        return {
            "@id": self.url,
            "indexes": indexes,
            "sortable_indexes": {k: v for k, v in indexes.items() if v["sortable"]},
        }
