"""Diacritics folding: "työssäoppiminen" and "tyossaoppiminen" become one word.

Readers often type without diacritics (a foreign keyboard, haste); the engine's
``asciifolding`` does the same for its indices."""

import unicodedata

# Letters that Unicode does not decompose into a base letter and a mark.
_SPECIAL = str.maketrans(
    {"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d"}
)


def fold(text: str) -> str:
    """``text`` in lower case without diacritics (ä → a, š → s, õ → o, ē → e)."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_SPECIAL))
    return "".join(char for char in decomposed if not unicodedata.combining(char))
