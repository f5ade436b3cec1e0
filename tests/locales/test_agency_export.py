"""An agency export of "everything not yet in Finnish": pages nobody has started
translating get their translations started as drafts and their strings exported;
readers keep the English fallback until a reviewed translation is approved."""

import polib
import pytest
from django.core.management import call_command
from wagtail.models import Page

from locales.localize import translate
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_only(practice_index, fi_home):
    translate(practice_index, "fi", {"Practices": "Käytännöt"})
    untouched = factories.PracticePageFactory(
        parent=practice_index, title="Guidance days", summary="Counsellors meet."
    )
    factories.PracticePageFactory(
        parent=practice_index, title="Unpublished idea", live=False
    )
    return untouched


def exported_sources(directory) -> set[str]:
    return {polib.pofile(str(p)).metadata["X-Source"] for p in directory.iterdir()}


def test_untranslated_pages_are_started_as_drafts_and_exported(
    english_only, locales, tmp_path
):
    call_command("export_translations", "fi", str(tmp_path), verbosity=0)
    assert "Guidance days" not in exported_sources(tmp_path)  # not started: not out

    call_command(
        "export_translations", "fi", str(tmp_path), "--untranslated", verbosity=0
    )

    assert "Guidance days" in exported_sources(tmp_path)
    assert "Unpublished idea" not in exported_sources(tmp_path)  # not live: not sent
    draft = english_only.get_translation(locales["fi"])
    assert not draft.live
    live_fi = Page.objects.filter(locale=locales["fi"], live=True)
    assert not live_fi.filter(title="Guidance days").exists()


def test_a_second_run_starts_nothing_new(english_only, locales, tmp_path):
    from locales.po import start_untranslated

    assert [p.title for p in start_untranslated(locales["fi"])] == ["Guidance days"]
    assert start_untranslated(locales["fi"]) == []
