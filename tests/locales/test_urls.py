"""Every language has its prefix (/en/, /fi/, /nl/, /et/, /lv/) and its own slugs."""

from locales.localize import translate

SLUGS = {"fi": "kaytannot", "nl": "praktijken", "et": "praktikad", "lv": "prakses"}
HOMES = {"fi": "Etusivu", "nl": "Start", "et": "Avaleht", "lv": "Sākums"}


def test_each_language_has_its_prefix_and_translated_slugs(
    client, home, practice_index
):
    for code, slug in SLUGS.items():
        translate(home, code, {"Home": HOMES[code]})
        translate(practice_index, code, {"Practices": slug.title(), "practices": slug})

    assert client.get("/en/practices/").status_code == 200
    for code, slug in SLUGS.items():
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        assert response.context["page"].title == HOMES[code]
        section = client.get(f"/{code}/{slug}/")
        assert section.status_code == 200
        assert section.context["page"].locale.language_code == code


def test_a_path_without_prefix_redirects_to_the_readers_language(client, home):
    translate(home, "fi", {"Home": "Etusivu"})
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fi")
    assert response.status_code == 302
    assert response.url == "/fi/"


def test_pages_declare_their_language_alternates(client, home, practice_index):
    translate(home, "fi", {"Home": "Etusivu"})
    translate(
        practice_index, "fi", {"Practices": "Käytännöt", "practices": "kaytannot"}
    )
    for path in ("/en/practices/", "/fi/kaytannot/"):
        html = client.get(path).content.decode()
        for code, url in (
            ("en", "/en/practices/"),
            ("fi", "/fi/kaytannot/"),
            ("x-default", "/en/practices/"),
        ):
            link = (
                f'<link rel="alternate" hreflang="{code}" href="http://localhost{url}">'
            )
            assert link in html, (path, code)


def test_untranslated_pages_declare_no_alternates(client, home, practice_index):
    html = client.get("/en/practices/").content.decode()
    assert 'rel="alternate"' not in html
