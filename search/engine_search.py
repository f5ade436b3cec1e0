"""Full-text search on Elasticsearch/OpenSearch in one request: modelsearch compiles
the text query and the page filters (live, public, content type), and we add the
reader filters, aggregations (facets), highlighting, sorting and paging around it.
The request body uses only DSL that ES 7-9 and OpenSearch 1-3 all accept."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page
from wagtail.search.query import MATCH_ALL, Fuzzy, PlainText

from cms import access
from search import columns, facets
from search.backends.cache import backend as cached_backend
from search.params import SearchParams, reader_models
from search.results import SearchResults, SearchUnavailable

FACET_SIZE = 100
HIGHLIGHT = {
    "require_field_match": False,  # the query runs on _all_text; mark every field
    "encoder": "html",  # the stored text is escaped, only <mark> is markup
    "pre_tags": ["<mark>"],
    "post_tags": ["</mark>"],
    "fragment_size": 160,
    "number_of_fragments": 2,
}


def search(params: SearchParams) -> SearchResults:
    backends = [cached_backend(code) for code in params.language_codes]
    backend = backends[0]
    index = ",".join(b.get_index_for_model(Page).name for b in backends)
    body = build_body(backend, params)
    response = send(backend, index, body, from_=params.offset, size=params.per_page)
    return read_response(backend, params, response)


def build_body(backend, params: SearchParams) -> dict:
    # The access rule's visibility filter, in fields the index holds (cms.access).
    queryset = access.searchable_pages(_queryset(params))
    compiler = backend.query_compiler_class(queryset, _text_query(params))
    compiler.check()
    mapping = backend.mapping_class
    query = {
        "bool": {"must": compiler.get_query(), "filter": _filters(mapping, params)}
    }
    body = {"query": query, "track_total_hits": True, "_source": False}
    body["stored_fields"] = ["pk"]
    # The page type comes back with each hit: pages load with one query per type.
    body["docvalue_fields"] = [columns.column(mapping, "content_type")]
    if _sort(mapping, params):
        body["sort"] = _sort(mapping, params)
    if params.facets:
        body["aggs"] = {name: _aggregation(mapping, name) for name in params.facets}
    if params.highlight and params.text:
        fields = {name: {} for name in columns.highlight_columns(mapping)}
        body["highlight"] = {**HIGHLIGHT, "fields": fields}
    return body


def send(backend, index: str, body: dict, **params) -> dict:
    try:
        if backend.use_new_elasticsearch_api:
            return backend.es.search(index=index, **body, **params)
        return backend.es.search(index=index, body=body, **params)
    except Exception as exc:
        if type(exc).__module__.split(".")[0] not in ("elasticsearch", "opensearchpy"):
            raise
        missing = "index_not_found" in str(exc)
        hint = " (run manage.py search_reindex)" if missing else ""
        raise SearchUnavailable(f"The search engine failed{hint}: {exc}") from exc


def read_response(backend, params, response: dict) -> SearchResults:
    hits = response["hits"]["hits"]
    pks = [_pk(hit) for hit in hits]
    type_column = columns.column(backend.mapping_class, "content_type")
    pages = _load_pages(hits, type_column)
    total = response["hits"]["total"]
    order = columns.highlight_columns(backend.mapping_class)
    return SearchResults(
        items=[pages[pk] for pk in pks if pk in pages],
        total=total["value"] if isinstance(total, dict) else total,
        page=params.page,
        per_page=params.per_page,
        locale=params.locale,
        facets=facets.read(response.get("aggregations", {}), params),
        highlights={_pk(hit): _fragments(hit, order) for hit in hits},
        scores={_pk(hit): hit["_score"] for hit in hits},
        took_ms=response.get("took"),
        backend="+".join(params.language_codes),
    )


def _queryset(params: SearchParams):
    models = params.content_types or reader_models()
    queryset = Page.objects.type(*models)
    if len(params.language_codes) == 1:
        locale = Locale.objects.filter(language_code=params.locale).first()
        queryset = queryset.filter(locale=locale)
    return queryset


def _text_query(params: SearchParams):
    if not params.text:
        return MATCH_ALL
    if params.fuzzy:
        return Fuzzy(params.text, operator="and")
    return PlainText(params.text, operator="and")


def _filters(mapping, params: SearchParams) -> list[dict]:
    filters = []
    for field, values in (
        ("search_kind", params.kinds),
        ("search_countries", params.countries),
        ("search_themes", params.themes),
    ):
        if values:
            filters.append({"terms": {columns.column(mapping, field): values}})
    if params.year_from or params.year_to:
        bounds = {}
        if params.year_from:
            bounds["gte"] = f"{params.year_from:04d}-01-01"
        if params.year_to:
            bounds["lte"] = f"{params.year_to:04d}-12-31"
        filters.append({"range": {columns.column(mapping, "search_date"): bounds}})
    return filters


def _sort(mapping, params: SearchParams) -> list | None:
    sort = params.sort
    if sort == "relevance" and not params.text:
        sort = "newest"  # nothing to rank by: show the latest first
    if sort == "relevance":
        return None
    order = "desc" if sort == "newest" else "asc"
    date = columns.column(mapping, "search_date")
    return [{date: {"order": order, "missing": "_last"}}, {"pk": {"order": "desc"}}]


def _aggregation(mapping, name: str) -> dict:
    if name == "year":
        field = columns.column(mapping, "search_date")
        return {
            "date_histogram": {
                "field": field,
                "calendar_interval": "year",
                "format": "yyyy",
                "min_doc_count": 1,
            }
        }
    field = columns.column(mapping, facets.SOURCES[name])
    return {"terms": {"field": field, "size": FACET_SIZE}}


def _load_pages(hits: list, type_column: str) -> dict:
    """Specific pages by id, straight from each type's table. The database has the
    last word (cms.access): a stale index never shows a draft, expired or private
    page."""
    by_type = {}
    for hit in hits:
        type_id = int(hit["fields"][type_column][0])
        by_type.setdefault(type_id, []).append(_pk(hit))
    pages = {}
    for type_id, pks in by_type.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        if model is None or not issubclass(model, Page):
            continue
        readable = access.public_pages(model.objects.filter(pk__in=pks))
        pages.update(readable.in_bulk())
    return pages


def _pk(hit: dict) -> int:
    return int(hit["fields"]["pk"][0])


def _fragments(hit: dict, order: tuple[str, ...]) -> list[str]:
    found = hit.get("highlight", {})
    return [fragment for name in order for fragment in found.get(name, [])]
