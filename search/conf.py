"""Search knobs: defaults here, each overridden by a ``VETCMS_SEARCH_<NAME>`` setting
(re-read when a setting changes, so override_settings works in tests)."""

from typing import Any

from cms.knobs import Knobs

DEFAULTS: dict[str, Any] = {
    # Retry with fuzzy matching (AUTO, prefix length 1) when a search finds fewer
    # results than this; 0 switches typo tolerance off.
    "RETRY_BELOW": 1,
    # A title holding the words as a phrase scores this much more (query time).
    "TITLE_PHRASE_BOOST": 2.0,
    # Recency as a tie-breaker for dated news and events: the score is multiplied by
    # 1 + WEIGHT × decay, where decay falls from 1 (today) to 0.5 after SCALE.
    "RECENCY": {"weight": 0.1, "scale": "365d", "types": ["NewsPage", "EventPage"]},
    # Synonyms per language: groups of words or phrases that find each other,
    # applied at query time (no reindex). None: search/synonyms.py's defaults.
    "SYNONYMS": None,
    # Autocomplete: at most this many suggestions.
    "SUGGEST_SIZE": 8,
}

settings = Knobs("VETCMS_SEARCH_", DEFAULTS)
