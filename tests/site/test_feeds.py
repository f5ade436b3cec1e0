"""RSS and Atom feeds of the news, one per locale."""

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from tests import factories

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def articles(news_index):
    return [
        factories.NewsPageFactory(
            parent=news_index,
            title=f"Article {n}",
            lead=f"Lead {n}",
            date=dt.date(2026, 1, 1) + dt.timedelta(days=n),
        )
        for n in range(3)
    ]


def test_rss_lists_the_newest_articles_first(client, news_index, articles):
    response = client.get(news_index.url + "rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "en"
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == [
        "Article 2",
        "Article 1",
        "Article 0",
    ]
    assert items[0].findtext("link").endswith(articles[2].url)
    assert items[0].findtext("description") == "Lead 2"


def test_atom_feed_has_entries_with_links(client, news_index, articles):
    response = client.get(news_index.url + "atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3
    assert entries[0].find(f"{ATOM}link").get("href").endswith(articles[2].url)


def test_each_locale_has_its_own_feed_with_untranslated_articles_once_each(
    client, news_index, articles, finnish
):
    fi_article = finnish(articles[0], {"Article 0": "Artikkeli 0"})
    fi_index = fi_article.get_parent().specific

    channel = ET.fromstring(client.get(fi_index.url + "rss/").content).find("channel")

    assert channel.findtext("language") == "fi"
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == [
        "Article 2",
        "Article 1",
        "Artikkeli 0",
    ]
    # Untranslated articles link to where /fi/ serves them.
    assert items[0].findtext("link") == (
        f"http://testserver{fi_index.url}{articles[2].slug}/"
    )
    assert client.get(items[0].findtext("link")).status_code == 200


def test_atom_feed_of_a_locale_includes_fallback_entries(
    client, news_index, articles, finnish
):
    fi_index = finnish(articles[0]).get_parent().specific
    feed = ET.fromstring(client.get(fi_index.url + "atom/").content)
    links = [e.find(f"{ATOM}link").get("href") for e in feed.findall(f"{ATOM}entry")]
    assert len(links) == 3 and all(fi_index.url in link for link in links)


def test_news_list_announces_its_feeds(client, news_index, articles):
    html = client.get(news_index.url).content.decode()
    assert 'type="application/rss+xml"' in html and 'href="/en/news/rss/"' in html
    assert 'type="application/atom+xml"' in html
