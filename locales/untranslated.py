"""Which fields of a partly translated page still show the source language.

wagtail-localize publishes a translation whose strings are not all translated with the
source text in their place (the API calls such a page ``incomplete``). Readers are
told, field by field, as a fallback page tells them for the whole page: the field
carries ``lang`` of the source language and the "in English" badge.

    marks = source_text(page)          # None for a source page or a full translation
    "summary" in marks                  # a model field
    "body.3f2a…" in marks               # a StreamField block, by its id

A field counts as untranslated when any of its strings is (a rich-text block
translated halfway mixes languages; the badge still warns the reader).
"""

from dataclasses import dataclass

from django.db.models import Exists, OuterRef
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation


@dataclass(frozen=True)
class SourceText:
    language: str  # the source language the untranslated fields are shown in
    paths: frozenset[str]  # "summary", "body.<block id>"

    def __contains__(self, name) -> bool:
        return str(name) in self.paths


def _field_path(context_path: str) -> str:
    """``body.<block id>.text`` → ``body.<block id>``: a block is marked whole."""
    return ".".join(context_path.split(".")[:2])


def source_text(obj) -> SourceText | None:
    """The untranslated fields of ``obj`` (a page or snippet in a target locale,
    translated through wagtail-localize), or None when there are none. Two queries."""
    if isinstance(obj, Page) and obj.alias_of_id:
        return None  # an alias is a fallback page, marked whole
    translation = (
        Translation.objects.filter(
            source__object_id=obj.translation_key,
            target_locale_id=obj.locale_id,
            enabled=True,
        )
        .exclude(source__locale_id=obj.locale_id)
        .select_related("source__locale")
        .first()
    )
    if translation is None:
        return None  # the source itself, or translated by hand outside localize
    done = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=obj.locale_id,
        has_error=False,
    )
    paths = (
        StringSegment.objects.filter(source_id=translation.source_id)
        .exclude(context__path="slug")  # an address, not text a reader reads
        .exclude(Exists(done))
        .values_list("context__path", flat=True)
    )
    untranslated = frozenset(_field_path(path) for path in paths)
    if not untranslated:
        return None
    return SourceText(translation.source.locale.language_code, untranslated)
