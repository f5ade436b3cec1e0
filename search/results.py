"""What a search returns, whichever backend answered."""

from dataclasses import dataclass, field
from typing import Any


class SearchError(ValueError):
    """Bad search input; the message says what to change."""


class SearchUnavailable(RuntimeError):
    """The search engine could not be reached or failed to answer. ``retry_after``
    (seconds) is set when readers should get a 503 rather than the database's
    answers (VETCMS_SEARCH_WHEN_ENGINE_DOWN = "unavailable")."""

    retry_after: int | None = None


# In ``unsupported`` when the database answered because the engine is down (the API
# and the reader site show it as a "limited search" notice).
DEGRADED_NOTE = "search engine unavailable (database answered)"


@dataclass
class FacetBucket:
    value: str
    label: str
    count: int


@dataclass
class SearchResults:
    """One page of results. ``items`` are specific pages in result order;
    ``highlights`` and ``scores`` are keyed by page id; ``unsupported`` names the
    requested features the backend could not provide (database backend)."""

    items: list[Any]
    total: int
    page: int
    per_page: int
    locale: str
    facets: dict[str, list[FacetBucket]] = field(default_factory=dict)
    highlights: dict[int, list[str]] = field(default_factory=dict)
    scores: dict[int, float] = field(default_factory=dict)
    took_ms: int | None = None
    backend: str = ""
    unsupported: list[str] = field(default_factory=list)
    degraded: bool = False  # the engine is down: the database answered
    # Items shown in a fallback language (no live translation in the locale).
    fallback_ids: set[int] = field(default_factory=set)
    # Typo tolerance: the words the results are for when the search was retried
    # fuzzily (``fuzzy``), or a suggestion when nothing was found at all.
    corrected_query: str | None = None
    fuzzy: bool = False
    suggestion: str | None = None

    def is_fallback(self, page) -> bool:
        return page.pk in self.fallback_ids

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))
