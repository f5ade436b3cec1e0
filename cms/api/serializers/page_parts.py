"""What summaries and metadata columns read from any page type: its description
(the type's summary, lead or intro, else the SEO description) and its image field."""

import functools

from wagtail.images import get_image_model

DESCRIPTION_FIELDS = ("summary", "lead", "intro")


def description(page) -> str:
    for name in DESCRIPTION_FIELDS:
        text = getattr(page, name, None)
        if isinstance(text, str) and text:
            return text
    return page.search_description or ""


def image_field(page) -> str | None:
    return _image_field_of(page._meta.concrete_model)


@functools.cache
def _image_field_of(model) -> str | None:
    """A page type's image field: fixed per type, asked twice per summary."""
    for field in model._meta.concrete_fields:
        if field.is_relation and field.related_model is get_image_model():
            return field.name
    return None


def has_image(page) -> bool:
    name = image_field(page)
    return bool(name and getattr(page, f"{name}_id", None))
