"""The slate ⇄ database HTML converter: what Volto's editor writes comes back the same
after a trip through Wagtail's rich text, internal links as page links."""

import pytest
from django.test import RequestFactory
from wagtail.api.rich_text import APIRichText

from cms.api.blocks import slate
from cms.api.blocks.links import LinkMap, LinkResolver
from pages.blocks import RICH_TEXT_FEATURES
from tests import factories

pytestmark = pytest.mark.django_db


def text(value):
    return {"text": value}


@pytest.fixture
def request_():
    return RequestFactory().get("/++api++/en")


@pytest.fixture
def target(home):
    return factories.StandardPageFactory(parent=home, slug="about")


def volto_value(target_url: str) -> list[dict]:
    return [
        {"type": "h2", "children": [text("Why")]},
        {"type": "p", "children": [
            text("Plain, "),
            {"type": "strong", "children": [text("bold")]},
            text(" and "),
            {"type": "em", "children": [text("italic")]},
            text(": "),
            {"type": "link", "data": {"url": target_url}, "children": [text("about")]},
            text(", "),
            {"type": "link", "data": {"url": "https://example.org/"},
             "children": [text("elsewhere")]},
        ]},
        {"type": "h3", "children": [text("How")]},
        {"type": "ul", "children": [
            {"type": "li", "children": [text("one")]},
            {"type": "li", "children": [text("two")]},
        ]},
        {"type": "ol", "children": [{"type": "li", "children": [text("first")]}]},
    ]  # fmt: skip


def to_html(request, value) -> str:
    html = slate.slate_to_html(value, LinkResolver(request).attrs)
    return APIRichText.sanitize_db_html(html, features=RICH_TEXT_FEATURES)[0]


def test_slate_to_html_to_slate_is_the_same(request_, target):
    value = volto_value("http://testserver/en/about")
    html = to_html(request_, value)
    back = slate.html_to_slate(html, LinkMap(request_, [html]).url)
    assert back == value


def test_internal_link_is_stored_as_a_page_link(request_, target):
    html = to_html(request_, volto_value("http://testserver/en/about"))
    assert f'<a id="{target.pk}" linktype="page">about</a>' in html
    assert '<a href="https://example.org/">elsewhere</a>' in html
    assert "<b>bold</b>" in html and "<i>italic</i>" in html


@pytest.mark.parametrize(
    "url", ["/en/about", "http://testserver/++api++/en/about", "resolveuid/{uid}"]
)
def test_internal_link_forms_resolve_to_the_page(request_, target, url):
    from cms.api.serializers.metadata import uid

    attrs = LinkResolver(request_).attrs(url.format(uid=uid(target)))
    assert attrs == {"linktype": "page", "id": target.pk}


def test_unknown_internal_path_stays_a_plain_link(request_, home):
    assert LinkResolver(request_).attrs("/en/nowhere") == {"href": "/en/nowhere"}


def test_text_is_escaped_and_line_breaks_kept(request_, home):
    html = to_html(request_, [{"type": "p", "children": [text("a < b\nc")]}])
    assert html == "<p>a &lt; b<br/>c</p>"
    assert slate.html_to_slate(html, lambda a: "") == [
        {"type": "p", "children": [text("a < b"), text("\n"), text("c")]}
    ]


def test_plaintext_has_a_line_per_paragraph_and_item(request_, target):
    value = volto_value("/en/about")
    assert slate.plaintext(value).splitlines() == [
        "Why", "Plain, bold and italic: about, elsewhere", "How", "one", "two", "first",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "value", [{"type": "p"}, ["p"], [{"type": "p", "children": "x"}], [{"text": 5}]]
)
def test_malformed_slate_is_an_error(value):
    with pytest.raises(slate.SlateError):
        slate.slate_to_html(value, lambda url: {"href": url})
