"""Search that degrades instead of failing when the engine is down.

- ``engine_or_database``: ``search_pages`` on the engine; if it fails, the same
  search on the database (``degraded`` set, the note in ``unsupported``), or, with
  VETCMS_SEARCH_WHEN_ENGINE_DOWN = "unavailable", SearchUnavailable with
  ``retry_after`` for the caller's 503.
- ``DegradingResultsMixin``: the engine backends' lazy results answer from the
  database on failure, so every other ``queryset.search()``/``autocomplete()`` (the
  admin, the API's catalog ranking, autocomplete) answers too; the results object
  keeps the failure in ``engine_error``.

The database answers with Wagtail's substring ("fallback") backend, which needs no
index of its own: the database backend's index is not kept while an engine is
configured. It matches every word in the page type's text fields (title, summary,
body …), without ranking or language analysis."""

import logging
from functools import lru_cache

from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q
from modelsearch.backends.database.fallback import (
    MATCH_ALL,
    MATCH_NONE,
    DatabaseSearchQueryCompiler,
)
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Fuzzy, PlainText

from search.conf import WHEN_ENGINE_DOWN, settings
from search.results import DEGRADED_NOTE, SearchUnavailable
from search.transport import is_client_error

logger = logging.getLogger(__name__)

FALLBACK_BACKEND = "wagtail.search.backends.database.fallback"


def engine_or_database(params, engine_search, database_search):
    try:
        return engine_search(params)
    except SearchUnavailable as error:
        if refuse_readers():
            error.retry_after = int(settings.RETRY_AFTER)
            raise
        note(error)
        results = database_search(params, degraded=True)
        results.degraded = True
        results.unsupported.append(DEGRADED_NOTE)
        return results


def refuse_readers() -> bool:
    policy = settings.WHEN_ENGINE_DOWN
    if policy not in WHEN_ENGINE_DOWN:
        raise ImproperlyConfigured(
            f"VETCMS_SEARCH_WHEN_ENGINE_DOWN={policy!r}: use one of {WHEN_ENGINE_DOWN}"
        )
    return policy == "unavailable"


def unavailable(exc: Exception) -> SearchUnavailable:
    """The failure as SearchUnavailable, with ``retry_after`` if readers get a 503."""
    error = SearchUnavailable(f"The search engine failed: {exc}")
    if refuse_readers():
        error.retry_after = int(settings.RETRY_AFTER)
    return error


def matching(models, text: str) -> Q:
    """Pages of any of ``models`` whose text fields contain every word of ``text``."""
    q = Q(pk__in=[])
    for model in models:
        compiler = DatabaseSearchQueryCompiler(
            model.objects.all(), PlainText(text, operator="and")
        )
        where = compiler.build_database_filter(compiler.query)
        if where == MATCH_ALL:
            return Q()
        if where != MATCH_NONE:
            q |= Q(pk__in=model.objects.filter(where).values("pk"))
    return q


def note(error: BaseException) -> None:
    if "circuit breaker open" in str(error):
        logger.debug("search engine skipped (breaker open); the database answers")
    else:
        logger.warning("search engine failed, the database answers: %s", error)


@lru_cache(maxsize=1)
def fallback_backend():
    return get_search_backend(FALLBACK_BACKEND)


class DegradingResultsMixin:
    """Mixed into an engine backend's results class (see backends/base.py)."""

    engine_error = None
    _fallback = None

    def _do_search(self):
        if self._fallback is None:
            try:
                # A generator on the engines: consume it here to catch its failure.
                return list(super()._do_search())
            except Exception as exc:
                self._degrade(exc)
        return self._fallback._do_search()

    def _do_count(self):
        if self._fallback is None:
            try:
                return super()._do_count()
            except Exception as exc:
                self._degrade(exc)
        return self._fallback._do_count()

    def facet(self, field_name):
        if self._fallback is None:
            try:
                return super().facet(field_name)
            except Exception as exc:
                self._degrade(exc)
        return self._fallback.facet(field_name)

    def _degrade(self, exc: Exception) -> None:
        if not is_client_error(exc):
            raise exc
        note(exc)
        self.engine_error = unavailable(exc)
        compiler = self.query_compiler
        query = compiler.query
        if isinstance(query, Fuzzy):  # the database has no fuzzy matching
            query = PlainText(query.query_string, operator=query.operator)
        backend = fallback_backend()
        fallback = backend.results_class(
            backend,
            DatabaseSearchQueryCompiler(
                compiler.queryset,
                query,
                fields=compiler.fields,
                order_by_relevance=compiler.order_by_relevance,
            ),
        )
        fallback.start, fallback.stop = self.start, self.stop
        self._fallback = fallback
