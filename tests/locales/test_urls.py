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
