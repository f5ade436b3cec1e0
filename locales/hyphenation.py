"""Soft hyphens in the long words of titles and headings, by the text's language.

CSS ``hyphens: auto`` needs the browser's hyphenation dictionaries, and Debian's
Chromium ships none: a compound such as "ammattikoulutusverkosto" then only breaks
mid-syllable (``overflow-wrap``) at 320 px. Soft hyphens (U+00AD) inserted here are
invisible until the line breaks, in every browser. Dutch, Estonian, Latvian and
English use LibreOffice's patterns through ``pyphen``; ``pyphen`` has none for
Finnish, whose syllables follow one regular rule (below).
"""

import re
from functools import cache

import pyphen

SOFT_HYPHEN = "\u00ad"
# Shorter words fit a 320 px line even at the largest heading size.
LONG_WORD = re.compile(r"\w{12,}")
# Finnish: a syllable starts at the last consonant before a vowel ("am-mat-ti").
FINNISH_VOWELS = "aeiouyäöå"
FINNISH_BREAK = re.compile(
    rf"(?=[bcdfghjklmnpqrstvwxzšž][{FINNISH_VOWELS}])", re.IGNORECASE
)
EDGE = 2  # letters always kept together at each end of a word


@cache
def _dictionary(language: str) -> pyphen.Pyphen | None:
    code = language.split("-")[0].lower()
    if code not in pyphen.LANGUAGES:
        return None
    return pyphen.Pyphen(lang=code, left=EDGE, right=EDGE)


def _finnish(word: str) -> str:
    parts, start = [], 0
    for match in FINNISH_BREAK.finditer(word):
        at = match.start()
        # Each part needs a vowel of its own: no break inside a leading "str".
        syllable = word[start:at].lower()
        if (
            len(syllable) >= EDGE
            and len(word) - at >= EDGE
            and set(syllable) & set(FINNISH_VOWELS)
        ):
            parts.append(word[start:at])
            start = at
    parts.append(word[start:])
    return SOFT_HYPHEN.join(parts)


def _word(word: str, language: str) -> str:
    if language.split("-")[0].lower() == "fi":
        return _finnish(word)
    dictionary = _dictionary(language)
    return dictionary.inserted(word, hyphen=SOFT_HYPHEN) if dictionary else word


def hyphenate(text: str, language: str) -> str:
    """``text`` with soft hyphens in its words of twelve letters or more, by the rules
    of ``language`` (unchanged in a language we have no rules for)."""
    if not text:
        return text
    return LONG_WORD.sub(lambda match: _word(match.group(0), language), str(text))
