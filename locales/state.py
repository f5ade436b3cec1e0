"""The translation state of a page as the API reports it, for the locale it is served
in.

    {"state": "source" | "complete" | "unreviewed" | "incomplete" | "out_of_date"
              | "fallback",
     "language": "fi",                 # the language of the content returned
     "source_language": "en",
     "requested_language": "fi",       # only for a fallback
     "fallback_language": "en",        # only for a fallback: what is served instead
     "segments": 12, "translated": 12, "suggested": 3}

``unreviewed``: every string has a translation but some are machine or
translation-memory suggestions nobody has reviewed. ``incomplete``: some strings are
not translated, so readers see them in the source language (wagtail-localize's
fallback). ``out_of_date``: the source was published after its strings were last
synced.
"""

from django.conf import settings
from wagtail.models import Page

from locales import status

SOURCE, COMPLETE, UNREVIEWED, INCOMPLETE, OUT_OF_DATE, FALLBACK = (
    "source",
    "complete",
    "unreviewed",
    "incomplete",
    "out_of_date",
    "fallback",
)


def _language(page: Page) -> str:
    return page.locale.language_code


def translation_state(page: Page, requested_language: str | None = None) -> dict:
    """The state of ``page`` served to a reader who asked for ``requested_language``
    (default: the page's own language)."""
    language = _language(page)
    base = {"language": language, "source_language": settings.LANGUAGE_CODE}
    if requested_language and requested_language != language:
        return {
            **base,
            "state": FALLBACK,
            "requested_language": requested_language,
            "fallback_language": language,
        }
    if language == settings.LANGUAGE_CODE:
        return {**base, "state": SOURCE}
    if page.alias_of_id:
        # A locale tree synchronised by wagtail-localize holds aliases of pages nobody
        # has translated yet: they show the source page's content.
        original = Page.objects.select_related("locale").get(pk=page.alias_of_id)
        if original.locale_id != page.locale_id:
            return {
                **base,
                "language": _language(original),
                "state": FALLBACK,
                "requested_language": language,
                "fallback_language": _language(original),
            }
    source_page = (
        Page.objects.filter(
            translation_key=page.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .only("pk", "path", "depth", "last_published_at", "content_type_id")
        .first()
    )
    if source_page is None:
        return {**base, "state": COMPLETE}
    [row] = status.matrix([source_page])
    cell = row.cells.get(language)
    if cell is None:
        return {**base, "state": COMPLETE}
    progress = cell.progress
    state = {
        status.OUT_OF_DATE: OUT_OF_DATE,
        status.IN_PROGRESS: INCOMPLETE,
    }.get(cell.state, COMPLETE)
    if state == COMPLETE and progress.suggested:
        state = UNREVIEWED
    return {
        **base,
        "state": state,
        "segments": progress.total,
        "translated": progress.done,
        "suggested": progress.suggested,
    }
