"""The named relations of a chunk of pages (countries, themes, …) for a rebuild, one
query per relation: what ``prefetch_related`` does, without Django building a
filtered queryset for every page and relation (a third of a rebuild's document
building at 10k pages x 5 locales; bench/search.py). The lists go where
``search.fields.related`` reads them, the prefetch cache."""

from collections import defaultdict

from search.fields import NAMED_RELATIONS, _has_relation


def load(pages: list) -> None:
    by_model = defaultdict(list)
    for page in pages:
        by_model[type(page)].append(page)
    for model, group in by_model.items():
        for name in NAMED_RELATIONS:
            if _has_relation(model, name) and model._meta.get_field(name).many_to_many:
                _load_relation(model._meta.get_field(name), group)


def _load_relation(field, pages: list) -> None:
    through = field.remote_field.through
    source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
    ordering = [
        f"-{target}__{o[1:]}" if o.startswith("-") else f"{target}__{o}"
        for o in field.related_model._meta.ordering
    ]
    rows = (
        through.objects.filter(**{f"{source}_id__in": [p.pk for p in pages]})
        .select_related(target)
        .order_by(*ordering, "pk")
    )
    found = defaultdict(list)
    for row in rows:
        found[getattr(row, f"{source}_id")].append(getattr(row, target))
    for page in pages:
        cache = page.__dict__.setdefault("_prefetched_objects_cache", {})
        cache[field.name] = found[page.pk]
