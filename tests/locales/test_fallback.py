"""A page not translated into the reader's language is served in its source language
at an address under the reader's prefix, with a notice and the content's own lang."""

import pytest

from locales.fallback import fallback_url
from locales.localize import translate
from tests import factories


@pytest.fixture
def practice(practice_index, fi_home):
    translate(
        practice_index, "fi", {"Practices": "Käytännöt", "practices": "kaytannot"}
    )
    return factories.PracticePageFactory(
        parent=practice_index, title="Apprenticeship coaching", slug="coaching"
    )


def test_fallback_url_continues_the_translated_path_with_source_slugs(practice):
    assert fallback_url(practice, "fi") == "/fi/kaytannot/coaching/"
    assert fallback_url(practice, "en") == "/en/practices/coaching/"


def test_untranslated_page_is_served_under_the_readers_prefix_with_a_notice(
    client, practice
):
    response = client.get("/fi/kaytannot/coaching/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Apprenticeship coaching" in html
    assert 'class="translation-notice"' in html
    assert '<main id="main" tabindex="-1" lang="en">' in html
    assert response.wsgi_request.translation_fallback == {
        "requested_language": "fi",
        "language": "en",
    }


def test_translated_page_has_no_notice(client, practice):
    translate(
        practice,
        "fi",
        {"Apprenticeship coaching": "Valmennus", "coaching": "valmennus"},
    )
    response = client.get("/fi/kaytannot/valmennus/")
    assert response.status_code == 200
    assert "translation-notice" not in response.content.decode()


def test_unknown_paths_stay_404(client, practice):
    assert client.get("/fi/kaytannot/nothing-here/").status_code == 404


def test_a_locale_without_a_tree_shows_the_source_tree_marked(client, practice):
    # Wagtail serves the default tree under a prefix whose locale has no home page.
    response = client.get("/nl/practices/coaching/")
    assert response.status_code == 200
    assert response.wsgi_request.translation_fallback == {
        "requested_language": "nl",
        "language": "en",
    }


def test_source_pages_are_never_fallbacks(client, practice):
    response = client.get("/en/practices/coaching/")
    assert response.status_code == 200
    assert "translation-notice" not in response.content.decode()


def test_a_private_source_page_stays_private(client, practice):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=practice, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get("/fi/kaytannot/coaching/")
    assert response.status_code == 302
    assert "login" in response.url
