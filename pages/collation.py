"""Sort names the way a reader of a language expects: Finnish puts å, ä, ö after z,
Estonian puts š, z, ž after s and õ, ä, ö, ü after w, Latvian puts č after c, ģ after g,
ķ, ļ, ņ, š, ž after their base letters (CLDR's tailorings of the Unicode collation).

A small collation key instead of ICU: the lists we sort (countries, languages) are
short and in five languages, and the PyICU builds on PyPI need a C++ toolchain or ship
50 MB of ICU. Letters a language orders as its own come at their place in that
language's alphabet; every other accented letter sorts with its base letter (é with e,
ā with a), then the accent breaks ties, then case.
"""

import unicodedata

from django.utils.translation import get_language

# Each language's letters in order; other letters keep the Latin alphabet's order.
ALPHABETS = {
    "fi": "abcdefghijklmnopqrstuvwxyzåäö",
    "et": "abcdefghijklmnopqrsšzžtuvwõäöüxy",
    "lv": "abcčdefgģhiyjkķlļmnņopqrsštuvwxzž",
}
LATIN = "abcdefghijklmnopqrstuvwxyz"


def _base_letter(char: str) -> str:
    return unicodedata.normalize("NFD", char)[0]


def _primary(text: str, alphabet: str) -> tuple:
    weights = []
    for char in text.casefold():
        if char in alphabet:
            weights.append((1, alphabet.index(char)))
        elif (base := _base_letter(char)) in alphabet:
            weights.append((1, alphabet.index(base)))
        elif char.isalnum():
            weights.append((2, ord(_base_letter(char))))
        # spaces, dashes and punctuation are ignored at the first level
    return tuple(weights)


def collation_key(text, language: str | None = None) -> tuple:
    """A sort key for ``text`` in ``language`` (default: the active language)."""
    text = str(text)
    code = (language or get_language() or "en").split("-")[0]
    alphabet = ALPHABETS.get(code, LATIN)
    return (
        _primary(text, alphabet),
        unicodedata.normalize("NFD", text.casefold()),
        text,
    )


def collated(items, language: str | None = None, key=str) -> list:
    """``items`` sorted by ``key(item)`` in ``language``'s order."""
    return sorted(items, key=lambda item: collation_key(key(item), language))


def collated_choices(choices, language: str | None = None) -> list:
    """Form choices sorted by their label; blank choices ("All", "—") stay first."""
    choices = list(choices)
    blank = [c for c in choices if c[0] in ("", None)]
    rest = [c for c in choices if c[0] not in ("", None)]
    return blank + collated(rest, language, key=lambda choice: choice[1])
