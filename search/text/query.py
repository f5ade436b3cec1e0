"""A search query in a reader's words → the same query over index tokens.

Each word becomes the OR of its tokens in the search's languages (a search in fi with
its fallback en: ``oppisopimusta`` → ``oppisopimu`` | ``oppisopimusta``), so a page in
either language can match; the words keep the query's AND/OR. A phrase is analysed
whole in each language. The languages travel with the words (``LanguageText``, a
PlainText that any other backend reads as such); words without them (the admin's
``queryset.search()``) are analysed in every site language."""

import os

from wagtail.search.query import And, Boost, Not, Or, Phrase, PlainText

from search.text import analysis


class LanguageText(PlainText):
    """Words to be analysed in ``languages`` (first: the reader's)."""

    def __init__(self, query_string, *, operator=None, languages=()):
        super().__init__(query_string, operator=operator or "and")
        self.languages = list(languages)


def analysed(query, languages, *, last_word_prefix=False):
    """``query`` with its words replaced by index tokens (other queries unchanged).
    ``last_word_prefix``: the compiler reads each PlainText's last word as a prefix
    (Plone's ``learn*``), so that word is cut to what it shares with its stems, not
    stemmed (the stem of a part of a word means nothing), and every other word
    becomes an exact Phrase."""
    if isinstance(query, PlainText):
        languages = getattr(query, "languages", None) or languages
        return _plain_text(query, languages, last_word_prefix)
    if isinstance(query, Phrase):
        return _any(
            Phrase(phrase) for phrase in _phrases(query.query_string, languages)
        )
    if isinstance(query, (And, Or)):
        return type(query)(
            [
                analysed(q, languages, last_word_prefix=last_word_prefix)
                for q in query.subqueries
            ]
        )
    if isinstance(query, Not):
        return Not(
            analysed(query.subquery, languages, last_word_prefix=last_word_prefix)
        )
    if isinstance(query, Boost):
        return Boost(
            analysed(query.subquery, languages, last_word_prefix=last_word_prefix),
            query.boost,
        )
    return query  # MatchAll, Fuzzy (PostgreSQL's trigrams read the original text)


def _plain_text(query: PlainText, languages, last_word_prefix: bool):
    words = analysis.words(query.query_string)
    if not words:
        return query
    exact = Phrase if last_word_prefix else PlainText
    clauses = [
        _any(exact(token) for token in analysis.forms(word, languages))
        for word in words
    ]
    if last_word_prefix:
        clauses[-1] = PlainText(_prefix(words[-1], languages))
    if len(clauses) == 1:
        return clauses[0]
    return And(clauses) if query.operator == "and" else Or(clauses)


def _prefix(word: str, languages) -> str:
    """The start that ``word`` and its stems share: "apprentice*" must find
    "apprentices", indexed as ``apprentic``."""
    return os.path.commonprefix([word, *analysis.forms(word, languages)])


def _phrases(text: str, languages) -> list[str]:
    found = []
    for language in languages:
        phrase = " ".join(analysis.stem(w, language) for w in analysis.words(text))
        if phrase and phrase not in found:
            found.append(phrase)
    return found or [text]


def _any(queries):
    queries = list(queries)
    return queries[0] if len(queries) == 1 else Or(queries)
