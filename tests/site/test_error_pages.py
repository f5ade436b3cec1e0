"""The site's own 404, 403 and 500 pages, in the reader's language, styled like the
site, with a way back; the 500 page needs neither the database nor a request."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory, override_settings
from django.utils import translation
from django.views import defaults
from wagtail import hooks

from locales.localize import translate

NOT_FOUND = {
    "en": "Page not found",
    "fi": "Sivua ei löytynyt",
    "nl": "Pagina niet gevonden",
    "et": "Lehte ei leitud",
    "lv": "Lapa nav atrasta",
}
DENIED = {
    "en": "Access denied",
    "fi": "Pääsy estetty",
    "nl": "Geen toegang",
    "et": "Juurdepääs keelatud",
    "lv": "Piekļuve liegta",
}
FAILED = {
    "en": "Something went wrong",
    "fi": "Jokin meni vikaan",
    "nl": "Er is iets misgegaan",
    "et": "Midagi läks valesti",
    "lv": "Kaut kas nogāja greizi",
}


@pytest.fixture
def homes(home):
    """The home page in all five languages, so each error page leads to its own."""
    for language in ("fi", "nl", "et", "lv"):
        translate(home, language)
    return home


def assert_styled(html: str, language: str) -> None:
    assert f'<html lang="{language}">' in html
    assert 'href="/static/pages/site.css"' in html
    assert f'href="/{language}/"' in html  # the way home
    assert html.count("<title>") == 1


@pytest.mark.parametrize("debug", [False, True])
def test_404_in_every_language_even_with_debug(client, homes, debug):
    with override_settings(DEBUG=debug):
        for language, text in NOT_FOUND.items():
            response = client.get(f"/{language}/no-such-page/")
            assert response.status_code == 404
            html = response.content.decode()
            assert f"<h1>{text}</h1>" in html, language
            assert f"<title>{text} · " in html
            assert_styled(html, language)
            assert 'action="/en/search/"' in html or "search/" in html
            assert "Traceback" not in html and "Using the URLconf" not in html


def test_403_in_every_language(client, homes):
    def refuse(page, request, serve_args, serve_kwargs):
        raise PermissionDenied

    with hooks.register_temporarily("before_serve_page", refuse):
        for language, text in DENIED.items():
            response = client.get(f"/{language}/")
            assert response.status_code == 403
            html = response.content.decode()
            assert f"<h1>{text}</h1>" in html, language
            assert_styled(html, language)


def test_500_in_every_language_without_database(
    client, home, django_assert_num_queries
):
    for language, text in FAILED.items():
        request = RequestFactory().get(f"/{language}/")
        with translation.override(language), django_assert_num_queries(0):
            response = defaults.server_error(request)
        html = response.content.decode()
        assert response.status_code == 500
        assert f"<h1>{text}</h1>" in html, language
        assert_styled(html, language)


def test_a_server_error_under_a_prefix_answers_in_that_language(client, home):
    def fail(page, request, serve_args, serve_kwargs):
        raise RuntimeError("boom")

    client.raise_request_exception = False
    with hooks.register_temporarily("before_serve_page", fail):
        response = client.get("/lv/")
    assert response.status_code == 500
    assert "<h1>Kaut kas nogāja greizi</h1>" in response.content.decode()
