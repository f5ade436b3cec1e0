"""The time zones editors choose from: the IANA zones that name a place (tzdata's
zone.tab: one or more per country, none of the deprecated aliases such as
"Europe/Kiev" or "US/Eastern", no "localtime", which browsers reject), Europe's
first, then the rest of the world and UTC."""

import importlib.resources
from functools import cache

# Zones outside "Europe/" that European editors look for with the European ones.
EUROPEAN_ELSEWHERE = {
    "Arctic/Longyearbyen",
    "Atlantic/Azores",
    "Atlantic/Canary",
    "Atlantic/Faroe",
    "Atlantic/Madeira",
    "Atlantic/Reykjavik",
}


@cache
def place_zones() -> tuple[str, ...]:
    """Every zone listed in tzdata's zone.tab, plus UTC, sorted."""
    table = importlib.resources.files("tzdata.zoneinfo").joinpath("zone.tab")
    names = {
        line.split("\t")[2]
        for line in table.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    return tuple(sorted(names | {"UTC"}))


def is_european(name: str) -> bool:
    return name.startswith("Europe/") or name in EUROPEAN_ELSEWHERE


def place(name: str) -> str:
    return name.rsplit("/", 1)[-1]


def names() -> list[str]:
    """Every curated zone: Europe's first, by place (Amsterdam, Andorra, …, Azores,
    …), then the others by region and place."""
    zones = place_zones()
    europe = sorted((z for z in zones if is_european(z)), key=place)
    return europe + [z for z in zones if not is_european(z)]


def choices() -> list[tuple[str, str]]:
    """Choices for a model or form field, flat (the API's schema lists them as they
    are), Europe's first. A callable: migrations keep a reference to it, not a list
    that depends on the machine's tzdata."""
    return [(name, name.replace("_", " ")) for name in names()]


@cache
def _links() -> dict[str, str]:
    """Alias → zone, from tzdata's "L target alias" lines."""
    text = importlib.resources.files("tzdata.zoneinfo").joinpath("tzdata.zi")
    return {
        parts[2]: parts[1]
        for parts in (line.split() for line in text.read_text().splitlines())
        if len(parts) == 3 and parts[0] == "L"
    }


def curated(name: str, default: str) -> str:
    """``name`` if editors may choose it, else the zone it is an alias of, else
    ``default`` (for data saved before the list was curated)."""
    if name in place_zones():
        return name
    target = _links().get(name)
    return target if target in place_zones() else default
