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
