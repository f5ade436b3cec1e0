"""Full-text search on Elasticsearch/OpenSearch: one request across the locale's index
and its fallback languages' indices (each analyses the words in its own language),
built by search/engine_query.py; a second, fuzzy request with a spelling suggester
when the first finds (almost) nothing. The database has the last word on what is
shown: a stale index never shows a draft or private page."""

from dataclasses import replace

from wagtail.models import Page

from cms.core import access
from cms.core.specific import specific_pages, specific_pages_joined
from locales.ids import locale_code, locale_ids
from search import columns, engine_query, facets, failures, transport
from search.backends.cache import backend as cached_backend
from search.conf import settings
from search.params import SearchParams, reader_models
from search.results import SearchResults, SearchUnavailable


def search(params: SearchParams) -> SearchResults:
    backends = [cached_backend(code) for code in params.index_languages]
    backend = backends[0]
    index = ",".join(b.get_index_for_model(Page).name for b in backends)
    pks = _locale_pks(params)
    _, results = _ask(backend, index, params, pks)
    if not _should_retry(params, results):
        return results
    retried, corrected = retry(backend, index, params, pks)
    if retried is None:
        results.suggestion = corrected  # "did you mean", nothing found either way
        return results
    return retried


def retry(backend, index: str, params: SearchParams, pks: dict):
    """Typo tolerance: the words fuzzily, with the spelling suggester; if that finds
    nothing, the suggester's correction as typed words (a stemmed form may be more
    than two edits from a misspelling); if that finds nothing either, most of several
    words as typed. Returns (results or None, correction)."""
    response, retried = _ask(backend, index, params, pks, retry=True)
    corrected = engine_query.corrected_text(response, params.text)
    if not retried.total and corrected:
        _, retried = _ask(backend, index, replace(params, text=corrected), pks)
    if not retried.total and len(params.text.split()) > 1:
        _, relaxed = _ask(backend, index, params, pks, relaxed=True)
        if relaxed.total:
            return relaxed, None  # the words as typed, most of them found
    if not retried.total:
        return None, corrected
    # The notice says "showing results for X" only when X is not what was typed; a
    # retry that found close words without changing the query is only ``fuzzy``.
    changed = corrected and corrected.casefold() != params.text.casefold()
    retried.corrected_query = corrected if changed else None
    retried.fuzzy = True
    return retried, corrected


def _ask(backend, index: str, params: SearchParams, pks: dict, **options):
    """One engine request for ``params`` (build_body's ``options``): the raw
    response and its results."""
    body = build_body(backend.mapping_class, params, pks, **options)
    response = send(backend, index, body, from_=params.offset, size=params.per_page)
    return response, read_response(backend, params, response)


def build_body(
    mapping, params: SearchParams, locale_pks: dict, retry=False, relaxed=False
) -> dict:
    models = params.content_types or reader_models()
    filters = [engine_query.type_filter(mapping, models)]
    filters += engine_query.visibility_filter(mapping, params.chain, locale_pks)
    filters += engine_query.reader_filters(mapping, params)
    filters += engine_query.stale_filter(
        access.stale_live_ids() + failures.unseen_pending_page_ids()
    )
    body = {"query": {"bool": {"filter": filters}}, "track_total_hits": True}
    if params.text:
        fuzzy = retry or params.fuzzy
        text = engine_query.text_query(
            mapping, params.text, params.chain, fuzzy, relaxed, params.prefix
        )
        body["query"]["bool"]["must"] = engine_query.with_recency(mapping, text, models)
    body.update(_source=False, stored_fields=["pk"])
    # The page type comes back with each hit: pages load with one query per type.
    body["docvalue_fields"] = [columns.column(mapping, "content_type")]
    order = engine_query.sort(mapping, params)
    if order:
        body["sort"] = order
    if params.facets:
        body["aggs"] = {n: engine_query.aggregation(mapping, n) for n in params.facets}
    if params.highlight and params.text:
        body["highlight"] = engine_query.highlight(
            mapping, params.text, params.chain, retry or params.fuzzy
        )
    if retry:
        body["suggest"] = engine_query.spelling_suggester(mapping, params.text)
    return body


def send(backend, index: str, body: dict, **params) -> dict:
    try:
        if backend.use_new_elasticsearch_api:
            return backend.es.search(index=index, **body, **params)
        return backend.es.search(index=index, body=body, **params)
    except Exception as exc:
        # Any engine client's error (elastic_transport's too, on elasticsearch-py
        # 8/9), not our own bugs: readers then get the database fallback.
        if not transport.is_client_error(exc):
            raise
        missing = "index_not_found" in str(exc)
        hint = " (run manage.py search_reindex)" if missing else ""
        raise SearchUnavailable(f"The search engine failed{hint}: {exc}") from exc


def read_response(backend, params, response: dict) -> SearchResults:
    hits = response["hits"]["hits"]
    pks = [_pk(hit) for hit in hits]
    type_column = columns.column(backend.mapping_class, "content_type")
    pages = _load_pages(hits, type_column, params.load_fields, params.reuse)
    total = response["hits"]["total"]
    order = columns.highlight_columns(backend.mapping_class)
    items = [pages[pk] for pk in pks if pk in pages]
    return SearchResults(
        items=items,
        total=total["value"] if isinstance(total, dict) else total,
        page=params.page,
        per_page=params.per_page,
        locale=params.locale,
        facets=facets.read(response.get("aggregations", {}), params),
        highlights={_pk(hit): _fragments(hit, order) for hit in hits},
        scores={_pk(hit): hit["_score"] for hit in hits},
        took_ms=response.get("took"),
        backend="+".join(params.index_languages),
        fallback_ids=_fallback_ids(items, params),
    )


def _should_retry(params: SearchParams, results: SearchResults) -> bool:
    return (
        bool(params.text)
        and not params.fuzzy
        and results.total < max(0, settings.RETRY_BELOW)
    )


def _locale_pks(params: SearchParams) -> dict:
    return locale_ids(params.chain) if params.chain else {}


def _fallback_ids(items, params: SearchParams) -> set[int]:
    if not params.chain:
        return set()
    return {item.pk for item in items if locale_code(item.locale_id) != params.locale}


def _load_pages(hits: list, type_column: str, load_fields=None, reuse=None) -> dict:
    """Specific pages by id, live and public only: whole pages with their locale (a
    query per type), or only ``load_fields(model)`` (one query for every type).
    ``reuse``'s stand-ins replace pages the caller needs nothing of; when every hit
    has one, ``access.readable_ids`` says which may be shown."""
    types = {_pk(hit): int(hit["fields"][type_column][0]) for hit in hits}
    # The database has the last word (cms.core.access): a stale index never shows a
    # draft, expired or private page. One restrictions query for every type.
    known = reuse(types) if reuse is not None and types else {}
    if known and len(known) == len(types):
        return {pk: known[pk] for pk in access.readable_ids(known)}
    visible = access.visibility_q()
    if load_fields is not None:
        loaded = specific_pages_joined(types, load_fields, Page.objects.filter(visible))
        return {pk: known.get(pk, page) for pk, page in loaded.items()}

    def readable(model, rows):
        return rows.filter(visible).select_related("locale")

    found = specific_pages(types, readable)
    return {pk: known.get(pk, page) for pk, page in found.items()}


def _pk(hit: dict) -> int:
    return int(hit["fields"]["pk"][0])


def _fragments(hit: dict, order: tuple[str, ...]) -> list[str]:
    found = hit.get("highlight", {})
    fragments = [fragment for name in order for fragment in found.get(name, [])]
    return list(dict.fromkeys(fragments))  # a summary repeated in the body: once
