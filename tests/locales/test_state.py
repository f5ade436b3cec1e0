"""The translation state the API reports for a page in the locale it is served in."""

import pytest
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import apply_machine_translation

from locales.localize import translate
from locales.state import translation_state
from tests import factories


@pytest.fixture
def fi_index(practice_index, fi_home):
    return translate(
        practice_index, "fi", {"Practices": "Käytännöt", "practices": "kaytannot"}
    )


@pytest.fixture
def practice(practice_index):
    return factories.PracticePageFactory(
        parent=practice_index,
        title="Coaching",
        slug="coaching",
        summary="Coaches help.",
    )


ALL = {
    "Coaching": "Valmennus",
    "coaching": "valmennus",
    "Coaches help.": "Valmentajat auttavat.",
}


def test_source_page(practice):
    assert translation_state(practice) == {
        "state": "source",
        "language": "en",
        "source_language": "en",
    }


def test_complete_translation(fi_index, practice):
    fi = translate(practice, "fi", ALL)
    state = translation_state(fi)
    assert state["state"] == "complete"
    assert state["segments"] == state["translated"] and state["suggested"] == 0


def test_incomplete_translation_shows_source_text(fi_index, practice):
    fi = translate(practice, "fi", {"Coaching": "Valmennus"})
    state = translation_state(fi)
    assert state["state"] == "incomplete"
    assert state["translated"] < state["segments"]


def test_memory_suggestions_not_yet_reviewed(fi_index, practice, editor):
    translate(
        factories.ThemeFactory(name="Coaches help.", slug="x"),
        "fi",
        {"Coaches help.": "Valmentajat auttavat."},
    )  # in the memory
    fi = translate(practice, "fi", {"Coaching": "Valmennus", "coaching": "valmennus"})
    job = Translation.objects.get(
        source__object_id=practice.translation_key, target_locale=fi.locale
    )
    apply_machine_translation(job.pk, editor, get_machine_translator())
    state = translation_state(fi)
    assert (state["state"], state["suggested"]) == ("unreviewed", 1)


def test_out_of_date_after_the_source_changes(fi_index, practice):
    fi = translate(practice, "fi", ALL)
    practice.summary = "Coaches help apprentices."
    practice.save_revision().publish()
    assert translation_state(fi)["state"] == "out_of_date"


def test_fallback_names_the_requested_and_the_served_language(practice):
    state = translation_state(practice, requested_language="nl")
    assert state == {
        "state": "fallback",
        "language": "en",
        "source_language": "en",
        "requested_language": "nl",
        "fallback_language": "en",
    }
