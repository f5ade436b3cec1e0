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


def specific_pages_joined(
    types: Mapping[int, int], fields_of: Callable, rows=None
) -> dict[int, Page]:
    """As ``specific_pages`` with only ``fields_of(model)`` loaded, in one query for
    every type: the base page rows with each type's table joined, so a batch of
    mixed types (search results) costs one query, not one per type. ``rows``: a
    base page queryset to narrow (a visibility rule), default every page."""
    models = {}
    for pk, type_id in types.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        if model is not None and issubclass(model, Page):
            models[pk] = model
    if not models:
        return {}
    columns = {m: _columns(m, fields_of(m)) for m in set(models.values())}
    lookups = list(
        dict.fromkeys(lookup for c in columns.values() for _, lookup in c if lookup)
    )
    rows = (rows if rows is not None else Page.objects.all()).order_by()
    found = {}
    for pk, *values in rows.filter(pk__in=list(models)).values_list("pk", *lookups):
        model = models[pk]
        value = dict(zip(lookups, values, strict=True))
        names = [attname for attname, _ in columns[model]]
        loaded = [
            pk if lookup is None else value[lookup] for _, lookup in columns[model]
        ]
        found[pk] = model.from_db(rows.db, names, loaded)
    return found


def _columns(model, names) -> list[tuple[str, str | None]]:
    """``(attname, lookup from Page)`` of ``model``'s concrete fields among ``names``
    and its primary keys (lookup None: the page's id), in the model's field order
    (what ``Model.from_db`` expects)."""
    wanted = {model._meta.get_field(name).attname for name in names}
    found = []
    for field in model._meta.concrete_fields:
        if field.primary_key or (field.one_to_one and field.remote_field.parent_link):
            found.append((field.attname, None))
        elif field.attname in wanted:
            found.append((field.attname, _prefix(field.model) + field.attname))
    return found


def _prefix(model) -> str:
    """The lookup from Page to ``model``'s table: ``practicepage__``, or nothing."""
    path = []
    while model is not Page:
        parent, link = next(
            (p, f) for p, f in model._meta.parents.items() if issubclass(p, Page)
        )
        path.insert(0, link.related_query_name())
        model = parent
    return "".join(f"{name}__" for name in path)
