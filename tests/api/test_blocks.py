"""Volto blocks both ways: every page reads as ``blocks``/``blocks_layout`` derived from
its fields and StreamField, and a write of blocks rebuilds the body; a round trip
changes nothing, derived blocks are read-only, unknown blocks are refused by name."""

import json

import pytest
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Page

from cms.api.urls_public import page_path
from pages.demo.media import demo_document, demo_image
from tests import factories
from tests.api.conftest import basic

pytestmark = pytest.mark.django_db

VIDEO = "https://www.youtube.com/watch?v=vetcms-blocks"


def send(client, method, path, body, **extra):
    return getattr(client, method)(
        "/++api++" + path,
        data=json.dumps(body),
        content_type="application/json",
        **basic("editor"),
        **extra,
    )


def blocks_only(data: dict) -> dict:
    return {"blocks": data["blocks"], "blocks_layout": data["blocks_layout"]}


def latest(page):
    return Page.objects.get(pk=page.pk).get_latest_revision_as_object()


def stored_body(page) -> list[dict]:
    return list(latest(page).body.raw_data)


def canonical(raw: list[dict]) -> list[dict]:
    """Stored blocks with rich text in the sanitiser's canonical spelling (it orders
    attributes), so that equal content compares equal."""
    from wagtail.api.rich_text import APIRichText

    return [
        {**b, "value": APIRichText.sanitize_db_html(b["value"])[0]}
        if b["type"] == "paragraph"
        else b
        for b in raw
    ]


@pytest.fixture
def video_embed(db):
    """The video's oEmbed answer, cached as Wagtail caches it (no network in tests)."""
    return Embed.objects.create(
        url=VIDEO,
        hash=get_embed_hash(VIDEO, None, None),
        type="video",
        html="<iframe src='https://www.youtube.com/embed/x'></iframe>",
        title="A video",
    )


@pytest.fixture
def every_kind(home, practice_index, editor, video_embed):
    """A practice whose body holds every body block kind, links of every kind."""
    image = demo_image("Blocks image", (10, 20, 30))
    document = demo_document("Blocks guide")
    target = factories.StandardPageFactory(parent=home, slug="target")
    html = (
        f"<h2>Heading</h2><p>Read <b>this</b> and <i>that</i>: "
        f'<a linktype="page" id="{target.pk}">a page</a>, '
        f'<a linktype="document" id="{document.pk}">a file</a>, '
        f'<a href="https://example.org/x">elsewhere</a>.</p>'
        f"<h3>List</h3><ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>"
    )
    body = [
        {"type": "paragraph", "value": html},
        {
            "type": "image",
            "value": {
                "image": image.pk,
                "alt_text": "Alt",
                "caption": "Cap",
                "credit": "Photo: us",
            },
        },  # fmt: skip
        {"type": "document", "value": {"document": document.pk, "title": ""}},
        {"type": "document", "value": {"document": document.pk, "title": "Own"}},
        {"type": "link", "value": {"url": "https://example.org/a", "text": "Agenda"}},
        {"type": "embed", "value": VIDEO},
        {"type": "quote", "value": {"quote": "Keep going.", "attribution": "A."}},
    ]
    page = factories.PracticePageFactory(parent=practice_index, body=body)
    return page


def test_every_block_kind_reads_as_volto_blocks(client, every_kind):
    data = client.api(f"/en/practices/{every_kind.slug}")
    items = data["blocks_layout"]["items"]
    kinds = [data["blocks"][i]["@type"] for i in items]
    # title, lead, facts, then the body: paragraph, image, 2 documents, link,
    # embed, quote (a practice holds no pages: no listing)
    assert kinds == ["title", "description", "slate", "slate", "image", "slate",
                     "slate", "slate", "video", "slate"]  # fmt: skip
    assert items[2] == "vetcms-facts"
    assert items[3:] == [block.id for block in every_kind.body]
    assert data["blocks"][items[8]]["url"] == VIDEO
    assert data["layout"] == "document_view"


def test_rich_text_reads_as_slate_with_public_links(client, every_kind):
    data = client.api(f"/en/practices/{every_kind.slug}")
    first = every_kind.body[0]
    value = data["blocks"][first.id]["value"]
    assert [n["type"] for n in value] == ["h2", "p", "h3", "ul", "ol"]
    inline = value[1]["children"]
    assert {"type": "strong", "children": [{"text": "this"}]} in inline
    assert {"type": "em", "children": [{"text": "that"}]} in inline
    urls = [n["data"]["url"] for n in inline if n.get("type") == "link"]
    assert urls[0] == "http://testserver/en/target"
    assert urls[1].startswith("http://testserver/documents/")
    assert urls[2] == "https://example.org/x"
    assert data["blocks"][first.id]["plaintext"].startswith("Heading\nRead this")


def test_image_block_points_at_a_url_that_serves_the_image(client, every_kind):
    data = client.api(f"/en/practices/{every_kind.slug}")
    image = next(b for b in data["blocks"].values() if b["@type"] == "image")
    assert (image["alt"], image["caption"], image["credit"]) == (
        "Alt",
        "Cap",
        "Photo: us",
    )
    path = image["url"].removeprefix("http://testserver")
    for suffix in (
        "/@@images/image",
        "/@@images/image/preview",
        "/@@images/image/mini",
    ):
        response = client.get(path + suffix)
        assert response.status_code == 200, suffix
        assert response["Content-Type"] == "image/png"
        assert b"".join(response.streaming_content)[:4] == b"\x89PNG"
    assert client.get("/++api++" + path + "/@@images/image/large").status_code == 200
    assert client.get(path + "/@@images/image/nosuchscale").status_code == 404


def test_image_of_a_draft_only_page_is_missing_for_anonymous(
    client, practice_index, editor
):
    image = demo_image("Secret image", (1, 2, 3))
    page = factories.PracticePageFactory(
        parent=practice_index,
        live=False,
        body=[{"type": "image", "value": {"image": image.pk, "alt_text": "x"}}],
    )
    page.save_revision()
    path = f"/++image++{image.pk}/@@images/image"
    assert client.get(path).status_code == 404
    response = client.get(path, **basic("editor"))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_round_trip_of_every_block_kind_changes_nothing(client, every_kind):
    path = f"/en/practices/{every_kind.slug}"
    before = client.api(path)
    raw_before = canonical(stored_body(every_kind))
    response = send(client, "patch", path, blocks_only(before))
    assert response.status_code == 204, response.content
    assert stored_body(every_kind) == raw_before
    assert send(client, "post", path + "/@workflow/publish", {}).status_code == 200
    after = client.api(path)
    assert blocks_only(after) == blocks_only(before)
    assert after["body"] == before["body"]


def test_internal_links_and_images_stay_references(client, every_kind):
    path = f"/en/practices/{every_kind.slug}"
    send(client, "patch", path, blocks_only(client.api(path)))
    raw = stored_body(every_kind)
    assert 'linktype="page"' in raw[0]["value"]
    assert 'linktype="document"' in raw[0]["value"]
    assert isinstance(raw[1]["value"]["image"], int)
    assert [b["type"] for b in raw] == [
        "paragraph", "image", "document", "document", "link", "embed", "quote"
    ]  # fmt: skip


def test_edited_and_added_slate_blocks_become_rich_text(client, every_kind):
    path = f"/en/practices/{every_kind.slug}"
    data = blocks_only(client.api(path))
    first = every_kind.body[0].id
    data["blocks"][first]["value"] = [
        {"type": "p", "children": [{"text": "New <text>"}, {"type": "strong",
         "children": [{"text": "bold"}]}]}
    ]  # fmt: skip
    data["blocks"]["new-block"] = {
        "@type": "slate",
        "value": [{"type": "p", "children": [{"type": "link", "data": {
            "url": "http://testserver/en/practices"}, "children": [{"text": "all"}]}]}],
    }  # fmt: skip
    items = data["blocks_layout"]["items"]
    items.insert(items.index(first) + 1, "new-block")
    assert send(client, "patch", path, data).status_code == 204
    raw = stored_body(every_kind)
    assert raw[0]["value"] == "<p>New &lt;text&gt;<b>bold</b></p>"
    index = every_kind.get_parent()
    assert raw[1] == {
        "type": "paragraph",
        "value": f'<p><a id="{index.pk}" linktype="page">all</a></p>',
        "id": "new-block",
    }


def test_slate_is_sanitised_with_the_body_features(client, every_kind):
    path = f"/en/practices/{every_kind.slug}"
    data = blocks_only(client.api(path))
    first = every_kind.body[0].id
    data["blocks"][first]["value"] = [
        {"type": "h4", "children": [{"text": "Too deep"}]},
        {"type": "p", "children": [{"type": "link", "data": {"url": "javascript:x"},
                                    "children": [{"text": "bad"}]}]},
    ]  # fmt: skip
    assert send(client, "patch", path, data).status_code == 204
    stored = stored_body(every_kind)[0]["value"]
    assert "<h4>" not in stored and "javascript" not in stored


def test_unknown_block_type_is_refused_naming_the_block(client, every_kind):
    path = f"/en/practices/{every_kind.slug}"
    data = blocks_only(client.api(path))
    data["blocks"]["maps-1"] = {"@type": "maps", "url": "https://maps.example"}
    data["blocks_layout"]["items"].append("maps-1")
    response = send(client, "patch", path, data)
    assert response.status_code == 400
    assert "maps-1" in response.content.decode()
    assert "maps" in response.json()["message"] + json.dumps(response.json())


def test_changed_derived_block_is_refused_naming_it(client, every_kind):
    path = f"/en/practices/{every_kind.slug}"
    data = blocks_only(client.api(path))
    data["blocks"]["vetcms-facts"]["value"][1]["children"][0] = {
        "type": "li", "children": [{"text": "Kind: invented"}]
    }  # fmt: skip
    response = send(client, "patch", path, data)
    assert response.status_code == 400
    assert "vetcms-facts" in response.content.decode()
    assert latest(every_kind).kind == "good-practice"


def test_derived_block_sent_unchanged_is_accepted(client, event_index, editor):
    event = factories.EventPageFactory(parent=event_index, venue="Helsinki")
    path = f"/en/events/{event.slug}"
    data = blocks_only(client.api(path))
    assert "vetcms-facts" in data["blocks"]
    assert send(client, "patch", path, data).status_code == 204


def test_block_a_page_without_a_body_is_refused(client, project_index, editor):
    project = factories.ProjectPageFactory(parent=project_index)
    bank = factories.MaterialBankPageFactory(parent=project)
    path = f"/en/projects/{project.slug}/{bank.slug}"
    data = blocks_only(client.api(path))
    data["blocks"]["text-1"] = {"@type": "slate", "value": [{"type": "p",
                                "children": [{"text": "x"}]}]}  # fmt: skip
    data["blocks_layout"]["items"].append("text-1")
    response = send(client, "patch", path, data)
    assert response.status_code == 400
    assert "text-1" in response.content.decode()


def test_blocks_layout_naming_a_missing_block_is_refused(client, every_kind):
    path = f"/en/practices/{every_kind.slug}"
    data = blocks_only(client.api(path))
    data["blocks_layout"]["items"].append("ghost")
    response = send(client, "patch", path, data)
    assert response.status_code == 400
    assert "ghost" in response.content.decode()


def test_blocks_with_body_in_one_write_are_refused(client, every_kind):
    path = f"/en/practices/{every_kind.slug}"
    data = client.api(path)
    response = send(client, "patch", path, {**blocks_only(data), "body": data["body"]})
    assert response.status_code == 400


def test_new_page_is_added_with_blocks(client, home, editor):
    body = {
        "@type": "StandardPage",
        "title": "Added from Volto",
        "blocks": {
            "t": {"@type": "title"},
            "p": {
                "@type": "slate",
                "value": [{"type": "p", "children": [{"text": "Body text"}]}],
                "plaintext": "Body text",
            },
        },  # fmt: skip
        "blocks_layout": {"items": ["t", "p"]},
    }
    response = send(client, "post", "/en", body)
    assert response.status_code == 201, response.content
    page = Page.objects.get(slug="added-from-volto").specific
    assert [(b.block_type, b.value.source) for b in page.body] == [
        ("paragraph", "<p>Body text</p>")
    ]


def test_blocks_alone_keep_the_stored_order_and_add_new_ones_last(client, every_kind):
    # Volto's edit form sends only what changed: here blocks without blocks_layout.
    path = f"/en/practices/{every_kind.slug}"
    data = blocks_only(client.api(path))
    before = [b["id"] for b in stored_body(every_kind)]
    blocks = dict(data["blocks"])
    blocks["added"] = {
        "@type": "slate",
        "value": [{"type": "p", "children": [{"text": "Added last"}]}],
    }
    assert send(client, "patch", path, {"blocks": blocks}).status_code == 204
    raw = stored_body(every_kind)
    assert [b["id"] for b in raw] == [*before, "added"]
    assert raw[-1]["value"] == "<p>Added last</p>"


def test_a_page_added_with_its_sources_derived_blocks_takes_its_own(
    client, practices, editor
):
    # Volto's translation form copies the source's blocks, derived ones included.
    source = client.api("/en/practices")
    assert "vetcms-listing" in source["blocks"]
    body = {
        "@type": "StandardPage",
        "title": "Copied blocks",
        "blocks": source["blocks"],
        "blocks_layout": source["blocks_layout"],
    }
    response = send(client, "post", "/en", body)
    assert response.status_code == 201, response.content
    added = response.json()
    assert added["title"] == "Copied blocks"
    assert "vetcms-listing" not in added["blocks"]  # it holds no pages yet


def test_the_type_schema_offers_blocks_in_voltos_layout_fieldset(editor_client):
    schema = editor_client.api("/en/@types/StandardPage")
    assert schema["properties"]["blocks"]["type"] == "dict"
    assert schema["properties"]["blocks_layout"]["default"] == {"items": []}
    layout = [f for f in schema["fieldsets"] if f["id"] == "layout"]
    assert layout and layout[0]["fields"] == ["blocks", "blocks_layout"]
    # The body is edited as blocks: offered as a field too, Volto shows it as text.
    assert "body" not in schema["properties"]
    assert all("body" not in f["fields"] for f in schema["fieldsets"])


def test_index_pages_and_language_roots_list_their_items(client, practices):
    for path in ("/en", "/en/practices"):
        data = client.api(path)
        listing = data["blocks"]["vetcms-listing"]
        assert listing == {"@type": "listing", "querystring": {}}
        assert data["blocks_layout"]["items"][-1] == "vetcms-listing"
        assert data["layout"] == "document_view"


def test_anonymous_readers_get_blocks_of_the_live_version(client, every_kind):
    path = f"/en/practices/{every_kind.slug}"
    data = blocks_only(client.api(path))
    first = every_kind.body[0].id
    data["blocks"][first]["value"] = [{"type": "p", "children": [{"text": "Draft"}]}]
    assert send(client, "patch", path, data).status_code == 204
    live = client.api(path)
    assert live["blocks"][first]["plaintext"].startswith("Heading")


def test_draft_page_blocks_are_not_shown_to_anonymous(client, practice_index):
    page = factories.PracticePageFactory(parent=practice_index, live=False)
    response = client.get(f"/++api++/en/practices/{page.slug}")
    assert response.status_code in (401, 404)
    assert b"blocks" not in response.content


def test_practice_facts_read_in_the_page_language(client, practice_index, fi_home):
    theme = factories.ThemeFactory()
    practice = factories.PracticePageFactory(
        parent=practice_index, themes=[theme], implementing_organisation="Omnia"
    )
    from locales.localize import translate

    translate(practice_index, "fi", {"Practices": "Käytännöt"})
    fi = translate(practice, "fi", {"Learners are coached in companies.":
                                    "Oppijoita ohjataan yrityksissä."})  # fmt: skip
    en = client.api(f"/en/practices/{practice.slug}")["blocks"]["vetcms-facts"]
    fi_data = client.api(page_path(fi))
    facts = fi_data["blocks"]["vetcms-facts"]["plaintext"]
    assert "Kind: Good practice" in en["plaintext"]
    assert "Countries: Finland" in en["plaintext"]
    assert "Implementing organisation: Omnia" in en["plaintext"]
    assert facts.startswith("Tiedot\n")
    assert "Laji: " in facts and "Maat: Suomi" in facts
    assert fi_data["description"] == "Oppijoita ohjataan yrityksissä."


def test_event_facts_in_dutch_show_local_time_zone_venue_and_documents(
    client, event_index, nl_home
):
    import datetime as dt
    import zoneinfo

    from locales.localize import translate

    document = demo_document("Agenda file")
    event = factories.EventPageFactory(
        parent=event_index,
        venue="Riga",
        time_zone="Europe/Riga",
        start=dt.datetime(2027, 5, 3, 9, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Riga")),
        end=dt.datetime(2027, 5, 3, 17, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Riga")),
        documents=[{"type": "document", "value": {
            "title": "Agenda", "kind": "agenda", "document": document.pk}}],
    )  # fmt: skip
    translate(event_index, "nl", {"Events": "Evenementen"})
    nl = translate(event, "nl", {"Agenda": "Agenda NL"})
    data = client.api(page_path(nl))
    facts = data["blocks"]["vetcms-facts"]["plaintext"]
    assert "Europe/Riga" in facts and "Riga" in facts
    assert "09:00" in facts or "9:00" in facts
    assert "Begint: " in facts and "Tijdzone: Europe/Riga" in facts  # Dutch labels
    documents = data["blocks"]["vetcms-documents"]
    assert "Agenda NL" in documents["plaintext"]
    link = documents["value"][1]["children"][0]["children"][-1]
    assert link["data"]["url"].startswith("http://testserver/documents/")


def test_news_lead_image_is_a_derived_image_block(client, news_index):
    image = demo_image("News image", (9, 9, 9))
    news = factories.NewsPageFactory(
        parent=news_index, image=image, image_alt="Alt", image_caption="Cap"
    )
    data = client.api(f"/en/news/{news.slug}")
    block = data["blocks"]["vetcms-image"]
    assert block["@type"] == "image" and block["alt"] == "Alt"
    assert block["url"].endswith(f"/++image++{image.pk}")


def queries_of(client, path) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.api(path)  # warm per-process caches
    with CaptureQueriesContext(connection) as queries:
        client.api(path)
    return len(queries)


def test_blocks_cost_the_same_queries_for_one_block_or_many(
    client, practice_index, monkeypatch
):
    """What ``blocks`` adds to a content GET does not grow with the blocks (the
    ``body`` key's own cost is measured separately by switching blocks off)."""
    import cms.api.serializers.content as content

    image = demo_image("Count image", (5, 5, 5))
    html = f'<p>x <a linktype="page" id="{practice_index.pk}">l</a></p>'
    paths = []
    for n in (1, 8):
        body = [{"type": "paragraph", "value": html}] * n + [
            {"type": "image", "value": {"image": image.pk, "alt_text": "a"}}
        ] * n
        page = factories.PracticePageFactory(parent=practice_index, body=body)
        paths.append(f"/en/practices/{page.slug}")
    with_blocks = [queries_of(client, p) for p in paths]
    monkeypatch.setattr(content, "blocks_of", lambda *args: {})
    without = [queries_of(client, p) for p in paths]
    added = [w - wo for w, wo in zip(with_blocks, without, strict=True)]
    assert added[0] == added[1] <= 2, (with_blocks, without)


@pytest.mark.parametrize(
    "blocks, layout",
    [
        ([], {"items": []}),
        ([], None),
        ({}, {"items": "x"}),
        ({"b": {"@type": ["slate"]}}, {"items": ["b"]}),
        ({"b": {"@type": "slate", "value": "text"}}, {"items": ["b"]}),
        ({"b": {"@type": "slate", "value": [{"type": "p", "children": 5}]}},
         {"items": ["b"]}),
        ({"b": {"@type": "slate", "value": [{"type": "link", "data": "x",
                                             "children": []}]}}, {"items": ["b"]}),
        ({"b": {"@type": "image", "url": 5}}, {"items": ["b"]}),
        ({"b": {"@type": "image", "url": "https://elsewhere.org/x.png"}},
         {"items": ["b"]}),
        ({"b": {"@type": "video"}}, {"items": ["b"]}),
        ({"b": {"@type": "slate", "vetcms_block": "document", "value": [
            {"type": "p", "children": [{"type": "link", "data": {"url": 7},
                                        "children": "x"}]}]}}, {"items": ["b"]}),
    ],
)  # fmt: skip
def test_malformed_blocks_are_a_400(client, every_kind, blocks, layout):
    path = f"/en/practices/{every_kind.slug}"
    body = (
        {"blocks": blocks}
        if layout is None
        else {"blocks": blocks, "blocks_layout": layout}
    )
    response = send(client, "patch", path, body)
    assert response.status_code == 400, response.content
    assert response.json()["type"] == "BadRequest"


def test_empty_text_blocks_volto_adds_are_not_stored(client, every_kind):
    path = f"/en/practices/{every_kind.slug}"
    data = blocks_only(client.api(path))
    empty = {"type": "p", "children": [{"text": ""}]}
    data["blocks"]["empty-1"] = {"@type": "slate", "value": [empty], "plaintext": ""}
    data["blocks"]["empty-2"] = {"@type": "slate"}
    data["blocks_layout"]["items"] += ["empty-1", "empty-2"]
    assert send(client, "patch", path, data).status_code == 204
    assert len(stored_body(every_kind)) == len(every_kind.body)


def test_image_block_without_alt_text_is_refused_naming_it(client, every_kind):
    path = f"/en/practices/{every_kind.slug}"
    data = blocks_only(client.api(path))
    image_id = every_kind.body[1].id
    data["blocks"][image_id]["alt"] = ""
    response = send(client, "patch", path, data)
    assert response.status_code == 400
    message = json.dumps(response.json())
    assert image_id in message and "required" in message


def test_an_index_with_nothing_to_list_has_no_listing_block(client, practice_index):
    data = client.api("/en/practices")
    assert data["items_total"] == 0
    assert "vetcms-listing" not in data["blocks"]
    assert "vetcms-listing" not in data["blocks_layout"]["items"]
