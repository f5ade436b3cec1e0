"""The frame people trust, on the demo site in all five languages: one <title>, the
header's tagline, breadcrumbs, the footer with its translated site pages and feeds, the
home page's blocks with untranslated items in fallback, the privacy link of the
application form. The demo takes a while to build: it is built once for the module."""

import re

import pytest

from pages.demo import site_pages

LANGUAGES = ["en", "fi", "nl", "et", "lv"]
HOME = {
    "en": "Home",
    "fi": "Etusivu",
    "nl": "Startpagina",
    "et": "Avaleht",
    "lv": "Sākums",
}
TAGLINE = {
    "en": "Keeping learners in vocational education and training",
    "fi": "Oppijat mukana ammatillisessa koulutuksessa",
    "nl": "Leerlingen binnen houden in het beroepsonderwijs",
    "et": "Õppijad kutsehariduses hoidmas",
    "lv": "Izglītojamo noturēšana profesionālajā izglītībā",
}


@pytest.fixture
def demo(demo_site, db):
    """The demo, built once for this module (tests/conftest.py)."""


def head_titles(html: str) -> list[str]:
    head = html.split("</head>", 1)[0]
    return re.findall(r"<title>(.*?)</title>", head, re.S)


def footer_links(html: str) -> list[tuple[str, str]]:
    about = html.split('id="footer-about"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', about)


def site_page_title(slug: str, language: str) -> str:
    title = next(t for s, t, _summary, _p in site_pages.SITE_PAGES if s == slug)
    return title if language == "en" else site_pages.TRANSLATIONS[language][title]


def test_footer_pages_and_breadcrumbs_in_five_languages(demo, client):
    for language in LANGUAGES:
        html = client.get(f"/{language}/").content.decode()
        assert TAGLINE[language] in html, language
        assert 'class="breadcrumbs"' not in html  # not on the home page itself
        links = footer_links(html)
        expected = [site_page_title(s, language) for s, *_rest in site_pages.SITE_PAGES]
        assert [title for _url, title in links] == expected, language
        for url, title in links:
            assert url.startswith(f"/{language}/"), url
            page = client.get(url)
            assert page.status_code == 200, url
            text = page.content.decode()
            assert f'<html lang="{language}">' in text
            crumbs = text.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
            assert f'<a href="/{language}/">{HOME[language]}</a>' in crumbs, url
            assert f'<span aria-current="page">{title}</span>' in crumbs, url
            assert len(head_titles(text)) == 1
        # The feeds the footer offers exist.
        for feed in re.findall(r'<a href="([^"]+)" type="application/', html):
            assert client.get(feed).status_code == 200, feed
        assert 'type="text/calendar"' in html


def test_one_title_and_breadcrumbs_down_to_a_fallback_practice(demo, client):
    html = client.get("/en/").content.decode()
    assert head_titles(html) == ["VET knowledge portal"]
    practice = client.get("/en/practices/praksisbrev/").content.decode()
    assert head_titles(practice) == [
        "Certificate of practice (Praksisbrev) · VET knowledge portal"
    ]
    # An English-only practice read under /fi/: Finnish crumbs, the page's own in en.
    fallback = client.get("/fi/kaytannot/peer-mentors/").content.decode()
    crumbs = fallback.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    assert '<a href="/fi/">Etusivu</a>' in crumbs
    assert '<a href="/fi/kaytannot/">Innostavia käytäntöjä</a>' in crumbs
    assert (
        '<span aria-current="page" lang="en">Peer mentors in the workshop</span>'
        in (crumbs)
    )


def test_home_blocks_list_translated_and_fallback_items(demo, client):
    response = client.get("/fi/")
    html = response.content.decode()
    for heading in (
        "Nostettuja käytäntöjä",
        "Seuraavat tapahtumat",
        "Tuoreimmat uutiset",
    ):
        assert f">{heading}</h2>" in html
    context = response.context
    practices = context["featured_practices"]
    assert len(practices) == 3
    assert len({p.translation_key for p in practices}) == 3  # each once
    assert {p.locale.language_code for p in practices} >= {"fi", "en"}
    news = context["latest_news"]
    # The one article translated into Finnish is in Finnish, the others in English.
    assert [n.locale.language_code for n in news].count("fi") == 1
    assert context["next_events"], "the upcoming web seminar, untranslated"
    event = context["next_events"][0]
    assert event.fallback_language == "en"
    assert event.reader_url.startswith("/fi/tapahtumat/")
    assert re.search(
        r'<article class="card" lang="en">\s*<img [^>]*alt="A laptop[^"]*"[^>]*>\s*'
        rf'<h3><a href="{re.escape(event.reader_url)}">',
        html,
    )
    assert '<span class="badge fallback-badge">englanniksi</span>' in html
    translated = next(n for n in news if n.locale.language_code == "fi")
    # Its picture's alt text is in Finnish too, with no lang of its own.
    assert re.search(
        r'<article class="card">\s*<img [^>]*alt="Oppimislähettiläitä[^"]*" loading'
        rf'[^>]*>\s*<h3><a href="{re.escape(translated.url)}">',
        html,
    )


def test_application_form_links_the_privacy_statement(demo, client):
    html = client.get("/fi/lahettilaat/apply/").content.decode()
    assert 'href="/fi/tietosuoja/">tietosuojaselosteessamme</a>' in html
    crumbs = html.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    assert '<a href="/fi/lahettilaat/">Lähettiläsverkosto</a>' in crumbs
    assert '<span aria-current="page">Hae lähettilääksi</span>' in crumbs
    english = client.get("/en/ambassadors/apply/").content.decode()
    assert '<a href="/en/privacy/">privacy statement</a>' in english
