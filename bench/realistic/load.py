"""Put the realistic judged set into the bench database as live pages of the demo's
sections: practices under "Inspiring practices", news and events under theirs,
standard pages under the home page of their locale. A page written in several
languages is one translation set (same translation key), so English pages that a
locale has no version of are its fallback pages, as on the site. Idempotent: pages
already there (by slug under their parent) are kept."""

import datetime
import html

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from bench.realistic import JUDGED_SET, JudgedPage
from pages.models import (
    Country,
    EventIndexPage,
    EventPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    PracticeIndexPage,
    PracticePage,
    StandardPage,
)

PARENTS = {
    "practice": PracticeIndexPage,
    "news": NewsIndexPage,
    "event": EventIndexPage,
    "page": HomePage,
}
# The country a practice is filed under, by the language it was written in.
COUNTRY = {"en": "IE", "fi": "FI", "nl": "NL", "et": "EE", "lv": "LV"}
DAY = datetime.date(2026, 10, 1)


def load_judged_pages() -> int:
    """Create the judged pages that are missing (English first: the others join
    their translation sets); returns how many were created."""
    created = 0
    english = {}
    for code, (pages, _queries) in JUDGED_SET.items():
        locale = Locale.objects.get(language_code=code)
        for number, spec in enumerate(pages):
            with transaction.atomic():
                page, new = _ensure(spec, locale, english.get(spec.key), number)
            created += new
            if code == "en":
                english[spec.key] = page
    return created


def judged_page_ids(code: str) -> dict[str, int]:
    """``key`` → page id of the judged pages of ``code`` (``en:key`` for English)."""
    ids = {}
    for language in {code, "en"}:
        prefix = "" if language == code else "en:"
        for spec in JUDGED_SET[language][0]:
            ids[prefix + spec.key] = (
                _parent(spec, language).get_children().get(slug=spec.key).pk
            )
    return ids


def _parent(spec: JudgedPage, code: str) -> Page:
    model = PARENTS[spec.type]
    filters = {"depth": 2} if model is HomePage else {}
    return model.objects.get(locale__language_code=code, **filters)


def _ensure(spec, locale, source, number) -> tuple[Page, bool]:
    parent = _parent(spec, locale.language_code)
    existing = parent.get_children().filter(slug=spec.key).first()
    if existing:
        return _refresh(existing.specific, spec), False
    page = _build(spec, locale.language_code, number)
    page.locale = locale
    if source is not None:
        page.translation_key = source.translation_key
    parent.add_child(instance=page)
    if isinstance(page, PracticePage):
        page.countries = [Country.objects.get(pk=COUNTRY[locale.language_code])]
    page.save_revision().publish()
    return page, True


def _refresh(page: Page, spec: JudgedPage) -> Page:
    """The kept database follows edits to the data: a page whose text changed is
    published again with the new text."""
    summary = "lead" if isinstance(page, NewsPage) else "summary"
    wanted = {"title": spec.title, summary: spec.summary}
    stale = any(getattr(page, name) != value for name, value in wanted.items())
    blocks = [(b["type"], b["value"]) for b in page.body.raw_data]
    if stale or blocks != [(b["type"], b["value"]) for b in _body(spec)]:
        for name, value in wanted.items():
            setattr(page, name, value)
        page.body = _body(spec)
        page.save_revision().publish()
    return page


def _body(spec: JudgedPage) -> list[dict]:
    return [{"type": "paragraph", "value": f"<p>{html.escape(spec.body)}</p>"}]


def _build(spec: JudgedPage, code: str, number: int) -> Page:
    common = {"slug": spec.key, "title": spec.title, "body": _body(spec)}
    day = DAY - datetime.timedelta(days=7 * number)
    if spec.type == "practice":
        return PracticePage(
            **common, summary=spec.summary, kind="good-practice", start_year=2020
        )
    if spec.type == "news":
        return NewsPage(**common, lead=spec.summary, date=day)
    if spec.type == "event":
        start = timezone.make_aware(
            datetime.datetime.combine(day, datetime.time(9)),
            datetime.UTC,
        )
        return EventPage(
            **common,
            summary=spec.summary,
            start=start,
            end=start + datetime.timedelta(hours=8),
        )
    return StandardPage(**common, summary=spec.summary)
