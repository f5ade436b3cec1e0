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

import json
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, F
from django.urls import reverse
from modelcluster.models import get_serializable_data_for_fields
from wagtail.models import Locale, Page, TranslatableMixin
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
    page: Page  # or a snippet
    cells: dict[str, Cell]
    url: str = ""  # the source's editor

    @property
    def title(self) -> str:
        return self.page.title if isinstance(self.page, Page) else str(self.page)

    def as_dict(self) -> dict:
        obj = self.page
        model = obj.specific_class if isinstance(obj, Page) else type(obj)
        return {
            "id": obj.pk,
            "title": self.title,
            "type": model._meta.label if model else "",
            "path": getattr(obj, "url_path", ""),
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


class PageKind:
    """How the matrix finds, dates and links pages."""

    values = ("pk", "translation_key", "locale_id", "alias_of_id")

    def targets(self, keys):
        return Page.objects.filter(translation_key__in=keys).values(*self.values)

    def is_stale(self, page: Page, source: TranslationSource) -> bool:
        published = page.last_published_at
        return bool(published and published > source.last_updated_at)

    def edit_url(self, pk) -> str:
        return reverse("wagtailadmin_pages:edit", args=[pk])

    def submit_url(self, page) -> str:
        return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


class SnippetKind:
    """The same for a translatable snippet model. Snippets have no publication date:
    one is out of date when its content differs from what was last synced."""

    values = ("pk", "translation_key", "locale_id")

    def __init__(self, model):
        self.model = model
        self.names = (model._meta.app_label, model._meta.model_name)

    def targets(self, keys):
        return self.model.objects.filter(translation_key__in=keys).values(*self.values)

    def is_stale(self, obj, source: TranslationSource) -> bool:
        current = json.loads(
            json.dumps(get_serializable_data_for_fields(obj), cls=DjangoJSONEncoder)
        )
        return current != json.loads(source.content_json)

    def edit_url(self, pk) -> str:
        return reverse("wagtailsnippets_{}_{}:edit".format(*self.names), args=[pk])

    def submit_url(self, obj) -> str:
        return reverse(
            "wagtail_localize:submit_snippet_translation", args=[*self.names, obj.pk]
        )


def is_stale(page: Page, source: TranslationSource) -> bool:
    return PageKind().is_stale(page, source)


def _cell(kind, code, obj, target, source, translation_enabled, progress) -> Cell:
    if target is None or target.get("alias_of_id") is not None:
        url = kind.submit_url(obj)
        return Cell(MISSING, code, url=f"{url}?select_locale={code}")
    url = kind.edit_url(target["pk"])
    if source is None or not translation_enabled:
        # Translated outside wagtail-localize's sync (by hand in the editor).
        return Cell(TRANSLATED, code, target["pk"], url=url)
    if kind.is_stale(obj, source):
        state = OUT_OF_DATE
    elif progress.done < progress.total:
        state = IN_PROGRESS
    else:
        state = TRANSLATED
    return Cell(state, code, target["pk"], progress, url)


def translatable_snippet_models() -> list[type]:
    from wagtail.snippets.models import get_snippet_models

    return [m for m in get_snippet_models() if issubclass(m, TranslatableMixin)]


def snippet_model(label: str):
    """The translatable snippet model named ``app_label.ModelName``, or None."""
    for model in translatable_snippet_models():
        if model._meta.label_lower == label.lower():
            return model
    return None


def source_snippets(model):
    return model.objects.filter(locale=source_locale()).order_by("pk")


def source_pages(section: Page | None = None, page_type: str = "", user=None):
    """Source pages to report on; with ``user``, only those the access rule lets
    them read (a translator does not see the source's drafts or private titles)."""
    pages = Page.objects.filter(
        locale=source_locale(), depth__gt=1, alias_of__isnull=True
    ).order_by("path")
    if user is not None:
        from cms.core import access

        pages = access.readable(user, pages)
    if section is not None:
        pages = pages.descendant_of(section, inclusive=True)
    if page_type:
        app_label, _dot, model = page_type.lower().partition(".")
        pages = pages.filter(
            content_type__app_label=app_label, content_type__model=model
        )
    return pages


def matrix(objects, kind=None) -> list[Row]:
    """A row per source page (or snippet, with a SnippetKind) with a cell per target
    locale."""
    objects = list(objects)
    kind = kind or PageKind()
    keys = [p.translation_key for p in objects]
    locales = {loc.language_code: loc for loc in Locale.objects.all()}
    codes = active_codes()
    targets = {
        (row["translation_key"], row["locale_id"]): row
        for row in kind.targets(keys).exclude(
            locale__language_code=settings.LANGUAGE_CODE
        )
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
    for obj in objects:
        source = sources.get(obj.translation_key)
        cells = {}
        for code in codes:
            locale_id = locales[code].pk
            target = targets.get((obj.translation_key, locale_id))
            key = (source.pk, locale_id) if source else None
            cell_progress = progress.get(key) or (
                progress.get((source.pk, None), Progress()) if source else Progress()
            )
            cells[code] = _cell(
                kind, code, obj, target, source, key in enabled, cell_progress
            )
        rows.append(Row(obj, cells, kind.edit_url(obj.pk)))
    return rows


def rows_for(section=None, page_type: str = "", user=None) -> list:
    """Pages, or the snippets of a translatable snippet type chosen as "type"."""
    model = snippet_model(page_type) if page_type else None
    if model is not None:
        return matrix(source_snippets(model), SnippetKind(model))
    return matrix(source_pages(section, page_type, user=user))


def snippet_tables() -> list[tuple[type, list[Row]]]:
    """A matrix per translatable snippet type (themes, organisations, …)."""
    return [
        (model, matrix(source_snippets(model), SnippetKind(model)))
        for model in translatable_snippet_models()
    ]


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
