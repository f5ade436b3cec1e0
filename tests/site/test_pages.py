"""Every page type renders for readers with the accessible frame: the page's language,
a skip link to <main>, labelled navigation, the language switcher with hreflang."""

import datetime as dt

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests import factories


@pytest.fixture
def site_pages(
    home, practice_index, event_index, news_index, project_index, ambassador_index
):
    project = factories.ProjectPageFactory(
        parent=project_index,
        title="NextSteps",
        acronym="NS",
        work_packages=[
            {
                "type": "work_package",
                "value": {
                    "number": 2,
                    "title": "Learning ambassadors",
                    "description": "Training.",
                },
            }
        ],
    )
    bank = factories.MaterialBankPageFactory(
        parent=project,
        resources=[
            {
                "type": "resource",
                "value": {
                    "title": "Trainer guide",
                    "url": "https://example.org/guide",
                    "resource_type": "guide",
                    "audiences": ["workplace-trainer"],
                    "languages": ["en", "fi"],
                },
            },
            {
                "type": "resource",
                "value": {
                    "title": "Ambassador video",
                    "url": "https://example.org/video",
                    "resource_type": "video",
                    "audiences": ["learning-ambassador"],
                    "languages": ["lv"],
                },
            },
        ],
    )
    image = Image.objects.create(title="Meeting", file=get_test_image_file())
    return {
        "home": home,
        "practices": practice_index,
        "practice": factories.PracticePageFactory(parent=practice_index),
        "events": event_index,
        "event": factories.EventPageFactory(parent=event_index),
        "news": news_index,
        "article": factories.NewsPageFactory(
            parent=news_index,
            image=image,
            image_alt="Agency staff around a table",
            image_caption="The network met in Riga.",
            date=dt.date(2026, 3, 1),
        ),
        "projects": project_index,
        "project": project,
        "bank": bank,
        "ambassadors": ambassador_index,
        "standard": factories.StandardPageFactory(parent=home),
    }


def test_every_page_type_renders_with_the_accessible_frame(client, site_pages):
    for name, page in site_pages.items():
        response = client.get(page.url)
        assert response.status_code == 200, name
        html = response.content.decode()
        assert html.count('<html lang="en">') == 1, name
        assert '<a class="skip-link" href="#main">' in html, name
        assert '<main id="main"' in html, name
        assert html.count("<h1>") == 1, name
        assert 'role="search"' in html, name


def test_language_switcher_links_translations_with_hreflang(
    client, site_pages, finnish
):
    fi_practice = finnish(site_pages["practice"])
    html = client.get(site_pages["practice"].url).content.decode()
    assert f'href="{fi_practice.url}" hreflang="fi" lang="fi"' in html
    assert 'hreflang="en" lang="en" aria-current="true"' in html
    assert (
        f'<link rel="alternate" hreflang="fi" href="http://localhost{fi_practice.url}">'
        in html
    )

    fi_html = client.get(fi_practice.url).content.decode()
    assert '<html lang="fi">' in fi_html


def test_material_bank_filters_by_role_type_and_language(client, site_pages):
    bank = site_pages["bank"]

    def titles(**q):
        return [r["title"] for r in client.get(bank.url, q).context["resource_list"]]

    assert titles() == ["Trainer guide", "Ambassador video"]
    assert titles(audience="learning-ambassador") == ["Ambassador video"]
    assert titles(resource_type="guide") == ["Trainer guide"]
    assert titles(language="fi") == ["Trainer guide"]
    assert titles(language="lv", resource_type="guide") == []
    html = client.get(bank.url).content.decode()
    assert "Workplace trainer" in html and "Finnish" in html  # labels, not codes


def test_material_bank_reports_unknown_filter_values(client, site_pages):
    response = client.get(site_pages["bank"].url, {"language": "xx"})
    assert response.status_code == 200
    assert "language" in response.context["filter_form"].errors


def test_project_shows_its_work_packages_and_material_bank(client, site_pages):
    html = client.get(site_pages["project"].url).content.decode()
    assert '<li value="2"><strong>Learning ambassadors</strong>: Training.</li>' in html
    assert f'href="{site_pages["bank"].url}"' in html


def test_news_shows_the_image_with_alt_text_and_caption(client, site_pages):
    html = client.get(site_pages["article"].url).content.decode()
    assert 'alt="Agency staff around a table"' in html
    assert "<figcaption>The network met in Riga.</figcaption>" in html
    listing = client.get(site_pages["news"].url).content.decode()
    assert 'alt="Agency staff around a table"' in listing


def test_events_list_upcoming_and_past(client, site_pages):
    past = factories.EventPageFactory(
        parent=site_pages["events"],
        title="Seminar of 2020",
        start=dt.datetime(2020, 1, 1, 9, tzinfo=dt.UTC),
        end=dt.datetime(2020, 1, 1, 10, tzinfo=dt.UTC),
    )
    html = client.get(site_pages["events"].url).content.decode()
    upcoming, past_section = html.split('id="past"')
    assert site_pages["event"].title in upcoming
    assert past.title in past_section and past.title not in upcoming


def test_search_form_in_the_header_points_to_the_locales_search(client, site_pages):
    html = client.get(site_pages["news"].url).content.decode()
    assert 'action="/en/search/"' in html
    assert '<label for="site-search-q"' in html


def test_header_search_asks_suggest_in_the_readers_language(
    client, site_pages, finnish
):
    """Every page's header box names the locale's @suggest for pages/suggest.js, whose
    listbox labels come translated on its script tag; the form stays a plain GET."""
    news = finnish(site_pages["news"])
    html = client.get(news.url).content.decode()
    assert 'data-suggest-url="/++api++/fi/@suggest"' in html
    assert 'data-label="Ehdotukset"' in html and 'data-none="Ei ehdotuksia"' in html
    assert 'data-count="Ehdotuksia: {count}"' in html
    assert 'class="site-search" role="search" method="get"' in html


def test_language_switcher_on_search_stays_on_search(client, site_pages, finnish):
    finnish(site_pages["home"])
    html = client.get("/en/search/", {"q": "x"}).content.decode()
    assert 'href="/fi/search/?q=x" hreflang="fi"' in html  # the words go along


def test_switcher_offers_untranslated_pages_under_the_other_prefix(
    client, site_pages, finnish
):
    finnish(site_pages["events"])  # the event itself stays untranslated
    event = site_pages["event"]
    html = client.get(event.url).content.decode()
    assert f'href="/fi/events/{event.slug}/" hreflang="fi"' in html
    assert (
        'hreflang="fi" href=' not in html
    )  # no <link rel=alternate>: not a translation
