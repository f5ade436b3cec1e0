"""Per-language analysis: each locale's index gets custom analyzers built from its
language's data (search/analysis/languages.py) as the index `default` (index time)
and `default_search` (query time), so every text field, `_all_text` and the boost
copies use them. Only filters of analysis-common (ES 7.10, OpenSearch 2.19): no
plugins. The chain, in order (search/README.md "Language analysis" says what each
was measured to fix):

1. possessive (English only), then the **acronym** tag: a listed acronym written in
   capitals also becomes `acronym_<word>`, kept from the stemmer (keyword_marker).
   At index time both forms are kept (a lower-case query still finds it); a query
   typed in capitals looks only for the acronym.
2. lower case, stop words, the built-in analyzer's stem overrides (Dutch);
3. **compound parts** (index time only): `dictionary_decompounder` adds the listed
   parts of a compound, so "ohjaus" finds "ohjauspäivät"; the other way round is
   a query alternative (search/analysis/compounds.py);
4. **lemma rules** that bring a family's forms to one word before the stemmer and
   keep it from it (Estonian -us), the language's stemmer, then **stem rules** that
   join stems Snowball leaves apart (Finnish -us, -uus, -inen);
5. **diacritics**: `asciifolding` after the stemmer (the stems are found with the
   diacritics), so "tyossaoppiminen" finds "työssäoppiminen".

modelsearch deep-merges INDEX_SETTINGS into its defaults, which keep the ngram
analyzers autocomplete needs; the names below do not clash with them."""

from typing import Any

from search.analysis.languages import Language, language

ACRONYM_PREFIX = "acronym_"
# Built-in analyzer per language: what a language without our data falls back to
# (and what the custom chains rebuild).
LANGUAGE_ANALYZERS = {
    "en": "english",
    "fi": "finnish",
    "nl": "dutch",
    "et": "estonian",
    "lv": "latvian",
}


def analyzer_for(language_code: str) -> str:
    """The built-in analyzer a language's chain rebuilds; `standard` without one."""
    return LANGUAGE_ANALYZERS.get(language_code.split("-")[0], "standard")


def index_settings(language_code: str) -> dict[str, Any]:
    """INDEX_SETTINGS for one locale's backend: `default` and `default_search`."""
    data = language(language_code)
    if data is None:
        analyzer = {"type": analyzer_for(language_code)}
        return {"settings": {"analysis": {"analyzer": {"default": analyzer}}}}
    analysis = {
        "filter": _filters(data),
        "analyzer": {
            "default": _analyzer(_chain(data, at_index=True)),
            "default_search": _analyzer(_chain(data, at_index=False)),
        },
    }
    return {"settings": {"analysis": analysis}}


def _analyzer(filters: list[str]) -> dict[str, Any]:
    return {"type": "custom", "tokenizer": "standard", "filter": filters}


def _chain(data: Language, at_index: bool) -> list[str]:
    chain = ["vet_possessive"] if data.possessive else []
    # Index: the word and its acronym form; query: the acronym form only.
    chain += ["vet_acronyms"] if at_index else ["vet_acronym_tag", "lowercase"]
    chain += ["vet_acronym_keep", "vet_stop"]
    if data.stem_overrides:
        chain.append("vet_stem_overrides")
    if at_index and data.compound_parts:
        chain.append("vet_compound_parts")
    chain += [f"vet_lemma_rule_{n}" for n in range(len(data.lemma_rules))]
    if data.lemma_keep:
        chain.append("vet_lemma_keep")
    chain.append("vet_stemmer")
    chain += [f"vet_stem_rule_{n}" for n in range(len(data.stem_rules))]
    return chain + ["vet_folding", "remove_duplicates"]


def _filters(data: Language) -> dict[str, Any]:
    acronyms = "|".join(sorted(data.acronyms, key=len, reverse=True))
    filters: dict[str, Any] = {
        "vet_possessive": {"type": "stemmer", "language": "possessive_english"},
        "vet_acronym_tag": {
            "type": "pattern_replace",
            "pattern": f"^({acronyms})$",  # case-sensitive: capitals only
            "replacement": f"{ACRONYM_PREFIX}$1",
        },
        "vet_acronyms": {
            "type": "multiplexer",
            "filters": ["lowercase", "vet_acronym_tag, lowercase"],
            "preserve_original": False,  # the word in capitals is no term
        },
        "vet_acronym_keep": {
            "type": "keyword_marker",
            "keywords_pattern": f"{ACRONYM_PREFIX}.+",
        },
        "vet_stop": {"type": "stop", "stopwords": data.stopwords},
        "vet_stemmer": {"type": "stemmer", "language": data.stemmer},
        # Folded only, not beside the original: a query word with two terms at one
        # position becomes a synonym query, which drops `fuzziness` (the typo retry
        # and the inflected-title clause then missed every word with a diacritic).
        "vet_folding": {"type": "asciifolding", "preserve_original": False},
    }
    if data.stem_overrides:
        filters["vet_stem_overrides"] = {
            "type": "stemmer_override",
            "rules": list(data.stem_overrides),
        }
    if data.compound_parts:
        filters["vet_compound_parts"] = {
            "type": "dictionary_decompounder",
            "word_list": list(data.compound_parts),
            "only_longest_match": True,
            "min_subword_size": 4,
        }
    if data.lemma_keep:
        filters["vet_lemma_keep"] = {
            "type": "keyword_marker",
            "keywords_pattern": data.lemma_keep,
        }
    for name, rules in (("lemma", data.lemma_rules), ("stem", data.stem_rules)):
        for n, (pattern, replacement) in enumerate(rules):
            filters[f"vet_{name}_rule_{n}"] = {
                "type": "pattern_replace",
                "pattern": pattern,
                "replacement": replacement,
            }
    return filters
