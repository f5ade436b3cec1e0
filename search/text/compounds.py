"""A compound's parts as extra index tokens, so that a search for a part finds the
compound ("ohjaus" finds "ohjauspäivät", "onderwijs" finds "volwassenenonderwijs"),
as the engine's `dictionary_decompounder` does at index time. The listed parts are
the reviewed lists of search/analysis/languages.py, the one source the engine reads
too; the other way round (a compound in the query) is a query alternative
(search/analysis/compounds.py, used by search/db_search.py).

Beyond the engine: what follows a listed first part is added too. Compounds in
Finnish, Dutch and Estonian put the head last (praktijk|opleiders are trainers,
ohjaus|päivät are days), so a search for the head ("opleiders") finds the page
that only writes it inside a compound."""

from functools import cache

from search.analysis.compounds import MIN_REST
from search.analysis.languages import language as language_data
from search.text.fold import fold


@cache
def _parts(language: str) -> tuple[str, ...]:
    """The listed parts, folded, longest first."""
    data = language_data(language)
    if data is None:
        return ()
    folded = {fold(part) for part in data.compound_parts}
    return tuple(sorted(folded, key=len, reverse=True))


def parts(word: str, language: str) -> list[str]:
    """The listed parts inside a folded ``word`` longer than each (anywhere in it,
    like the engine's decompounder), then the head after its first part."""
    listed = _parts(language)
    found = [part for part in listed if part in word and part != word]
    head = _head(word, listed)
    if head and head not in found:
        found.append(head)
    return found


def _head(word: str, listed: tuple[str, ...]) -> str | None:
    """What follows the longest listed part that ``word`` starts with, if it is
    long enough to be a word."""
    for part in listed:
        if word.startswith(part) and len(word) - len(part) >= MIN_REST:
            return word[len(part) :]
    return None
