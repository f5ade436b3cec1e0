"""Machine translation works offline: the translation memory fills a string from a
reviewed translation of the same (normalised) source string, as a suggestion."""

import socket

import pytest
from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.strings import StringValue
from wagtail_localize.views.edit_translation import apply_machine_translation

from locales.localize import translate
from locales.translators.memory import TranslationMemoryTranslator, normalise
from locales.translators.settings import machine_translator
from tests import factories


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a test tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def memory(locales):
    """One reviewed Finnish translation in the memory."""
    theme = factories.ThemeFactory(name="Work-based learning", slug="wbl")
    translate(theme, "fi", {"Work-based learning": "Työpaikalla tapahtuva oppiminen"})
    return theme


def fi_translation_of(obj):
    return Translation.objects.get(
        source__object_id=obj.translation_key, target_locale__language_code="fi"
    )


def test_settings_default_to_the_memory_without_a_vendor():
    config = settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR
    assert config["CLASS"] == "locales.translators.memory.TranslationMemoryTranslator"
    assert isinstance(get_machine_translator(), TranslationMemoryTranslator)


@pytest.mark.parametrize(
    "env, vendor",
    [
        ({}, None),
        ({"DEEPL_API_KEY": "k:fx"}, "deepl.DeepLTranslator"),
        ({"GOOGLE_CLOUD_PROJECT": "p"}, "google.GoogleCloudTranslator"),
        ({"LIBRETRANSLATE_URL": "http://lt:5000"}, "libretranslate.LibreTranslator"),
    ],
)
def test_vendor_keys_in_the_environment_add_a_fallback(env, vendor):
    fallback = machine_translator(env)["OPTIONS"]["FALLBACK"]
    assert (fallback["CLASS"].rsplit(".", 2)[-2:] if fallback else None) == (
        vendor.split(".") if vendor else None
    )


def test_machine_translation_can_be_switched_off():
    assert machine_translator({"MACHINE_TRANSLATOR": "none"}) is None


def test_normalisation_ignores_spacing_and_unicode_form():
    assert normalise("  Work-based \n learning ") == "Work-based learning"
    assert normalise("Pa\u0308a\u0308") == normalise("Pää")


def test_memory_fills_the_same_source_string_in_another_page(
    memory, practice_index, editor
):
    practice = factories.PracticePageFactory(
        parent=practice_index, title="Work-based  learning", summary="Something new."
    )
    translate(practice, "fi", {})
    translation = fi_translation_of(practice)

    applied = apply_machine_translation(
        translation.pk, editor, get_machine_translator()
    )

    assert applied
    [suggestion] = StringTranslation.objects.filter(
        locale__language_code="fi", translation_of__data="Work-based  learning"
    )
    assert suggestion.data == "Työpaikalla tapahtuva oppiminen"
    assert (
        suggestion.translation_type == "machine"
    )  # a suggestion, not a reviewed string
    assert suggestion.tool_name == "Translation memory"
    assert not StringTranslation.objects.filter(
        translation_of__data="Something new."
    ).exists()


def test_unreviewed_suggestions_do_not_feed_the_memory(memory, locales):
    first = factories.ThemeFactory(name="Guidance", slug="g1")
    translate(first, "fi", {})
    segment = StringSegment.objects.get(string__data="Guidance")
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=locales["fi"],
        context=segment.context,
        data="Ohjaus?",
        translation_type="machine",
    )
    translator = TranslationMemoryTranslator({})
    result = translator.translate(
        locales["en"], locales["fi"], [StringValue("Guidance")]
    )
    assert result == {}


def test_other_locales_memories_are_not_used(memory, locales):
    translator = TranslationMemoryTranslator({})
    assert (
        translator.translate(
            locales["en"], locales["nl"], [StringValue("Work-based learning")]
        )
        == {}
    )


def test_unknown_strings_go_to_the_fallback_vendor(memory, locales):
    translator = TranslationMemoryTranslator(
        {
            "FALLBACK": {
                "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"
            }
        }
    )
    wbl, other = StringValue("Work-based learning"), StringValue("learning by doing")
    result = translator.translate(Locale.get_default(), locales["fi"], [wbl, other])
    assert result[wbl].data == "Työpaikalla tapahtuva oppiminen"
    assert result[other].data == "doing by learning"  # the test double reverses words


def test_translator_fills_suggestions_from_the_editor(
    client, memory, practice_index, fi_home, django_user_model
):
    from django.urls import reverse

    from tests.conftest import member

    translate(practice_index, "fi", {"Practices": "Käytännöt"})
    practice = factories.PracticePageFactory(
        parent=practice_index, title="Work-based learning"
    )
    translate(practice, "fi", {})
    translator = member(django_user_model, "aino", "Translators (fi)")
    client.force_login(translator)
    url = reverse(
        "wagtail_localize:machine_translate", args=[fi_translation_of(practice).pk]
    )
    assert client.post(url).status_code == 302
    fi = practice.get_translation(fi_home.locale)
    assert StringTranslation.objects.filter(
        locale=fi.locale,
        data="Työpaikalla tapahtuva oppiminen",
        translation_type="machine",
    ).exists()
