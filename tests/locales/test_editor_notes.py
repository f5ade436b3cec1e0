"""The notes under each string in wagtail-localize's editor read in the translator's
language, date included: localize formats it with strftime, which wrote English months
inside Finnish and Latvian sentences ("Translated manually on 5 December 2026")."""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.utils import translation
from wagtail_localize.models import StringTranslation

from locales.editor_language import translated_note

MANUAL = StringTranslation.TRANSLATION_TYPE_MANUAL
MACHINE = StringTranslation.TRANSLATION_TYPE_MACHINE
NOON = dt.datetime(2026, 12, 5, 12, tzinfo=dt.UTC)


def note(code: str, **attrs) -> str:
    string = SimpleNamespace(updated_at=NOON, tool_name="", translation_type=MANUAL)
    for name, value in attrs.items():
        setattr(string, name, value)
    with translation.override(code):
        return translated_note(string)


@pytest.mark.parametrize(
    "code, expected",
    [
        ("fi", "Käännetty manuaalisesti 5. joulukuuta 2026"),
        ("lv", "Tulkots manuāli 2026. gada 5. decembris"),
        ("en", "Translated manually on 5 December 2026"),
    ],
)
def test_a_manual_note_is_dated_in_the_users_language(compiled, code, expected):
    assert note(code) == expected


@pytest.mark.parametrize(
    "code, expected",
    [
        ("fi", "Käännetty työkalulla Käännösmuisti 5. joulukuuta 2026"),
        ("lv", "Tulkots ar rīku Tulkošanas atmiņa 2026. gada 5. decembris"),
    ],
)
def test_a_tool_note_names_the_tool_and_dates_it_in_the_language(
    compiled, code, expected
):
    tool = {"fi": "Käännösmuisti", "lv": "Tulkošanas atmiņa"}[code]
    assert note(code, tool_name=tool, translation_type=MACHINE) == expected


def test_an_unknown_kind_of_translation_has_no_note(compiled):
    assert note("fi", translation_type="other") is None
