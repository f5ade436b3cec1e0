"""Where a glossary form stands in a query, inflected: the span of the query's words
whose stems, in one of the search's languages, are the form's stems in order.

The glossary holds each term once, in its dictionary form ("keskeyttäminen",
"katkestamine"); readers type it inflected ("keskeyttämisen", "katkestamise"). Matching
on the stems the database backend indexes (search/text/analysis.py) lets one entry
cover its inflections without listing them; the surface match in search/synonyms.py
is tried first."""

import re
from functools import lru_cache

from search.text.analysis import stem, words

_WORD = re.compile(r"\w+")
Keys = tuple[frozenset[tuple[str, str]], ...]


def stem_span(form: str, text: str, codes: tuple[str, ...]) -> tuple[int, int] | None:
    """The (start, end) characters of ``text`` holding ``form`` inflected, or None."""
    wanted = _keys(form, codes)
    if not wanted:
        return None
    spans, typed, anywhere = _query_keys(text, codes)
    if not wanted[0] & anywhere:  # cheap test first: most forms are absent
        return None
    for start in range(len(typed) - len(wanted) + 1):
        window = typed[start : start + len(wanted)]
        if all(t & w for t, w in zip(window, wanted, strict=True)):
            return spans[start][0], spans[start + len(wanted) - 1][1]
    return None


@lru_cache(maxsize=4096)
def _keys(text: str, codes: tuple[str, ...]) -> Keys:
    """Per word, its (language, stem) pairs: two words are one term when they share
    a stem in one language."""
    return tuple(
        frozenset((code, stem(word, code)) for code in codes) for word in words(text)
    )


@lru_cache(maxsize=256)
def _query_keys(text: str, codes: tuple[str, ...]):
    """The query's word spans, their keys, and all its keys together."""
    matches = [m for m in _WORD.finditer(text) if len(words(m.group())) == 1]
    typed = tuple(_keys(m.group(), codes)[0] for m in matches)
    return [m.span() for m in matches], typed, frozenset().union(*typed)
