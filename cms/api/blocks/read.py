"""A page as Volto blocks (``blocks``, ``blocks_layout``), derived on every read from
its fields and StreamField: Wagtail stays the source of truth.

Order: title, description, a lead image, the facts, the body (one block per
StreamField block, ids kept), the other StreamFields as lists, and for pages that hold
others a listing block (Volto lists the page's ``items``). Blocks with ids starting
``vetcms-`` are derived: a write must send them back unchanged."""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.utils import translation
from wagtail.fields import StreamField
from wagtail.images import get_image_model

from cms.api.blocks import facts, links, slate
from cms.api.serializers import fields, registry, values
from locales.ids import locale_code

BODY_FIELD = "body"
DERIVED_PREFIX = "vetcms-"
# How each block of the body (pages.blocks.BodyBlock, by name) shows in Volto.
BODY_KINDS = {
    "paragraph": "slate",
    "image": "image",
    "embed": "video",
    "document": "slate",
    "link": "slate",
    "quote": "slate",
}


LISTING_ID = DERIVED_PREFIX + "listing"


def page_language(page) -> str:
    return (locale_code(page.locale_id) if page.depth > 1 else "") or (
        settings.LANGUAGE_CODE
    )


def blocks_of(request, page, data: dict) -> dict:
    """``blocks`` and ``blocks_layout`` for a page, ``data`` being its serialization
    so far (facts reuse its translated terms instead of querying again)."""
    with translation.override(page_language(page)):
        pairs = list(BlockBuilder(request, page, data).pairs())
    return {
        "blocks": dict(pairs),
        "blocks_layout": {"items": [block_id for block_id, _block in pairs]},
    }


def drop_empty_listing(data: dict) -> None:
    """No listing block where there is nothing to list (Volto would show "No results
    found"); known once the serializer has the page's items."""
    if data.get("items_total") == 0 and LISTING_ID in data["blocks"]:
        del data["blocks"][LISTING_ID]
        data["blocks_layout"]["items"].remove(LISTING_ID)


def body_field(page):
    """The type's body StreamField (what Volto's content blocks edit), else None."""
    try:
        field = page._meta.get_field(BODY_FIELD)
    except FieldDoesNotExist:
        return None
    return field if isinstance(field, StreamField) else None


class BlockBuilder:
    """Yields ``(id, block)`` pairs for one page, in reading order."""

    def __init__(self, request, page, data: dict):
        self.request = request
        self.page = page
        self.data = data
        self.body = getattr(page, BODY_FIELD) if body_field(page) else None
        sources = [
            child.value.source
            for child in self.body or []
            if BODY_KINDS.get(child.block_type) == "slate"
            and hasattr(child.value, "source")
        ]
        self.links = links.LinkMap(request, sources)

    def pairs(self):
        yield "title", {"@type": "title"}
        yield "description", {"@type": "description"}
        yield from self.lead_image()
        value = facts.facts_value(self.page, self.data)
        if value:
            yield DERIVED_PREFIX + "facts", slate_block(value)
        for child in self.body or []:
            block = body_block(self, child)
            if block is not None:
                yield child.id, block
        for field in facts.list_fields(self.page, BODY_FIELD):
            value = facts.stream_list_value(self.page, field, self.document_url)
            if value:
                yield f"{DERIVED_PREFIX}{field.name}", slate_block(value)
        yield from self.ambassadors()
        if registry.is_folderish(self.page):
            yield LISTING_ID, {"@type": "listing", "querystring": {}}

    def document_url(self, document) -> str:
        return values.absolute(self.request, document.url)

    def lead_image(self):
        """A type's own image field (a news article's main image), with its
        ``<field>_alt`` and ``<field>_caption``."""
        image_model = get_image_model()
        for field in fields.api_fields(type(self.page)):
            if getattr(field, "related_model", None) is image_model:
                image_id = getattr(self.page, field.attname)
                if image_id:
                    name = field.name
                    yield (
                        f"{DERIVED_PREFIX}{name}",
                        image_block(
                            self.request,
                            image_id,
                            getattr(self.page, f"{name}_alt", ""),
                            getattr(self.page, f"{name}_caption", ""),
                        ),
                    )

    def ambassadors(self):
        people = self.data.get("ambassadors")
        if not people:
            return
        items = [
            slate.paragraph(slate.text(_ambassador_line(person)), kind="li")
            for person in people
        ]
        heading = slate.paragraph(
            slate.text(translation.gettext("Ambassadors")), kind="h2"
        )
        yield (
            DERIVED_PREFIX + "ambassadors",
            slate_block([heading, slate.paragraph(*items, kind="ul")]),
        )


def _ambassador_line(person: dict) -> str:
    where = ", ".join(
        str(x) for x in (person.get("organisation"), person["country"]["title"]) if x
    )
    return f"{person['name']} ({where})" if where else person["name"]


def slate_block(value: list, **extra) -> dict:
    return {
        "@type": "slate",
        "value": value,
        "plaintext": slate.plaintext(value),
        **extra,
    }


def image_block(request, image_id: int, alt: str, caption: str, credit="") -> dict:
    block = {
        "@type": "image",
        "url": links.image_url(request, image_id),
        "alt": alt or "",
        "caption": caption or "",
    }
    if credit:
        block["credit"] = credit
    return block


def body_block(builder: BlockBuilder, child) -> dict | None:
    """One body StreamField block as a Volto block; ``vetcms_block`` names the
    Wagtail block a slate block stands for when it is not a rich text paragraph."""
    kind, value = child.block_type, child.value
    if kind == "paragraph":
        return slate_block(slate.html_to_slate(value.source, builder.links.url))
    if kind == "image":
        image = value.get("image")
        if image is None:
            return None  # the image was deleted: nothing to show
        return image_block(
            builder.request, image.pk, value.get("alt_text"), value.get("caption"),
            value.get("credit"),
        )  # fmt: skip
    if kind == "embed":
        return {"@type": "video", "url": value.url if value else ""}
    if kind == "document":
        document = value.get("document")
        if document is None:
            return None
        title = value.get("title") or document.title
        node = slate.link(builder.document_url(document), title)
        return slate_block([slate.paragraph(node)], vetcms_block="document")
    if kind == "link":
        node = slate.link(value.get("url") or "", value.get("text") or "")
        return slate_block([slate.paragraph(node)], vetcms_block="link")
    if kind == "quote":
        nodes = [
            slate.paragraph(slate.text(value.get("quote") or ""), kind="blockquote")
        ]
        if value.get("attribution"):
            nodes.append(slate.paragraph(slate.text(f"— {value['attribution']}")))
        return slate_block(nodes, vetcms_block="quote")
    return None
