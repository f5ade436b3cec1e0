"""Every page type of the demo, in English and Finnish, reads as Volto blocks that a
client can send back unchanged without changing anything (GET → PATCH → GET)."""

import json

import pytest
from wagtail.models import Page

from cms.api.urls_public import page_path
from tests.api.conftest import basic


@pytest.fixture
def demo(demo_site, db):
    """The demo, built once for this module (tests/conftest.py)."""


def one_page_per_type(language: str) -> list[Page]:
    pages = Page.objects.filter(locale__language_code=language, depth__gt=1, live=True)
    seen, chosen = set(), []
    for page in pages.order_by("path"):
        if page.content_type_id not in seen:
            seen.add(page.content_type_id)
            chosen.append(page.specific)
    return chosen


def send(client, method, path, body):
    return getattr(client, method)(
        "/++api++" + path,
        data=json.dumps(body),
        content_type="application/json",
        **basic("editor"),
    )


def blocks_only(data: dict) -> dict:
    return {"blocks": data["blocks"], "blocks_layout": data["blocks_layout"]}


def test_demo_has_every_page_type(demo):
    names = {type(p).__name__ for p in one_page_per_type("en")}
    assert names >= {
        "HomePage", "PracticeIndexPage", "PracticePage", "EventIndexPage", "EventPage",
        "NewsIndexPage", "NewsPage", "ProjectIndexPage", "ProjectPage",
        "MaterialBankPage", "AmbassadorIndexPage", "StandardPage",
    }  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fi"])
def test_every_demo_page_reads_as_readable_blocks(demo, client, language):
    for page in one_page_per_type(language):
        data = client.api(page_path(page))
        blocks, items = data["blocks"], data["blocks_layout"]["items"]
        assert data["layout"] == "document_view"
        assert set(items) <= set(blocks) and items[:2] == ["title", "description"]
        text = " ".join(b.get("plaintext", "") for b in blocks.values())
        shows_something = text.strip() or "vetcms-listing" in blocks
        assert shows_something, type(page).__name__


@pytest.mark.parametrize("language", ["en", "fi"])
def test_demo_round_trip_changes_nothing(demo, client, editor, language):
    for page in one_page_per_type(language):
        path = page_path(page)
        before = client.api(path)
        response = send(client, "patch", path, blocks_only(before))
        assert response.status_code == 204, (path, response.content)
        published = send(client, "post", path + "/@workflow/publish", {})
        assert published.status_code == 200, (path, published.content)
        after = client.api(path)
        assert blocks_only(after) == blocks_only(before), path
        assert after.get("body") == before.get("body"), path
