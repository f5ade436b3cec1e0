"""The parts of wagtail-localize's translation editor its catalogs cannot reach, in the
user's language: the date in each string's note ("Translated manually on 5 December
2026" was strftime's English month inside a Finnish or Latvian sentence), the section
heading its JavaScript builds from an English template ("englanti to suomi
translation"), its footer's screen-reader label "More actions" and the label its
PO upload field lacks. The dates are
formatted here; the two strings travel in the editor's props (``strings``) and the
editor script locales/static/locales/js/editor_strings.js puts them in place."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail_localize.models import StringTranslation


def note_date(value) -> str:
    return formats.date_format(timezone.localtime(value), "DATE_FORMAT")


def translated_note(string_translation: StringTranslation) -> str | None:
    """localize's ``StringTranslation.get_comment``, with the date in the language
    (installed by locales/localize_patches.py)."""
    date = note_date(string_translation.updated_at)
    if string_translation.tool_name:
        return _("Translated with {tool_name} on {date}").format(
            tool_name=string_translation.tool_name, date=date
        )
    if string_translation.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if (
        string_translation.translation_type
        == StringTranslation.TRANSLATION_TYPE_MACHINE
    ):
        return _("Machine translated on {date}").format(date=date)
    return None


def strings_props(props_json: str) -> str:
    props = json.loads(props_json)
    props["strings"] = {
        "heading": _("%(source)s to %(target)s translation")
        % {
            "source": props["sourceLocale"]["displayName"],
            "target": props["locale"]["displayName"],
        },
        "englishHeading": "{} to {} translation".format(
            props["sourceLocale"]["displayName"], props["locale"]["displayName"]
        ),
        "moreActions": _("More actions"),
        # localize's hidden file field behind its upload button has no label.
        "uploadPo": _("Upload PO file"),
    }
    return json.dumps(props, cls=DjangoJSONEncoder)
