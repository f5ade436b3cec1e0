"""The page type's own fields, read from the model, converted by field kind. The API
shows only those the type lists in ``api_fields`` (Wagtail's allow-list, as its
API v2 reads it): a field a type adds stays private until it is listed, or is named
in ``api_private_fields`` to say it is private on purpose (tests/api/test_exposure.py
fails on a field that is neither)."""

import functools

from django.db import models
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Page

from cms.api.serializers import streams, values
from cms.api.serializers.summary import summary

_PAGE_FIELDS = {f.name for f in Page._meta.get_fields()}


@functools.cache
def _own_fields(model, exclude: tuple) -> tuple:
    """A model's fields do not change after start-up: computed once per type."""
    return tuple(
        f
        for f in model._meta.get_fields()
        if f.concrete or f.many_to_many
        if f.name not in _PAGE_FIELDS
        and f.name not in exclude
        and not f.name.endswith("_ptr")
        and not f.auto_created
    )


def own_fields(model, exclude=()) -> list:
    """Every concrete and many-to-many field the type adds to Wagtail's Page."""
    return list(_own_fields(model, tuple(exclude)))


def listed_names(model) -> set[str]:
    """The names in ``model.api_fields`` (``APIField``s or plain names)."""
    return {getattr(f, "name", f) for f in getattr(model, "api_fields", ())}


def api_fields(model, exclude=()) -> list:
    """The own fields the API reads and writes: those listed in ``api_fields``."""
    listed = listed_names(model)
    return [f for f in _own_fields(model, tuple(exclude)) if f.name in listed]


def unlisted_fields(model) -> list[str]:
    """Own fields neither listed in ``api_fields`` nor in ``api_private_fields``."""
    private = set(getattr(model, "api_private_fields", ()))
    known = listed_names(model) | private
    return [f.name for f in own_fields(model) if f.name not in known]


def field_value(request, page, field):
    value = getattr(page, field.name)
    if isinstance(field, StreamField):
        return streams.stream(request, value)
    if isinstance(field, RichTextField):
        return values.rich_text(request, value)
    if field.many_to_many:
        return [related(request, page, obj) for obj in value.all()]
    if isinstance(field, models.ForeignKey):
        return related(request, page, value)
    if field.choices and value not in (None, ""):
        return values.term(value, dict(field.flatchoices).get(value, value))
    return values.json_scalar(value)


def related(request, page, obj):
    """A related object: images and documents in Plone's shapes, pages as summaries,
    code lists and taxonomy terms as vocabulary terms in the page's language."""
    if obj is None:
        return None
    if isinstance(obj, get_image_model()):
        return values.image(request, obj)
    if isinstance(obj, get_document_model()):
        return values.document(request, obj)
    if isinstance(obj, Page):
        return summary(request, obj.specific)
    obj = values.translated(request, obj, page.locale_id)
    token = getattr(obj, "code", None) or getattr(obj, "slug", None) or str(obj.pk)
    return values.term(token, str(obj))
