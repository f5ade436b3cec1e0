"""@types (the addable page types) and @types/{name} (JSON Schema of a type's fields, as
``application/json+schema``). Like Plone, both need a signed-in user (401 otherwise)."""

from django.utils.translation import gettext as _

from cms.api import type_names, urls_public
from cms.api.exceptions import NotFound, Unauthorized
from cms.api.schema import type_schema
from cms.api.serializers import registry
from cms.api.service import Component, Service


def _require_user(request):
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        raise Unauthorized()


def addable_here(request, page) -> set:
    """The types a POST here may add (``cms.api.editing.check_addable``'s rule):
    Wagtail's parent/subpage rules and the user's add permission on this page."""
    if page.depth <= 1 or not page.permissions_for_user(request.user).can_add_subpage():
        return set()
    return {m for m in page.specific_class.creatable_subpage_models()
            if m.can_create_at(page)}  # fmt: skip


class TypesList(Component):
    name = "types"

    def full(self):
        """Expanded, ``types`` replaces the stub with a list (as plone.restapi does)."""
        _require_user(self.request)
        base = urls_public.public_base(self.request) + "/@types"
        allowed = addable_here(self.request, self.page)
        return [
            {
                "@id": f"{base}/{m.__name__}",
                "id": m.__name__,
                "title": str(m._meta.verbose_name).capitalize(),
                "addable": m in allowed,
                "immediately_addable": m in allowed,
            }
            for m in registry.page_models()
        ]


class Get(Service):
    takes_subpath = True

    def reply(self):
        _require_user(self.request)
        if not self.subpath:
            return TypesList(self.request, self.context).full()
        models = {m.__name__: m for m in registry.page_models()}
        # A Plone name (Document, Folder) answers its (first) vetcms type's schema.
        names = type_names.candidates(self.subpath[0]) if len(self.subpath) == 1 else ()
        found = [models[n] for n in names if n in models]
        if not found:
            raise NotFound(
                _("No type named '%(name)s'.") % {"name": "/".join(self.subpath)}
            )
        self.content_type = "application/json+schema"
        return type_schema(self.request, found[0])
