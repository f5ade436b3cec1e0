"""The translation editor's "Translate with Translation memory" button tells the truth,
in the translator's language: how many segments it filled, that it filled nothing when
the memory knew none of them (localize said "Successfully translated"), or that nothing
was left; and a translator cannot run it on another language's translation."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation

from locales.localize import translate
from locales.machine_translate import untranslated_segments
from locales.roles import translators_group_name
from tests import factories
from tests.conftest import member


@pytest.fixture
def practice(practice_index):
    """A page whose title the memory knows in Finnish and whose summary it does not."""
    theme = factories.ThemeFactory(name="Work-based learning", slug="wbl")
    translate(theme, "fi", {"Work-based learning": "Työpaikalla tapahtuva oppiminen"})
    page = factories.PracticePageFactory(
        parent=practice_index, title="Work-based learning", summary="Something new."
    )
    for code in ("fi", "lv"):
        translate(practice_index.get_parent(), code, {})
        translate(practice_index, code, {})
        translate(page, code, {}, publish=False)
    return page


def translation_into(page, code) -> Translation:
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code=code
    )


def translator(django_user_model, code):
    user = member(django_user_model, f"translator-{code}", translators_group_name(code))
    UserProfile.objects.create(user=user, preferred_language=code)
    return user


def press(client, translation) -> tuple[int, str]:
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    reply = client.post(f"{url}?next=/admin/")
    messages = [(m.level_tag, str(m)) for m in get_messages(reply.wsgi_request)]
    assert reply.status_code == 302, reply.content[:300]
    # Unread messages of an earlier press (the redirect is not followed) come first.
    return messages[-1]


@pytest.mark.usefixtures("compiled")
def test_the_button_says_how_many_segments_it_filled_then_that_it_filled_nothing(
    client, practice, django_user_model
):
    client.force_login(translator(django_user_model, "fi"))
    translation = translation_into(practice, "fi")
    before = untranslated_segments(translation)
    assert before >= 2  # the title and the summary at least

    level, text = press(client, translation)

    assert level == "success"
    assert text.startswith("Käännösmuisti täytti 1 segmentin; tarkista se")
    assert f"{before - 1} segmenttiä on vielä kääntämättä" in text
    [filled] = StringTranslation.objects.filter(
        locale=translation.target_locale, translation_type="machine"
    )
    assert (filled.translation_of.data, filled.data) == (
        "Work-based learning",
        "Työpaikalla tapahtuva oppiminen",
    )

    # Again: the memory knows nothing of what is left, and says so.
    level, text = press(client, translation)

    assert level == "warning"
    assert text == (
        "Käännösmuisti ei täyttänyt mitään: sillä ei ole käännöstä yhdellekään "
        f"{before - 1} kääntämättömästä segmentistä."
    )
    assert untranslated_segments(translation) == before - 1


@pytest.mark.usefixtures("compiled")
def test_a_latvian_translator_hears_in_latvian_that_nothing_was_filled(
    client, practice, django_user_model
):
    client.force_login(translator(django_user_model, "lv"))
    translation = translation_into(practice, "lv")
    before = untranslated_segments(translation)

    level, text = press(client, translation)

    assert level == "warning"
    assert "neko neaizpildīja" in text and f" {before} netulkotajiem" in text
    assert "Successfully" not in text
    assert untranslated_segments(translation) == before


@pytest.mark.usefixtures("compiled")
def test_nothing_left_to_translate_is_said_so(client, practice, django_user_model):
    client.force_login(translator(django_user_model, "fi"))
    translation = translation_into(practice, "fi")
    for segment in translation.source.stringsegment_set.all():
        StringTranslation.objects.create(
            translation_of_id=segment.string_id,
            context_id=segment.context_id,
            locale=translation.target_locale,
            data="käännetty",
        )

    assert press(client, translation) == (
        "warning",
        "Käännettävää ei ole enää jäljellä.",
    )


def test_a_translator_cannot_run_it_on_another_languages_translation(
    client, practice, django_user_model
):
    client.force_login(translator(django_user_model, "fi"))
    translation = translation_into(practice, "lv")
    before = untranslated_segments(translation)

    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    assert client.post(url).status_code == 403
    assert untranslated_segments(translation) == before


def test_the_button_answers_post_only(client, practice, editor):
    client.force_login(editor)
    url = reverse("wagtail_localize:machine_translate", args=[1])
    assert client.get(url).status_code == 405
    missing = reverse("locales_machine_translate", args=[999999])
    assert client.post(missing).status_code == 404
