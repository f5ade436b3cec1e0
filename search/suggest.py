"""Autocomplete for the search box: page titles that start with the words typed (the
engine's edge n-gram field `_edgengrams`, or the database backend's autocomplete)
and taxonomy names (themes, target groups, countries) in the reader's language.

    suggest("oppis", locale="fi", limit=8)
    → [{"text": "Oppisopimus …", "kind": "page"}, {"text": "Ohjaus", "kind": "theme"}]

Titles follow the same visibility as search: the locale's pages and its fallback
languages' pages without a live translation in it."""

import unicodedata
from functools import cache

from django.utils import translation
from wagtail.models import Page

from cms.core import access
from search import db_search, degrade, engine_query, engine_search, failures
from search.backends.cache import backend as cached_backend
from search.conf import settings
from search.params import parse, reader_models
from search.results import SearchUnavailable
from search.taxonomy import taxonomy

NAMES_FIRST = 3  # taxonomy names shown before titles
# The same prefixes come again and again (every reader types "op", "opp", …): the
# engine's shard request cache answers them until the index refreshes (size > 0 needs
# the explicit flag); filter_path trims the reply to the titles.
ENGINE_PARAMS = {"request_cache": "true", "filter_path": "hits.hits.fields"}


def suggest(prefix: str, *, locale: str | None = None, limit: int | None = None):
    limit = max(1, min(int(limit or settings.SUGGEST_SIZE), 20))
    params = parse(
        prefix,
        locale=locale,
        filters=None,
        facets=(),
        page=1,
        per_page=limit,
        sort="relevance",
        fuzzy=False,
        highlight=False,
    )
    if not params.text or not params.chain:
        return []
    names = [
        {"text": name, "kind": kind}
        for name, kind in taxonomy_names(params.locale)
        if _starts_words(name, params.text)
    ]
    titles = [{"text": title, "kind": "page"} for title in _titles(params)]
    seen, found = set(), []
    # A few taxonomy names first (they narrow a search), then titles.
    for item in names[:NAMES_FIRST] + titles + names[NAMES_FIRST:]:
        key = item["text"].casefold()
        if key not in seen:
            seen.add(key)
            found.append(item)
    return found[:limit]


def _titles(params) -> list[str]:
    if all(db_search.is_engine(code) for code in params.index_languages):
        try:
            return _engine_titles(params)
        except SearchUnavailable as error:  # the database answers, as for search
            if degrade.refuse_readers():
                raise
            degrade.note(error)
    queryset = access.searchable_pages(Page.objects.all()).type(*reader_models())
    queryset = queryset.filter(db_search._visible(params.chain))
    hits = queryset.autocomplete(params.text, backend="default")[: params.per_page]
    return [page.title for page in hits]


def _engine_titles(params) -> list[str]:
    backends = [cached_backend(code) for code in params.index_languages]
    mapping = backends[0].mapping_class
    index = ",".join(b.get_index_for_model(Page).name for b in backends)
    filters = [engine_query.type_filter(mapping, reader_models())]
    filters += engine_query.visibility_filter(
        mapping, params.chain, engine_search._locale_pks(params)
    )
    filters += engine_query.stale_filter(
        access.stale_live_ids() + failures.unseen_pending_page_ids()
    )
    body = {
        "query": {
            "bool": {
                "must": {
                    "match": {"_edgengrams": {"query": params.text, "operator": "and"}}
                },
                "filter": filters,
            }
        },
        "_source": False,
        "stored_fields": ["pk"],
        "track_total_hits": False,
    }
    response = engine_search.send(
        backends[0], index, body, size=params.per_page, **ENGINE_PARAMS
    )
    hits = response.get("hits", {}).get("hits", [])
    return readable_titles([int(hit["fields"]["pk"][0]) for hit in hits])


def readable_titles(pks: list[int]) -> list[str]:
    """The titles of the hits anyone may read now, in the engine's order: the
    database has the last word (cms.core.access), so an expired or not yet live page, or
    one unpublished or deleted while the engine was down, is never suggested."""
    titles = dict(
        Page.objects.filter(pk__in=pks)
        .filter(access.visibility_q())
        .values_list("pk", "title")
    )
    return [titles[pk] for pk in pks if pk in titles]


def taxonomy_names(language_code: str) -> list[tuple[str, str]]:
    """(name, kind) of the themes, target groups and countries, in the language:
    two small queries; country names (a fixed code list) are kept per language."""
    vocabularies = taxonomy()
    names = []
    for model, kind in (
        (vocabularies.theme, "theme"),
        (vocabularies.target_group, "target_group"),
    ):
        rows = model.objects.filter(locale__language_code=language_code)
        names += [(name, kind) for name in rows.values_list("name", flat=True)]
    return names + _country_names(language_code)


@cache
def _country_names(language_code: str) -> list[tuple[str, str]]:
    with translation.override(language_code):
        return [
            (str(country), "country") for country in taxonomy().country.objects.all()
        ]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def _starts_words(name: str, typed: str) -> bool:
    """Every word typed starts a word of the name (accents ignored: "valm" finds
    "Valmennus", "skolotaj" finds "skolotāji")."""
    words = _fold(name).split()
    return all(any(w.startswith(t) for w in words) for t in _fold(typed).split())
