"""The site's languages, in one place: settings, search and the demo read them here."""

from django.utils.translation import gettext_lazy as _

# English is the source language; the others are translated with wagtail-localize.
SOURCE_LANGUAGE = "en"

LANGUAGES = [
    ("en", _("English")),
    ("fi", _("Finnish")),
    ("nl", _("Dutch")),
    ("et", _("Estonian")),
    ("lv", _("Latvian")),
]

LANGUAGE_CODES = [code for code, _name in LANGUAGES]

# The name of each language in itself, for the language switcher.
NATIVE_NAMES = {
    "en": "English",
    "fi": "suomi",
    "nl": "Nederlands",
    "et": "eesti",
    "lv": "latviešu",
}


# "in English", … as a badge on an item shown in a fallback language, in the reader's
# language (inflected, so one string per language: "englanniksi", "in het Engels").
IN_LANGUAGE = {
    "en": _("in English"),
    "fi": _("in Finnish"),
    "nl": _("in Dutch"),
    "et": _("in Estonian"),
    "lv": _("in Latvian"),
}


def fallback_languages(code: str) -> list[str]:
    """The languages a reader of ``code`` is shown, in order, when a page or snippet
    has no live translation in ``code``: ``settings.VETCMS_LOCALE_FALLBACKS`` maps a
    language to its chain (e.g. ``{"lv": ["en"]}``); by default every language falls
    back to the source language. The chain never contains ``code`` itself."""
    from django.conf import settings

    chains = getattr(settings, "VETCMS_LOCALE_FALLBACKS", None) or {}
    chain = chains.get(code, [SOURCE_LANGUAGE])
    return [other for other in chain if other != code and other in LANGUAGE_CODES]
