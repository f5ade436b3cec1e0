"""Typo retry for the database backend: when a search finds nothing, each word that
no page title knows is replaced by the closest title word (difflib), and the search
runs again; the caller reports the corrected words ("Showing results for …") only
if a word changed.

The vocabulary is the words of the live titles in the search's languages, as typed
(not index tokens, which are stems: the reader sees the correction). Only searches
that found nothing pay for it: one query for the titles."""

import difflib

from wagtail.models import Page

from locales.ids import locale_ids
from search.text import analysis
from search.text.fold import fold

# Shorter words are left alone: too many titles are one or two letters from them.
MIN_LENGTH = 4
# difflib's ratio: "mentros" → "mentors" 0.86, "materiaalipankkki" → "materiaalipankki"
# 0.97; "hetkd" → "hetke" 0.8.
CUTOFF = 0.8


def corrected(text: str, languages) -> str | None:
    """``text`` with its unknown words corrected, or None if no word changed."""
    vocabulary = _vocabulary(languages)
    known = {analysis.stem(word, code) for word in vocabulary for code in languages}
    words, changed = [], False
    for word in text.split():
        folded = " ".join(analysis.words(word))
        if (
            len(folded) < MIN_LENGTH
            or folded in vocabulary
            or _stems_known(folded, languages, known)
        ):
            words.append(word)
            continue
        match = difflib.get_close_matches(folded, vocabulary, n=1, cutoff=CUTOFF)
        words.append(vocabulary[match[0]] if match else word)
        changed = changed or bool(match)
    return " ".join(words) if changed else None


def _stems_known(folded: str, languages, known: set[str]) -> bool:
    return all(
        any(analysis.stem(part, code) in known for code in languages)
        for part in folded.split()
    )


def _vocabulary(languages) -> dict[str, str]:
    """Folded title word → the word as the titles write it (lower case)."""
    titles = Page.objects.live().filter(
        locale_id__in=locale_ids(languages).values(), depth__gt=2
    )
    vocabulary = {}
    for title in titles.values_list("title", flat=True).iterator():
        for word in title.lower().split():
            word = word.strip(".,:;!?()\"'«»“”")
            key = fold(word)
            if len(key) >= MIN_LENGTH and key.isalpha():
                vocabulary.setdefault(key, word)
    return vocabulary
