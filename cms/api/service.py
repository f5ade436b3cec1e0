"""The base of every endpoint: a service class per HTTP verb with a thin ``reply()``.

``Service`` parses the Zope-style parameters, checks the declared names, and leaves the
JSON envelope, errors, caching and CORS headers to ``cms.api.views``."""

import json
from typing import Any

from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from cms.api import urls_public
from cms.api.access import check_view, preview_page_id, require_user
from cms.api.exceptions import BadRequest, NotFound
from cms.api.params import parse_query, unknown_names
from cms.core import text_guard


class Service:
    """One verb of one endpoint. Subclasses set ``params`` (the query names they accept)
    and implement ``reply()``; ``public`` services skip the context's view check."""

    params: set[str] = set()
    public = False
    content_type = "application/json"
    # Whether path steps after the service name mean something (@vocabularies/name).
    takes_subpath = False
    # The reply's status; 204 answers no body. ``headers`` are added to the reply.
    status = 200

    def __init__(self, request, context, subpath: list[str], name: str = ""):
        self.request = request
        self.context = context
        self.subpath = subpath
        self.name = name
        self.headers: dict[str, str] = {}

    @cached_property
    def query(self) -> dict[str, Any]:
        return parse_query(self.request.GET)

    @property
    def query_pairs(self) -> list[tuple[str, str]]:
        return [(k, v) for k in self.request.GET for v in self.request.GET.getlist(k)]

    @cached_property
    def ignored(self) -> list[str]:
        """Parameter names this service does not know: ignored, as in Plone."""
        return unknown_names(self.query, self.params | {"preview_token"})

    def check(self) -> None:
        if self.subpath and not self.takes_subpath:
            raise NotFound(
                _("Nothing at %(path)s.")
                % {"path": "/".join([self.name, *self.subpath])}
            )
        preview_page_id(self.request)  # a bad token is a 401 even where unused
        if not self.public:
            check_view(self.request, self.context)

    @property
    def url(self) -> str:
        """The public URL of this service on its context (the ``@id``)."""
        base = urls_public.page_url(self.request, self.context)
        return f"{base}/{self.name}" if self.name else base

    def reply(self) -> Any:
        raise NotImplementedError

    def __call__(self) -> Any:
        self.check()
        return self.reply()


class WriteService(Service):
    """A verb that changes something: needs a signed-in user (401 otherwise) unless
    ``needs_user`` is off, and reads a JSON object body. Wagtail's own permission
    checks (its action classes) decide the rest."""

    needs_user = True

    def check(self) -> None:
        super().check()
        if self.needs_user:
            require_user(self.request)

    @cached_property
    def user(self):
        return self.request.user

    def body(self) -> dict:
        if not self.request.body:
            return {}
        try:
            body = json.loads(self.request.body)
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise BadRequest(_("The request body is not valid JSON.")) from None
        if not isinstance(body, dict):
            raise BadRequest(_("The request body must be a JSON object."))
        refuse_unstorable(body)
        return body

    def flag(self, name: str, value) -> bool:
        """A boolean from the body (true/false) or the query (Plone's spellings)."""
        from cms.api.params import to_bool

        if value is None:
            return False
        if not isinstance(value, bool | str):
            raise BadRequest(
                _("Parameter '%(name)s' must be a boolean, not '%(value)s'.")
                % {"name": name, "value": value}
            )
        return to_bool(name, value)


def refuse_unstorable(body) -> None:
    """400 for a JSON body holding text no database stores (NUL, lone surrogates)."""
    found = text_guard.find_flaw(body)
    if found:
        raise BadRequest(
            _("The value at %(path)s holds %(flaw)s.")
            % {"path": found[0], "flaw": found[1]}
        )


class Component:
    """A noun that can answer a short stub or its full expansion (``@breadcrumbs`` as a
    service and as ``@components.breadcrumbs``)."""

    name = ""

    def __init__(self, request, page, options: dict | None = None):
        self.request = request
        self.page = page
        self.options = options or {}

    def stub(self) -> dict:
        return {
            "@id": urls_public.service_url(self.request, self.page, f"@{self.name}")
        }

    def data(self) -> dict:
        raise NotImplementedError

    def full(self):
        return {**self.stub(), **self.data()}


class ComponentService(Service):
    """GET on a component's own URL answers its full expansion."""

    component: type[Component]
    params = {"expand"}

    def reply(self):
        from cms.api.components import options

        return self.component(
            self.request, self.context, options(self.query, self.component.name)
        ).full()


def navigation_root(page):
    """Plone's navigation root: the language root folder above a page (or the site)."""
    from wagtail.models import Page

    if page.depth <= 2:
        return page
    return Page.objects.get(path=page.path[: Page.steplen * 2]).specific
