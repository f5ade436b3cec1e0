"""Sub-page routes and listing context, registered from outside the models.

Page models name no view, form or template helper: they mix in ``SiteRoutes`` and the
reader site (``pages.site.routes``, ``pages.site.listings``, imported by
``PagesConfig.ready()``) registers what each type serves::

    @route(EventPage, "ical/", name="ical")
    def event_calendar(page, request): ...

    @context(PracticeIndexPage)
    def practice_listing(page, request) -> dict: ...

So dependencies point one way: the site depends on the models, never the reverse.
"""

from django.urls import path as url_path
from wagtail.contrib.routable_page.models import RoutablePageMixin

_ROUTES: dict[type, list] = {}
_CONTEXTS: dict[type, list] = {}


def route(model: type, pattern: str, *, name: str):
    """Register ``view(page, request, *args, **kwargs)`` at ``pattern`` below every
    page of ``model`` (and its subclasses)."""

    def register(view):
        _ROUTES.setdefault(model, []).append(url_path(pattern, view, name=name))
        if "_routablepage_urlresolver" in model.__dict__:
            del model._routablepage_urlresolver  # built before this route: rebuild
        return view

    return register


def context(model: type):
    """Register ``provider(page, request) -> dict``, merged into the page's context."""

    def register(provider):
        _CONTEXTS.setdefault(model, []).append(provider)
        return provider

    return register


def _registered(registry: dict, cls: type) -> list:
    return [item for klass in cls.__mro__ for item in registry.get(klass, [])]


class SiteRoutes(RoutablePageMixin):
    """A page type whose extra routes and context the reader site registers."""

    @classmethod
    def get_subpage_urls(cls):
        return tuple(_registered(_ROUTES, cls)) + super().get_subpage_urls()

    def get_context(self, request, *args, **kwargs):
        data = super().get_context(request, *args, **kwargs)
        for provider in _registered(_CONTEXTS, type(self)):
            data.update(provider(self, request))
        return data
