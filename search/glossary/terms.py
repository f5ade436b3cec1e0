"""The glossary's terms as search reads them: ``{concept: {language: [forms]}}``,
kept in Django's cache so a search costs no query, and forgotten whenever a concept
is saved or deleted (signals in models.py), so the next search uses the edit with no
reindex on the engine or the database backend alike."""

from django.core.cache import cache
from django.db import transaction

CACHE_KEY = "vetsearch:glossary:terms"
# Saves and deletes forget the entry at once; the timeout only bounds how long a
# process with its own memory cache (locmem, the embedded default with several
# workers) keeps serving terms another process changed.
CACHE_SECONDS = 300

Terms = dict[str, dict[str, list[str]]]


def all_terms() -> Terms:
    """Every concept's forms per language code, keyed by its translation key."""
    terms = cache.get(CACHE_KEY)
    if terms is None:
        terms = _load()
        cache.set(CACHE_KEY, terms, CACHE_SECONDS)
    return terms


def _load() -> Terms:
    from search.glossary.models import GlossaryConcept

    terms: Terms = {}
    concepts = GlossaryConcept.objects.select_related("locale").order_by("pk")
    for concept in concepts:
        by_language = terms.setdefault(str(concept.translation_key), {})
        by_language[concept.locale.language_code] = concept.forms()
    return terms


def forget(**_signal) -> None:
    cache.delete(CACHE_KEY)
    # A search running meanwhile may have cached the terms as they were before
    # this transaction; forget once more when it commits.
    transaction.on_commit(lambda: cache.delete(CACHE_KEY))
