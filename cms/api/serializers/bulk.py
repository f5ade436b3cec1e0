"""Bulk loading for serializing many pages at once (``fullobjects`` listings): the
neighbours (parent, previous and next sibling) of every page from one window query,
relations prefetched per page type, taxonomy terms' translations fetched per model.
Queries then depend on the number of page types, not of pages."""

from collections import defaultdict

from django.db import models
from django.db.models import F, Q, Window
from django.db.models.functions import FirstValue, Lag, Lead, Substr
from django.utils import translation
from wagtail.models import Page

from cms.api import access, urls_public
from cms.api.serializers import fields, summary, values
from cms.core import generation
from cms.core.specific import specific_pages

BRIEF = ("@id", "@type", "title", "description", "review_state", "type_title")
EMPTY = {"parent": {}, "previous_item": {}, "next_item": {}}


def neighbours_of_page(request, page) -> dict:
    """One page's neighbours; for a public read remembered per content generation
    (what anyone sees of them changes only on a publish, move or delete), keyed by
    what the briefs depend on: the page, the public base URL and the language."""

    def compute():
        return neighbours_of(request, [page]).get(page.pk, EMPTY)

    if not access.is_public_read(request):
        return compute()
    base = urls_public.public_base(request)
    key = ("neighbours", page.pk, page.path, base, translation.get_language())
    found = generation.memoized(key, compute, request)
    return {name: dict(brief) for name, brief in found.items()}  # callers may edit


def neighbours_of(request, pages) -> dict[int, dict]:
    """``{page.pk: {"parent", "previous_item", "next_item"}}`` as brief summaries."""
    pages = [p for p in pages if p.depth > 1]
    if not pages:
        return {}
    parent_paths = {p.path[: -Page.steplen] for p in pages}
    if len(pages) == 1:
        links, types, parents = _adjacent(request, pages[0])
    else:
        links, types = _sibling_links(request, pages, parent_paths)
        parents = {}
        rows = Page.objects.filter(path__in=parent_paths)
        for path, pk, type_id in rows.values_list("path", "pk", "content_type_id"):
            parents[path] = pk
            types[pk] = type_id
    # Parents and siblings in one query per page type, specific fields included.
    found = list(specific_pages(types).values())
    briefs = {
        p.pk: {k: s[k] for k in BRIEF}
        for p, s in zip(found, summary.summaries(request, found), strict=True)
    }
    result = {}
    for page in pages:
        prev, nxt = links.get(page.pk, (None, None))
        parent = parents.get(page.path[: -Page.steplen])
        result[page.pk] = {
            "parent": briefs.get(parent, {}),
            "previous_item": briefs.get(prev, {}),
            "next_item": briefs.get(nxt, {}),
        }
    return result


def _sibling_links(request, pages, parent_paths) -> tuple[dict, dict]:
    """``{pk: (previous pk, next pk)}`` among visible siblings, and ``{pk: type id}``
    of those neighbours, from one window query."""
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
            prev_type=Window(Lag("content_type_id"), **window),
            next_type=Window(Lead("content_type_id"), **window),
            own_id=Window(FirstValue("pk"), partition_by=[F("pk")]),
        )
        .filter(own_id__in=[p.pk for p in pages])
        .values_list("pk", "prev_id", "next_id", "prev_type", "next_type")
    )
    links, types = {}, {}
    for pk, prev, nxt, prev_type, next_type in rows:
        links[pk] = (prev, nxt)
        types.update({prev: prev_type, nxt: next_type})
    types.pop(None, None)
    return links, types


def _adjacent(request, page) -> tuple[dict, dict, dict]:
    """For one page (a detail): its previous and next visible sibling and its parent
    from one query, the siblings as indexed one-row subqueries (a third of the window
    query's compilation, and a third of three separate queries)."""
    parent_path = page.path[: -Page.steplen]
    siblings = access.visible(
        request, Page.objects.filter(path__startswith=parent_path, depth=page.depth)
    ).values("pk")
    before = siblings.filter(path__lt=page.path).order_by("-path")[:1]
    after = siblings.filter(path__gt=page.path).order_by("path")[:1]
    rows = Page.objects.filter(
        Q(path=parent_path) | Q(pk__in=before) | Q(pk__in=after)
    ).values_list("pk", "path", "content_type_id")
    types, by_path = {}, {}
    for pk, path, type_id in rows:
        types[pk] = type_id
        by_path[path] = pk
    parent = by_path.pop(parent_path, None)
    prev = next((pk for path, pk in by_path.items() if path < page.path), None)
    nxt = next((pk for path, pk in by_path.items() if path > page.path), None)
    parents = {parent_path: parent} if parent else {}
    return {page.pk: (prev, nxt)}, types, parents


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
            for f in fields.api_fields(model)
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
