"""The engine request body of a reader search, one function per clause so that each
can be measured, changed or extended alone (bench/search.py --clauses):

- text: the words in the weighted field groups of search/fields.py (title > summary >
  body > related names) as one field (`cross_fields`: a word in the title and one in
  the body rank as one match), every word required, a title phrase bonus, synonyms
  and split compounds as alternatives; fuzzy (AUTO, prefix length 1) for the typo
  retry;
- visibility: the locale's pages plus its fallback languages' pages that have no
  live translation in it (`search_live_locales`), only reader page types;
- reader filters (kind, country, theme, years), recency for news and events,
  aggregations (facets), highlighting and the spelling suggester.

Only DSL that ES 7-9 and OpenSearch 1-3 all accept.
"""

from functools import cache

from search import columns, facets, fields, synonyms
from search.analysis.compounds import split_compounds
from search.conf import settings

FACET_SIZE = 100
HIGHLIGHT = {
    "require_field_match": False,  # the query runs on the groups; mark every field
    "encoder": "html",  # the stored text is escaped, only <mark> is markup
    "pre_tags": ["<mark>"],
    "post_tags": ["</mark>"],
    "type": "unified",  # analyzer-aware: marks whole tokens, never parts of words
    "fragment_size": 160,
    "number_of_fragments": 2,
    "no_match_size": 0,
}
PHRASE_SLOP = 2  # "mentors workshop" is a phrase of "mentors in the workshop"
# A relaxed retry needs this share of a query's words (3 of 4, 2 of 3, 1 of 2).
RELAXED_MATCH = "75%"
INFLECTION_PREFIX = 3  # letters an inflected title word shares with the word typed
INFLECTION_EXPANSIONS = 5  # title terms each word may stand for (cost)
TIE_BREAKER = 0.3  # a word found in several groups counts a little more
SUGGESTER = "spelling"


@cache
def weighted_groups(mapping_class) -> tuple[str, ...]:
    """`field^weight` for each group, in weight order (search/fields.py)."""
    groups = [(mapping_class(None).get_boost_field_name(w), w) for w in _weights()]
    named = [("_all_text" if w == fields.BODY else name, w) for name, w in groups]
    return tuple(f"{name}^{weight:g}" for name, weight in named)


def _weights() -> list[float]:
    return [fields.TITLE, fields.SUMMARY, fields.BODY, fields.RELATED]


def title_group(mapping_class) -> str:
    return mapping_class(None).get_boost_field_name(fields.TITLE)


def text_query(
    mapping_class, text: str, language_codes, fuzzy=False, relaxed=False, prefix=False
) -> dict:
    """Every word in some group (``relaxed``: three in four of them; ``prefix``: the
    last word is the start of one); each synonym variant, and each with its
    compounds split into their parts, is an alternative."""
    alternatives = [
        _words_query(mapping_class, variant, fuzzy, relaxed, prefix)
        for variant in text_variants(text, language_codes)
    ]
    if len(alternatives) == 1:
        return alternatives[0]
    return {"bool": {"should": alternatives, "minimum_should_match": 1}}


def text_variants(text: str, language_codes) -> list[str]:
    """The synonym variants, each followed by its split compounds (if any)."""
    found = []
    for variant in synonyms.variants(text, language_codes):
        split = split_compounds(variant, language_codes)
        for candidate in (variant, split):
            if candidate and candidate.lower() not in (f.lower() for f in found):
                found.append(candidate)
    return found


def _words_query(
    mapping_class, text: str, fuzzy: bool, relaxed=False, prefix=False
) -> dict:
    match = {
        "query": text,
        "fields": list(weighted_groups(mapping_class)),
        # The groups as one field: each word counts in the best group that holds
        # it, so "kutseõpetaja koolitus" (one in the title, one in the body) ranks
        # as a title match, not as a body-only match (`best_fields` needs every
        # word in one group for the group's weight).
        "type": "cross_fields",
        "operator": "and",
        "tie_breaker": TIE_BREAKER,
    }
    if relaxed:
        # The last retry of several words: a word the stemmer cannot bring to the
        # page's form (an irregular plural) no longer hides the page.
        match.update(operator="or", minimum_should_match=RELAXED_MATCH)
    if fuzzy:
        # cross_fields takes no fuzziness: a typo retry weighs group by group.
        match.update(type="best_fields", fuzziness="AUTO", prefix_length=1)
    if prefix:
        # The last term matches any word it starts (ranked as the other words).
        match["type"] = "bool_prefix"
    query = {"multi_match": match}
    if not fuzzy and len(text.split()) > 1:
        # Several words: also a title holding each in another inflection. One word
        # goes on to the typo retry instead, which says what it corrected.
        query = {
            "bool": {
                "should": [query, inflected_title(mapping_class, text)],
                "minimum_should_match": 1,
            }
        }
    if fuzzy or len(text.split()) < 2:
        return query  # a one-word phrase is the word: nothing to add
    phrase = {
        "match_phrase": {
            title_group(mapping_class): {
                "query": text,
                "slop": PHRASE_SLOP,
                "boost": settings.TITLE_PHRASE_BOOST * fields.TITLE,
            }
        }
    }
    return {"bool": {"must": query, "should": phrase}}


def inflected_title(mapping_class, text: str) -> dict:
    """Every word in the title, as another inflection of it: the stemmers of Finnish
    and Estonian leave some forms apart ("ammatillinen" → ammatillin, "ammatillisesta"
    → ammatillis; "hetk" / "hetked" → hetk / hetke), one or two letters from each
    other. Matching the title's stems within AUTO edits finds the page about the
    words; the prefix keeps unrelated words (and the cost) out."""
    return {
        "match": {
            title_group(mapping_class): {
                "query": text,
                "operator": "and",
                "fuzziness": "AUTO",
                "prefix_length": INFLECTION_PREFIX,
                "max_expansions": INFLECTION_EXPANSIONS,
                "boost": settings.TITLE_INFLECTION_BOOST * fields.TITLE,
            }
        }
    }


def visibility_filter(mapping_class, chain: list[str], locale_pks: dict) -> list:
    """Readers of chain[0] see its pages, then each fallback language's pages that
    have no live translation earlier in the chain. Empty chain: every locale."""
    if not chain:
        return []
    locale = columns.column(mapping_class, "locale")
    live = columns.column(mapping_class, "search_live_locales")
    levels = []
    for position, code in enumerate(chain):
        level = {"filter": {"term": {locale: locale_pks.get(code, -1)}}}
        if position:
            level["must_not"] = {"terms": {live: chain[:position]}}
        levels.append({"bool": level})
    if len(levels) == 1:
        return [levels[0]["bool"]["filter"]]
    return [{"bool": {"should": levels, "minimum_should_match": 1}}]


def stale_filter(stale_ids: list[int]) -> list[dict]:
    """Pages still live in the index whose time is over (cms.core.access.stale_live_ids):
    excluded until the scheduler unpublishes them."""
    return [{"bool": {"must_not": {"terms": {"pk": stale_ids}}}}] if stale_ids else []


def type_filter(mapping_class, models) -> dict:
    names = [mapping_class(model).get_content_type() for model in models]
    return {"terms": {"_django_content_type": names}}


def reader_filters(mapping_class, params) -> list[dict]:
    filters = []
    for field, values in (
        ("search_kind", params.kinds),
        ("search_countries", params.countries),
        ("search_themes", params.themes),
        ("search_groups", params.groups),
    ):
        if values:
            filters.append({"terms": {columns.column(mapping_class, field): values}})
    if params.year_from or params.year_to:
        bounds = {}
        if params.year_from:
            bounds["gte"] = f"{params.year_from:04d}-01-01"
        if params.year_to:
            bounds["lte"] = f"{params.year_to:04d}-12-31"
        date = columns.column(mapping_class, "search_date")
        filters.append({"range": {date: bounds}})
    return filters


def with_recency(mapping_class, query: dict, models) -> dict:
    """Multiply the score of dated news and events by 1 + weight × decay (decay 1
    today, 0.5 one scale away): a gentle tie-breaker, never a re-sort."""
    recency = settings.RECENCY or {}
    dated = [m for m in models if m.__name__ in recency.get("types", ())]
    if not dated or not recency.get("weight"):
        return query
    date = columns.column(mapping_class, "search_date")
    decay = {date: {"origin": "now", "scale": recency["scale"], "decay": 0.5}}
    functions = [
        {"weight": 1},
        {
            "filter": type_filter(mapping_class, dated),
            "gauss": decay,
            "weight": recency["weight"],
        },
    ]
    return {
        "function_score": {
            "query": query,
            "functions": functions,
            "score_mode": "sum",
            "boost_mode": "multiply",
        }
    }


def sort(mapping_class, params) -> list | None:
    order = params.sort
    if order == "relevance" and not params.text:
        order = "newest"  # nothing to rank by: show the latest first
    if order == "relevance":
        return None
    direction = "desc" if order == "newest" else "asc"
    date = columns.column(mapping_class, "search_date")
    return [{date: {"order": direction, "missing": "_last"}}, {"pk": {"order": "desc"}}]


def aggregation(mapping_class, name: str) -> dict:
    if name == "year":
        return {
            "date_histogram": {
                "field": columns.column(mapping_class, "search_date"),
                "calendar_interval": "year",
                "format": "yyyy",
                "min_doc_count": 1,
            }
        }
    field = columns.column(mapping_class, facets.SOURCES[name])
    return {"terms": {"field": field, "size": FACET_SIZE}}


def highlight(mapping_class, text: str, language_codes, fuzzy=False) -> dict:
    """Highlight with the bare words (and synonyms), not the scoring query: the
    phrase, boosts and function score only cost the highlighter time (~3x)."""
    words = [
        _bare_words(variant, fuzzy) for variant in text_variants(text, language_codes)
    ]
    query = words[0] if len(words) == 1 else {"bool": {"should": words}}
    fields_ = {name: {} for name in columns.highlight_columns(mapping_class)}
    return {**HIGHLIGHT, "fields": fields_, "highlight_query": query}


def _bare_words(text: str, fuzzy: bool) -> dict:
    match = {"query": text}
    if fuzzy:
        match.update(fuzziness="AUTO", prefix_length=1)
    return {"match": {"_all_text": match}}


def spelling_suggester(mapping_class, text: str) -> dict:
    """Term suggester on the unstemmed `search_spelling` words (did you mean)."""
    field = columns.column(mapping_class, "search_spelling")
    term = {"field": field, "suggest_mode": "missing", "prefix_length": 1, "size": 1}
    return {"text": text, SUGGESTER: {"term": term}}


def corrected_text(response: dict, text: str) -> str | None:
    """The query with each word the suggester knows better replaced, or None."""
    entries = response.get("suggest", {}).get(SUGGESTER, [])
    pieces, position, changed = [], 0, False
    for entry in sorted(entries, key=lambda e: e["offset"]):
        options = entry.get("options") or []
        if not options:
            continue
        start, end = entry["offset"], entry["offset"] + entry["length"]
        pieces += [text[position:start], options[0]["text"]]
        position, changed = end, True
    if not changed:
        return None
    return "".join(pieces) + text[position:]
