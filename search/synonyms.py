"""Synonyms per language, applied at query time: a query holding one form of a group
is also run with each other form (an OR of the variants), so editing the list needs
no reindex and works the same on the engine and the database backend.

The groups come from the glossary editors keep in the admin (search/glossary): one
group per concept, its preferred term and synonyms in each language searched. A
search's languages are its locale and that locale's fallbacks, so a Finnish reader's
"mikrotutkinnot" also looks for the English "micro-credentials" among the English
pages Finnish readers are shown. The ``VETCMS_SEARCH_SYNONYMS`` setting, when set,
replaces the glossary with a fixed table (``{"fi": [["VET", "…"], …]}``).

Why not a `synonym_graph` search analyzer: its list lives in the index settings (or
in a file on every engine node, reloaded with `_reload_search_analyzers`), so a
change means closing indices or shipping files; expanding in Python does not, and
multi-word synonyms stay phrases."""

import re
from collections.abc import Iterable
from functools import lru_cache

from search.conf import settings
from search.glossary import terms
from search.text.fold import fold

# At most this many texts per search, the query included: each variant is one more
# multi_match over every field group on the engine (and in the highlight query), one
# more full-text OR on the database. A term known in five languages would otherwise
# add twenty. Groups take each language's forms in turn (search/glossary/terms.py),
# so what the cap leaves out are the later synonyms, not a whole language.
MAX_VARIANTS = 10


def groups(language_codes: Iterable[str]) -> list[list[str]]:
    """Groups of forms that find each other in a search over these languages: per
    concept, its forms in these languages, taken in turn from each."""
    return [list(group) for group in _groups(language_codes)]


def _groups(language_codes: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    codes = tuple(language_codes)
    configured = settings.SYNONYMS
    if configured is not None:
        return tuple(tuple(g) for code in codes for g in configured.get(code, []))
    return terms.joined_groups(codes)


def variants(text: str, language_codes: Iterable[str]) -> list[str]:
    """The query first, then the query with each matched form replaced by the other
    forms of its group (whole words, case-insensitive); no duplicates, at most
    MAX_VARIANTS."""
    codes = tuple(language_codes)
    found = [text, *_translated(text, codes)]
    for group in _groups(codes):
        pattern = _longest_match(group, text)
        if pattern is None:
            continue
        for other in group:
            if len(found) >= MAX_VARIANTS:
                return found
            variant = _replace(pattern, text, other)
            if variant.lower() not in (v.lower() for v in found):
                found.append(variant)
    return found


def _translated(text: str, codes: tuple[str, ...]) -> list[str]:
    """Per fallback language, the query with every concept it names replaced by
    that language's shortest form of the concept, when it names two or more: a
    Finnish reader's "ammatillisen koulutuksen huippuyksiköt" (VET, centres of
    excellence) also looks for "VET CoVE" among the English pages. One concept
    replaced at a time leaves the other in Finnish, which no English page holds."""
    if settings.SYNONYMS is not None or len(codes) < 2:
        return []
    concepts = terms.concepts(codes)
    found = []
    for code in codes[1:]:
        spans = []
        for by_language in concepts:
            target = by_language.get(code)
            forms = tuple(f for c in codes for f in by_language.get(c, ()))
            pattern = _longest_match(forms, text) if target else None
            if pattern is not None:
                match = pattern.search(folded(text))
                spans.append((match.start(), match.end(), min(target, key=len)))
        spans = _apart(spans)
        if len(spans) < 2:
            continue
        pieces, position = [], 0
        for start, end, form in spans:
            pieces += [text[position:start], form]
            position = end
        variant = "".join(pieces) + text[position:]
        if variant.lower() not in (f.lower() for f in found):
            found.append(variant)
    return found


def _apart(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The spans that do not overlap a longer one, in text order."""
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans, key=lambda s: s[0] - s[1]):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return sorted(kept)


def _longest_match(group: tuple[str, ...], text: str) -> re.Pattern | None:
    """The group's longest form found in the text, as a pattern over the text
    ``folded``: "early leaving from education and training" is replaced whole, not
    its "early leaving", and "loopbaanorientatie" typed without its diaeresis is
    the glossary's "loopbaanoriëntatie" (the index folds diacritics too)."""
    lowered = folded(text)
    for form in sorted(group, key=len, reverse=True):
        form = folded(form)
        if form not in lowered:  # cheap test first: most forms are absent
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)")
        if pattern.search(lowered):
            return pattern
    return None


def _replace(pattern: re.Pattern, text: str, other: str) -> str:
    """``text`` with each match of ``pattern`` (on its folded letters) replaced."""
    pieces, position = [], 0
    for match in pattern.finditer(folded(text)):
        pieces += [text[position : match.start()], other]
        position = match.end()
    return "".join(pieces) + text[position:]


@lru_cache(maxsize=8192)
def folded(text: str) -> str:
    """Lower case without diacritics, letter by letter, so that a match's place is
    its place in ``text`` (a letter that folds to two stays as it is)."""
    return "".join(f if len(f := fold(char)) == 1 else char for char in text)
