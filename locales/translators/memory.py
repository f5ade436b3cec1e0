"""An offline machine translator: the translation memory of the project itself.

It fills a string from a translation a person already made (or approved by editing a
suggestion) of the same source string into the same locale, wherever it was used. The
source strings are compared after normalisation (Unicode NFC, collapsed whitespace), so
"Work-based  learning" finds the translation of "Work-based learning". wagtail-localize
stores what a machine translator returns as a machine translation with this translator's
name, which its editor shows as "Translated with Translation memory on …": a suggestion
that a translator still reviews. Strings the memory does not know can be handed to a
vendor translator (DeepL, Google, LibreTranslate) configured as ``FALLBACK``.
"""

import re
import unicodedata

from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.models import StringTranslation
from wagtail_localize.strings import StringValue

from locales.translators.loading import load_translator

_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def approved_translations(source_locale, target_locale) -> dict[str, str]:
    """Normalised source string → the latest reviewed translation into the locale."""
    rows = (
        StringTranslation.objects.filter(
            locale=target_locale,
            translation_of__locale=source_locale,
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            has_error=False,
        )
        .exclude(data="")
        .order_by("updated_at")
        .values_list("translation_of__data", "data")
    )
    # Ordered oldest first, so the newest translation of a string wins.
    return {normalise(source): target for source, target in rows}


class TranslationMemoryTranslator(BaseMachineTranslator):
    display_name = _("Translation memory")

    def __init__(self, options):
        super().__init__(options)
        fallback = options.get("FALLBACK")
        self.fallback = load_translator(fallback) if fallback else None

    def can_translate(self, source_locale, target_locale) -> bool:
        return source_locale.language_code != target_locale.language_code

    def translate(self, source_locale, target_locale, strings) -> dict:
        memory = approved_translations(source_locale, target_locale)
        found, unknown = {}, []
        for string in strings:
            match = memory.get(normalise(string.data))
            if match is not None:
                found[string] = StringValue(match)
            else:
                unknown.append(string)
        if unknown and self.fallback is not None:
            if self.fallback.can_translate(source_locale, target_locale):
                found.update(
                    self.fallback.translate(source_locale, target_locale, unknown)
                )
        return found
