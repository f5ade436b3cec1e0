"""The map of Europe coloured by the number of ambassadors per country, drawn from the
SVG shipped in pages/static/pages/europe.svg (no tile server, nothing fetched)."""

import functools
import re
from dataclasses import dataclass

from django.contrib.staticfiles import finders

from pages.vocabularies import NETWORK_COUNTRIES

MAP_FILE = "pages/europe.svg"
# Upper bounds of the classes (None: no bound) and their legend labels.
CLASSES = [(0, "0"), (1, "1"), (4, "2–4"), (9, "5–9"), (None, "10+")]

_PATH = re.compile(
    r'<path (?:id="(?P<code>[A-Z]{2})" )?class="(?P<cls>\w+)" d="(?P<d>[^"]+)"/>'
)
_VIEWBOX = re.compile(r'viewBox="(?P<box>[\d. ]+)"')


@dataclass
class Shape:
    code: str
    d: str


@dataclass
class Country:
    code: str
    name: str
    count: int
    level: int
    d: str


@functools.lru_cache(maxsize=1)
def shapes() -> tuple[str, list[Shape], dict[str, Shape]]:
    """(viewBox, context land, network countries by code), read once per process."""
    with open(finders.find(MAP_FILE), encoding="utf-8") as svg:
        text = svg.read()
    land, countries = [], {}
    for match in _PATH.finditer(text):
        shape = Shape(match["code"] or "", match["d"])
        if match["cls"] == "country" and shape.code:
            countries[shape.code] = shape
        else:
            land.append(shape)
    return _VIEWBOX.search(text)["box"], land, countries


def level(count: int) -> int:
    for index, (bound, _label) in enumerate(CLASSES):
        if bound is None or count <= bound:
            return index
    return len(CLASSES) - 1


def europe_map(counts: dict[str, int]) -> dict:
    """What the map template needs: every network country with its count and class."""
    view_box, land, shapes_by_code = shapes()
    countries = [
        Country(
            code,
            str(name),
            counts.get(code, 0),
            level(counts.get(code, 0)),
            shapes_by_code[code].d if code in shapes_by_code else "",
        )
        for code, name in NETWORK_COUNTRIES.items()
    ]
    countries.sort(key=lambda c: c.name)
    return {
        "view_box": view_box,
        "land": land,
        "countries": countries,
        "legend": [
            {"level": i, "label": label} for i, (_b, label) in enumerate(CLASSES)
        ],
        "total": sum(counts.get(c.code, 0) for c in countries),
    }
