"""The map of Europe: the shipped SVG has every network country; the network page
colours them by number of ambassadors, with a legend and a table as text alternative."""

import re

from pages.site import europe_map
from pages.vocabularies import NETWORK_COUNTRIES
from tests import factories


def test_the_shipped_svg_has_every_network_country():
    view_box, land, countries = europe_map.shapes()
    assert set(countries) == set(NETWORK_COUNTRIES)
    assert view_box.startswith("0 0 ") and land


def test_classes_follow_the_legend():
    assert [europe_map.level(n) for n in (0, 1, 2, 4, 5, 9, 10, 250)] == [
        0,
        1,
        2,
        2,
        3,
        3,
        4,
        4,
    ]


def test_network_page_colours_countries_by_count(client, ambassador_index):
    for n in range(5):
        factories.AmbassadorFactory(country="FI", name=f"Finn {n}")
    factories.AmbassadorFactory(country="LV", name="Anna Ozola")

    html = client.get(ambassador_index.url).content.decode()

    assert re.search(r'class="country level-3" data-country="FI" data-count="5"', html)
    assert re.search(r'class="country level-1" data-country="LV" data-count="1"', html)
    assert re.search(r'class="country level-0" data-country="NO" data-count="0"', html)
    assert 'role="img" aria-labelledby="map-title map-desc"' in html
    # The table says the same in text.
    table = html[html.index('<table id="counts">') : html.index("</table>")]
    assert re.search(r"Finland</a></th><td class=\"number\">5</td>", table)
    assert "Norway" not in table


def test_ambassadors_list_filters_by_country(client, ambassador_index):
    factories.AmbassadorFactory(country="FI", name="Aino Virtanen")
    factories.AmbassadorFactory(country="NL", name="Daan de Vries")

    response = client.get(ambassador_index.url, {"country": "NL"})

    assert [a.name for a in response.context["ambassador_list"]] == ["Daan de Vries"]


def test_unknown_country_filter_is_reported_not_a_server_error(
    client, ambassador_index
):
    factories.AmbassadorFactory(country="FI")
    response = client.get(ambassador_index.url, {"country": "XX"})
    assert response.status_code == 200
    assert "country" in response.context["filter_form"].errors
    assert len(response.context["ambassador_list"]) == 1


def test_map_alone_is_an_svg_image(client, ambassador_index):
    factories.AmbassadorFactory(country="SE")
    response = client.get(ambassador_index.url + "map/")
    assert response["Content-Type"] == "image/svg+xml; charset=utf-8"
    assert b'data-country="SE" data-count="1"' in response.content
    assert response.content.startswith(b"<?xml")


def test_the_map_title_is_in_the_readers_language(client, ambassador_index, finnish):
    fi_index = finnish(ambassador_index)

    html = client.get(fi_index.url).content.decode()

    title = re.search(r'<title id="map-title">([^<]*)</title>', html).group(1)
    assert title == "Euroopan kartta: lähettiläät maittain"
