"""Every locale lists everything: an untranslated item appears once, in its fallback
language, marked with lang="en" and a badge in the reader's language."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from locales.config import LANGUAGE_CODES
from pages import models
from tests import factories

INDEXES = {
    models.PracticeIndexPage: lambda ctx: list(ctx["page_obj"].paginator.object_list),
    models.EventIndexPage: lambda ctx: (
        list(ctx["upcoming_events"]) + list(ctx["past_page"].paginator.object_list)
    ),
    models.NewsIndexPage: lambda ctx: list(ctx["page_obj"].paginator.object_list),
    models.ProjectIndexPage: lambda ctx: list(ctx["section_items"]),
    models.AmbassadorIndexPage: lambda ctx: list(ctx["ambassador_list"]),
}


def listed(client, model, language):
    index = model.objects.get(locale__language_code=language)
    response = client.get(index.url)
    assert response.status_code == 200
    return INDEXES[model](response.context), response.content.decode()


@pytest.mark.django_db
def test_demo_every_locale_lists_as_much_as_english(client):
    """One demo build for several checks (it takes a while)."""
    call_command("load_demo", verbosity=0)
    english = {model: listed(client, model, "en")[0] for model in INDEXES}
    for language in LANGUAGE_CODES:
        for model, items in english.items():
            found, html = listed(client, model, language)
            keys = [item.translation_key for item in found]
            assert len(keys) == len(set(keys)) == len(items), (language, model)
            assert set(keys) == {item.translation_key for item in items}
    # The Finnish network page and map count all twelve ambassadors.
    index = models.AmbassadorIndexPage.objects.get(locale__language_code="fi")
    response = client.get(index.url)
    assert response.context["europe_map"]["total"] == 12
    assert re.search(r'<td class="number">12</td></tr></tfoot>', response.text)
    geojson = client.get(f"/++api++{index.url.rstrip('/')}/@ambassadors-geojson")
    assert len(geojson.json()["features"]) == 12
    # The map is coloured the same, with the same total, in every language.
    maps = {
        language: client.get(
            models.AmbassadorIndexPage.objects.get(locale__language_code=language).url
            + "map/"
        ).context["europe_map"]
        for language in LANGUAGE_CODES
    }
    colours = {
        language: {c.code: c.level for c in picture["countries"]}
        for language, picture in maps.items()
    }
    assert all(colours[language] == colours["en"] for language in LANGUAGE_CODES)
    assert any(colours["fi"].values())
    assert {picture["total"] for picture in maps.values()} == {12}


@pytest.fixture
def fi_index(practice_index, finnish):
    return finnish(practice_index, {"Practices": "Käytännöt"})


def test_fallback_item_carries_lang_and_a_badge_in_the_readers_language(
    client, practice_index, fi_index, finnish
):
    factories.PracticePageFactory(
        parent=practice_index, title="Coaching", slug="coaching"
    )
    translated = factories.PracticePageFactory(parent=practice_index, title="Mentors")
    finnish(translated, {"Mentors": "Mentorit"})
    html = client.get(fi_index.url).content.decode()
    assert f'<a href="{fi_index.url}coaching/" lang="en">Coaching</a>' in html
    assert '<span class="badge fallback-badge">englanniksi</span>' in html
    assert html.count("fallback-badge") == 1  # the Finnish one has none
    assert ">Mentorit</a>" in html and ">Mentors<" not in html
    assert client.get(f"{fi_index.url}coaching/").status_code == 200


def test_filters_and_their_counts_cover_fallback_items(
    client, practice_index, fi_index, finnish
):
    for n in range(3):
        factories.PracticePageFactory(
            parent=practice_index, kind="quick-win" if n else "tool"
        )
    response = client.get(fi_index.url, {"kind": "quick-win"})
    assert response.context["page_obj"].paginator.count == 2
    kinds = dict(response.context["filter_form"].fields["kind"].choices)
    assert kinds["tool"].endswith("(1)") and kinds["quick-win"].endswith("(2)")


def test_finnish_listing_queries_do_not_grow_with_the_items(
    client, practice_index, fi_index
):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(fi_index.url, {"page": 2}).status_code == 200
        return len(queries)

    for _ in range(20):
        factories.PracticePageFactory(parent=practice_index, countries=["FI"])
    count_queries()  # warm caches
    twenty = count_queries()
    for _ in range(30):
        factories.PracticePageFactory(parent=practice_index, countries=["LV", "EE"])
    assert count_queries() == twenty


def test_finnish_calendar_has_untranslated_events_marked(client, event_index, finnish):
    import datetime as dt

    from django.utils import timezone

    fi_events = finnish(event_index, {"Events": "Tapahtumat"})
    factories.EventPageFactory(
        parent=event_index,
        title="Webinar",
        slug="webinar",
        start=timezone.now() + dt.timedelta(days=3),
        end=timezone.now() + dt.timedelta(days=3, hours=2),
    )
    text = client.get(fi_events.url + "ical/").content.decode()
    assert "SUMMARY;LANGUAGE=en:Webinar" in text
    assert f"URL:http://testserver{fi_events.url}webinar/" in text


def test_sitemap_lists_fallback_pages_at_their_finnish_address(
    client, practice_index, fi_index
):
    factories.PracticePageFactory(parent=practice_index, slug="coaching")
    index = ET.fromstring(client.get("/sitemap.xml").content)
    assert len(index) == len(LANGUAGE_CODES)
    xml = client.get("/sitemap-fi.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert f"http://testserver{fi_index.url}coaching/" in locations
    assert "http://testserver/en/practices/coaching/" not in locations
    english = re.findall(r"<loc>([^<]+)</loc>", client.get("/sitemap-en.xml").text)
    assert len(locations) == len(english)
