"""@types (the addable page types) and @types/{name} (JSON Schema of a type's fields, as
``application/json+schema``). Like Plone, both need a signed-in user (401 otherwise)."""

from django.utils.translation import gettext as _

from cms.api import access, type_names, urls_public
from cms.api.exceptions import NotFound, Unauthorized
from cms.api.schema import type_schema
from cms.api.serializers import registry
from cms.api.service import Component, Service


def _require_user(request):
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        raise Unauthorized()


class TypesList(Component):
    name = "types"

    def full(self):
        """Expanded, ``types`` replaces the stub with a list (as plone.restapi does)."""
        _require_user(self.request)
        base = urls_public.public_base(self.request) + "/@types"
        allowed = set()
        if access.is_editor(self.request, self.page) and self.page.depth > 1:
            allowed = set(type(self.page).allowed_subpage_models())
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
