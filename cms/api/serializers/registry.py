"""Serializers looked up by page type. ``cms`` never imports a page model: entries are
keyed by model label ("pages.EventPage") and filled in ``ApiConfig.ready()``; a type
without an entry gets the generic serializer, which reads the model's own fields."""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

_SERIALIZERS: dict[str, type] = {}

SITE_ROOT_TYPE = "Plone Site"
LANGUAGE_ROOT_TYPE = "LRF"


def register(label: str, serializer: type) -> None:
    _SERIALIZERS[label.lower()] = serializer


def serializer_class(page, default: type) -> type:
    """The serializer registered for the page's type (or a parent type), else
    ``default`` (the generic serializer, which lives above this module)."""
    for klass in type(page).__mro__:
        meta = getattr(klass, "_meta", None)
        if meta is not None and meta.label_lower in _SERIALIZERS:
            return _SERIALIZERS[meta.label_lower]
    return default


def model_of(page):
    """The specific model class of a page, without loading the specific row."""
    return ContentType.objects.get_for_id(page.content_type_id).model_class()


def portal_type(page) -> str:
    """Plone's ``@type``: the site root and language roots keep Plone's names."""
    if page.depth == 1:
        return SITE_ROOT_TYPE
    if page.depth == 2:
        return LANGUAGE_ROOT_TYPE
    return model_of(page).__name__


def type_title(page) -> str:
    if page.depth == 1:
        return "Plone Site"
    if page.depth == 2:
        return str(_("Language Root Folder"))
    return str(model_of(page)._meta.verbose_name).capitalize()


def page_models() -> list:
    """Every concrete page type, from Wagtail's registry (no imports of ``pages``)."""
    from wagtail.models import get_page_models

    return [m for m in get_page_models() if m._meta.app_label != "wagtailcore"]


_FOLDERISH: dict[type, bool] = {}


def is_folderish_model(model) -> bool:
    """Plone's folderish: the type may hold pages (it has allowed subpage types)."""
    if model not in _FOLDERISH:
        _FOLDERISH[model] = bool(model.allowed_subpage_models())
    return _FOLDERISH[model]


def is_folderish(page) -> bool:
    return page.depth <= 2 or is_folderish_model(model_of(page))
