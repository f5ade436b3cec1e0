"""Words → index tokens, per language: lower case, diacritics folded, then stemmed in
the language (Snowball's english, finnish, dutch, estonian; our light Latvian stemmer);
at index time a compound's listed parts are added (search/text/compounds.py).

The same function runs on a page's text when it is indexed (in the page's language)
and on each word of a query (in every language of the search's chain: fi, then its
fallback en), so both sides meet on the same token. Folding comes before stemming so
that a word typed without its diacritics is stemmed exactly like the word with them."""

import re
from functools import cache

import snowballstemmer

from search.text import compounds, dutch, estonian, finnish, latvian
from search.text.fold import fold

SNOWBALL = {"en": "english", "fi": "finnish", "nl": "dutch", "et": "estonian"}
# What each language's Snowball stem needs after it (the modules say why).
_REPAIR = {
    "fi": finnish.merge_us,
    "nl": dutch.undouble,
    "et": estonian.drop_stem_vowel,
}
WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The folded words of ``text`` (split at anything but letters and digits)."""
    return WORD.findall(fold(text).replace("_", " "))


@cache
def _snowball(language: str):
    return snowballstemmer.stemmer(SNOWBALL[language])


@cache
def stem(word: str, language: str) -> str:
    """The index token of a folded ``word`` in ``language`` (unknown: the word)."""
    if language == "lv":
        return latvian.stem(word)
    if language not in SNOWBALL:
        return word
    if language == "et" and (lemma := estonian.us_lemma(word)):
        return lemma  # kept from the stemmer, as the engine's lemma_keep does
    stemmed = _snowball(language).stemWord(word)
    return _REPAIR.get(language, str)(stemmed)


def index_text(text: str, language: str) -> str:
    """``text`` as the index stores it: its tokens, in order, separated by spaces,
    then the listed parts of its compounds (after the text, so that a phrase of
    the text's words stays whole)."""
    found = words(text)
    tokens = [stem(word, language) for word in found]
    tokens += [
        stem(part, language)
        for word in found
        for part in compounds.parts(word, language)
    ]
    return " ".join(tokens)


def forms(word: str, languages) -> list[str]:
    """The tokens a query word may have in the index: one per language, no repeats."""
    found = []
    for language in languages:
        token = stem(word, language)
        if token not in found:
            found.append(token)
    return found
