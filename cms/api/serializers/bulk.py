"""Bulk loading for serializing many pages at once (``fullobjects`` listings): the
neighbours (parent, previous and next sibling) of every page from one window query,
relations prefetched per page type, taxonomy terms' translations fetched per model.
Queries then depend on the number of page types, not of pages."""

from collections import defaultdict

from django.db import models
from django.db.models import F, Q, Window
from django.db.models.functions import FirstValue, Lag, Lead, Substr
from wagtail.models import Page

from cms.api import access
from cms.api.serializers import fields, summary, values

BRIEF = ("@id", "@type", "title", "description", "review_state", "type_title")
EMPTY = {"parent": {}, "previous_item": {}, "next_item": {}}


def neighbours_of(request, pages) -> dict[int, dict]:
    """``{page.pk: {"parent", "previous_item", "next_item"}}`` as brief summaries."""
    pages = [p for p in pages if p.depth > 1]
    if not pages:
        return {}
    parent_paths = {p.path[: -Page.steplen] for p in pages}
    siblings = Q(pk__in=[])
    for path in parent_paths:
        siblings |= Q(path__startswith=path, depth=len(path) // Page.steplen + 1)
    parent_expr = Substr("path", 1, (F("depth") - 1) * Page.steplen)
    window = {"partition_by": [parent_expr], "order_by": F("path").asc()}
    # Filtering on a window expression makes Django filter *after* the window (in an
    # outer query), so Lag/Lead see every visible sibling, not only the pages asked for.
    rows = (
        access.visible(request, Page.objects.filter(siblings))
        .annotate(
            prev_id=Window(Lag("pk"), **window),
            next_id=Window(Lead("pk"), **window),
            own_id=Window(FirstValue("pk"), partition_by=[F("pk")]),
        )
        .filter(own_id__in=[p.pk for p in pages])
        .values_list("pk", "prev_id", "next_id")
    )
    links = {pk: (prev, nxt) for pk, prev, nxt in rows}
    parents = {p.path: p for p in Page.objects.filter(path__in=parent_paths)}
    wanted = {pk for pair in links.values() for pk in pair if pk}
    others = {p.pk: p for p in Page.objects.filter(pk__in=wanted)}
    found = [*parents.values(), *others.values()]
    briefs = {
        p.pk: {k: s[k] for k in BRIEF}
        for p, s in zip(found, summary.summaries(request, found), strict=True)
    }
    result = {}
    for page in pages:
        prev, nxt = links.get(page.pk, (None, None))
        parent = parents.get(page.path[: -Page.steplen])
        result[page.pk] = {
            "parent": briefs.get(parent.pk, {}) if parent else {},
            "previous_item": briefs.get(prev, {}),
            "next_item": briefs.get(nxt, {}),
        }
    return result


def prefetch(request, pages) -> None:
    """Prefetch every page type's relations, then the translations of related terms
    (``fields.related`` shows a term in the page's language)."""
    by_model = defaultdict(list)
    for page in pages:
        by_model[type(page)].append(page)
    wanted = defaultdict(set)  # term model → {(translation_key, locale_id)}
    for model, group in by_model.items():
        relations = [
            f.name
            for f in fields.own_fields(model)
            if f.many_to_many or isinstance(f, models.ForeignKey)
        ]
        models.prefetch_related_objects(group, *relations)
        for page in group:
            for name in relations:
                for obj in _related(page, name):
                    if (
                        hasattr(obj, "translation_key")
                        and obj.locale_id != page.locale_id
                    ):
                        wanted[type(obj)].add((obj.translation_key, page.locale_id))
    cache = values.term_translations(request)
    for term_model, pairs in wanted.items():
        keys = {key for key, _locale in pairs}
        locales = {locale for _key, locale in pairs}
        found = term_model.objects.filter(
            translation_key__in=keys, locale_id__in=locales
        )
        by_pair = {(t.translation_key, t.locale_id): t for t in found}
        for pair in pairs:
            cache[(term_model, *pair)] = by_pair.get(pair)


def _related(page, name):
    value = getattr(page, name)
    if hasattr(value, "all"):
        return list(value.all())
    return [value] if value is not None else []
