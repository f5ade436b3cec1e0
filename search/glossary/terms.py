"""The glossary's terms as search reads them: per concept, its forms in the languages
a search covers.

Django's cache holds a small token naming the glossary's current state; each process
keeps the terms it read for that token (a search then costs one cache read, no query
and no unpickling of the whole glossary). Saving or deleting a concept drops the
token (signals in models.py), so the next search in every process sharing the cache
reads the glossary afresh: an edit is used at once, with no reindex, on the engine
and the database backend alike."""

import itertools
import uuid

from django.core.cache import cache
from django.db import transaction

from cms.core import request_reads

CACHE_KEY = "vetsearch:glossary:token"
request_reads.read_together(CACHE_KEY)
# Saves and deletes drop the token at once; the timeout only bounds how long a
# process with its own memory cache (locmem, the embedded default with several
# workers) keeps terms another process changed.
CACHE_SECONDS = 300

Forms = list[str]
Group = tuple[str, ...]

_memo: dict = {"token": None, "terms": {}, "groups": {}}


def joined_groups(language_codes: tuple[str, ...]) -> tuple[Group, ...]:
    """Per concept with more than one form in these languages: its forms, taken in
    turn from each language (preferred terms first, then first synonyms…), so a
    bounded expansion still reaches every language; no repeats, ignoring case."""
    memo = _current()
    found = memo["groups"].get(language_codes)
    if found is None:
        found = tuple(
            group
            for by_language in memo["terms"].values()
            if len(group := _in_turn(by_language, language_codes)) > 1
        )
        memo["groups"][language_codes] = found
    return found


def concepts(language_codes: tuple[str, ...]) -> tuple[dict[str, Forms], ...]:
    """Per concept with forms in two or more of these languages: its forms by
    language code (for a query put into another language, search/synonyms.py)."""
    memo = _current()
    key = ("by-language", language_codes)
    found = memo["groups"].get(key)
    if found is None:
        found = tuple(
            {code: by_language[code] for code in language_codes if code in by_language}
            for by_language in memo["terms"].values()
            if sum(code in by_language for code in language_codes) > 1
        )
        memo["groups"][key] = found
    return found


def _in_turn(by_language: dict[str, Forms], codes: tuple[str, ...]) -> Group:
    group: list[str] = []
    seen: set[str] = set()
    lists = [by_language.get(code, []) for code in codes]
    for form in itertools.chain.from_iterable(itertools.zip_longest(*lists)):
        if form is not None and form.lower() not in seen:
            seen.add(form.lower())
            group.append(form)
    return tuple(group)


def _current() -> dict:
    global _memo
    token = request_reads.once(CACHE_KEY, _token)
    memo = _memo
    if token is None or memo["token"] != token:  # None: no cache configured
        memo = {"token": token, "terms": _load(), "groups": {}}
        _memo = memo
    return memo


def _token() -> str | None:
    token = cache.get(CACHE_KEY)
    if token is None:
        cache.add(CACHE_KEY, uuid.uuid4().hex, CACHE_SECONDS)
        token = cache.get(CACHE_KEY)  # another process's, if it came first
    return token


def _load() -> dict[str, dict[str, Forms]]:
    """Every concept's forms per language code, keyed by its translation key."""
    from search.glossary.models import GlossaryConcept

    terms: dict[str, dict[str, Forms]] = {}
    concepts = GlossaryConcept.objects.select_related("locale").order_by("pk")
    for concept in concepts:
        by_language = terms.setdefault(str(concept.translation_key), {})
        by_language[concept.locale.language_code] = concept.forms()
    return terms


def forget(**_signal) -> None:
    _drop_token()
    # A search running meanwhile may have named the terms as they were before this
    # transaction with a new token; forget once more when it commits.
    transaction.on_commit(_drop_token)


def _drop_token() -> None:
    request_reads.forget(CACHE_KEY)  # this request sees its own change
    cache.delete(CACHE_KEY)
