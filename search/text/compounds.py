"""A compound's listed parts as extra index tokens, so that a search for a part
finds the compound ("ohjaus" finds "ohjauspäivät", "onderwijs" finds
"volwassenenonderwijs"), as the engine's `dictionary_decompounder` does at index
time. The parts are the reviewed lists of search/analysis/languages.py, the one
source the engine reads too; the other way round (a compound in the query) is a
query alternative (search/analysis/compounds.py, used by search/db_search.py)."""

from functools import cache

from search.analysis.languages import language as language_data
from search.text.fold import fold


@cache
def _parts(language: str) -> tuple[str, ...]:
    data = language_data(language)
    if data is None:
        return ()
    return tuple(sorted({fold(part) for part in data.compound_parts}))


def parts(word: str, language: str) -> list[str]:
    """The listed parts inside a folded ``word`` that is longer than each of them
    (anywhere in it, like the engine's decompounder), in the list's order."""
    return [part for part in _parts(language) if part in word and part != word]
