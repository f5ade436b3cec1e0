"""Full-text search over drafts, for editors (Plone's catalog returns private items
to whoever may view them). The locale indices hold only what readers may see; the
default backend holds every page, drafts included (search/routing.py), so the words
are matched there, ranked by that backend. The caller narrows the pages to what the
user may read, before (the backend's filter fields: live, locale, content type) and
after (Wagtail's permissions, in the database)."""

from wagtail.search.query import PlainText

from search import db_search, prefix

DRAFTS_MAX = 200  # an editor's drafts matching some words: a short list


def search_drafts(query: str, pages, *, limit: int = DRAFTS_MAX) -> list[int]:
    """Ids of ``pages`` (a Page queryset filtered on indexed fields) matching the
    words of ``query``, best first; a trailing ``*`` makes the last word a prefix
    on the database backend (on an engine the words match whole)."""
    text = db_search.fts_text(query)
    starred = text.endswith("*")
    text = text.rstrip("*").strip()
    if not text:
        return []
    if starred and not db_search.is_engine("default"):
        found = prefix.prefix_search(
            pages,
            PlainText(text, operator="and"),
            operator="and",
            order_by_relevance=True,
        )
    else:
        found = pages.search(text, backend="default", operator="and")
    return [page.pk for page in found[:limit]]
