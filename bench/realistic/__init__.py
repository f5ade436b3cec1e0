"""A realistic judged set for bench/relevance.py: pages written as a VET agency
writes them, in each of the five languages (not translated word for word), and
queries typed as readers type them, graded before any search was run.

``JUDGED_SET[code]`` is ``(pages, queries)``; ``en.py`` also holds the English-only
pages (``english_only``) that other locales' readers see as fallback pages."""

from bench.realistic import en, et, fi, lv, nl
from bench.realistic.judged import KINDS, PAGE_TYPES, JudgedPage, JudgedQuery

__all__ = ["JUDGED_SET", "KINDS", "PAGE_TYPES", "JudgedPage", "JudgedQuery"]

JUDGED_SET: dict[str, tuple[list[JudgedPage], list[JudgedQuery]]] = {
    module.__name__.rsplit(".", 1)[1]: (module.PAGES, module.QUERIES)
    for module in (en, fi, nl, et, lv)
}
