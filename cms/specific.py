"""Specific pages by id, one query per page type, straight from each type's table (no
base-page query first): for the API's summaries and neighbours and for search hits,
which all know each page's content type already."""

from collections.abc import Callable, Mapping

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page


def specific_pages(
    types: Mapping[int, int], narrow: Callable | None = None
) -> dict[int, Page]:
    """``{pk: specific page}`` for ``{pk: content type id}``; ``narrow(model,
    queryset)`` may filter the rows or choose the fields loaded. Ids of unknown or
    non-page types, and rows ``narrow`` filters out, are missing from the answer."""
    by_model: dict = {}
    for pk, type_id in types.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        if model is not None and issubclass(model, Page):
            by_model.setdefault(model, []).append(pk)
    found = {}
    for model, pks in by_model.items():
        rows = model.objects.filter(pk__in=pks).order_by()  # the caller's order
        if narrow is not None:
            rows = narrow(model, rows)
        found.update((page.pk, page) for page in rows)
    return found
