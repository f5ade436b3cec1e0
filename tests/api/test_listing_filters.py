"""A listing's items take the site's filters as query parameters (``kind``,
``country``, ``theme``, ``group``, ``year``), in every locale and with its fallback
pages, and its batching links keep them: "practices in Finnish from Finland" is one
request."""

import pytest

from locales.localize import translate
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing(home, practice_index):
    for code in ("fi",):
        translate(home, code)
        fi_index = translate(practice_index, code)
    teachers = factories.TargetGroupFactory(slug="teachers", name="Teachers")
    pages = {}
    for title, kind, country, groups in (
        ("Finnish mentors", "good-practice", "FI", [teachers]),
        ("Finnish quick start", "quick-win", "FI", []),
        ("Dutch mentors", "good-practice", "NL", [teachers]),
    ):
        page = factories.PracticePageFactory(
            parent=practice_index, title=title, kind=kind, countries=[country]
        )
        page.target_groups.set(groups)
        page.save_revision().publish()
        pages[title] = page
    translate(
        pages["Finnish mentors"], "fi", {"Finnish mentors": "Suomalaiset mentorit"}
    )
    return {"en": practice_index, "fi": fi_index, **pages}


def titles(data) -> list[str]:
    return sorted(item["title"] for item in data["items"])


def path(page) -> str:
    return page.get_url_parts()[2].rstrip("/")


def test_a_listing_filters_its_items_by_country_and_kind(client, listing):
    index = path(listing["en"])
    data = client.api(f"{index}?country=FI")
    assert titles(data) == ["Finnish mentors", "Finnish quick start"]
    data = client.api(f"{index}?country=fi&kind=good-practice")
    assert titles(data) == ["Finnish mentors"]
    assert data["items_total"] == 1


def test_a_finnish_listing_filters_translations_and_fallback_pages(client, listing):
    data = client.api(f"{path(listing['fi'])}?country=FI")
    assert titles(data) == ["Finnish quick start", "Suomalaiset mentorit"]
    data = client.api(f"{path(listing['fi'])}?group=teachers")
    assert titles(data) == ["Dutch mentors", "Suomalaiset mentorit"]


def test_batching_links_keep_the_filters(client, listing):
    data = client.api(f"{path(listing['en'])}?country=FI&b_size=1")
    assert data["items_total"] == 2
    assert "country=FI" in data["batching"]["next"]


def test_a_bad_year_is_a_400_and_an_unknown_value_finds_nothing(client, listing):
    client.api(f"{path(listing['en'])}?year=soon", expect=400)
    assert client.api(f"{path(listing['en'])}?country=ZZ")["items"] == []


def test_a_listing_filters_its_items_by_theme(client, listing):
    guidance = factories.ThemeFactory(slug="guidance", name="Guidance")
    listing["Dutch mentors"].themes.set([guidance])
    listing["Dutch mentors"].save_revision().publish()
    assert titles(client.api(f"{path(listing['en'])}?theme=guidance")) == [
        "Dutch mentors"
    ]


def test_a_listing_filters_its_items_by_year(client, listing):
    listing["Finnish mentors"].refresh_from_db()  # publish() set it on its own copy
    year = listing["Finnish mentors"].first_published_at.year
    everything = ["Dutch mentors", "Finnish mentors", "Finnish quick start"]
    assert titles(client.api(f"{path(listing['en'])}?year={year}")) == everything
    assert client.api(f"{path(listing['en'])}?year={year - 1}")["items"] == []
