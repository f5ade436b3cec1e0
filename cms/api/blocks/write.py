"""Volto blocks written back into the page: the body StreamField is rebuilt from the
blocks in ``blocks_layout`` order (ids kept), rich text sanitised with the body's
features by the StreamField deserializer. Title and description blocks hold no data
(their text travels in ``title``/``description``); derived blocks (``vetcms-…``) must
come back unchanged; any other block the body cannot hold is refused, by name."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.blocks import StreamBlockValidationError
from wagtail.documents import get_document_model

from cms.api.blocks import slate
from cms.api.blocks.links import LinkResolver
from cms.api.blocks.read import BODY_FIELD, BODY_KINDS, DERIVED_PREFIX, body_field
from cms.api.deserializers import streams

PLACEHOLDERS = {"title", "description"}


def refuse(block_id: str, message: str):
    raise ValidationError(
        _("Block %(id)s: %(message)s") % {"id": block_id, "message": message}
    )


def layout_ids(blocks, layout) -> list[str]:
    if not isinstance(blocks, dict):
        raise ValidationError(_("blocks must be an object of blocks by id."))
    items = layout.get("items") if isinstance(layout, dict) else None
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise ValidationError(
            _("blocks_layout must list block ids in items, sent with blocks.")
        )
    for block_id in items:
        if not isinstance(blocks.get(block_id), dict):
            refuse(block_id, _("listed in blocks_layout but missing from blocks."))
    return items


def body_stream(request, page, blocks, layout, derived: dict | None):
    """The body StreamValue the blocks describe (validated by Wagtail), or None when
    the page has no body and the blocks hold nothing for one. ``derived`` is None for
    a page being added."""
    adding, derived = derived is None, derived or {}
    field = body_field(page)
    resolver = LinkResolver(request)
    raw = []
    for block_id in layout_ids(blocks, layout):
        block = blocks[block_id]
        kind = block.get("@type")
        if not isinstance(kind, str):
            refuse(block_id, _("the block's %(key)s is missing or has the wrong type.")
                   % {"key": "@type"})  # fmt: skip
        if adding and block_id.startswith(DERIVED_PREFIX):
            continue  # a page being added: its derived blocks come from its fields
        if block_id in derived:
            if block != derived[block_id]:
                refuse(block_id, _("it is derived from the page's fields; change those "
                                   "fields instead of the block."))  # fmt: skip
            continue
        if block_id.startswith(DERIVED_PREFIX):
            refuse(block_id, _("this page has no such derived block."))
        if kind in PLACEHOLDERS:
            continue
        if field is None:
            refuse(
                block_id, _("this page cannot hold %(type)s blocks.") % {"type": kind}
            )
        if kind == "slate" and is_blank(block.get("value")):
            continue  # Volto's empty text block (e.g. the one after the last)
        raw.append(stream_item(resolver, field, block_id, block))
    if field is None:
        return None
    try:
        return streams.stream(field, raw)
    except StreamBlockValidationError as error:
        for index, problem in sorted((error.block_errors or {}).items()):
            refuse(raw[index]["id"], "; ".join(_messages(problem.as_json_data())))
        raise ValidationError(error.messages) from None


def _messages(data) -> list[str]:
    """The messages in Wagtail's nested block error JSON."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        found = list(data.get("messages", []))
        return found + [m for v in data.get("blockErrors", {}).values()
                        for m in _messages(v)]  # fmt: skip
    if isinstance(data, list):
        return [m for item in data for m in _messages(item)]
    return []


def is_blank(value) -> bool:
    """A slate value without text or links (absent, or empty paragraphs)."""
    if value is None:
        return True
    try:
        slate.slate_to_html(value, lambda url: {})
    except slate.SlateError:
        return False  # malformed: refused with the reason below
    return not slate.plaintext(value).strip() and not slate.has_links(value)


def stream_item(resolver, field, block_id, block) -> dict:
    kind = block.get("@type")
    names = field.stream_block.child_blocks
    converter = CONVERTERS.get(kind)
    if converter is None:
        refuse(block_id, _("this page cannot hold %(type)s blocks.") % {"type": kind})
    try:
        name, value = converter(resolver, block)
    except (ValidationError, slate.SlateError, TypeError, AttributeError) as error:
        message = "; ".join(getattr(error, "messages", [str(error)]))
        refuse(block_id, message)
    if name not in names or BODY_KINDS.get(name) is None:
        refuse(block_id, _("this page cannot hold %(type)s blocks.") % {"type": kind})
    return {"type": name, "value": value, "id": block_id}


def from_slate(resolver, block):
    value = block.get("value")
    if not isinstance(value, list):
        raise ValidationError(
            _("the block's %(key)s is missing or has the wrong type.")
            % {"key": "value"}
        )
    special = block.get("vetcms_block")
    if special in SPECIAL:
        found = SPECIAL[special](resolver, value)
        if found is not None:
            return special, found
    return "paragraph", slate.slate_to_html(value, resolver.attrs)


def _only_link(value) -> dict | None:
    """The link of a slate value that is one paragraph holding just one link."""
    if len(value) != 1 or not isinstance(value[0], dict):
        return None
    children = [c for c in value[0].get("children", []) if c != {"text": ""}]
    if len(children) == 1 and children[0].get("type") == "link":
        return children[0]
    return None


def _document(resolver, value):
    node = _only_link(value)
    if node is None:
        return None
    attrs = resolver.attrs((node.get("data") or {}).get("url", ""))
    if attrs.get("linktype") != "document":
        return None
    title = slate.plaintext([node])
    documents = get_document_model().objects.filter(pk=attrs["id"])
    own_title = documents.values_list("title", flat=True).first() or ""
    return {"document": attrs["id"], "title": "" if title == own_title else title}


def _link(resolver, value):
    node = _only_link(value)
    if node is None:
        return None
    url = (node.get("data") or {}).get("url", "")
    return {"url": url, "text": slate.plaintext([node])}


def _quote(resolver, value):
    quotes = [n for n in value if isinstance(n, dict) and n.get("type") == "blockquote"]
    if not quotes:
        return None
    rest = [n for n in value if n not in quotes]
    attribution = slate.plaintext(rest).strip().removeprefix("—").strip()
    return {"quote": slate.plaintext(quotes), "attribution": attribution}


def from_image(resolver, block):
    value = {
        "image": resolver.image_id(block.get("url")),
        "alt_text": block.get("alt") or "",
        "caption": block.get("caption") or "",
    }
    if block.get("credit"):
        value["credit"] = block["credit"]
    return "image", value


def from_video(resolver, block):
    url = block.get("url")
    if not isinstance(url, str) or not url:
        raise ValidationError(
            _("the block's %(key)s is missing or has the wrong type.") % {"key": "url"}
        )
    return "embed", url


SPECIAL = {"document": _document, "link": _link, "quote": _quote}
CONVERTERS = {"slate": from_slate, "image": from_image, "video": from_video}


def set_blocks(deserializer, value, data: dict) -> None:
    """The deserializer's ``blocks`` key: rebuild the body from the blocks."""
    if BODY_FIELD in data:
        raise ValidationError(_("Send the body as blocks or as body, not both."))
    page = deserializer.page
    derived, layout = current_blocks(deserializer.request, page)
    if "blocks_layout" in data:
        layout = data["blocks_layout"]
    elif isinstance(value, dict):
        # Volto's edit form sends only what changed: blocks alone keep the stored
        # order, new blocks after it.
        kept = [i for i in layout if i in value]
        layout = {"items": kept + [i for i in value if i not in kept]}
    body = body_stream(deserializer.request, page, value, layout, derived)
    if body is not None:
        setattr(page, BODY_FIELD, body)


def current_blocks(request, page) -> tuple[dict | None, list]:
    """The derived blocks and the layout of the page as it is before this write; for a
    page being added (a new page, a translation copied from its source), no derived
    blocks (None: those sent are re-derived from its fields) and no layout."""
    if page.pk is None:
        return None, []
    from cms.api.serializers.content import serialize

    data = serialize(request, page, include_items=False, components=False)
    derived = {k: v for k, v in data["blocks"].items() if k.startswith(DERIVED_PREFIX)}
    return derived, data["blocks_layout"]["items"]
