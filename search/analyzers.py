"""Per-language analysis: each locale's index uses its language's built-in analyzer as
the index default, so every text field, `_all_text` and the boost copies are stemmed
in that language at index and query time (ES 7.10 and OpenSearch 2.19 both ship
english, finnish, dutch, estonian and latvian in analysis-common)."""

from typing import Any

# Wagtail language code → built-in analyzer name.
LANGUAGE_ANALYZERS = {
    "en": "english",
    "fi": "finnish",
    "nl": "dutch",
    "et": "estonian",
    "lv": "latvian",
}


def analyzer_for(language_code: str) -> str:
    """The analyzer for a language; `standard` for one without a built-in analyzer."""
    return LANGUAGE_ANALYZERS.get(language_code.split("-")[0], "standard")


def index_settings(language_code: str) -> dict[str, Any]:
    """INDEX_SETTINGS for one locale's backend; deep-merged by modelsearch into its
    defaults, which keep the ngram analyzers that autocomplete needs."""
    analyzer = analyzer_for(language_code)
    return {"settings": {"analysis": {"analyzer": {"default": {"type": analyzer}}}}}
