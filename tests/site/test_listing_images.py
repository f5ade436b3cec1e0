"""Practices and events have an optional image with alt text, like news: shown in the
listings and on the home page as a small rendition (twice that for sharp screens),
its alt text translated with the page, and in the API as the page's image block."""

import re

import pytest
from django.utils import timezone

from pages.demo.media import demo_image
from tests import factories

pytestmark = pytest.mark.django_db


def img_tags(html: str) -> list[str]:
    return re.findall(r"<img [^>]*>", html)


@pytest.fixture
def pictured(practice_index, event_index, news_index):
    image = demo_image("Workshop", (10, 60, 120))
    practice = factories.PracticePageFactory(
        parent=practice_index,
        title="Coaching",
        image=image,
        image_alt="A coach and an apprentice at a workbench.",
    )
    event = factories.EventPageFactory(
        parent=event_index,
        title="Seminar",
        image=image,
        image_alt="Speakers on a panel.",
    )
    article = factories.NewsPageFactory(
        parent=news_index,
        title="Network meets",
        image=image,
        image_alt="Agency staff around a table.",
        date=timezone.localdate(),
    )
    return practice, event, article


def test_listings_show_each_image_with_its_alt_text(client, pictured):
    practice, event, article = pictured
    for page in pictured:
        html = client.get(page.get_parent().url).content.decode()
        [tag] = img_tags(re.sub(r"<header.*?</header>", "", html, flags=re.S))
        assert f'alt="{page.image_alt}"' in tag
        # A listing's rendition, not the 1200 px original.
        assert 'width="160" height="100"' in tag and " 2x" in tag
        assert client.get(re.search(r'src="([^"]+)"', tag).group(1)).status_code == 200


def test_the_home_page_shows_the_images_of_its_items(client, home, pictured):
    practice, event, article = pictured
    html = client.get(home.url).content.decode()
    alts = {re.search(r'alt="([^"]*)"', t).group(1) for t in img_tags(html)}
    assert {event.image_alt, article.image_alt} <= alts


def test_a_page_without_image_lists_without_img(client, practice_index):
    factories.PracticePageFactory(parent=practice_index, title="Plain")
    html = client.get(practice_index.url).content.decode()
    assert not [t for t in img_tags(html) if "fill-" in t or "images/" in t]


def test_the_alt_text_is_translated_with_the_page(client, pictured, finnish):
    practice = pictured[0]
    fi = finnish(
        practice,
        {
            "Coaching": "Valmennus",
            practice.image_alt: "Valmentaja ja oppisopija työpenkin ääressä.",
        },
    )
    assert fi.image_id == practice.image_id  # the picture is shared
    html = client.get(fi.get_parent().url).content.decode()
    assert 'alt="Valmentaja ja oppisopija työpenkin ääressä."' in html


def test_the_api_shows_a_practice_image_as_its_image_block(client, pictured):
    practice = pictured[0]
    data = client.get(f"/++api++/en/practices/{practice.slug}").json()
    block = data["blocks"]["vetcms-image"]
    assert block["alt"] == "A coach and an apprentice at a workbench."
    assert block["url"].endswith(f"/++image++{practice.image_id}")


def test_pictured_listings_cost_the_same_queries_for_one_item_or_ten(
    client, practice_index, event_index, home
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(url):
        client.get(url)  # renditions are made on the first view
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    def add(n):
        for i in range(n):
            image = demo_image(f"Picture {i} of {n}", (i, 60, 120))
            factories.PracticePageFactory(
                parent=practice_index, image=image, image_alt=f"Picture {i}."
            )
            factories.EventPageFactory(
                parent=event_index, image=image, image_alt=f"Picture {i}."
            )

    add(1)
    one = {url: count(url) for url in (practice_index.url, event_index.url, home.url)}
    add(9)
    assert {url: count(url) for url in one} == one
