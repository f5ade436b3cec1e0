"""PO files in bulk: every pending string of a locale out to PO files, and back.

One file per translation (a page or snippet into the locale), in wagtail-localize's own
PO layout, so a file can also be uploaded in its editor: the ``msgctxt`` is the
segment's path and the ``X-WagtailLocalize-TranslationID`` header names the translation.
Entries a translator marked fuzzy are not imported.
"""

from dataclasses import dataclass, field
from pathlib import Path

import polib
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.operations import TranslationCreator

from locales.review import save_draft

TOOL_NAME = "PO file"


def translations_into(
    locale: Locale, *, pending_only: bool = True
) -> list[Translation]:
    translations = (
        Translation.objects.filter(target_locale=locale, enabled=True)
        .select_related("source", "target_locale")
        .order_by("source__object_repr", "pk")
    )
    if not pending_only:
        return list(translations)
    return [t for t in translations if _is_pending(t)]


def _is_pending(translation: Translation) -> bool:
    total, done = translation.get_progress()
    return done < total


def pending_po(translation: Translation, *, pending_only: bool = True) -> polib.POFile:
    po = translation.export_po()
    po.metadata["Language"] = translation.target_locale.language_code
    po.metadata["X-Source"] = translation.source.object_repr
    kept = [
        entry
        for entry in po
        if not entry.obsolete and not (pending_only and entry.msgstr)
    ]
    po[:] = kept
    return po


def file_name(translation: Translation) -> str:
    slug = slugify(translation.source.object_repr)[:60] or "object"
    return f"{slug}-{translation.pk}.{translation.target_locale.language_code}.po"


def start_untranslated(locale: Locale, user=None) -> list[Page]:
    """Start translations into ``locale`` of the source language's live pages that
    have none yet (parents first), so an agency's export holds "everything not yet in
    Finnish". The new pages are drafts (locales.review: nobody publishes unreviewed);
    readers keep seeing the source page as the fallback until a translation is
    approved. Related snippets are left alone: they have their own translations."""
    default = Locale.get_default()
    translated = Page.objects.filter(locale=locale).values("translation_key")
    pages = (
        Page.objects.filter(locale=default, live=True, depth__gt=2)
        .exclude(translation_key__in=translated)
        .order_by("path")
    )
    creator = TranslationCreator(user, [locale])
    started = []
    for page in pages:
        parent = page.get_parent()
        if not parent.get_translations(inclusive=True).filter(locale=locale).exists():
            continue  # its section is not in this language: translate that first
        creator.create_translations(page, include_related_objects=False)
        started.append(page)
    return started


def export_locale(locale: Locale, directory: Path, *, pending_only=True) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for translation in translations_into(locale, pending_only=pending_only):
        po = pending_po(translation, pending_only=pending_only)
        if not len(po):
            continue
        path = directory / file_name(translation)
        po.save(str(path))
        written.append(path)
    return written


@dataclass
class ImportReport:
    files: int = 0
    strings: int = 0
    skipped_fuzzy: int = 0
    warnings: list[str] = field(default_factory=list)
    saved: list[Translation] = field(default_factory=list)


def import_file(path: Path, report: ImportReport, *, locale=None, user=None, save=True):
    po = polib.pofile(str(path))
    translation_id = po.metadata.get("X-WagtailLocalize-TranslationID")
    translation = Translation.objects.filter(uuid=translation_id).first()
    if translation is None:
        report.warnings.append(f"{path.name}: no translation {translation_id!r}")
        return
    if locale is not None and translation.target_locale_id != locale.pk:
        report.warnings.append(f"{path.name}: not a translation into {locale}")
        return
    fuzzy = [e for e in po if "fuzzy" in e.flags]
    for entry in fuzzy:
        po.remove(entry)
    report.skipped_fuzzy += len(fuzzy)
    problems = translation.import_po(po, user=user, tool_name=TOOL_NAME)
    report.warnings += [f"{path.name}: {problem!r}" for problem in problems]
    report.strings += sum(1 for e in po if e.msgstr and not e.obsolete)
    report.files += 1
    if save:
        save_draft(translation, user=user)
        report.saved.append(translation)


def import_directory(directory: Path, **options) -> ImportReport:
    report = ImportReport()
    for path in sorted(directory.glob("*.po")):
        import_file(path, report, **options)
    return report
