"""The search app's knobs, django-filter style: defaults here, overridden by
``VETCMS_SEARCH_<NAME>`` settings, re-read when a setting changes (override_settings).
Client settings (URLs, auth, TLS, timeouts) come from the environment instead
(``search.config.backends_from_env``)."""

from typing import Any

from cms.core.knobs import Knobs

DEFAULTS: dict[str, Any] = {
    # Circuit breaker: after this many engine failures in a row, requests skip the
    # engine for BREAKER_RESET seconds; then one request tries it again.
    "BREAKER_FAILURES": 3,
    "BREAKER_RESET": 30,
    # What readers get while the engine is down: "database" (answers from the
    # database, marked as limited) or "unavailable" (503 with Retry-After).
    "WHEN_ENGINE_DOWN": "database",
    # Retry-After of that 503, in seconds.
    "RETRY_AFTER": 30,
    # Retry with fuzzy matching (AUTO, prefix length 1) when a search finds fewer
    # results than this; 0 switches typo tolerance off.
    "RETRY_BELOW": 1,
    # A title holding the words as a phrase scores this much more (query time).
    "TITLE_PHRASE_BOOST": 2.0,
    # A title holding every word in another inflection (within AUTO edits of the
    # stems: search/engine_query.py inflected_title) scores this much × title weight.
    "TITLE_INFLECTION_BOOST": 0.5,
    # Recency as a tie-breaker for dated news and events: the score is multiplied by
    # 1 + WEIGHT × decay, where decay falls from 1 (today) to 0.5 after SCALE.
    "RECENCY": {"weight": 0.1, "scale": "365d", "types": ["NewsPage", "EventPage"]},
    # Synonyms per language: groups of words or phrases that find each other,
    # applied at query time (no reindex). None: the VET glossary (search/glossary/).
    "SYNONYMS": None,
    # Autocomplete: at most this many suggestions.
    "SUGGEST_SIZE": 8,
}

WHEN_ENGINE_DOWN = ("database", "unavailable")

settings = Knobs("VETCMS_SEARCH_", DEFAULTS)
