"""The same search on Wagtail's database backend (no engine configured): full text,
filters, sorting and paging work; facets, highlighting, fuzzy matching and content
date sorting are reported as unsupported."""

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from wagtail.models import Locale, Page

from cms import access
from search.params import SearchParams, reader_models
from search.results import SearchResults


def search(params: SearchParams) -> SearchResults:
    queryset = _queryset(params)
    unsupported = _unsupported(params)
    if params.text:
        results = queryset.search(
            params.text,
            backend="default",
            operator="and",
            order_by_relevance=params.sort == "relevance",
        )
    else:
        results = queryset
    total = results.count()
    window = results[params.offset : params.offset + params.per_page]
    pages = Page.objects.filter(pk__in=[p.pk for p in window]).specific().in_bulk()
    return SearchResults(
        items=[pages[p.pk] for p in window if p.pk in pages],
        total=total,
        page=params.page,
        per_page=params.per_page,
        locale=params.locale,
        backend="database",
        unsupported=unsupported,
    )


def is_engine(language_code: str) -> bool:
    """True if this language has an engine backend (not the database)."""
    from django.conf import settings

    from search.config import DATABASE_BACKEND

    backends = getattr(settings, "WAGTAILSEARCH_BACKENDS", {})
    config = backends.get(language_code)
    return bool(config) and config.get("BACKEND") != DATABASE_BACKEND


def _queryset(params: SearchParams):
    models = [
        model
        for model in (params.content_types or reader_models())
        if _has(model, params)
    ]
    queryset = (
        access.searchable_pages(Page.objects.type(*models))
        if models
        else Page.objects.none()
    )
    if params.locale != "all":
        queryset = queryset.filter(
            locale=Locale.objects.filter(language_code=params.locale).first()
        )
    reader_filter = _reader_filter(models, params)
    if reader_filter is not None:
        queryset = queryset.filter(pk__in=reader_filter)
    order = "first_published_at" if params.sort == "oldest" else "-first_published_at"
    return queryset.order_by(order)


def _has(model, params: SearchParams) -> bool:
    """Pages without a filtered field cannot match that filter (as on the engine)."""
    needed = [
        name
        for name, values in (
            ("kind", params.kinds),
            ("countries", params.countries),
            ("themes", params.themes),
        )
        if values
    ]
    return all(_field(model, name) for name in needed)


def _reader_filter(models, params: SearchParams):
    if not (
        params.kinds
        or params.countries
        or params.themes
        or params.year_from
        or params.year_to
    ):
        return None
    pks = []
    for model in models:
        pks.extend(
            model.objects.filter(_model_q(model, params)).values_list("pk", flat=True)
        )
    return pks


def _model_q(model, params: SearchParams) -> Q:
    q = Q()
    if params.kinds:
        q &= Q(kind__in=params.kinds)
    if params.countries:
        q &= Q(countries__code__in=params.countries) | Q(
            countries__parent_id__in=params.countries
        )
    if params.themes:
        q &= Q(themes__slug__in=params.themes)
    date = model.search_date_source
    lookup = date if date == "start_year" else f"{date}__year"
    if params.year_from:
        q &= Q(**{f"{lookup}__gte": params.year_from})
    if params.year_to:
        q &= Q(**{f"{lookup}__lte": params.year_to})
    return q


def _field(model, name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def _unsupported(params: SearchParams) -> list[str]:
    unsupported = []
    if params.facets:
        unsupported.append("facets")
    if params.highlight and params.text:
        unsupported.append("highlight")
    if params.fuzzy:
        unsupported.append("fuzzy")
    if params.sort != "relevance":
        unsupported.append("sort by content date (publication date used)")
    if params.text:
        unsupported.append("language analysis (one index for all languages)")
    return unsupported
