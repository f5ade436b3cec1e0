"""Autocomplete and the API's typo answers on the real engine: @suggest gives titles
(the locale's and untranslated fallback pages') and taxonomy names; @search carries
the corrected query and marks fallback items."""

import pytest

from search.suggest import suggest
from tests import factories
from tests.search.conftest import published

pytestmark = pytest.mark.search_engine


@pytest.fixture
def themed(translated_practice):
    from wagtail.models import Locale

    factories.ThemeFactory(
        name="Ohjaus ja neuvonta",
        slug="guidance",
        locale=Locale.objects.get(language_code="fi"),
    )
    return translated_practice


def test_suggest_completes_titles_and_taxonomy_names(themed, search_engine):
    titles = {item["text"]: item["kind"] for item in suggest("opet", locale="fi")}
    assert titles == {"Opettajat ohjaavat": "page"}  # no English duplicate

    kinds = {item["text"]: item["kind"] for item in suggest("ohj", locale="fi")}
    assert kinds == {"Ohjaus ja neuvonta": "theme", "Opettajat ohjaavat": "page"}


def test_suggest_offers_untranslated_pages_in_the_fallback_language(
    themed, search_engine, translated_homes
):
    published(
        factories.PracticePageFactory(
            parent=translated_homes, title="Peer mentors in the workshop"
        )
    )
    search_engine.refresh()

    assert "Peer mentors in the workshop" in {
        item["text"] for item in suggest("peer men", locale="fi")
    }
    assert suggest("peer men", locale="lv")[0]["text"] == "Peer mentors in the workshop"


def test_api_suggest_and_corrected_query(themed, client):
    data = client.get("/++api++/fi/@suggest", {"q": "opet"}).json()
    assert data["items"] == [{"title": "Opettajat ohjaavat", "kind": "page"}]

    reply = client.get("/++api++/fi/@search", {"SearchableText": "opetajat"}).json()
    assert reply["corrected_query"] == "opettajat"
    assert [i["title"] for i in reply["items"]] == ["Opettajat ohjaavat"]


def test_api_marks_fallback_items(themed, client, search_engine, translated_homes):
    published(
        factories.PracticePageFactory(
            parent=translated_homes, title="Peer mentors in the workshop"
        )
    )
    search_engine.refresh()

    reply = client.get("/++api++/fi/@search", {"SearchableText": "mentors"}).json()
    states = {i["title"]: i.get("translation_state") for i in reply["items"]}
    assert states["Peer mentors in the workshop"] == "fallback"
