"""The shapes of the realistic judged set: a page as an editor wrote it and a query as
a reader typed it, with graded judgments (2 = the answer, 1 = relevant)."""

from dataclasses import dataclass, field

# What each query tests (bench/relevance.py reports per kind).
KINDS = (
    "inflection",  # another form of a word on the page
    "compound-part",  # one part of a compound the page uses
    "compound",  # the compound, where the page splits or hyphenates it (or the reverse)
    "synonym",  # a word the page does not use for what it is about
    "typo",  # a misspelling
    "no-diacritics",  # typed without the language's accents
    "acronym",  # the short form the page spells out (or the reverse)
    "multi-word-fields",  # words split between title, summary and body
    "english-page",  # the reader's own word for an English-only page
)

PAGE_TYPES = ("practice", "news", "event", "page")


@dataclass(frozen=True)
class JudgedPage:
    """``key``: the slug, shared by a page's versions in several languages (they are
    loaded as one translation set: written anew in each language, not translated
    word for word). ``english_only``: no version in any other locale, so readers of
    every locale see it as a fallback page."""

    key: str
    type: str
    title: str
    summary: str
    body: str
    english_only: bool = False

    @property
    def words(self) -> int:
        return len(self.body.split())


@dataclass(frozen=True)
class JudgedQuery:
    """``grades``: page key → 2 (the answer) or 1 (relevant); ``en:key`` names an
    English page shown as a fallback in the query's locale."""

    text: str
    kind: str
    grades: dict[str, int] = field(default_factory=dict)

    @property
    def answers(self) -> list[str]:
        return [key for key, grade in self.grades.items() if grade == 2]
