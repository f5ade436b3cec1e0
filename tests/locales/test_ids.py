"""The in-process map of locale ids and language codes."""

import pytest
from wagtail.models import Locale

from locales import ids

pytestmark = pytest.mark.django_db


def test_both_ways_and_unknowns(locales):
    fi = locales["fi"]
    assert ids.locale_code(fi.pk) == "fi"
    assert ids.locale_id("fi") == fi.pk
    assert ids.locale_ids(["fi", "xx", "en"]) == {"fi": fi.pk, "en": locales["en"].pk}
    assert ids.locale_code(-1) == ""
    assert ids.locale_id("xx") is None


def test_saved_and_deleted_locales_are_seen_at_once(locales):
    assert ids.locale_id("de") is None
    de = Locale.objects.create(language_code="de")
    assert ids.locale_id("de") == de.pk
    de.delete()
    assert ids.locale_id("de") is None


@pytest.fixture
def forget_afterwards():
    yield
    ids.forget()  # the rollback restores the rows; the map must not keep this test's


def test_changes_from_another_process_are_seen_within_max_age(
    locales, monkeypatch, forget_afterwards
):
    nl = locales["nl"]
    assert ids.locale_code(nl.pk) == "nl"
    Locale.objects.filter(pk=nl.pk).update(language_code="nl-be")  # no signal here
    assert ids.locale_code(nl.pk) == "nl"  # remembered
    clock = ids.time.monotonic() + ids.MAX_AGE + 1
    monkeypatch.setattr(ids.time, "monotonic", lambda: clock)
    assert ids.locale_code(nl.pk) == "nl-be"
    assert ids.locale_id("nl") is None
