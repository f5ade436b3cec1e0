"""``@components`` and ``?expand=``: each expandable element is a noun (Breadcrumbs,
Navigation, …) that answers a stub ``{"@id"}`` or, when expanded, its full result merged
into the same key. Expansion options come as ``expand.<name>.<option>``."""

from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from cms.api.exceptions import BadRequest
from cms.api.params import as_list

COMPONENTS = {
    "actions": "cms.api.services.actions.Actions",
    "aliases": "cms.api.services.aliases.Aliases",
    "breadcrumbs": "cms.api.services.breadcrumbs.Breadcrumbs",
    "contextnavigation": "cms.api.services.contextnavigation.ContextNavigation",
    "navigation": "cms.api.services.navigation.Navigation",
    "navroot": "cms.api.services.navroot.Navroot",
    "translations": "cms.api.services.translations.Translations",
    "types": "cms.api.services.types.TypesList",
    "workflow": "cms.api.services.workflow.Workflow",
}


def names(value, *, record=False) -> list[str]:
    """A list parameter's names: a list or a comma list (or, for ``expand``, the
    ``query`` of a record that also holds ``expand.<name>.<option>``)."""
    if isinstance(value, dict):
        if not record:
            raise BadRequest(_("Expected a list of names, not a record."))
        value = value.get("query")
    return as_list(value)


def expand_names(params: dict) -> list[str]:
    """The components to expand; names of none (an add-on's, here missing) are
    ignored, as plone.restapi ignores expanders it does not have."""
    requested = names(params.get("expand"), record=True)
    return [n for n in requested if n in COMPONENTS]


def options(params: dict, name: str) -> dict:
    expand = params.get("expand")
    return expand.get(name, {}) if isinstance(expand, dict) else {}


def noun(name: str, request, page, params: dict):
    return import_string(COMPONENTS[name])(request, page, options(params, name))


def render(request, page, params: dict) -> dict:
    expanded = set(expand_names(params))
    result = {}
    for name in COMPONENTS:
        item = noun(name, request, page, params)
        result[name] = item.full() if name in expanded else item.stub()
    return result
