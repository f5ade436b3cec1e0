"""Where a glossary form stands in a query, inflected: the span of the query's words
whose stems, in one of the search's languages, are the form's stems in order.

The glossary holds each term once, in its dictionary form ("keskeyttäminen",
"katkestamine"); readers type it inflected ("keskeyttämisen", "katkestamise"). Matching
on the stems the database backend indexes (search/text/analysis.py) lets one entry
cover its inflections without listing them; the surface match in search/synonyms.py
is tried first."""

import re

from search.text.analysis import stem, words

_WORD = re.compile(r"\w+")


def stem_span(
    form: str, text: str, language_codes: tuple[str, ...]
) -> tuple[int, int] | None:
    """The (start, end) characters of ``text`` holding ``form`` inflected, or None."""
    form_words = words(form)
    if not form_words:
        return None
    found = list(_WORD.finditer(text))
    for start in range(len(found) - len(form_words) + 1):
        window = found[start : start + len(form_words)]
        if all(
            _same_stem(match.group(), wanted, language_codes)
            for match, wanted in zip(window, form_words, strict=True)
        ):
            return window[0].start(), window[-1].end()
    return None


def _same_stem(typed: str, wanted: str, language_codes: tuple[str, ...]) -> bool:
    folded = words(typed)
    if len(folded) != 1:
        return False
    return any(stem(folded[0], code) == stem(wanted, code) for code in language_codes)
