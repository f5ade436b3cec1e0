"""Synonyms per language, applied at query time: a query holding one form of a group
is also run with each other form (an OR of the variants), so editing the list needs
no reindex and works the same on the engine and the database backend.

Why not a `synonym_graph` search analyzer: its list lives in the index settings (or
in a file on every engine node, reloaded with `_reload_search_analyzers`), so a
change means closing indices or shipping files; expanding in Python does not, and
multi-word synonyms stay phrases."""

import re

from search.conf import settings

# Groups of words or phrases that mean the same for our readers, per language.
DEFAULT_SYNONYMS: dict[str, list[list[str]]] = {
    "en": [
        ["VET", "vocational education and training", "vocational training"],
        ["apprenticeship", "work-based learning", "dual training"],
        ["NEET", "not in education employment or training"],
    ],
    "fi": [
        ["VET", "ammatillinen koulutus", "ammatillinen opetus"],
        ["oppisopimus", "työpaikalla oppiminen"],
    ],
    "nl": [
        ["VET", "beroepsonderwijs", "mbo"],
        ["leerlingwezen", "duaal leren", "werkend leren"],
    ],
    "et": [
        # Estonian's stemmer leaves the genitive whole ("kutsehariduse", as titles and
        # compounds use it), so the group lists it too.
        ["VET", "kutseharidus", "kutsehariduse", "kutseõpe"],
        ["õpipoisiõpe", "töökohapõhine õpe"],
    ],
    "lv": [
        ["VET", "profesionālā izglītība"],
        ["māceklība", "darba vidē balstītas mācības"],
    ],
}


def groups(language_codes) -> list[list[str]]:
    configured = settings.SYNONYMS
    table = DEFAULT_SYNONYMS if configured is None else configured
    found = []
    for code in language_codes:
        found.extend(table.get(code, []))
    return found


def variants(text: str, language_codes) -> list[str]:
    """The query first, then the query with each matched form replaced by the other
    forms of its group (whole words, case-insensitive); no duplicates."""
    found = [text]
    for group in groups(language_codes):
        for form in group:
            pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", re.IGNORECASE)
            if not pattern.search(text):
                continue
            for other in group:
                if other.lower() != form.lower():
                    variant = pattern.sub(lambda _match, o=other: o, text)
                    if variant.lower() not in (v.lower() for v in found):
                        found.append(variant)
    return found
