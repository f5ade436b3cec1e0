"""How far each page is translated into each locale: the admin's page × locale matrix,
``manage.py translation_status`` and the API's translation state read it here.

A cell is one of:
- ``translated``: every segment of the last synced source is translated;
- ``in_progress``: some segments are (``done`` of ``total``, shown as a percentage);
- ``out_of_date``: the source was published after its strings were last sent to the
  translators ("Sync translated pages" is due);
- ``missing``: no translation in that locale (an alias page counts as missing).
The whole matrix costs a fixed handful of queries, whatever the number of pages.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, F
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

TRANSLATED, IN_PROGRESS, OUT_OF_DATE, MISSING, SOURCE = (
    "translated",
    "in_progress",
    "out_of_date",
    "missing",
    "source",
)


@dataclass
class Progress:
    """Segment counts of one translation source into one locale."""

    total: int = 0
    done: int = 0
    suggested: int = 0  # machine or memory translations nobody has reviewed yet

    @property
    def percent(self) -> int:
        return 100 if not self.total else int(100 * self.done / self.total)


@dataclass
class Cell:
    state: str
    language: str
    page_id: int | None = None
    progress: Progress = field(default_factory=Progress)
    url: str = ""

    def as_dict(self) -> dict:
        return {
            "state": self.state,
            "page_id": self.page_id,
            "segments": self.progress.total,
            "translated": self.progress.done,
            "suggested": self.progress.suggested,
            "percent": self.progress.percent,
            "url": self.url,
        }


@dataclass
class Row:
    page: Page
    cells: dict[str, Cell]

    def as_dict(self) -> dict:
        return {
            "id": self.page.pk,
            "title": self.page.title,
            "type": self.page.specific_class._meta.label
            if self.page.specific_class
            else "",
            "path": self.page.url_path,
            "locales": {code: cell.as_dict() for code, cell in self.cells.items()},
        }


def source_locale() -> Locale:
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def target_codes() -> list[str]:
    return [code for code, _n in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def active_codes() -> list[str]:
    """Target languages that have a Locale row (the matrix's columns)."""
    existing = set(Locale.objects.values_list("language_code", flat=True))
    return [code for code in target_codes() if code in existing]


def progress_by_locale(source_ids) -> dict[tuple[int, int], Progress]:
    """(source id, locale id) → Progress, for every locale with any translation."""
    source_ids = list(source_ids)
    totals = dict(
        StringSegment.objects.filter(source_id__in=source_ids)
        .values_list("source_id")
        .annotate(n=Count("pk"))
    )
    translated = StringSegment.objects.filter(
        source_id__in=source_ids,
        string__translations__context_id=F("context_id"),
        string__translations__has_error=False,
    )
    counts = translated.values_list(
        "source_id",
        "string__translations__locale_id",
        "string__translations__translation_type",
    ).annotate(n=Count("pk", distinct=True))
    result: dict[tuple[int, int], Progress] = defaultdict(Progress)
    for source_id, locale_id, kind, n in counts:
        progress = result[(source_id, locale_id)]
        progress.total = totals.get(source_id, 0)
        progress.done += n
        if kind == StringTranslation.TRANSLATION_TYPE_MACHINE:
            progress.suggested += n
    return {**result, **{(sid, None): Progress(total=t) for sid, t in totals.items()}}


def is_stale(page: Page, source: TranslationSource) -> bool:
    published = page.last_published_at
    return bool(published and published > source.last_updated_at)


def _cell(code, page, target, source, translation_enabled, progress) -> Cell:
    if target is None or target["alias_of_id"] is not None:
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        return Cell(MISSING, code, url=f"{url}?select_locale={code}")
    url = reverse("wagtailadmin_pages:edit", args=[target["pk"]])
    if source is None or not translation_enabled:
        # Translated outside wagtail-localize's sync (by hand in the page editor).
        return Cell(TRANSLATED, code, target["pk"], url=url)
    if is_stale(page, source):
        state = OUT_OF_DATE
    elif progress.done < progress.total:
        state = IN_PROGRESS
    else:
        state = TRANSLATED
    return Cell(state, code, target["pk"], progress, url)


def source_pages(section: Page | None = None, page_type: str = ""):
    pages = Page.objects.filter(
        locale=source_locale(), depth__gt=1, alias_of__isnull=True
    ).order_by("path")
    if section is not None:
        pages = pages.descendant_of(section, inclusive=True)
    if page_type:
        app_label, _dot, model = page_type.lower().partition(".")
        pages = pages.filter(
            content_type__app_label=app_label, content_type__model=model
        )
    return pages


def matrix(pages) -> list[Row]:
    """A row per source page with a cell per target locale."""
    pages = list(pages)
    keys = [p.translation_key for p in pages]
    locales = {loc.language_code: loc for loc in Locale.objects.all()}
    codes = active_codes()
    targets = {
        (row["translation_key"], row["locale_id"]): row
        for row in Page.objects.filter(translation_key__in=keys)
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .values("pk", "translation_key", "locale_id", "alias_of_id")
    }
    sources = {
        s.object_id: s
        for s in TranslationSource.objects.filter(
            object_id__in=keys, locale__language_code=settings.LANGUAGE_CODE
        )
    }
    enabled = set(
        Translation.objects.filter(
            source__in=sources.values(), enabled=True
        ).values_list("source_id", "target_locale_id")
    )
    progress = progress_by_locale(s.pk for s in sources.values())
    rows = []
    for page in pages:
        source = sources.get(page.translation_key)
        cells = {}
        for code in codes:
            locale_id = locales[code].pk
            target = targets.get((page.translation_key, locale_id))
            key = (source.pk, locale_id) if source else None
            cell_progress = progress.get(key) or (
                progress.get((source.pk, None), Progress()) if source else Progress()
            )
            cells[code] = _cell(
                code, page, target, source, key in enabled, cell_progress
            )
        rows.append(Row(page, cells))
    return rows


def summary(rows: list[Row]) -> dict[str, dict[str, int]]:
    """Per locale: how many pages are in each state."""
    counts: dict[str, dict[str, int]] = {}
    for row in rows:
        for code, cell in row.cells.items():
            by_state = counts.setdefault(
                code, {TRANSLATED: 0, IN_PROGRESS: 0, OUT_OF_DATE: 0, MISSING: 0}
            )
            by_state[cell.state] += 1
    return counts
