"""The translation editor's "Translate with …" button tells the truth: localize's view
reports "Successfully translated with Translation memory" whenever something was left
untranslated, even when the memory knew none of it and nothing was filled. This view,
mounted at localize's address before localize's own (cms/urls.py), runs localize's
``apply_machine_translation`` and reports how many segments it filled, or that it
filled none, in the translator's language."""

from django.contrib import messages
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.auth import require_admin_access
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.views.edit_translation import apply_machine_translation


def untranslated_segments(translation: Translation) -> int:
    """The source's string segments with no translation into the target locale."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=translation.target_locale_id,
    )
    segments = StringSegment.objects.filter(source_id=translation.source_id)
    return segments.exclude(Exists(translated)).count()


def report(before: int, after: int, tool: str) -> tuple[int, str]:
    """The message level and text for a run that left ``after`` of ``before``."""
    filled = before - after
    if before == 0:
        return messages.WARNING, _("There isn't anything left to translate.")
    if filled == 0:
        return messages.WARNING, ngettext(
            "%(tool)s filled nothing: it has no translation for the %(count)d "
            "untranslated segment.",
            "%(tool)s filled nothing: it has no translation for any of the "
            "%(count)d untranslated segments.",
            before,
        ) % {"tool": tool, "count": before}
    text = ngettext(
        "%(tool)s filled %(count)d segment; review it before submitting.",
        "%(tool)s filled %(count)d segments; review them before submitting.",
        filled,
    ) % {"tool": tool, "count": filled}
    if after:
        text += " " + ngettext(
            "%(count)d segment is still untranslated.",
            "%(count)d segments are still untranslated.",
            after,
        ) % {"count": after}
    return messages.SUCCESS, text


@require_admin_access
@require_POST
def machine_translate(request, translation_id: int):
    translator = get_machine_translator()
    if translator is None:
        raise Http404
    translation = get_object_or_404(Translation, id=translation_id)
    before = untranslated_segments(translation)
    # localize's own work: permission check, what the tool returns stored as
    # machine translations (suggestions to review).
    apply_machine_translation(translation_id, request.user, translator)
    level, text = report(
        before, untranslated_segments(translation), str(translator.display_name)
    )
    messages.add_message(request, level, text)
    next_url = get_valid_next_url_from_request(request)
    return redirect(next_url or reverse("wagtailadmin_home"))


def urlpatterns() -> list:
    """Before ``include(wagtailadmin_urls)`` under ``admin/``: localize's address."""
    return [
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            machine_translate,
            name="locales_machine_translate",
        )
    ]
