"""Translate a page or snippet through wagtail-localize, as a translator would in its
editor: strings go into the translation memory and the target is saved from there."""

from typing import Any

from django.db import transaction
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


@transaction.atomic
def translate(
    instance: Any,
    language_code: str,
    strings: dict[str, str] | None = None,
    *,
    publish: bool = True,
    user: Any = None,
) -> Any:
    """Translate ``instance`` into ``language_code`` and return the translated object.

    ``strings`` maps source strings to their translations; a string left out keeps the
    source text (localize's fallback), exactly like an unfinished translation.
    """
    if isinstance(instance, Page):
        instance = instance.specific
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    locale = Locale.objects.get(language_code=language_code)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    for segment in StringSegment.objects.filter(source=source).select_related(
        "string", "context"
    ):
        text = (strings or {}).get(segment.string.data)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "last_translated_by": user,
                },
            )
    # wagtail-localize publishes a translation in transaction.on_commit with the object
    # it held while saving; inside a longer transaction that stale object is saved last
    # and overwrites tree counters (numchild) changed meanwhile. So save a draft, then
    # publish a freshly loaded revision ourselves.
    draftable = isinstance(instance, DraftStateMixin)
    translation.save_target(user=user, publish=not draftable)
    target = instance.get_translation(locale)
    if draftable and publish:
        target.get_latest_revision().publish(user=user)
        target.refresh_from_db()
    return target
