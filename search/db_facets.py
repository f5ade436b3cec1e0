"""Facet counts on the database backend: the same names and labels as the engine's
(search/facets.py), counted with one grouped query per facet and page type over the
matching pages."""

from collections import Counter

from django.db.models import Count
from django.db.models.functions import ExtractYear
from wagtail.models import Page

from search import facets
from search.fields import _has_relation
from search.params import SearchParams


def counts(pks: list[int], models: list, params: SearchParams) -> dict:
    """{facet: [FacetBucket, …]} for the pages ``pks`` (of the types ``models``)."""
    tallies = {name: Counter() for name in params.facets}
    if "content_type" in tallies:
        rows = Page.objects.filter(pk__in=pks).values("content_type")
        for row in rows.annotate(n=Count("pk")):
            tallies["content_type"][row["content_type"]] += row["n"]
    if "locale" in tallies:
        rows = Page.objects.filter(pk__in=pks).values("locale")
        for row in rows.annotate(n=Count("pk")):
            tallies["locale"][row["locale"]] += row["n"]
    for model in models:
        pages = model.objects.filter(pk__in=pks)
        for name in ("kind", "country", "theme", "group", "year"):
            if name in tallies:
                tallies[name].update(_model_counts(model, pages, name))
    ordered = {
        name: sorted(tally.items(), key=lambda kv: (-kv[1], str(kv[0])))
        for name, tally in tallies.items()
    }
    return facets.labelled(ordered, params)


def _model_counts(model, pages, name: str) -> Counter:
    tally = Counter()
    if name == "kind" and _has_relation(model, "kind"):
        tally.update(_grouped(pages, "kind"))
    elif name == "theme" and _has_relation(model, "themes"):
        tally.update(_grouped(pages, "themes__slug"))
    elif name == "group" and _has_relation(model, "target_groups"):
        tally.update(_grouped(pages, "target_groups__slug"))
    elif name == "country" and _has_relation(model, "countries"):
        # A region is also filed under its country, counted once per page.
        pairs = pages.values_list("pk", "countries__code", "countries__parent_id")
        per_page = {}
        for pk, code, parent in pairs:
            per_page.setdefault(pk, set()).update(c for c in (code, parent) if c)
        for codes in per_page.values():
            tally.update(codes)
    elif name == "year":
        tally.update(_years(model, pages))
    return tally


def _grouped(pages, field: str) -> Counter:
    # order_by(): Page's default ordering (path) would join the GROUP BY, one row per
    # page, and a value on two pages would count once.
    rows = pages.order_by().values(field).annotate(n=Count("pk", distinct=True))
    return Counter({row[field]: row["n"] for row in rows if row[field]})


def _years(model, pages) -> Counter:
    source = model.search_date_source
    if source == "start_year":
        return _grouped(pages, "start_year")
    rows = pages.order_by().annotate(y=ExtractYear(source)).values("y")
    rows = rows.annotate(n=Count("pk"))
    return Counter({str(row["y"]): row["n"] for row in rows if row["y"]})
