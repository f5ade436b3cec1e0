"""The same search on Wagtail's database backend (no engine configured): full text
analysed per language (search/backends/database.py), filters, locale fallback,
facets, sorting and paging work, and a search that finds nothing is retried with
corrected words (search/db_typos.py) or most of its words; highlighting, typo
tolerance as fuzzy matching and content date sorting are reported as unsupported."""

import re
from dataclasses import replace

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from wagtail.models import Page

from cms.core import access
from cms.core.specific import specific_pages, specific_pages_joined
from locales.ids import locale_code, locale_ids
from search import db_facets, db_typos, degrade, prefix, synonyms
from search.analysis.compounds import split_compounds
from search.params import SearchParams, reader_models
from search.results import SearchResults
from search.text.query import LanguageText

# What SQLite's FTS5 query syntax cannot take inside a quoted term: a double quote
# ends the term early, NUL ends the string (both gave "unterminated string").
_FTS_UNSAFE = re.compile(r'["\x00-\x1f\x7f]')
# A search of this many words or more that finds nothing (typos corrected too) is
# retried with all its words but one: "luottamus ja hyvät suhteet" finds "luottamusta
# ja hyviä suhteita", whose hyviä no stemmer brings to hyvät. A synonym variant counts
# its own words: "kutsehariduse tippkeskused" → "kutsehariduse Centres of Vocational
# Excellence" may leave out the word the English page lacks, as on the engine.
RELAXED_FROM_WORDS = 3


def fts_text(text: str) -> str:
    """The words of ``text`` without the characters FTS cannot parse."""
    return " ".join(_FTS_UNSAFE.sub(" ", text).split())


def search(params: SearchParams, *, degraded=False) -> SearchResults:
    """``degraded``: an engine is configured but down, so the database backend's
    index is empty: match words in the text fields instead (search/degrade.py).
    A search that finds nothing is retried with its misspelt words corrected
    (search/db_typos.py); ``corrected_query`` says so only if a word changed."""
    found = _search(params, degraded=degraded)
    if found.total or degraded or params.prefix or not params.text or params.offset:
        return found
    correction = db_typos.corrected(params.text, params.chain or params.language_codes)
    if correction is not None:
        retried = _search(replace(params, text=correction))
        if retried.total:
            retried.corrected_query = correction
            return retried
    if _relaxed_variants(fts_text(params.text), params.chain or params.language_codes):
        relaxed = _search(params, relaxed=True)
        if relaxed.total:
            return relaxed  # the words as typed, most of them: no notice
    return found


def _search(params: SearchParams, *, degraded=False, relaxed=False) -> SearchResults:
    queryset = _queryset(params)
    unsupported = _unsupported(params)
    text = fts_text(params.text)
    if params.text and not text:
        queryset = queryset.none()  # only punctuation: nothing can match
    if text and degraded:
        results = queryset.filter(degrade.matching(_models(params), text))
    elif text and params.prefix:
        results = prefix.prefix_search(
            queryset,
            _text_query(params, text, relaxed=relaxed),
            operator="and",
            order_by_relevance=params.sort == "relevance",
        )
    elif text:
        results = queryset.search(
            _text_query(params, text, relaxed=relaxed),
            backend="default",
            operator="and",
            order_by_relevance=params.sort == "relevance",
        )
    else:
        results = queryset
    window = list(results[params.offset : params.offset + params.per_page])
    # A first page that is not full is the whole result: no count query.
    short = params.offset == 0 and len(window) < params.per_page
    total = len(window) if short else results.count()
    pages = _load_pages(window, params.load_fields, params.reuse)
    items = [pages[p.pk] for p in window if p.pk in pages]
    found = SearchResults(
        items=items,
        total=total,
        page=params.page,
        per_page=params.per_page,
        locale=params.locale,
        backend="database",
        unsupported=unsupported,
        fallback_ids={p.pk for p in items if locale_code(p.locale_id) != params.locale}
        if params.chain
        else set(),
    )
    if params.facets:
        pks = (
            [p.pk for p in results]
            if params.text
            else list(results.values_list("pk", flat=True))
        )
        models = [
            m for m in (params.content_types or reader_models()) if _has(m, params)
        ]
        found.facets = db_facets.counts(pks, models, params)
    return found


def _load_pages(window, load_fields=None, reuse=None) -> dict:
    """Specific pages: whole with their locale, one query per type; or only
    ``load_fields(model)`` (what the API's summaries read), one query for every
    type, as engine_search does. The ranking query already kept only what readers
    may see: ``reuse``'s stand-ins need no query."""
    types = {p.pk: p.content_type_id for p in window}
    known = reuse(types) if reuse is not None else {}
    types = {pk: t for pk, t in types.items() if pk not in known}
    if not types:
        return known
    if load_fields is not None:
        return {**known, **specific_pages_joined(types, load_fields)}
    found = specific_pages(types, lambda model, rows: rows.select_related("locale"))
    return {**known, **found}


def _text_query(params: SearchParams, text: str, *, relaxed=False):
    """The words, or any of their synonym variants (search/synonyms.py), analysed in
    the languages of the search's chain (search/text/query.py), each also with its
    compounds split. ``relaxed``: all words but one, any one, of each variant long
    enough (as the engine's relaxed retry lets most words match)."""
    languages = params.chain or params.language_codes
    if relaxed:
        variants = _relaxed_variants(text, languages)
    else:
        variants = _with_split_compounds(synonyms.variants(text, languages), languages)
    query = LanguageText(variants[0], languages=languages)
    for variant in variants[1:]:
        query |= LanguageText(variant, languages=languages)
    return query


def _relaxed_variants(text: str, languages) -> list[str]:
    """Each variant (synonyms, split compounds) of RELAXED_FROM_WORDS words or more,
    with all its words but one, for each word in turn; no repeats."""
    found = []
    for variant in _with_split_compounds(synonyms.variants(text, languages), languages):
        words = variant.split()
        if len(words) < RELAXED_FROM_WORDS:
            continue
        for left_out in range(len(words)):
            candidate = " ".join(words[:left_out] + words[left_out + 1 :])
            if candidate.lower() not in (f.lower() for f in found):
                found.append(candidate)
    return found


def _with_split_compounds(variants: list[str], languages) -> list[str]:
    """Each variant, then the same with its compounds split into their listed parts
    (search/analysis/compounds.py, as the engine's query does): "ohjauspäivät" also
    finds "ohjauksen päivät" as separate words."""
    found = []
    for variant in variants:
        for candidate in (variant, split_compounds(variant, languages)):
            if candidate and candidate.lower() not in (f.lower() for f in found):
                found.append(candidate)
    return found


def is_engine(language_code: str) -> bool:
    """True if this language has an engine backend (not the database)."""
    from django.conf import settings

    from search.config import DATABASE_BACKEND

    backends = getattr(settings, "WAGTAILSEARCH_BACKENDS", {})
    config = backends.get(language_code)
    return bool(config) and config.get("BACKEND") != DATABASE_BACKEND


def _models(params: SearchParams) -> list:
    return [
        model
        for model in (params.content_types or reader_models())
        if _has(model, params)
    ]


def _queryset(params: SearchParams):
    models = _models(params)
    queryset = (
        access.searchable_pages(Page.objects.type(*models))
        if models
        else Page.objects.none()
    )
    if params.chain:
        queryset = queryset.filter(_visible(params.chain))
    reader_filter = _reader_filter(models, params)
    if reader_filter is not None:
        queryset = queryset.filter(pk__in=reader_filter)
    order = "first_published_at" if params.sort == "oldest" else "-first_published_at"
    # Hits are only ranked ids: the pages load afterwards (``_load_pages``), with
    # what the caller reads, so the ranking query carries no other column.
    return queryset.order_by(order).only("pk", "content_type_id", "locale_id")


def _visible(chain: list[str]) -> Q:
    """The locale's pages, then each fallback language's pages without a live
    translation earlier in the chain (as engine_query.visibility_filter)."""
    pks = locale_ids(chain)
    visible = Q()
    for position, code in enumerate(chain):
        level = Q(locale_id=pks.get(code, -1))
        if position:
            translated = Page.objects.filter(
                live=True, locale_id__in=[pks.get(c, -1) for c in chain[:position]]
            ).values_list("translation_key", flat=True)
            level &= ~Q(translation_key__in=list(translated))
        visible |= level
    return visible


def _has(model, params: SearchParams) -> bool:
    """Pages without a filtered field cannot match that filter (as on the engine)."""
    needed = [
        name
        for name, values in (
            ("kind", params.kinds),
            ("countries", params.countries),
            ("themes", params.themes),
            ("target_groups", params.groups),
        )
        if values
    ]
    return all(_field(model, name) for name in needed)


def _reader_filter(models, params: SearchParams):
    if not (
        params.kinds
        or params.countries
        or params.themes
        or params.groups
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
    if params.groups:
        q &= Q(target_groups__slug__in=params.groups)
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
    if params.highlight and params.text:
        unsupported.append("highlight")
    if params.text or params.fuzzy:
        # No fuzzy matching: only a retry with title words (search/db_typos.py).
        unsupported.append("typo tolerance")
    if params.sort != "relevance":
        unsupported.append("sort by content date (publication date used)")
    if params.text:
        # Words are stemmed, folded and compounds split (search/text/), but the
        # engine's stop words and capitals-only acronyms are not applied.
        unsupported.append("language analysis (no stop words or acronym rules)")
    return unsupported
