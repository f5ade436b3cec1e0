"""The language switcher keeps what the reader was doing: the search words and the
listing filters go with them to the other language; the batch number does not."""

import re
from html import unescape

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def switcher_links(html: str) -> dict[str, str]:
    nav = re.search(r'<ul class="inline-list languages">(.*?)</ul>', html, re.S)
    assert nav, "no language switcher"
    return {
        code: unescape(href)
        for href, code in re.findall(
            r'<a href="([^"]+)" hreflang="(\w+)"', nav.group(1)
        )
    }


def test_listing_filters_travel_to_the_other_language(client, practice_index, finnish):
    fi_index = finnish(practice_index)
    for _ in range(2):
        factories.PracticePageFactory(parent=practice_index, kind="tool")

    reply = client.get(
        practice_index.url, {"kind": "tool", "country": "FI", "page": "2"}
    )
    links = switcher_links(reply.content.decode())

    assert links["fi"] == f"{fi_index.url}?kind=tool&country=FI"


def test_search_words_travel_to_the_other_language(client, home, finnish):
    finnish(home)
    html = client.get("/en/search/", {"q": "oppisopimus ja työ"}).content.decode()

    links = switcher_links(html)

    assert links["fi"].startswith("/fi/search/?q=")
    assert "oppisopimus" in links["fi"] and "page=" not in links["fi"]
