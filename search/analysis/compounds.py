"""A reader's compound, split into its listed parts, as a query alternative.

The index adds a compound's parts as terms (`dictionary_decompounder` in the index
analyzer), so a query for a part finds the compound. The other way round, a query
for the compound must also find a page that writes the parts apart, inflected
("ohjauspäivät" → "ohjauksen päivät"): splitting at query time in the analyzer would
turn the compound into *any* of its parts (stacked tokens match as synonyms), so the
query is asked again with the parts as separate words, every one required, like a
synonym variant (search/engine_query.py)."""

import re

from search.analysis.languages import language

MIN_REST = 3  # letters left after a part for the rest to count as a word
WORD = re.compile(r"\w+", re.UNICODE)


def split_compounds(text: str, language_codes) -> str | None:
    """The text with each compound that starts with a listed part split after it
    ("volwassenenonderwijs" → "volwassenen onderwijs"), or None if none does."""
    parts = _parts(language_codes)
    if not parts:
        return None
    split = WORD.sub(lambda word: _split_word(word.group(), parts), text)
    return split if split != text else None


def _split_word(word: str, parts: tuple[str, ...]) -> str:
    lowered = word.lower()
    for part in parts:  # longest first
        rest = lowered[len(part) :]
        if lowered.startswith(part) and len(rest) >= MIN_REST:
            return f"{word[: len(part)]} {_split_word(word[len(part) :], parts)}"
    return word


def _parts(language_codes) -> tuple[str, ...]:
    found = set()
    for code in language_codes:
        data = language(code)
        if data is not None:
            found.update(data.compound_parts)
    return tuple(sorted(found, key=len, reverse=True))
